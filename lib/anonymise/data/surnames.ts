/**
 * Common surnames in Sweden, lowercase. Beside a given name any capitalised word counts as a surname; this
 * list lets a surname standing alone ("Svensson ringde") be found too. Endings that only surnames have
 * (-sson, -ović, -zadeh …) are matched by pattern in find-names.ts, so they need not all be listed here.
 */

const SWEDISH = `
ahlberg ahlgren almqvist andersson andreasson arvidsson axelsson backman bengtsson berg bergdahl berggren
bergkvist berglund bergman bergqvist bergström björk björklund blom blomberg blomqvist bohlin boman borg
carlsson claesson dahl dahlberg dahlgren dahlström danielsson ek ekberg eklund ekström eliasson engberg
engström eriksson falk forsberg fransson fredriksson friberg gunnarsson gustafsson hansson hedberg hedlund
hellberg hellström henriksson hermansson holm holmberg holmgren holmqvist håkansson isaksson ivarsson
jakobsson jansson johansson jonasson jonsson jönsson karlsson larsson lind lindberg lindblom lindgren
lindholm lindqvist lindström ljung ljungberg lund lundberg lundgren lundin lundqvist lundström magnusson
malm martinsson mattsson månsson mårtensson nilsson norberg nordin nordström nyberg nyström olofsson olsson
persson petersson pettersson pålsson samuelsson sandberg sandström sjöberg sjögren sjöström strand ström
strömberg sundberg sundström svensson söderberg söderström wallin viklund wikström åberg åkesson åström
öberg
`;

const NORDIC_AND_FINNISH = `
andersen hansen jensen johansen kristiansen larsen nielsen olsen pedersen petersen rasmussen sørensen
ahonen heikkilä heikkinen hämäläinen järvinen jokinen karjalainen kinnunen korhonen koskinen lahtinen laine
laitinen lehtinen lehtonen mäkelä mäkinen mattila niemi nieminen rantanen salminen salo salonen savolainen
tuominen turunen virtanen
`;

const ARABIC_AND_MIDDLE_EASTERN = `
abboud abdallah abdulla al-ali al-hassan al-hussein al-khatib al-masri al-said al-saleh aziz haddad hamdan
hamid hassan hussein ibrahim issa jaber kassem khalil khoury mansour mustafa najjar nasser rahman saleh
salem shamoun yousef yousif
`;

const SOMALI = `
abdi abdullahi aden ahmed ali farah hersi hirsi jama mohamed mohamud nur omar osman warsame yusuf
`;

const PERSIAN_AND_AFGHAN = `
afshar ahmadi amiri azizi ghorbani haidari hashemi hosseini jafari karimi kazemi mohammadi moradi mousavi
nazari noori popal rahimi rahmani rezaei rostami sadeghi sultani wardak yousefi durrani hakimi safi sharifi
`;

const TURKISH_AND_KURDISH = `
arslan aslan aydin aydın baran çelik celik çetin demir doğan dogan erdoğan kaya kara koç kurt kılıç öztürk
ozturk özdemir özkan polat şahin sahin şimşek yildiz yıldız yıldırım yilmaz yılmaz zana
`;

const BALKAN_AND_POLISH = `
babić begić delić hadžić hasanović hodžić horvat husić ibrahimović ilić jovanović kovač kovačević marić
marković mehmedović milošević nikolić omerović pavlović petrović stanković stojanović
dąbrowski grabowski jankowski kamiński kowalczyk kowalska kowalski kozłowski krawczyk kwiatkowski
lewandowski mazur michalski nowak pawłowski piotrowski szymański wiśniewska wiśniewski woźniak wójcik
zielińska zieliński
`;

const ERITREAN_AND_ETHIOPIAN = `
berhane gebremedhin gebremichael ghebreyesus habte haile kidane mehari tekle tesfamariam tesfaye
woldemariam
`;

const OTHER = `
brown clarke davies edwards evans green harris hughes jackson johnson jones melnyk kovalenko shevchenko
bondarenko nguyen tran pham garcía garcia gonzález gonzalez lópez lopez martínez martinez rodríguez
rodriguez pérez perez sánchez sanchez silva santos smith taylor thompson williams wilson
`;

/** Every listed surname, lowercase. */
export const SURNAMES: ReadonlySet<string> = new Set(
  [
    SWEDISH,
    NORDIC_AND_FINNISH,
    ARABIC_AND_MIDDLE_EASTERN,
    SOMALI,
    PERSIAN_AND_AFGHAN,
    TURKISH_AND_KURDISH,
    BALKAN_AND_POLISH,
    ERITREAN_AND_ETHIOPIAN,
    OTHER,
  ]
    .join(" ")
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Endings that in practice only surnames have: Swedish -sson and -ström/-qvist, South Slavic -ić, Polish -ski,
 * -wicz and -czyk, Finnish -ainen (not -inen or -onen: "rutinen", "personen"), Persian -zadeh and -pour, Turkish -oğlu. Checked on the lowercase word.
 */
export const SURNAME_ENDING =
  /(?:[a-zåäö]sson|[a-zåäö]{2}ström|[a-zåäö]{2}[qk]vist|[a-zšžčćđ]{2}(?:ić|ovic|evic|zic)|[a-zł]{2}(?:owski|ewski|owska|ewska|wicz|czyk)|[a-zäö]{2}(?:ainen|äinen)|[a-z]{2}(?:zadeh|pour|oğlu|oglu))$/;
