import { CopyButton } from "@/components/wizard/copy-button";
import { formatDate } from "@/lib/dates";

/** The resume code and link. The link keeps the code after "#", so it is never sent to a server or logged. */
export function ResumeCodePanel({
  resumeCode,
  expiresAt,
  appUrl,
}: {
  resumeCode: string;
  expiresAt: Date;
  appUrl: string;
}) {
  const link = `${appUrl}/rapportera/fortsatt#kod=${resumeCode}`;
  return (
    <section
      aria-labelledby="fortsatt-rubrik"
      className="mb-8 rounded border-2 border-brand-700 bg-brand-50 p-5"
    >
      <h2 id="fortsatt-rubrik" className="text-xl font-semibold">
        Din kod för att fortsätta senare
      </h2>
      <p className="mt-2">
        Spara koden eller länken på ett säkert ställe. Den som har koden kan läsa och ändra utkastet, så dela
        den inte.
      </p>
      <p className="mt-3 font-mono text-lg tracking-wider" data-testid="resume-code">
        {resumeCode}
      </p>
      <p className="mt-3 break-all text-sm">
        Länk: <span className="font-mono">{link}</span>
      </p>
      <div className="no-print mt-3">
        <CopyButton text={link} label="Kopiera länken" />
      </div>
      <p className="mt-3">
        Utkastet sparas till och med <strong>{formatDate(expiresAt)}</strong>. Därefter raderas det.
      </p>
    </section>
  );
}
