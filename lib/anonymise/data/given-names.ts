/**
 * Given names common among people in Sweden, by origin, lowercase and separated by whitespace. Kept as plain
 * strings because this list is shipped to the browser: a few thousand names gzip to a few kilobytes.
 * Names that are also ordinary Swedish words (Per, Bo, Saga) are listed in given-names-common-words.ts,
 * which is generated from the dictionary, and need more evidence before they count as a name.
 */

const SWEDISH_WOMEN = `
agda agnes agneta aina alexandra alfhild alice alicia alida alma alva amalia amanda amelia amelie amy ann
ann-britt ann-charlotte ann-christin ann-kristin ann-louise ann-marie ann-sofie anna anna-karin anna-lena
anna-lisa anne anneli annelie annette anette anita anja anneli annika astrid asta barbro beata berit betty
birgit birgitta bodil britt britta britt-marie cajsa camilla carin carina carola caroline cecilia charlotta
charlotte christel christin christina clara dagmar dagny doris ebba edit edith elin elina elinor elisabet
elisabeth elise ellen ellie ellinor elna elsa elsie elvira elvy emelie emilia emilie emma emmy engla erika
ester esther evelina evelyn evy fanny felicia filippa freja frida fredrika gabriella gerd greta gudrun gun
gunborg gunhild gunilla gunnel gunvor harriet hedda hedvig helen helena helene hilda hildur hillevi hulda
ida idun ina ines inga inga-lill ingalill inge-lise ingeborg ingegerd ingela inger ingrid irene iris irma
isabella isabelle jeanette jennie jenny jessica johanna josefin josefina josefine julia juni kajsa karin
karolina kerstin kim klara kristin kristina laila lena lilian lillemor lilly lina linda linn linnea linnéa
lisa lisbeth lisbet liselott liselotte liv lotta louise lova lovisa lydia madeleine madelene magdalena maja
majken majvor malin malva margareta margit maria marianne marie marika marit marita maritha marlene martina
matilda mathilda maud meja melinda mia mikaela michaela mildred minna mira moa molly mona my märta nanna
nathalie natalie nellie nelly nora norah olivia ottilia paula pernilla petra pia ragnhild rebecka rebecca
rigmor ronja rut ruth saga sally sandra sanna sara selma signe sigrid siri siv sofia sofie solveig sonja
sophie stella stina susanne susanna svea sylvia tea teresia thea therese therése tilda tilde tilly tina
tindra tora tove tuva tyra ulla ulla-britt ulrika valborg vanja vendela wendela vera veronica veronika
victoria viktoria vilma wilma viola vivi vivianne vivan viveka ylva yvonne åsa åse
`;

const SWEDISH_MEN = `
aaron abbe adam adrian albert albin alexander alf alfons alfred algot allan alve alvar alvin anders andreas
anton arne arvid august axel benjamin bengt bernt bertil birger björn bo bror börje carl carl-johan casper
charlie christer christian christoffer claes clas colin dag daniel david dennis ebbe eddie edvard edvin egon
einar elias elis elliot elof elton emanuel emil erik erland ernst evert filip folke frank frans fredrik
gabriel georg gerhard gert gunnar gustaf gustav gösta göran hampus hans harald harry helge henning henrik
herbert herman hilding hjalmar holger hugo håkan inge ingemar ingvar isak ivan ivar jack jacob jakob jan
janne jens jesper jimmie jimmy joakim joel johan johannes john jonas jonatan jonathan josef julius jörgen
kalle karl kasper kenneth kennet kent kevin kim kjell klas knut kristian kristoffer kurt lage lars lars-erik
lars-göran lasse leif lennart leo leon levi linus loke love lucas ludvig lukas magnus malte marcus markus
martin mats mattias matthias max melker melvin mikael michael milo morgan nils nils-erik nisse noah noel
olle olof olov oliver oscar oskar ossian otto ove patrik patrick pelle per per-olof peter philip pontus
ragnar rasmus reidar robert robin roger roland rolf rune rutger sam samuel sebastian sigge sigvard simon
sixten sten stefan stig sture sune sven sverker tage theo teo thomas tomas tobias tom tommy tor tord
torbjörn tore torsten ture ulf uno urban valdemar waldemar valter walter vidar viggo vilgot vilhelm
wilhelm viktor victor ville wille vincent william yngve åke örjan östen bosse jocke micke nicke totte
`;

