/**
 * Capitalised words and phrases of the domain that never name a person: organisations, units, places of the
 * region, systems and programmes. A phrase protects its words only where they stand together ("Maria Skåne
 * Nordväst" is a unit, a lone "Maria" is still a name). Matched case-insensitively, with or without a
 * genitive -s on the last word. The server adds the organisation, area and category names of the reference
 * data through the `allow` option.
 */

const ORGANISATIONS = `
Region Skåne | Region Halland | Region Blekinge | Region Kronoberg | Familjen Helsingborg | Helsingborgs stad
| Helsingborgs lasarett | Ängelholms sjukhus | Trelleborgs lasarett | Landskrona lasarett | Skånes universitetssjukhus
| Sankt Lars | S:t Lars | Sankt Lukas | S:t Lukas | Sankt Görans sjukhus | S:t Görans sjukhus | Sankta Maria
| Maria Skåne Nordväst | Maria Skåne | Mini-Maria | Maria Ungdom | Maria mottagning | Astrid Lindgrens barnsjukhus
| Drottning Silvias barnsjukhus | Karolinska | Sahlgrenska | Psykiatri Skåne | Hälsoval Skåne | Kommunförbundet Skåne
| Personligt Ombud | Personligt ombud Skåne | En väg in | Mina planer | Statens institutionsstyrelse | SiS
| Försäkringskassan | Arbetsförmedlingen | Migrationsverket | Kriminalvården | Polisen | Skatteverket
| Socialstyrelsen | Inspektionen för vård och omsorg | IVO | Kronofogden | Skolverket | Skolinspektionen
| Specialpedagogiska skolmyndigheten | Sveriges Kommuner och Regioner | SKR | Skånetrafiken | Rädda Barnen
| Röda Korset | Hela Människan | Stadsmissionen | Frälsningsarmén | Bris | Barnahus | Kvinnojouren | Tjejjouren
| Capio | Attendo | Humana | Frösunda | Nytida | Bräcke diakoni | Ambea | Vardaga | Aleris | Praktikertjänst | Kry
| Min doktor | Apoteket | Apotek Hjärtat | Lifecare | Cosmic | Procapita | Pro Capita | Treserva | Combine
| Melior | Pascal | NPÖ | Prator | Journalen | Vårdguiden | Inera | BankID | Freja eID | Kivra | Teams | Zoom
| Skype | Outlook | Excel | Platina | Evolution | Take Care | TakeCare | Mina meddelanden | Min vårdplan
| Ronald McDonald Hus | Hjärnkoll | Attention | Autism- och Aspergerförbundet | RFSL | RFSU | Unicef
| Riksförbundet Attention | Magelungen | Lotsen | Ersta diakoni | Mentor | Fryshuset | Länsstyrelsen
| Lex Maria | Lex Sarah | Drop in | Drop-in
`;

const PLACES = `
Skåne | Nordvästra Skåne | Skåne Nordväst | Norden | Sverige | Öresund | Söderåsen | Kullaberg | Kullahalvön
| Hallandsåsen | Bjuv | Bromölla | Burlöv | Båstad | Eslöv | Helsingborg | Hässleholm | Höganäs | Hörby | Höör
| Klippan | Kristianstad | Kävlinge | Landskrona | Lomma | Lund | Malmö | Osby | Perstorp | Simrishamn | Sjöbo
| Skurup | Staffanstorp | Svalöv | Svedala | Tomelilla | Trelleborg | Vellinge | Ystad | Åstorp | Ängelholm
| Örkelljunga | Östra Göinge | Arild | Mölle | Viken | Jonstorp | Nyhamnsläge | Lerberget | Ödåkra | Mörarp
| Påarp | Rydebäck | Hittarp | Laröd | Domsten | Allerum | Kattarp | Hasslarp | Gantofta | Vallåkra | Bårslöv
| Hyllinge | Ekeby | Billesholm | Kvidinge | Ljungbyhed | Munka-Ljungby | Förslöv | Grevie | Torekov | Hov
| Västra Karup | Östra Karup | Skottorp | Vejbystrand | Magnarp | Strövelstorp | Barkåkra | Skälderviken
| Glumslöv | Häljarp | Teckomatorp | Billeberga | Tågarp | Kågeröd | Röstånga | Rögle | Össjö | Skånes Fagerhult
| Tågaborg | Fredriksdal | Drottninghög | Dalhem | Planteringen | Gustavslund | Eneborg | Ringstorp | Husensjö
| Västra Berga | Berga | Närlunda | Slottshöjden | Pålsjö | Råå | Mariastaden | Adolfsberg | Kopparmöllan
| Miatorp | Högasten | Stattena | Fältarp | Olympia | Söder | Norr | Rosengård | Olofström | Stockholm | Göteborg
| Uppsala | Västerås | Örebro | Linköping | Norrköping | Jönköping | Halmstad | Växjö | Kalmar | Karlskrona
| Umeå | Luleå | Gävle | Sundsvall | Borås | Köpenhamn | Helsingör | Småland | Halland | Blekinge
`;

// Abbreviations that start a line or a sentence in notes: "Pnr 121212-1212", "Dnr 2025/12".
const ABBREVIATIONS = `
Pnr | Dnr | Tel | Tfn | Nr | Ca | Kl | Obs | Ang | Angående | Lgh | Enl | Resp | Kap | Ev | Mvh | Ref | Jfr | Inkl
| Exkl | Sms | Mejl | Mail | Vg | Pga | Sk | Dvs | Mm | Osv | Etc
`;

/** Domain terms as written; a multi-word term protects its words only together. */
export const DOMAIN_TERMS: readonly string[] = [ORGANISATIONS, PLACES, ABBREVIATIONS]
  .join("|")
  .split("|")
  .map((term) => term.trim().replace(/\s+/g, " "))
  .filter(Boolean);
