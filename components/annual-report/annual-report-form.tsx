"use client";

import { useState, type ReactNode } from "react";
import { ReportSection } from "@/components/annual-report/report-section";
import { FlaggedTexts } from "@/components/annual-report/flagged-texts";
import { FormShell } from "@/components/ui/form-shell";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { IdentifierFindings } from "@/components/wizard/identifier-findings";
import type { FormAction } from "@/lib/actions/action-result";
import type { FlaggedText } from "@/lib/annual-report/flagged-text";
import {
  listText,
  SECTION_LABELS,
  ZSaveAnnualReport,
  type TAnnualReportSections,
  type TSaveAnnualReportInput,
} from "@/lib/annual-report/schemas";

export interface TopCategory {
  /** The category's name, which its text is stored under. */
  name: string;
  /** The name as a heading: "Kommunikation". */
  heading: string;
}

export interface SavedReportResult {
  versionId: string;
  flagged: FlaggedText[];
}

const PARAGRAPH_HINT = "Lämna en tom rad mellan stycken. Rader som börjar med ”-” blir en punktlista.";
const BLOCKING_NOTE = "Rapporten kan inte sparas förrän numret är borttaget.";

/**
 * The arbetsgrupp's text of the annual report, section by section, in the report's order. Beside each section
 * (under it on a narrow screen) what the report fills in by itself: figures, the chart and the chosen examples,
 * rendered by the page. Every text is checked while typing; a personnummer or samordningsnummer stops the save.
 */
