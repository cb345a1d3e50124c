import Link from "next/link";
import type { SaveState } from "@/components/wizard/use-step-form";

const SAVE_TEXT: Record<SaveState, string> = {
  idle: "",
  saving: "Sparar utkastet …",
  saved: "Utkastet är sparat",
  error:
    "Utkastet kunde inte sparas just nu: tjänsten svarar inte. Dina svar finns kvar i formuläret och i den här fliken.",
  refused: "Utkastet kunde inte sparas. Dina svar finns kvar i formuläret och i den här fliken.",
};

/** The autosave state below a wizard step, announced politely as it changes. */
export function AutosaveStatus({
  saveState,
  savedAt,
  isWithholding = false,
  refusal = null,
}: {
  saveState: SaveState;
  savedAt: Date | null;
  /** The last save left out a text with a personnummer or samordningsnummer. */
  isWithholding?: boolean;
  /** Why the server refused the last save (a text too long, the report already sent): the user can act on it. */
  refusal?: string | null;
}) {
  const time = savedAt?.toLocaleTimeString("sv-SE", { hour: "2-digit", minute: "2-digit" });
  const text =
    saveState === "saved" && time
      ? isWithholding
        ? `${SAVE_TEXT.saved} ${time}, utom text med personnummer eller samordningsnummer: den sparas först när numret är borttaget.`
        : `${SAVE_TEXT.saved} ${time}.`
      : saveState === "refused" && refusal
        ? `Utkastet kunde inte sparas: ${refusal} Dina svar finns kvar i formuläret och i den här fliken.`
        : SAVE_TEXT[saveState];
  return (
    <p aria-live="polite" className="mt-3 min-h-6 text-sm text-slate-700">
      {text}
    </p>
  );
}

/** "Tillbaka" beside a step's button: the step before, whose answers are kept. */
export function BackLink({ href }: { href: string }) {
  return (
    <Link href={href} className="text-brand-900 underline">
      Tillbaka
    </Link>
  );
}
