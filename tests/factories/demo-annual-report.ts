import { DEFAULT_OPEN_QUESTIONS } from "@/lib/annual-report/default-sections";
import type { TAnnualReportSections } from "@/lib/annual-report/schemas";

/**
 * The arbetsgrupp's text of the demo's report "Brister i samverkan 2025", written the way the 2025 presentation
 * describes the report: a summary, the three most common causes, the other brister, the special focus on
 * utskrivning från inneliggande vård, the analysis, open questions for dialogue and the group's recommendations.
 * The figures, the chart, the tables and the examples are added from the statistics when it is exported.
 */
export const DEMO_ANNUAL_REPORT_2025: TAnnualReportSections = {
  summary: [
    "Under 2025 har brister i samverkan för första gången rapporterats genom e-tjänsten. Arbetsgruppen, med brukarrepresentant, Personligt Ombud Skåne och representanter för kommunerna i nordvästra Skåne och Region Skånes verksamheter, har gått igenom samtliga brister i avidentifierad form vid tre möten i början av 2026.",
    "De vanligaste bakomliggande orsakerna var kommunikation, rutiner och SIP. Många brister uppstod i övergångar: vid utskrivning från sluten vård, när en handläggare var frånvarande och när ansvaret mellan två verksamheter var oklart. I flera fall var det individen som fick bära följderna, genom fördröjda insatser, förlängd vårdtid eller att hamna mellan stolarna.",
    "Rapporten lyfter särskilt utskrivning från inneliggande vård och avslutas med öppna frågor för dialog i verksamheterna och arbetsgruppens rekommendationer.",
  ].join("\n\n"),
  categoryTexts: {
    kommunikation: [
      "Kommunikation är den mest frekventa bristen som arbetsgruppen har uppmärksammat i år. En kommunikation som inte fungerar kan leda till oförståelse mellan parterna och deras uppdrag. Den kan också fördröja individens vård eller göra att rapporteringen i Mina planer brister i samband med SVU-processen.",
      "I flera ärenden har insatser försenats eller uteblivit för att dialogen saknades: en mottagning som inte gick att nå, en orosanmälan utan återkoppling, ett utskrivningsbesked som aldrig kom fram. Därför är det viktigt att verksamheterna säkerställer att informationen når alla berörda och att återkoppling och dialog sker.",
      "Kommunikationen mellan professionerna bör präglas av prestigelöshet och ömsesidig respekt för varandras yrkeskunnande. Bristande kommunikation leder ofta till andra brister. Om en verksamhet saknar återkoppling eller information bör den kontakta berörd samverkanspart och vid uteblivet svar lyfta frågan vidare till nästa ansvarsnivå.",
    ].join("\n\n"),
    rutiner: [
      "Rutiner tydliggör uppdrag, ansvarsfördelning och arbetsprocesser i individens vård och behandling. Ett återkommande förbättringsområde är att befintliga rutiner inte följs, i synnerhet vid SVU, i Mina planer och vid deltagande i SIP-möten.",
      "I flera verksamheter saknas tydliga rutiner för ersättare vid tillfällig frånvaro. Kallelser och meddelanden har blivit liggande hos en medarbetare som varit ledig, utan att någon annan bevakat dem.",
      [
        "- Se regelbundet över rutinerna och uppdatera dem vid behov.",
        "- Gör rutinerna kända i det dagliga arbetet, också för nya medarbetare.",
        "- Se till att det finns rutiner för hur samverkansparter når varandra, så att information och uppföljning inte uteblir.",
      ].join("\n"),
    ].join("\n\n"),
    SIP: [
      "Flera av bristerna gäller SIP-möten där överenskommen närvaro har uteblivit, vilket har fördröjt individens fortsatta vård och behandling. Andra gäller obesvarade kallelser i Mina planer, som har gjort att möten har uteblivit eller skjutits upp. Rutinerna för kallelser och bevakning i Mina planer behöver förbättras för att säkra kontinuitet och samordning.",
      "Vissa parter har bedömt att en SIP inte behövs, och möten har inte kallats till förrän den andra parten påtalat att det strider mot gällande överenskommelser. Arbetsgruppen har också sett SIP-möten där deltagaren saknat kännedom om individen eller mandat att besluta, och möten där frågor om kostnader togs upp inför individen.",
      "Ansvarsförskjutning och brister i planering och verkställande under SIP-möten påverkar individen negativt och motverkar samverkan mellan kommun och region.",
    ].join("\n\n"),
  },
  otherDeficiencies: [
    "Övriga brister rör främst förståelse för varandras uppdrag, bristande helhetssyn och individfokus. Arbetsgruppen har sett exempel där krav från en part, som drogfrihet före utredning, har gjort att individen varken fått utredning eller stöd, och där en familj hänvisats fram och tillbaka mellan verksamheter i stället för att mottagaren kontaktats direkt.",
    "Några brister gäller bemötande och engagemang, till exempel när en part avvisat ett samverkansbehov som inte sitt ansvar. Ett mindre antal gäller kompetens inom verksamheten, som kännedom om krisplaner och om vad ett samtycke till informationsutbyte innebär.",
    "Övergången från barn- till vuxenverksamheterna och ansvaret för personer utan bostad vid utskrivning har lyfts vidare, eftersom de inte kan lösas av de enskilda verksamheterna.",
  ].join("\n\n"),
  focusTitle: "Utskrivning från inneliggande vård",
  focus: [
    "Arbetsgruppen har i år valt att särskilt uppmärksamma brister i samverkan vid utskrivning från inneliggande vård. Flera av årets brister uppstod i övergången från sluten vård till hemmet eller till kommunens insatser.",
    "Personer har skrivits ut en fredag eftermiddag utan att utskrivningsklar registrerats i Mina planer, utan aktuell läkemedelslista och utan att pausade insatser som boendestöd startats igen. I något fall skickades inget inskrivningsmeddelande alls, och en person utan bostad skrevs ut utan plan för boende eller stöd.",
    "Följderna för individen har varit besök på akutmottagningen, fel medicinering de första dygnen hemma, nya inläggningar och förlängd vårdtid i väntan på insatser.",
    [
      "- Inskrivningsmeddelande skickas inom ett dygn, även vid vård enligt LPT.",
      "- Utskrivning inför helg planeras i god tid och meddelas i Mina planer.",
      "- Pausade insatser och boendefrågan finns med i planeringen från början.",
      "- Kommunen bevakar Mina planer även sent på fredagar och när en handläggare är frånvarande.",
    ].join("\n"),
  ].join("\n\n"),
  analysis: [
    "Årets brister visar att samverkan oftast brister i övergångar och vid frånvaro: när ansvaret går från en verksamhet till en annan, när en medarbetare är ledig eller när ingen äger frågan. Det är sällan en enskild medarbetares fel. Bristerna pekar på strukturer, rutiner och kommunikationsvägar som inte håller när något avviker från det vanliga.",
    "Många brister har lösts för den enskilde genom att medarbetare och chefer haft dialog och kommit överens om åtgärder. Det visar att rutinen för brister i samverkan fungerar som den är tänkt. Några frågor kräver beslut på en högre nivå, som ansvaret för personer utan bostad vid utskrivning och övergången från barn till vuxen.",
    "Arbetsgruppen ser ett behov av att verksamheterna följer upp sina åtgärder och att de återkommande bristerna tas upp i de lokala samverkansgrupperna.",
  ].join("\n\n"),
  openQuestions: [...DEFAULT_OPEN_QUESTIONS],
  recommendations: [
    "Ta upp rapporten i respektive verksamhet för dialog och lärande.",
    "Gå igenom rutinen för brister i samverkan i er verksamhet, så att medarbetarna känner till e-tjänsten om de upplever att en samverkan brister.",
    "Ta del av informationen om SIP och webbutbildningen för SIP för vårdgivare i Skåne. Där beskrivs hur SIP samordnar vård och stöd för den enskilde och hur IT-stödet Mina planer används för att samordna SIP-möten och deltagare.",
    "Ta del av informationen om SVU-processen: rutinen för samverkan vid utskrivning och tillägget om utskrivning vid större helger.",
  ],
};

/** When the group saved the text. */
export const DEMO_ANNUAL_REPORT_2025_SAVED_AT = new Date("2026-03-10T13:20:00Z");