const NORDIC = `
arne asbjørn bjørn dagfinn eirik eivind erlend geir gudmund gunnhild hallvard halvard halvor hege
helga ingunn ingvild jarle jens jon kari karianne kjersti kristian marit mette morten ole oddny oddvar
pernille randi ragnfrid silje sindre sigrun sigurd solfrid steinar stian svein synnøve søren soren terje
tone torstein trine trond turid unni vegard øystein oystein ásta guðrún jóhanna sigríður ólafur magnús
einar gunnhildur þórunn
`;

const FINNISH = `
aarne aatu aino aleksi anneli antti arto asko eero eetu eija eila eino elina erkki esa hannele hannu harri
heikki helmi ilkka irja ismo jaakko jaana janne jari jarmo jorma joonas juha juho jukka jussi kaarina kaija
kaisa kalevi katja kauko kimmo kirsi kirsti lauri leena liisa maija marja marjatta markku matti mauri merja
mika mikko minna niko oiva olli onni orvokki ossi outi paavo pasi pekka pentti petri pirjo päivi raili raimo
reijo riikka riitta risto sakari sami sari satu seija seppo sinikka sirpa sulo taisto tapio tarja tauno
teemu terhi tiina timo toivo tuomas tuomo tuula tuulikki unto urho vesa veikko veera ville virpi väinö
`;

const ARABIC = `
abbas abdallah abdel abdelkader abdelaziz abdul abdulaziz abdulkarim abdullah abdulla abdulrahman abdelrahman
adel adil adnan ahmad ahmed akram alaa ali amin amine amir ammar anas anwar ayman ayoub ayyub badr bakr bashar
basel basil bilal emad fadi fahad fahd faisal fares farid firas fouad ghassan habib hadi haidar haider haitham
hakim hamad hamid hamza hani harun haroun hasan hassan hatem hisham hossam hussam hussain hussein husein ibrahim
idris ilyas imad ismail issa jaber jafar jalal jamal jamil jihad kais qais kamal karam karim kareem khaled
khalid khalil laith layth louay luay mahdi mahmoud mahmud majed majid malik mansour maher marwan mazen mehdi
mohamad mohamed mohammad mohammed mohannad muhannad muhammad muhammed munir murad mourad mustafa mostafa nabil
nader naji nasser nasir nizar obaid omar osama othman uthman oday uday qasim qusay raed rafiq rami ramzi rashid
rayan rayyan reda riad riyad saad sabri sadiq saeed said salah saleh salem salim sameer samer sami samir sayed
shadi sohail suhail sufyan sultan taha talal tamer tareq tarek tariq taher tahir usama usman wael waleed walid
wassim yahya yaman yaser yasser yasin yassin yassine younes younis youssef yousef yusuf yunus zaid zakaria
zakariya zayed zeid ziad ziyad zuhair
aisha aicha ayesha alaa amal amani amina aminah asma asmaa batoul bushra dalal dalia dina doaa duaa eman esraa
israa farah fatima fatma ghada hadeel hadil haifa hala hana hanaa hayat heba hiba houda huda ilham iman inas
jamila jana jumana kawthar khadija khadijah lama lamia layla leila laila lina lubna lujain maha majda malak
manal maram marwa maryam mariam maysa mayssa mona muna nada nadia nadine nahla naima najla najwa nawal nesrin
nisreen nihal noor nour nur raghad rahaf randa rana rania rasha rawan razan reem rim rima ruba rukaya ruqaya
rula sabah safa safaa sahar salma salwa samah samar samira sana sanaa sawsan shahd shaima siham souad suad suha
sumaya sumaia tala tasnim thuraya wafa wiam widad yara yasmin yasmina yusra zahra zahraa zainab zaynab zeinab
zeina zina zakia
ninos sargon ashur aprim yousif shamiran ninwe nahrain
`;

