import Link from "next/link";
import type { ReactNode } from "react";
import type { DraftData } from "@/lib/reports/wizard-steps";

type Names = { organisation: Map<string, string>; area: Map<string, string> };

const AGE = { BARN: "Barn (0–17 år)", VUXEN: "Vuxen", ALDRE: "Äldre (65 år och äldre)" } as Record<
  string,
  string
>;
const SOLVED = { JA: "Ja", DELVIS: "Delvis", NEJ: "Nej" } as Record<string, string>;
const YES_NO = { ja: "Ja", nej: "Nej" } as Record<string, string>;

function Section({
  title,
  changeHref,
  level,
  children,
}: {
  title: string;
  changeHref?: string;
  level: 3 | 4;
  children: ReactNode;
}) {
  const Heading = `h${level}` as const;
  return (
    <section className="print-avoid-break mb-6 border-b border-slate-300 pb-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading className="text-lg font-semibold">{title}</Heading>
        {changeHref ? (
          <Link href={changeHref} className="no-print text-brand-900 underline">
            Ändra<span className="sr-only"> {title.toLowerCase()}</span>
          </Link>
        ) : null}
      </div>
      <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">{children}</dl>
    </section>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-slate-800">{label}</dt>
      <dd className="whitespace-pre-wrap break-words">
        {value || <span className="text-slate-700">Ej angivet</span>}
      </dd>
    </>
  );
}

const str = (value: unknown) => (typeof value === "string" ? value : "");
const list = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** Every answer of a draft, grouped per step; with change links on the review page, without on print copies. */
export function ReportSummary({
  data,
  names,
  parts,
  showChangeLinks,
  headingLevel = 2,
}: {
  data: DraftData;
  names: Names;
  parts: (1 | 2)[];
  showChangeLinks: boolean;
  /** The level of "Del ett" and "Del två": 3 where the summary sits under a page's h2 (the receipt's copy). */
  headingLevel?: 2 | 3;
}) {
  const PartHeading = `h${headingLevel}` as const;
  const level = (headingLevel + 1) as 3 | 4;
  const r = data.reporter ?? {};
  const p = data.partner ?? {};
  const ev = data.event ?? {};
  const d = data.description ?? {};
  const t = data.delTva ?? {};
  const href = (slug: string) => (showChangeLinks ? `/rapportera/${slug}` : undefined);
  const partners = [
    ...list(p.partnerOrganisationIds).map((id) => names.organisation.get(id) ?? "Okänd organisation"),
    str(p.partnerOther),
  ].filter(Boolean);
  const participants = Array.isArray(t.participants)
    ? (t.participants as { organisation?: string; role?: string }[])
    : [];
  const measures = Array.isArray(t.measures)
    ? (t.measures as { description?: string; responsibleParty?: string; targetDate?: string }[])
    : [];
  return (
    <div>
      {parts.includes(1) ? (
        <>
          <PartHeading className="mb-4 text-2xl font-bold">Del ett</PartHeading>
          <Section level={level} title="Om rapportören" changeHref={href("om-dig")}>
            <Row label="Namn" value={str(r.reporterName)} />
            <Row label="E-post" value={str(r.reporterEmail)} />
            <Row label="Telefon" value={str(r.reporterPhone)} />
            <Row label="Organisation" value={names.organisation.get(str(r.organisationId)) ?? ""} />
            <Row label="Enhet eller verksamhet" value={str(r.unit)} />
            <Row label="Roll" value={str(r.reporterRole)} />
            <Row label="Pratat med närmsta chef" value={YES_NO[str(r.hasConsultedChef)] ?? ""} />
          </Section>
          <Section level={level} title="Samverkanspart" changeHref={href("samverkanspart")}>
            <Row label="Samverkanspart(er)" value={partners.join(", ")} />
          </Section>
          <Section level={level} title="Händelsen" changeHref={href("handelsen")}>
            <Row
              label="När"
              value={str(ev.eventTiming) === "manad" ? str(ev.eventMonth) : str(ev.eventDate)}
            />
            <Row
              label="Områden"
              value={list(ev.areaIds)
                .map((id) => names.area.get(id) ?? "")
                .filter(Boolean)
                .join(", ")}
            />
            <Row label="Åldersgrupp" value={AGE[str(ev.ageGroup)] ?? ""} />
          </Section>
          <Section level={level} title="Beskrivning och åtgärder" changeHref={href("beskrivning")}>
            <Row label="Händelsen" value={str(d.description)} />
            <Row label="Vidtagna åtgärder för individen" value={str(d.actionsTaken)} />
          </Section>
        </>
      ) : null}
      {parts.includes(2) ? (
        <>
          <PartHeading className="mb-4 text-2xl font-bold">Del två</PartHeading>
          <Section level={level} title="Dialog och överenskomna åtgärder" changeHref={href("del-tva")}>
            <Row label="Dialog hållen" value={YES_NO[str(t.dialogueHeld)] ?? ""} />
            {str(t.dialogueHeld) === "nej" ? (
              <Row label="Varför ingen dialog" value={str(t.noDialogueReason)} />
            ) : (
              <>
                <Row label="Datum för dialogen" value={str(t.dialogueDate)} />
                <Row
                  label="Deltagande parter"
                  value={participants.map((x) => `${x.organisation ?? ""} (${x.role ?? ""})`).join("\n")}
                />
                <Row
                  label="Åtgärder"
                  value={
                    measures.length ? (
                      <ol className="list-decimal pl-5">
                        {measures.map((m, i) => (
                          <li key={i} className="mb-2">
                            {m.description}
                            <br />
                            <span className="text-sm">
                              Ansvarig: {m.responsibleParty}
                              {m.targetDate ? `, klart senast ${m.targetDate}` : ""}
                            </span>
                          </li>
                        ))}
                      </ol>
                    ) : null
                  }
                />
                <Row label="Är bristen löst" value={SOLVED[str(t.isSolved)] ?? ""} />
              </>
            )}
            <Row label="Lyfts vidare" value={YES_NO[str(t.needsEscalation)] ?? ""} />
            <Row label="Kommentar" value={str(t.escalationComment)} />
          </Section>
        </>
      ) : null}
    </div>
  );
}
