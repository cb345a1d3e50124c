import {
  BEROENDE,
  BUP,
  PRIMARVARD,
  VUXENPSYK_OPPEN,
  VUXENPSYK_SLUTEN,
  held,
  notHeld,
  type ReportScenario,
} from "./scenario-builder";

/** The ten fictional example brister of the domain notes, written as a reporter would fill in the wizard. */
export const REPORT_SCENARIOS: readonly ReportScenario[] = [
  {
    key: "sip-uteblev",
    title: "SIP där psykiatrin aldrig kom",
    reporterOrganisation: "kommun",
    unit: "Socialpsykiatri, myndighet",
    reporterRole: "Socialsekreterare",
    partners: [VUXENPSYK_OPPEN],
    areaCodes: ["SIP", "MINA_PLANER", "VUXNA", "MISSBRUK"],
    ageGroup: "VUXEN",
    categories: ["SIP", "kommunikation", "rutiner"],
    description:
      "Socialpsykiatrin kallade till SIP i Mina planer för en vuxen med psykossjukdom och samtidigt missbruk. Psykiatriska öppenvården accepterade kallelsen, men ingen från psykiatrin kom till mötet och ingen hörde av sig. Personen hade förberett sig och blev mycket besviken. Ett nytt möte kunde hållas först flera veckor senare, och under tiden försämrades måendet.",
    actionsTaken:
      "Vi kontaktade mottagningens enhetschef samma dag och bokade ett nytt SIP-möte. Boendestödet fick utökad tid under väntan på mötet.",
    dialogue: held("JA", {
      participants: [
        [VUXENPSYK_OPPEN, "Enhetschef"],
        ["kommun", "Enhetschef socialpsykiatri"],
      ],
      measures: [
        [
          "Mottagningen utser en namngiven ersättare som bevakar SIP-kallelser i Mina planer vid frånvaro.",
          "Vuxenpsykiatri, öppenvård",
          30,
        ],
        [
          "Om en part uteblir från SIP ringer den kallande parten mottagningens samordnare samma dag.",
          "Socialpsykiatrin",
        ],
      ],
    }),
    partnerComment: {
      role: "Enhetschef",
      comment: "Vi delar bilden. Kallelsen hamnade hos en medarbetare som var ledig, och ingen bevakade den.",
    },
  },
  {
    key: "sip-kallelse-obesvarad",
    title: "Obesvarad SIP-kallelse efter utskrivning",
    reporterOrganisation: VUXENPSYK_SLUTEN,
    unit: "Psykiatrisk slutenvårdsavdelning",
    reporterRole: "Sjuksköterska, fast vårdkontakt",
    partners: ["kommun"],
    areaCodes: ["SIP", "SVU", "MINA_PLANER"],
    ageGroup: "VUXEN",
    categories: ["SIP", "SVU/Mina planer", "rutiner"],
    description:
      "Som fast vårdkontakt kallade jag till SIP inom tre dagar efter utskrivningen. Kommunen besvarade aldrig kallelsen i Mina planer. Mötet fick skjutas upp två gånger, och personen var hemma utan planerade insatser under tiden.",
    actionsTaken:
      "Jag ringde socialtjänstens mottagning flera gånger och fick till slut kontakt med en handläggare. SIP hölls tre veckor efter utskrivningen.",
    dialogue: held("DELVIS", {
      participants: [
        ["kommun", "Enhetschef myndighet"],
        [VUXENPSYK_SLUTEN, "Vårdenhetschef"],
      ],
      measures: [
        [
          "Kommunen inför en gemensam funktionsbrevlåda för kallelser i Mina planer.",
          "Kommunen, myndighet",
          45,
        ],
        [
          "Funktionsbrevlådan kontrolleras varje vardag av en utsedd handläggare.",
          "Kommunen, enhetschef myndighet",
        ],
      ],
    }),
  },
  {
    key: "sip-behovs-inte",
    title: "”SIP behövs inte”",
    reporterOrganisation: VUXENPSYK_OPPEN,
    unit: "Psykiatrisk mottagning",
    reporterRole: "Kurator",
    partners: ["kommun"],
    areaCodes: ["SIP", "BOENDE", "VUXNA"],
    ageGroup: "VUXEN",
    categories: ["SIP", "förståelse för varandras uppdrag", "bristande helhetssyn"],
    description:
      "Vi begärde SIP för en vuxen som bor i en LSS-bostad och har en ökande psykisk ohälsa. Kommunen bedömde först att SIP inte behövdes eftersom personen redan hade insatser. Först när vi hänvisade till den gemensamma överenskommelsen om SIP kallades det till ett möte.",
    actionsTaken:
      "Vi hänvisade till överenskommelsen och bad om ett samtal med enhetschefen för funktionsstöd. SIP hölls efter två veckor.",
    dialogue: held("JA", {
      participants: [
        ["kommun", "Enhetschef funktionsstöd"],
        [VUXENPSYK_OPPEN, "Kurator"],
      ],
      measures: [
        [
          "Båda parter går igenom överenskommelsen om SIP på nästa lokala samverkansmöte.",
          "Enhetscheferna i kommun och psykiatri",
          60,
        ],
      ],
    }),
  },
  {
    key: "utskrivning-fredag",
    title: "Utskrivning en fredagseftermiddag",
    reporterOrganisation: "kommun",
    unit: "Boendestöd, socialpsykiatri",
    reporterRole: "Boendestödjare",
    partners: [VUXENPSYK_SLUTEN],
    areaCodes: ["SVU", "MINA_PLANER", "BOENDE"],
    ageGroup: "VUXEN",
    categories: ["SVU/Mina planer", "kommunikation", "rutiner"],
    description:
      "En person skrevs ut en fredag eftermiddag. Utskrivningsklar var inte registrerat i Mina planer och boendestödet hade inte fått något besked, så inga insatser fanns på plats. Under helgen sökte personen akutmottagningen två gånger.",
    actionsTaken:
      "Boendestödet startade på måndagen och vi kontaktade avdelningen för att få en planering. Personen fick ett återbesök på mottagningen.",
    dialogue: held("DELVIS", {
      participants: [
        [VUXENPSYK_SLUTEN, "Vårdenhetschef"],
        ["kommun", "Enhetschef boendestöd"],
      ],
      measures: [
        [
          "Utskrivning inför helg planeras senast på torsdagen och meddelas i Mina planer.",
          "Vuxenpsykiatri, slutenvård",
          30,
        ],
        ["Kommunen bevakar Mina planer även på fredag eftermiddag.", "Kommunen, socialpsykiatri"],
      ],
    }),
    partnerComment: {
      role: "Vårdenhetschef",
      comment: "Avdelningen saknade en rutin för helgutskrivning. Vi ser över den tillsammans med kommunen.",
    },
  },
  {
    key: "ingen-ersattare",
    title: "Ingen ersättare vid frånvaro",
    reporterOrganisation: PRIMARVARD,
    unit: "Vårdcentral",
    reporterRole: "Distriktssköterska",
    partners: ["kommun"],
    areaCodes: ["ALDRE"],
    ageGroup: "ALDRE",
    categories: ["rutiner", "kommunikation"],
    description:
      "Under två veckor gick det inte att nå den ansvariga handläggaren på socialtjänsten, som var ledig. Ingen ersättare var utsedd och ingen kunde fatta beslut. Insatsen i hemmet försenades och personen klarade sig allt sämre hemma under tiden.",
    actionsTaken:
      "Vi vände oss till nästa chefsnivå i kommunen, som utsåg en tillfällig handläggare. Insatsen kom igång efter ytterligare några dagar.",
    dialogue: held("JA", {
      participants: [["kommun", "Enhetschef äldreomsorg, myndighet"]],
      measures: [
        [
          "Kommunen inför en rutin för ersättare vid frånvaro och frånvarobesked som anger en annan kontaktväg.",
          "Kommunen, äldreomsorgens myndighet",
          30,
        ],
      ],
    }),
  },
  {
    key: "bostadslos-ansvarig-kommun",
    title: "Bostadslös, oklart vilken kommun som ansvarar",
    reporterOrganisation: VUXENPSYK_SLUTEN,
    unit: "Psykiatrisk akutavdelning",
    reporterRole: "Kurator",
    partners: ["kommun", "annan kommun"],
    areaCodes: ["SVU", "BOENDE", "VUXNA"],
    ageGroup: "VUXEN",
    categories: ["förståelse för varandras uppdrag", "kommunikation", "bristande helhetssyn"],
    description:
      "En bostadslös person vårdades inneliggande. Inskrivningsmeddelandet gick till den kommun där personen tidigare bodde, som menade att en annan kommun var ansvarig. Ingen kommun tog ansvar för planeringen och personen skrevs ut utan plan för boende eller stöd.",
    actionsTaken:
      "Vi kontaktade socialtjänsten i båda kommunerna och bad om en gemensam bedömning. Personen fick ett tillfälligt boende genom den ena kommunen efter utskrivningen.",
    dialogue: notHeld(
      "Kommunerna har ännu inte kunnat enas om vem som ansvarar, så något gemensamt möte har inte gått att boka.",
    ),
    escalationComment:
      "Frågan om vilken kommun som ansvarar för bostadslösa vid utskrivning behöver lyftas till nästa nivå.",
  },
  {
    key: "tonaring-efter-bup",
    title: "Tonåring kvar i slutenvård utan placering",
    reporterOrganisation: BUP,
    unit: "BUP slutenvård",
    reporterRole: "Socionom",
    partners: ["kommun"],
    areaCodes: ["BARN_UNGA", "PLACERING", "SKOLA", "SIP"],
    ageGroup: "BARN",
    categories: ["bristande helhetssyn", "SIP", "individfokus"],
    description:
      "En tonåring var klar för utskrivning från BUP:s slutenvård, men ingen placering var förberedd. Skolan hade inte varit med i planeringen. Vårdtiden förlängdes med flera veckor trots att den medicinska vården var avslutad.",
    actionsTaken:
      "Vi kallade till SIP med socialtjänsten och skolan. En tillfällig placering ordnades och elevhälsan kopplades in.",
    dialogue: held("DELVIS", {
      participants: [
        ["kommun", "Enhetschef barn och unga"],
        ["kommun", "Rektor"],
        [BUP, "Avdelningschef"],
      ],
      measures: [
        [
          "SIP kallas senast när utskrivningen börjar planeras, med skolan som part.",
          "BUP och socialtjänsten barn och unga",
          30,
        ],
        ["Elevhälsan bjuds in till planeringen från början.", "Kommunen, skolförvaltningen"],
      ],
    }),
  },
  {
    key: "sip-representant-kande-inte-barnet",
    title: "Regionens representant kände inte barnet",
    reporterOrganisation: "kommun",
    unit: "Socialtjänst, barn och unga",
    reporterRole: "Socialsekreterare",
    partners: [BUP],
    areaCodes: ["SIP", "BARN_UNGA"],
    ageGroup: "BARN",
    categories: ["bemötande/bristande engagemang", "individfokus", "SIP"],
    description:
      "På SIP-mötet företräddes regionen av en person som aldrig hade träffat barnet och inte kunde lova några insatser. Vårdnadshavarna upplevde att de blev bollade runt mellan verksamheterna. Planen blev ofullständig och ett nytt möte behövdes.",
    actionsTaken:
      "Vi bokade ett uppföljande möte där barnets behandlare deltog. Vårdnadshavarna fick en kontaktperson hos oss under tiden.",
    dialogue: held("JA", {
      participants: [
        [BUP, "Enhetschef"],
        ["kommun", "Socialsekreterare"],
      ],
      measures: [
        ["Den som deltar på SIP för BUP känner barnet eller har mandat att besluta om insatser.", "BUP", 14],
      ],
    }),
  },
  {
    key: "villkor-drogfrihet",
    title: "Krav på drogfrihet stoppade hjälpen",
    reporterOrganisation: "kommun",
    unit: "Socialtjänst, missbruk och beroende",
    reporterRole: "Behandlare",
    partners: [VUXENPSYK_OPPEN, BEROENDE],
    areaCodes: ["MISSBRUK", "VUXNA"],
    ageGroup: "VUXEN",
    categories: [
      "förståelse för varandras uppdrag",
      "bristande helhetssyn",
      "kompetens hos den enskilde individen eller inom verksamheten",
    ],
    description:
      "Psykiatrin krävde att personen skulle vara drogfri innan en utredning kunde påbörjas. Samtidigt nekade kommunen boendestöd med hänvisning till missbruket. Personen hamnade mellan stolarna och fick varken utredning eller stöd under flera månader.",
    actionsTaken:
      "Vi ordnade ett gemensamt möte med psykiatrin och beroendevården. Personen fick en tid för bedömning och kommunen prövade stödet på nytt.",
    dialogue: held("DELVIS", {
      participants: [
        [VUXENPSYK_OPPEN, "Överläkare"],
        [BEROENDE, "Enhetschef"],
        ["kommun", "Enhetschef missbruk och beroende"],
      ],
      measures: [
        [
          "Parterna tar fram en gemensam rutin för samsjuklighet där ingen insats villkoras av drogfrihet.",
          "Vuxenpsykiatrin, beroendevården och socialtjänsten",
          90,
        ],
        ["En utbildningsdag om samsjuklighet för medarbetare hos båda huvudmännen.", "Samordnarna", 120],
      ],
    }),
    escalationComment: "Kravet på drogfrihet före utredning behöver tas upp på övergripande nivå.",
  },
  {
    key: "kostnadsfraga-infor-individen",
    title: "Kostnadsfrågan togs inför individen",
    reporterOrganisation: VUXENPSYK_OPPEN,
    unit: "Psykosmottagning",
    reporterRole: "Sjuksköterska",
    partners: ["kommun"],
    areaCodes: ["SIP", "VUXNA"],
    ageGroup: "VUXEN",
    categories: ["bemötande/bristande engagemang", "individfokus", "SIP"],
    description:
      "Under ett SIP-möte började företrädare för kommunen och regionen diskutera vem som skulle betala för en insats, medan personen satt med. Personen blev orolig och mötet avslutades utan en färdig plan.",
    actionsTaken:
      "Vi bad personen om ursäkt och bokade ett nytt möte. Kostnadsfrågan lyftes till cheferna efter mötet.",
    dialogue: held("JA", {
      participants: [
        ["kommun", "Enhetschef socialpsykiatri"],
        [VUXENPSYK_OPPEN, "Enhetschef"],
      ],
      measures: [
        [
          "Kostnadsfrågor tas mellan cheferna före SIP-mötet och aldrig inför individen.",
          "Enhetscheferna i kommun och region",
        ],
      ],
    }),
  },
];

// Fictional reporters: invented combinations, checked against nobody. Never the coordinators named in the sources.
export const REPORTER_FIRST_NAMES = [
  "Maja",
  "Jonas",
  "Elin",
  "Karim",
  "Sofia",
  "Henrik",
  "Amira",
  "Oskar",
  "Linnea",
  "Per",
  "Hanna",
  "Daniel",
  "Sara",
  "Mats",
  "Leila",
  "Johan",
] as const;

export const REPORTER_LAST_NAMES = [
  "Ekdahl",
  "Lindqvist",
  "Sandberg",
  "Holmér",
  "Nyström",
  "Berglund",
  "Falkén",
  "Åberg",
  "Hedlund",
  "Strandvik",
  "Wallin",
  "Lundmark",
  "Törnqvist",
] as const;