const SOMALI = `
abdi abdiaziz abdifatah abdikadir abdikarim abdinasir abdiqani abdirahman abdirashid abdisalam abdiwali
abdullahi abshir abukar adan aden awil barkhad bashir cabdi dahir daud deeq egal elmi farhan gedi guled hamse
hanad hirsi jama jibril khadar liban mahad maxamed mire mohamud mukhtar muse nur omar osman roble salad samatar
siad warsame yonis zakariye
ayan ayaan deka faduma fartun fowsia halima hamdi hawa hibaaq hibo hodan idil ifrah ikram ikraan ilhan istar
kaltun leyla luul maryan mulki nafisa naciima nasra nimco nimo qaali ruqiya sagal sahra sucaad ubah xaawo
yurub zamzam
`;

const PERSIAN_DARI_PASHTO = `
arash aria ario arman armin babak bahram behrouz behzad bijan cyrus dariush farhad farid farzad firouz hooman
hossein hosein iraj jamshid kamran kaveh keyvan kian kourosh mansour masoud masood mehran milad mohsen morteza
navid nima omid parsa parviz payam pejman peyman pouya ramin reza rostam sadegh saeid saman sasan shahin shahram
shahrokh siavash sina sohrab soroush vahid
afsaneh atefeh azadeh azar bahar elham fariba farnaz fatemeh fereshteh golbahar golnaz haleh hamideh hengameh
homa jaleh katayoun laleh mahnaz mahsa marjan mehri mina minoo mitra mojgan nahid nasim nasrin nazanin neda
negar niloufar nilufar nooshin parisa parvaneh pegah raha roya samira sepideh setareh shabnam shahla shiva
shirin sima simin soheila soraya tahereh taraneh yalda yasaman ziba zohreh
ahmadshah ajmal asadullah atiqullah aziz azizullah baryalai dawood ehsan ehsanullah emal fawad fazal feroz
ghulam gul habibullah hamidullah haroon haseeb hashmat hayatullah hekmat hikmatullah idrees inamullah jalil
jawad kabir mahmood mansoor massoud matin mirwais mujtaba najib najibullah nasrullah naveed nazir noorullah
obaidullah qadir rahim rahimullah rahmat rahmatullah rohullah safiullah samiullah shafiq shafiullah shoaib
tamim wahid waheed wali waliullah yama yaqub zabihullah zahir zakir zalmai zia ziaullah zubair
aziza farzana fereshta freshta gulalai gulnaz gulsoom hakima hasina homaira humaira husna lailoma latifa
madina mahbooba malalai maliha marzia masuma mursal nargis nazia nilofar omida palwasha parwana qudsia
rahima rokhsana sabira sakina shabana shakila sharifa shazia shekiba sultana tahmina tamana wahida wazhma
zarghona zarmina zeba zohra zuhal
`;

const KURDISH = `
ako alan aram azad baran bawan bahoz berzan botan bryar chia dara diyar goran hawar hejar hemin hiwa hogir
karwan kawa kaiwan lawin mazlum rebwar renas rezan rizgar roj rojhat roni sarbast sardar serhat shvan shwan
sirwan soran welat zana zanyar zirak
avan avin awaz banaz berfin beritan berivan delal dilan dilnaz evin gulistan helan helin hevi hevin jiyan jwan
kani lavin lana narin nazdar nergiz nishtiman rojin ronahi ronak roza rozhin sakar shano shene shilan solin
sozan tara viyan zhila zilan zozan
`;

