import { REPORT_SCENARIOS } from "./report-scenarios";
import {
  AKUT,
  BEROENDE,
  BUP,
  EN_VAG_IN,
  HABILITERING,
  HVB,
  PRIMARVARD,
  SIS,
  SOMATISK,
  VUXENPSYK_OPPEN,
  VUXENPSYK_SLUTEN,
  held,
  scenarioIn,
  type ReportScenario,
} from "./scenario-builder";

/**
 * More fictional brister, written as a reporter would fill in the wizard, so that two years of demo data are not
 * the same ten stories over and over. Written like report-scenarios.ts, with the same builders.
 */

export const MORE_SCENARIOS: readonly ReportScenario[] = [
  {
    key: "lakemedelslista-saknades",
    title: "Utskriven utan läkemedelslista",
    reporterOrganisation: "kommun",
    unit: "Kommunal hälso- och sjukvård, hemsjukvård",
    reporterRole: "Sjuksköterska",
    partners: [SOMATISK],
    areaCodes: ["SVU", "MINA_PLANER", "ALDRE"],
    ageGroup: "ALDRE",
    categories: ["SVU/Mina planer", "kommunikation", "rutiner"],
    description:
      "En äldre person skrevs ut från sjukhuset till hemmet efter en längre vårdtid. Hemsjukvården fick ingen aktuell läkemedelslista och utskrivningsmeddelandet i Mina planer saknade uppgift om ändrad medicinering. Personen fick fel dos under de första dygnen hemma.",
    actionsTaken:
      "Vi kontaktade avdelningen och fick en korrekt läkemedelslista dagen efter. Distriktsläkaren gjorde en genomgång av läkemedlen vid ett hembesök.",
    dialogue: held("JA", {
      participants: [
        [SOMATISK, "Vårdenhetschef"],
        ["kommun", "Medicinskt ansvarig sjuksköterska"],
      ],
      measures: [
        [
          "Avdelningen bifogar alltid en aktuell läkemedelslista i Mina planer vid utskrivning.",
          "Somatisk slutenvård",
          30,
        ],
        ["Hemsjukvården ringer avdelningen samma dag om läkemedelslistan saknas.", "Kommunens hemsjukvård"],
      ],
    }),
  },
  {
    key: "lpt-utskrivning-utan-boende",
    title: "Utskrivning efter tvångsvård utan boende",
    reporterOrganisation: "kommun",
    unit: "Socialpsykiatri, myndighet",
    reporterRole: "Biståndshandläggare",
    partners: [VUXENPSYK_SLUTEN],
    areaCodes: ["SVU", "TVANGSVARD", "BOENDE", "VUXNA"],
    ageGroup: "VUXEN",
    categories: ["kommunikation", "SVU/Mina planer", "bristande helhetssyn"],
    description:
      "En person som vårdats enligt LPT skrevs ut utan att kommunen hade fått något inskrivningsmeddelande. Personen hade förlorat sin bostad under vårdtiden, och ingen planering för boende eller stöd fanns när utskrivningen skedde. Personen sökte sig till ett akutboende samma kväll.",
    actionsTaken:
      "Vi ordnade ett tillfälligt boende och bokade ett möte med personen dagen efter. En ansökan om boendestöd påbörjades.",
    dialogue: held("DELVIS", {
      participants: [
        [VUXENPSYK_SLUTEN, "Avdelningschef"],
        ["kommun", "Enhetschef socialpsykiatri"],
      ],
      measures: [
        [
          "Inskrivningsmeddelande skickas i Mina planer inom ett dygn även när vården sker enligt LPT.",
          "Vuxenpsykiatri, slutenvård",
          14,
        ],
        [
          "Boendefrågan tas upp i den första planeringen när personen saknar bostad.",
          "Socialpsykiatrin och avdelningen gemensamt",
          30,
        ],
      ],
    }),
    partnerComment: {
      role: "Avdelningschef",
      comment:
        "Meddelandet skickades aldrig på grund av hög belastning. Vi har tagit upp det på avdelningen.",
    },
  },
  {
    key: "orosanmalan-utan-aterkoppling",
    title: "Ingen återkoppling på en orosanmälan",
    reporterOrganisation: BUP,
    unit: "BUP öppenvård",
    reporterRole: "Psykolog",
    partners: ["kommun"],
    areaCodes: ["OROSANMALAN", "BARN_UNGA"],
    ageGroup: "BARN",
    categories: ["kommunikation", "förståelse för varandras uppdrag"],
    description:
      "Vi gjorde en orosanmälan om ett barn i behandling hos oss. Trots flera förfrågningar fick vi inget besked om att anmälan tagits emot eller om en utredning inleddes. Vi visste inte hur vi skulle planera behandlingen och familjen fick olika besked från oss och från socialtjänsten.",
    actionsTaken:
      "Vi skrev på nytt till socialtjänstens mottagningsenhet och bad om ett samtal. Behandlingen fortsatte under tiden som planerat.",
    dialogue: held("JA", {
      participants: [
        ["kommun", "Enhetschef mottagningsenheten"],
        [BUP, "Enhetschef"],
      ],
      measures: [
        [
          "Socialtjänsten bekräftar alltid mottagandet av en orosanmälan från hälso- och sjukvården.",
          "Socialtjänsten, mottagningsenheten",
          30,
        ],
      ],
    }),
  },
  {
    key: "en-vag-in-hanvisning",
    title: "Hänvisad fram och tillbaka",
    reporterOrganisation: "kommun",
    unit: "Elevhälsan",
    reporterRole: "Skolkurator",
    partners: [EN_VAG_IN, PRIMARVARD],
    areaCodes: ["BARN_UNGA", "SKOLA"],
    ageGroup: "BARN",
    categories: ["individfokus", "förståelse för varandras uppdrag", "kommunikation"],
    description:
      "En elev med tilltagande ångest och hög frånvaro hänvisades till En väg in. Där bedömdes att vårdcentralen skulle ta emot, och vårdcentralen hänvisade tillbaka. Familjen fick ringa runt i flera månader och eleven var borta från skolan nästan hela terminen.",
    actionsTaken:
      "Elevhälsan ordnade ett gemensamt samtal med vårdnadshavarna och båda vårdgivarna. En tid hos vårdcentralen bokades.",
    dialogue: held("DELVIS", {
      participants: [
        [EN_VAG_IN, "Enhetschef"],
        [PRIMARVARD, "Verksamhetschef"],
        ["kommun", "Rektor"],
      ],
      measures: [
        [
          "Den som hänvisar vidare tar själv kontakt med mottagaren i stället för att skicka familjen.",
          "En väg in och vårdcentralen",
          30,
        ],
      ],
    }),
  },
  {
    key: "boendestod-aterstartades-inte",
    title: "Boendestödet startade inte igen efter vårdtiden",
    reporterOrganisation: VUXENPSYK_SLUTEN,
    unit: "Allmänpsykiatrisk avdelning",
    reporterRole: "Skötare",
    partners: ["kommun"],
    areaCodes: ["SVU", "BOENDE", "VUXNA"],
    ageGroup: "VUXEN",
    categories: ["rutiner", "kommunikation", "SVU/Mina planer"],
    description:
      "Boendestödet pausades när personen lades in. Vid utskrivningen hade kommunen inte fått veta att stödet skulle starta igen, och personen var utan stöd i nästan två veckor. Det ledde till en ny inläggning.",
    actionsTaken:
      "Vi kontaktade boendestödet och bad om ett återupptagande. Vi lade också in en uppgift i vår egen utskrivningschecklista.",
    dialogue: held("JA", {
      participants: [
        ["kommun", "Enhetschef boendestöd"],
        [VUXENPSYK_SLUTEN, "Vårdenhetschef"],
      ],
      measures: [
        [
          "Pausade insatser anges i utskrivningsplanen och kommunen bekräftar när de startar igen.",
          "Avdelningen och boendestödet",
          30,
        ],
      ],
    }),
  },
  {
    key: "sip-utan-uppfoljning",
    title: "SIP utan uppföljning",
    reporterOrganisation: "kommun",
    unit: "Socialpsykiatri, utförare",
    reporterRole: "Samordnare",
    partners: [PRIMARVARD, VUXENPSYK_OPPEN],
    areaCodes: ["SIP", "VUXNA"],
    ageGroup: "VUXEN",
    categories: ["SIP", "rutiner"],
    description:
      "En SIP hölls men ingen tid för uppföljning bestämdes och ingen part fick ansvar för att kalla. När personens situation förändrades visste ingen vem som skulle ta initiativ, och planen blev inaktuell.",
    actionsTaken: "Vi kallade själva till ett uppföljningsmöte och föreslog en ansvarig för planen.",
    dialogue: held("JA", {
      participants: [
        [PRIMARVARD, "Distriktssköterska"],
        [VUXENPSYK_OPPEN, "Kurator"],
        ["kommun", "Samordnare socialpsykiatri"],
      ],
      measures: [
        [
          "Varje SIP avslutas med datum för uppföljning och namn på den part som kallar.",
          "Alla parter i SIP",
        ],
      ],
    }),
  },
  {
    key: "lvm-utan-planering",
    title: "LVM-vård slutade utan planering",
    reporterOrganisation: "kommun",
    unit: "Socialtjänst, missbruk och beroende",
    reporterRole: "Socialsekreterare",
    partners: [SIS, BEROENDE],
    areaCodes: ["MISSBRUK", "TVANGSVARD", "PLACERING", "SIP"],
    ageGroup: "VUXEN",
    categories: ["SIP", "kommunikation", "bristande helhetssyn"],
    description:
      "Vården enligt LVM avslutades tidigare än planerat. Beroendevården var inte informerad och någon SIP hade inte hållits, så det fanns ingen fortsatt behandling när personen kom hem. Personen återföll inom kort.",
    actionsTaken:
      "Vi kallade till SIP så snart vi fick veta att vården avslutats. Beroendevården erbjöd en tid inom en vecka.",
    dialogue: held("DELVIS", {
      participants: [
        [SIS, "Enhetschef"],
        [BEROENDE, "Sjuksköterska"],
        ["kommun", "Enhetschef missbruk och beroende"],
      ],
      measures: [
        ["SIP kallas senast en månad före planerad utskrivning från LVM-vård.", "Socialtjänsten", 60],
        [
          "Institutionen meddelar socialtjänsten och beroendevården när utskrivningsdatumet ändras.",
          "Institutionen",
        ],
      ],
    }),
  },
  {
    key: "hemskickad-fran-akuten-nattetid",
    title: "Hemskickad från akuten mitt i natten",
    reporterOrganisation: "kommun",
    unit: "Hemtjänst",
    reporterRole: "Enhetschef",
    partners: [AKUT],
    areaCodes: ["ALDRE", "SVU"],
    ageGroup: "ALDRE",
    categories: ["kommunikation", "SVU/Mina planer", "bemötande/bristande engagemang"],
    description:
      "En äldre person med demenssjukdom skickades hem från akutmottagningen mitt i natten utan att hemtjänsten fick veta det. Personen var ensam hemma till morgonen och hade inte fått mat eller sina läkemedel. När vi ringde akuten fick vi beskedet att det inte var deras ansvar att meddela kommunen.",
    actionsTaken:
      "Hemtjänsten gjorde ett extra besök och kontaktade sjuksköterskan i hemsjukvården. Vi tog upp händelsen med akutmottagningens chef.",
    dialogue: held("JA", {
      participants: [
        [AKUT, "Vårdenhetschef"],
        ["kommun", "Enhetschef hemtjänst"],
      ],
      measures: [
        [
          "Akutmottagningen ringer hemtjänstens nattpatrull innan en person med hemtjänst skickas hem.",
          "Akutsjukvården",
          14,
        ],
      ],
    }),
  },
  {
    key: "korta-telefontider",
    title: "Mottagningen gick inte att nå",
    reporterOrganisation: "kommun",
    unit: "Socialpsykiatri, boendestöd",
    reporterRole: "Boendestödjare",
    partners: [VUXENPSYK_OPPEN],
    areaCodes: ["VUXNA"],
    ageGroup: "VUXEN",
    categories: ["kommunikation", "rutiner"],
    description:
      "Under flera veckor gick det inte att nå den psykiatriska mottagningen. Telefontiden var kort och alltid full, och meddelanden via växeln besvarades inte. Personen vi stöttar hade fått biverkningar av en ny medicin och vi kunde inte få råd.",
    actionsTaken: "Vi hänvisade personen till vårdcentralen och skrev till mottagningens chef.",
    dialogue: held("DELVIS", {
      participants: [
        [VUXENPSYK_OPPEN, "Enhetschef"],
        ["kommun", "Enhetschef boendestöd"],
      ],
      measures: [
        [
          "Mottagningen inför ett direktnummer för samverkanspartner med svar samma dag.",
          "Vuxenpsykiatri, öppenvård",
          45,
        ],
      ],
    }),
  },
  {
    key: "information-fastnade-hos-samtycke",
    title: "Informationen stannade vid samtycket",
    reporterOrganisation: VUXENPSYK_OPPEN,
    unit: "Psykosmottagning",
    reporterRole: "Sjuksköterska",
    partners: ["kommun"],
    areaCodes: ["VUXNA", "BOENDE"],
    ageGroup: "VUXEN",
    categories: ["kommunikation", "kompetens hos den enskilde individen eller inom verksamheten"],
    description:
      "Personen hade gett samtycke till att vi och kommunens boende fick utbyta information. Personalen på boendet kände inte till samtycket och ville inte berätta hur personen mådde. Vi kunde därför inte bedöma om medicineringen fungerade.",
    actionsTaken:
      "Vi skickade en kopia av samtycket till boendets chef och bokade ett gemensamt möte med personen.",
    dialogue: held("JA", {
      participants: [
        ["kommun", "Enhetschef boende"],
        [VUXENPSYK_OPPEN, "Sjuksköterska"],
      ],
      measures: [
        [
          "Boendet går igenom vad ett samtycke till informationsutbyte innebär på en arbetsplatsträff.",
          "Kommunens boende",
          60,
        ],
      ],
    }),
  },
  {
    key: "overgang-till-vuxen",
    title: "Ingen tog över vid artonårsdagen",
    reporterOrganisation: HABILITERING,
    unit: "Habiliteringen",
    reporterRole: "Arbetsterapeut",
    partners: ["kommun", BUP],
    areaCodes: ["BARN_UNGA", "VUXNA"],
    ageGroup: "VUXEN",
    categories: ["bristande helhetssyn", "individfokus", "rutiner"],
    description:
      "En ung person med autism och depression skulle gå över från barn- till vuxenverksamheterna. Kontakten med barnpsykiatrin avslutades, men ingen remiss till vuxenpsykiatrin hade skickats och kommunens insatser för vuxna var inte ansökta. Personen stod utan kontakt i ett halvår.",
    actionsTaken:
      "Vi skickade en remiss till vuxenpsykiatrin och hjälpte familjen med ansökan hos kommunen. En SIP bokades.",
    dialogue: held("NEJ", {
      participants: [
        [BUP, "Enhetschef"],
        ["kommun", "Biståndshandläggare LSS"],
        [HABILITERING, "Arbetsterapeut"],
      ],
      measures: [
        [
          "Övergången till vuxenverksamheterna planeras i en SIP senast ett halvår i förväg.",
          "BUP, habiliteringen och kommunen",
          90,
        ],
      ],
    }),
    escalationComment:
      "Det saknas en gemensam rutin för övergången från barn till vuxen. Frågan behöver tas upp på delregional nivå.",
  },
  {
    key: "hvb-medicinering-avbrot",
    title: "Medicineringen avbröts vid placeringen",
    reporterOrganisation: BUP,
    unit: "BUP öppenvård",
    reporterRole: "Läkare",
    partners: ["kommun", HVB],
    areaCodes: ["BARN_UNGA", "PLACERING"],
    ageGroup: "BARN",
    categories: ["kommunikation", "bristande helhetssyn"],
    description:
      "En ungdom i behandling hos oss placerades på ett HVB i en annan del av landet. Vi fick veta det först när ungdomen uteblev från ett besök. Ingen hade ordnat med fortsatt förskrivning och medicineringen avbröts i flera veckor.",
    actionsTaken:
      "Vi kontaktade socialtjänsten och HVB-hemmet och ordnade en överföring till barnpsykiatrin på den nya orten.",
    dialogue: held("JA", {
      participants: [
        ["kommun", "Socialsekreterare"],
        [BUP, "Enhetschef"],
      ],
      measures: [
        [
          "Socialtjänsten informerar BUP innan en ungdom i pågående behandling placeras.",
          "Socialtjänsten, barn och unga",
          30,
        ],
      ],
    }),
  },
  {
    key: "vardcentral-nekade-hembesok",
    title: "Hembesök nekades",
    reporterOrganisation: "kommun",
    unit: "Socialpsykiatri, myndighet",
    reporterRole: "Socialsekreterare",
    partners: [PRIMARVARD],
    areaCodes: ["VUXNA"],
    ageGroup: "VUXEN",
    categories: ["förståelse för varandras uppdrag", "bemötande/bristande engagemang", "individfokus"],
    description:
      "En person med svår ångest har inte lämnat hemmet på lång tid och behövde en läkarbedömning. Vårdcentralen nekade hembesök och svarade att personen fick komma till mottagningen som alla andra. Bedömningen blev inte av.",
    actionsTaken:
      "Vi följde med personen till en sen tid på mottagningen efter flera försök. Vi tog upp frågan med vårdcentralens chef.",
    dialogue: held("NEJ", {
      participants: [
        [PRIMARVARD, "Verksamhetschef"],
        ["kommun", "Enhetschef socialpsykiatri"],
      ],
      measures: [
        [
          "Vårdcentralen prövar hembesök eller videobesök när en patient inte kan ta sig till mottagningen.",
          "Primärvården",
        ],
      ],
    }),
    escalationComment:
      "Parterna är inte överens om ansvaret för hembesök och frågan lyfts till samverkansgruppen.",
  },
  {
    key: "kunskap-om-psykos-pa-boende",
    title: "Tidiga tecken fångades inte upp",
    reporterOrganisation: VUXENPSYK_OPPEN,
    unit: "Psykiatrisk mottagning",
    reporterRole: "Skötare",
    partners: ["kommun"],
    areaCodes: ["BOENDE", "VUXNA"],
    ageGroup: "VUXEN",
    categories: ["kompetens hos den enskilde individen eller inom verksamheten", "kommunikation", "rutiner"],
    description:
      "Personalen på ett kommunalt boende märkte att en boende blev alltmer orolig och slutade äta, men kontaktade inte mottagningen. Krisplanen som fanns i journalen var inte känd på boendet. Personen fick till slut läggas in akut.",
    actionsTaken:
      "Vi gick igenom krisplanen med boendets personal och bokade täta besök under de första veckorna efter utskrivningen.",
    dialogue: held("JA", {
      participants: [
        ["kommun", "Enhetschef boende"],
        [VUXENPSYK_OPPEN, "Sjuksköterska"],
      ],
      measures: [
        [
          "Mottagningen håller en utbildning om tidiga tecken på psykos för boendets personal.",
          "Vuxenpsykiatri, öppenvård",
          90,
        ],
        [
          "Krisplanen finns tillgänglig på boendet och gås igenom vid varje ny kontaktperson.",
          "Kommunens boende",
        ],
      ],
    }),
  },
  {
    key: "saknad-behorighet-mina-planer",
    title: "Utskrivningsmeddelandena lästes aldrig",
    reporterOrganisation: SOMATISK,
    unit: "Medicinavdelning",
    reporterRole: "Sjuksköterska",
    partners: ["kommun"],
    areaCodes: ["SVU", "MINA_PLANER", "ALDRE"],
    ageGroup: "ALDRE",
    categories: [
      "SVU/Mina planer",
      "rutiner",
      "kompetens hos den enskilde individen eller inom verksamheten",
    ],
    description:
      "Kommunen svarade inte på våra meddelanden i Mina planer om en patient som var utskrivningsklar. Det visade sig att den nya handläggaren saknade behörighet i Mina planer och att ingen annan bevakade ärendet. Patienten blev kvar på avdelningen i fem dagar i onödan.",
    actionsTaken:
      "Vi ringde kommunens biståndsenhet och fick kontakt med en annan handläggare som tog ärendet.",
    dialogue: held("JA", {
      participants: [
        ["kommun", "Enhetschef biståndsenheten"],
        [SOMATISK, "Vårdenhetschef"],
      ],
      measures: [
        [
          "Nya medarbetare får behörighet i Mina planer första arbetsveckan och en ersättare bevakar under tiden.",
          "Kommunens biståndsenhet",
          30,
        ],
      ],
    }),
  },
  {
    key: "sip-kallelse-fel-mottagare",
    title: "SIP-kallelsen hamnade hos fel enhet",
    reporterOrganisation: "kommun",
    unit: "Socialtjänst, barn och unga",
    reporterRole: "Socialsekreterare",
    partners: [BUP],
    areaCodes: ["SIP", "MINA_PLANER", "BARN_UNGA"],
    ageGroup: "BARN",
    categories: ["SIP", "kommunikation", "rutiner"],
    description:
      "Vi kallade till SIP för ett barn via Mina planer. Kallelsen gick till en enhet inom barnpsykiatrin som inte längre hade kontakt med barnet och blev liggande. Mötet hölls utan regionen och fick göras om.",
    actionsTaken: "Vi ringde barnpsykiatrins samordnare som skickade kallelsen vidare till rätt mottagning.",
    dialogue: held("JA", {
      participants: [
        [BUP, "Samordnare"],
        ["kommun", "Socialsekreterare"],
      ],
      measures: [
        [
          "En kallelse som hamnat fel skickas vidare till rätt enhet samma dag i stället för att ligga kvar.",
          "BUP",
        ],
      ],
    }),
  },
];

/** Every scenario, the domain notes' ten first. */
export const ALL_SCENARIOS: readonly ReportScenario[] = [...REPORT_SCENARIOS, ...MORE_SCENARIOS];

export function scenarioByKey(key: string): ReportScenario {
  return scenarioIn(ALL_SCENARIOS, key);
}