export function AnnualReportForm({
  year,
  baseVersionId,
  sections,
  topCategories,
  panels,
  action,
}: {
  year: number;
  baseVersionId: string | null;
  sections: TAnnualReportSections;
  topCategories: readonly TopCategory[];
  panels: {
    summary: ReactNode;
    figures: ReactNode;
    categories: Record<string, ReactNode>;
    other: ReactNode;
    focus: ReactNode;
    appendix: ReactNode;
  };
  action: FormAction<SavedReportResult>;
}) {
  const topNames = new Set(topCategories.map((c) => c.name));
  // The most common categories first, then texts kept for categories that are no longer among them.
  const categoryTexts = [
    ...topCategories.map((c) => ({ category: c.name, text: sections.categoryTexts[c.name] ?? "" })),
    ...Object.entries(sections.categoryTexts)
      .filter(([name, text]) => !topNames.has(name) && text.trim() !== "")
      .map(([category, text]) => ({ category, text })),
  ];
  const defaultValues: TSaveAnnualReportInput = {
    year,
    baseVersionId: baseVersionId ?? "",
    summary: sections.summary,
    categoryTexts,
    otherDeficiencies: sections.otherDeficiencies,
    focusTitle: sections.focusTitle,
    focus: sections.focus,
    analysis: sections.analysis,
    openQuestions: listText(sections.openQuestions),
    recommendations: listText(sections.recommendations),
  };
  const [flagged, setFlagged] = useState<FlaggedText[]>([]);
  const { form, fieldId, ...state } = useActionForm({
    schema: ZSaveAnnualReport,
    defaultValues,
    action,
    idPrefix: "ar",
    persist: { key: `arsrapport:${year}` },
    onSuccess: (data) => setFlagged(data.flagged),
    // The page comes back with the version just written: the next save builds on it. Set once the defaults are
    // the saved text, so nothing saved is kept as unsaved text in the browser.
    recordState: baseVersionId ?? "",
    onRecordStateChange: (current) => current.setValue("baseVersionId", baseVersionId ?? ""),
  });
  const { register, watch, formState } = form;
  const e = formState.errors;

  const text = (
    name: "summary" | "otherDeficiencies" | "focus" | "analysis" | "openQuestions" | "recommendations",
    label: string,
    options: { hint?: string; rows?: number } = {},
  ) => (
    <TextArea
      id={fieldId(name)}
      label={label}
      hint={options.hint ?? PARAGRAPH_HINT}
      rows={options.rows ?? 8}
      markOptional={false}
      error={e[name]?.message}
      after={<IdentifierFindings text={watch(name)} fieldLabel={label} blockingNote={BLOCKING_NOTE} />}
      {...register(name)}
    />
  );

  const categoryField = (index: number, label: string) => (
    <TextArea
      id={fieldId(`categoryTexts.${index}.text`)}
      label={label}
      hint={PARAGRAPH_HINT}
      rows={8}
      markOptional={false}
      error={e.categoryTexts?.[index]?.text?.message}
      after={
        <IdentifierFindings
          text={watch(`categoryTexts.${index}.text`)}
          fieldLabel={label}
          blockingNote={BLOCKING_NOTE}
        />
      }
      {...register(`categoryTexts.${index}.text`)}
    />
  );

  const kept = categoryTexts.slice(topCategories.length);
  return (
    <FormShell
      id="ar"
      {...state}
      submitLabel="Spara årsrapporten"
      statusLine={
        <>
          <p role="status" className="mt-3 min-h-6 font-medium text-green-800">
            {state.status ? (
              <>
                <span aria-hidden="true">✓ </span>
                {state.status}
              </>
            ) : null}
          </p>
          {state.status ? <FlaggedTexts flagged={flagged} /> : null}
        </>
      }
    >
      <p className="mb-6 max-w-prose">
        Alla delar är frivilliga. En del som är tom står som ”inte skriven ännu” i rapporten. Skriv inga
        uppgifter som kan identifiera en enskild person.
      </p>

      <ReportSection id="del-sammanfattning" heading={SECTION_LABELS.summary.label} panel={panels.summary}>
        {text("summary", "Text till sammanfattningen")}
      </ReportSection>

      <ReportSection
        id="del-siffror"
        heading="Antal brister och bakomliggande orsaker"
        panel={null}
        wide={panels.figures}
      >
        <p className="max-w-prose">
          Den här delen fyller rapporten i själv från statistiken: antalet brister, ett diagram och en tabell
          över de bakomliggande orsakerna.
        </p>
      </ReportSection>

      <section aria-labelledby="del-vanligaste-rubrik" className="mb-10 border-t-2 border-slate-300 pt-6">
        <h2 id="del-vanligaste-rubrik" className="mb-4 text-2xl font-bold">
          De vanligaste bristerna
        </h2>
        {topCategories.length === 0 ? (
          <p className="max-w-prose">
            Det finns inga avidentifierade brister med bakomliggande orsaker för {year} ännu. När
            arbetsgruppen har gått igenom bristerna visas de tre vanligaste orsakerna här, var och en med en
            egen text.
          </p>
        ) : (
          <p className="mb-6 max-w-prose">
            De tre vanligaste bakomliggande orsakerna enligt statistiken, fler om flera delar tredje platsen.
            Texten sparas under kategorins namn och finns kvar om listan ändras.
          </p>
        )}
        {topCategories.map((category, index) => (
          <ReportSection
            key={category.name}
            id={`del-kategori-${index + 1}`}
            level={3}
            heading={category.heading}
            panel={panels.categories[category.name]}
          >
            {categoryField(index, `Text om ${category.name}`)}
          </ReportSection>
        ))}
      </section>

      <ReportSection id="del-ovriga" heading={SECTION_LABELS.otherDeficiencies.label} panel={panels.other}>
        {text("otherDeficiencies", "Text om övriga brister")}
      </ReportSection>

      <ReportSection id="del-fokus" heading={SECTION_LABELS.focus.label} panel={panels.focus}>
        <TextField
          id={fieldId("focusTitle")}
          label="Rubrik för årets fokus"
          hint="Till exempel ”Utskrivning från inneliggande vård”."
          markOptional={false}
          error={e.focusTitle?.message}
          {...register("focusTitle")}
        />
        {text("focus", "Text om årets fokus")}
      </ReportSection>

      <ReportSection id="del-analys" heading={SECTION_LABELS.analysis.label} panel={null}>
        {text("analysis", "Text till sammanfattning och analys", { rows: 10 })}
      </ReportSection>

      <ReportSection id="del-fragor" heading={SECTION_LABELS.openQuestions.label} panel={null}>
        {text("openQuestions", "Frågor för dialog, en per rad", {
          hint: "I rapporten inleds frågorna med ”Hur kan vi i vår verksamhet:”. Förifyllt med frågorna från 2025.",
          rows: 6,
        })}
      </ReportSection>

      <ReportSection id="del-rekommendationer" heading={SECTION_LABELS.recommendations.label} panel={null}>
        {text("recommendations", "Rekommendationer, en per rad", {
          hint: "Varje rad blir en numrerad rekommendation i rapporten.",
          rows: 8,
        })}
      </ReportSection>

      <ReportSection id="del-bilaga" heading="Bilaga" panel={null} wide={panels.appendix}>
        <p className="max-w-prose">
          Bilagan listar alla avidentifierade brister {year} med månad och bakomliggande orsaker. Den fylls i
          automatiskt.
        </p>
      </ReportSection>

      {kept.length > 0 ? (
        <ReportSection
          id="del-andra-kategorier"
          heading="Texter om kategorier som inte längre är bland de vanligaste"
          panel={null}
        >
          <p className="mb-4 max-w-prose">
            De här texterna sparas men kommer inte med i rapporten så länge kategorin inte är bland de
            vanligaste. Töm en text för att ta bort den.
          </p>
          {kept.map((entry, offset) =>
            categoryField(topCategories.length + offset, `Text om ${entry.category}`),
          )}
        </ReportSection>
      ) : null}
    </FormShell>
  );
}