const TURKISH = `
ahmet batuhan berk burak can cem cengiz doğan emre enes erdem eren erkan erol ersin ertan fatih ferhat furkan
gökhan hakan halil hüseyin huseyin kaan kadir kemal kerem koray levent mahmut mehmet mert mesut metin murat
nihat oğuz oguz oğuzhan okan oktay onur orhan osman ozan ömer omer özgür ozgur ramazan recep salih sedat selim
semih serdar serkan sinan süleyman suleyman taner tarık tayfun tolga tuncay turgut ufuk uğur ugur umut volkan
yavuz yiğit zafer
ayşe ayse ayla aylin aynur azra belgin beyza buse büşra busra canan cansu damla defne derya dilek duru duygu
ebru ece ecrin ela elçin elif emel emine esma esra eylül filiz funda gamze gizem gül gülay gülsüm gülten hacer
hande hatice hazal hilal hülya hulya ipek irem kader kübra lale melek melike melis meltem merve meryem müge
nalan nazlı nehir nermin nilüfer nurcan özlem ozlem pınar pinar rabia seda selin sema serap sevda sevgi sibel
sinem songül şerife şule tuğba tugba tülay tülin yasemin yeliz yıldız zehra zerrin zeynep
`;

const BOSNIAN_SERBIAN_CROATIAN = `
admir adnan alen alija almir amar amel ante armin asim bojan branko damir darko davor dejan denis dino dragan
dražen dusan dušan djordje đorđe dženan dzenan edin edis elvis emir emrah enes ermin goran hamdija haris hrvoje
ibro igor ivica jasmin josip jovan kenan krešimir luka mate matej mario marko mehmed mevludin milan miloš milos
mirsad mirza mislav miroslav mladen muhamed mujo nedim nedžad nemanja nenad nermin nihad nijaz nikola predrag
radovan ratko refik safet saša sasa sead sejo senad slobodan srđan srdjan stjepan suad tarik tomislav vedran
vladimir vuk zdravko zijad zlatan zlatko zoran zvonimir željko zeljko
ajla alma amela amina amra azra belma biljana bojana branka danijela dragana dubravka dunja dženana edina elma
emina emira enisa fata gordana hajra ivana ivona jasmina jasna jelena jovana katarina lamija lejla ljiljana
ljubica medina merima milena milica mirela mirjana mirsada naida nataša natasa nejra nermina nevena renata
sabiha sabina samra sanela sanja selma senada slavica snežana snezana sumeja svetlana tamara tanja teodora
tijana vesna zerina zorica željka
`;

const POLISH = `
andrzej artur bartek bartosz damian dariusz dawid dominik grzegorz hubert jacek janusz jarosław jaroslaw jerzy
kacper kamil karol kazimierz konrad krystian krzysztof leszek łukasz lukasz maciej marcin marek mariusz mateusz
michał michal mirosław norbert patryk paweł pawel piotr przemysław radosław rafał rafal ryszard sławomir
stanisław stanislaw szymon tadeusz tomasz wiesław witold władysław wojciech zbigniew zdzisław zenon
agata agnieszka aleksandra alicja beata bożena danuta dorota edyta elżbieta elzbieta ewa ewelina gabriela
grażyna halina irena iwona izabela jadwiga janina joanna jolanta justyna kamila karolina katarzyna kinga
krystyna lucyna magdalena małgorzata malgorzata marta marzena monika natalia oliwia patrycja paulina renata
stanisława sylwia teresa urszula wanda weronika wiktoria wioletta zofia zuzanna żaneta
`;

const ERITREAN_ETHIOPIAN = `
abraham amanuel aron awet berhane berhe bereket biniam binyam dawit efrem ephrem eyasu eyob filmon fikre
fitsum gebre ghebre goitom habtom hagos haile hailu henok isaias kahsay kibrom kidane kiflom kiros measho
mebrahtu medhanie mehari mehreteab merhawi mikiel mulugeta mussie nahom negassi petros robel samson semere
senay sirak solomon tedros tekie tekle teklay tesfalem tesfay tesfaye tewelde tsegai tsegay weldu woldu yared
yemane yohannes yonas yosief zeray zerai
abeba abrehet akberet almaz aster ayana azieb betelhem bethlehem eden feven freweini genet helen hirut hiwet
hiwot kisanet letebrhan lidya luwam mebrat mebrhit meron meseret mhret mihret milen nardos nigisti rahel rigat
ruta saba salina segen selam semhar senait tigist tirhas tsega tsegereda tsigereda tsehay tsion weini winta
yodit yohana yordanos zewdi zufan
`;

const ENGLISH = `
alan albert andrew anthony archie arthur austin billy bobby bradley brandon brian bruce bryan charles chris
christopher craig dean dennis donald douglas dylan edward eric ethan eugene finley freddie gary george gerald
gregory harold henry jake james jason jeffrey jeremy jerry jesse joe joseph joshua justin keith kenneth kyle
larry lawrence liam logan louis luke mark mason matthew nathan nicholas paul ralph raymond reggie richard
ronald russell ryan scott sean stephen steven stuart teddy terry timothy tyler wayne willie zachary
abigail amber angela ashley beverly brenda brittany carol carolyn catherine cheryl chloe christine cynthia
daisy danielle deborah debra denise diana diane donna dorothy elizabeth emily frances freya gloria grace
hannah harper heather holly isla jacqueline jade janet janice jean jennifer joan joyce judith judy julie karen
kathleen katherine kathryn kayla kelly kimberly lauren laura lucy madison margaret marilyn martha mary megan
melissa michelle nancy natalie nicole pamela patricia phoebe poppy rachel ruby samantha scarlett sharon
shirley stephanie susan theresa zoe
`;

const SPANISH_AND_LATIN_AMERICAN = `
alejandro andrés andres carlos cristian diego felipe fernando francisco gonzalo javier jorge josé jose juan
luis manuel matías matias miguel pablo pedro ricardo roberto rodrigo sebastián sergio
alejandra beatriz camila carmen catalina claudia constanza daniela dolores fernanda francisca gabriela isabel
javiera lourdes lucía lucia maría paola pilar rocío valentina verónica ximena
`;

const EAST_EUROPEAN = `
aleksandr alexei alexey andriy anatoliy bogdan dmitri dmitry dmytro evgeny mikhail mykola nikolai oleg
oleksandr oleksiy pavlo roman ruslan serhiy sergei sergey taras vadim vasyl viktor vitaliy volodymyr yaroslav
yevhen yuri yuriy
alina anastasia anastasiya daria darya ekaterina galina halyna irina iryna kateryna khrystyna larysa ludmila
lyudmila nadezhda nataliya oksana olena olga svitlana tatiana tetiana valentyna yana yelena yulia yuliia
`;

const OTHER = `
amit anjali deepak imran priya rahul raj ravi sanjay sunil vijay zara asif ayesha
anh hoa hung huong linh minh phuong thanh thu trang tuan
giorgos dimitris konstantinos nikos eleni katerina
kwame kofi amadou mamadou fatoumata aminata ousmane moussa
`;

const MORE_SWEDISH = `
eva hanna monica ella leah lea vilda eleonora sofi liza
niklas dan theodor teodor matteo julian ted jonny johnny ronny benny danny lenny ricky tony andré andre marc alex
alexis mathias ola nicolas joachim
adele agnes-maria alexia alina alisa alvina amira annie aurora beatrice bianca cornelia daniela denise diana
disa dorotea edla elina ellinor elly elma emmeli esmeralda estelle evie fia filippa gittan hedvig hilma idun
inez isa jasmine jennifer jonna josefina juli juliana julie kaja kamilla karla kristine leia leonora lilja
lisen lo loa lovisa lykke madde majken malou maria-lena meja melissa michelle mimmi minna mirjam moa nadja
nathalie nicole nike ninni nova olga olivia ottilia rakel rosa rosalie sabina sanna selin sigrid signe siri
solveig stella svea tekla tess tindra tova tyra undis valentina victoria wilhelmina vilhelmina yasmine
alfons ali anton aston bill birk bob caspar conny curt dante douglas eliot enzo erling ernst ferdinand frej
gottfried greger gunder hannes harry hilmer ian ingmar isidor jarl jerker jim jon kai kenny lave leonard
leopold liam loui love lowe manne mauritz mio nathan nicklas niclas nikolas noa ossian otis paulus
pierre ralf rickard roy sander sixten stellan sören tim torgny tyko valle vilmer wiktor viggo wilmer yusuf
`;

const SAMI = `
áilu ánde biret elle inga-máret máret niillas ovllá ristin sárá ságá jovnna heaika
`;

const ALBANIAN = `
adem agron albulena arben arber arbnora ardian arta bekim besa besnik blerim blerta donika drita driton
egzon egzona fatime fatmir fjolla florim granit lindita liridon lirije lulzim merita mimoza shpend
shqipe teuta valbona valon visar vjosa
`;

const ROMANIAN_HUNGARIAN_GERMAN = `
andreea andrei cristina florentina florin gheorghe ioana ionut mihaela mihai roxana vasile
attila erzsébet gábor istván katalin lászló zoltán zsófia zsolt
anke dieter günter heinz helmut jürgen klaus sabine stefanie ursula uwe wolfgang joost pieter sanne
`;

const WEST_AFRICAN_AND_SOUTH_ASIAN = `
abena adebayo akosua chiamaka chinedu efua emeka folake kwabena ngozi oluwaseun yaw
aarav aditya arjun harpreet gurpreet manpreet navneet sandeep simran sukhdeep
ayaan farhan hamza ifra mehwish noman rabia saima shahid tahira waqas zainab
somchai sunisa malai ratana siriporn kanya pranee nittaya wanida supaporn
`;

const MORE_INTERNATIONAL = `
abdirizak abdiweli abdulkadir abdulqadir abdulahi abdinur abdiwahab abdulwahab abdulmajid abdulhamid
abdulhakim abdulrazak abdelhak abdelilah abdellah abderrahim abdessamad abdelmalek hafsa hafsah hajar hayat
houria ikram imane kenza khaoula loubna meriem naoual ouafa oumaima rachida saida salima samia sihame soukaina
wissal yousra zineb mehdi nabila jalila karima latifa malika mounia nezha achraf adam amine anouar aymen ayoub
brahim driss hamid hicham ilias ismael jawad kamal khalid mounir mourad nabil noureddine rachid redouane saad
soufiane taoufik yassir younes zakaria amal asil aya basma bayan dania dima ghalia haneen hind jouri joud lana
layan leen lojain malak mayar nour nourhan rahma rama ranim rawan reem ritaj rozana sama sarah shahed tala
taima yomna zein abdalla abdelaziz adham alaaeddin amro anis aws ayham baraa diaa ehab eyad feras ghaith hazem
hossam iyad jawdat kinan louai majd mamoun moaaz mohanad momen muhanad munther nawras obada omran qutaiba
rabee raghad rakan sadeq samih sharif suleiman tamim tayseer waseem yamen yazan zaher abdirisak abdishakur
abdiwahid abdiqadir cabdullahi maxamuud xasan xuseen cali faarax warsan deeqa hamdi hodo ilwad iqra khadra
marwo naima nasteho rahma roda saido samsam sahro sucdi ubax xamdi yasmiin abrham aklilu asmerom berhanu
biniyam ermias eskinder fasil fiseha frezer gebremariam haben haileab kidus kiflu mebrahtom meles merhawit
mesfin nebiat teame temesgen tesfamichael tsegaye tsegazeab weldemariam yitbarek yohanna yonatan zekarias
adiam aida aklesia asmeret bisrat danait delina elen eyerusalem fiori hermon hiyab mahlet mekdes merhawit
mirjam mulu nazret rahwa sabrina salam segenet selamawit senayt tsebaot abdulhadi ahmadzai anwarullah aslam
atiq bahir bashirullah dawlat ezatullah faridullah fazlullah gulbuddin hamed hasib jawed karimullah
khalilullah latif mahboob masih mohibullah rafi sebghatullah shafi shams wais wasim zaki zamir anahita arezoo
ayda bahareh banafsheh darya donya elnaz farideh forough ghazal golrokh hadis hasti helia kimia ladan
mahboubeh mahtab masoumeh mehrnaz mehrangiz naghmeh nastaran niloofar parastoo parnian pardis pooneh ramona
sanaz setayesh shaghayegh sheida shohreh solmaz sudabeh tannaz yasamin ardalan ardeshir arsalan ashkan bardia
behnam behrad benyamin ebrahim esfandiar faramarz farbod farshad farshid foad ghasem hamed hamidreza hesam
houshang kasra kazem keivan khashayar mahyar manouchehr mazdak mehrdad meysam mohammadreza mojtaba nariman
parham pedram pouria rasoul sajjad shahab shahriar shayan soheil yashar aladin almedin anel dado dalibor
damjan davud dzevad edo eldin elmedin elvir enver erdin esad fahrudin fikret haso huso ismet kemo mehmedalija
meho muharem nusret rasim redzep sabit salko sanjin sejad semir sulejman zijo adisa aldina alisa amila arijana
asja belkisa dzenana elvedina emela erna fadila hajrija hasiba ilma indira kanita larisa mediha melisa merisa
minela munira nadira nedima rasema sena zejna zilha aleksander borys cezary czesław eryk fabian feliks
franciszek gustaw henryk ignacy jędrzej juliusz kajetan lucjan marian mieczysław miłosz nikodem remigiusz
seweryn tymon tymoteusz wacław adrianna antonina bogumiła celina dagmara dominika eliza iga jagoda kalina
klaudia liliana marianna martyna michalina pola rozalia stefania aapo aaro akseli aleksanteri ari arttu eemeli
eelis hemmo iivari ilmari jalmari jere jouni kai kasperi leevi lenni luukas nooa otso petteri roope saku
taneli topias valtteri veeti vilppu aada aili anni eevi eveliina heidi iida ilona inka jenni kerttu kiia
matleena meri milla minttu neea nella oona peppi pihla pinja reetta riina saara sanni siiri suvi taru tuuli
venla viivi
`;

/** Every listed given name, lowercase. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [
    SWEDISH_WOMEN,
    SWEDISH_MEN,
    NORDIC,
    FINNISH,
    ARABIC,
    SOMALI,
    PERSIAN_DARI_PASHTO,
    KURDISH,
    TURKISH,
    BOSNIAN_SERBIAN_CROATIAN,
    POLISH,
    ERITREAN_ETHIOPIAN,
    ENGLISH,
    SPANISH_AND_LATIN_AMERICAN,
    EAST_EUROPEAN,
    OTHER,
    MORE_SWEDISH,
    SAMI,
    ALBANIAN,
    ROMANIAN_HUNGARIAN_GERMAN,
    WEST_AFRICAN_AND_SOUTH_ASIAN,
    MORE_INTERNATIONAL,
  ]
    .join(" ")
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Listed names that are also common Swedish words, often at the start of a sentence ("Hans mamma", "Inga
 * insatser", "Per vecka", "Tala med"). At the start of a sentence they count as a name only beside a surname;
 * capitalised anywhere else they are a name as usual.
 */
export const GIVEN_NAMES_THAT_ARE_COMMON_WORDS: ReadonlySet<string> = new Set(
  "bo bror dag dan dina gul hans inga juli juni klara liv lo lova maj mark max mina my per rosa saga sanna sena sina sten stig tala tom ville visar".split(
    " ",
  ),
);
