import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { ActionButton } from "@/components/admin/action-button";
import { can, ROLE_LABELS } from "@/lib/auth/roles";
import { stockholmDateTime } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { listPendingChanges } from "@/lib/privileged-changes/requests";
import { approveChangeAction } from "./actions";

export const metadata: Metadata = { title: "Administration" };

const SECTIONS = [
  {
    href: "/admin/anvandare",
    title: "Användare",
    text: "Skapa konton, ändra roller, byt lösenord och avaktivera.",
  },
  {
    href: "/admin/organisationer",
    title: "Organisationer",
    text: "Kommuner, regionens verksamheter och övriga aktörer med huvudman.",
  },
  {
    href: "/admin/omraden",
    title: "Områden",
    text: "Områdena rapportörer och samordnare väljer bland, till exempel SIP och SVU.",
  },
  { href: "/admin/kategorier", title: "Kategorier", text: "Bakomliggande orsaker, en lista per år." },
  {
    href: "/admin/installningar",
    title: "Inställningar",
    text: "Samrådets namn, samordnarnas brevlådor, rutinens steg, påminnelser och tider för utkast.",
  },
  {
    href: "/admin/gallring",
    title: "Gallring",
    text: "Läget för gallring av avslutade ärenden, kör gallring och exportera gallringsloggen.",
  },
  {
    href: "/admin/utkorg",
    title: "Utkorg",
    text: "E-post som tjänsten har skickat eller sparat när e-post inte är konfigurerad.",
  },
] as const;

const AUDIT_SECTIONS = [
  {
    href: "/admin/logg",
    title: "Logg",
    text: "Sök i loggen över läsningar, ändringar och inloggningar, och exportera den som CSV.",
  },
  {
    href: "/admin/loggkontroll",
    title: "Loggkontroll",
    text: "Granska ett slumpat urval av åtkomsthändelser och dokumentera kontrollen.",
  },
] as const;

const CHANGE_LABELS = {
  ACCOUNT_ACTIVATION: "nytt konto",
  ROLE_CHANGE: "ny roll",
  PASSWORD_RESET: "nytt lösenord",
  TWO_FACTOR_RESET: "återställd tvåstegsverifiering",
} as const;

const changeLabel = (request: { kind: keyof typeof CHANGE_LABELS; passwordByLink: boolean }) =>
  request.passwordByLink ? "lösenordsinloggning igen (väljer själv via länk)" : CHANGE_LABELS[request.kind];

export default async function AdminPage() {
  const user = await requirePagePermission("admin:manage", { from: "/admin" });
  const sections = [...SECTIONS, ...(can(user.role, "audit:read") ? AUDIT_SECTIONS : [])];
  const pending = await listPendingChanges(await getDb(), user);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Administration</h1>
      <p className="mb-6">Alla ändringar här loggas med vem som gjorde dem och när.</p>
      {pending.length > 0 ? (
        <section aria-labelledby="godkannande-rubrik" className="mb-8 rounded border-2 border-brand-700 p-4">
          <h2 id="godkannande-rubrik" className="mb-2 text-2xl font-semibold">
            Väntar på godkännande
          </h2>
          <p className="mb-3">
            Ändringar som ger tillgång till ärenden eller administration kräver en andra administratör. En
            begäran gäller i 7 dagar.
          </p>
          <ul className="space-y-4">
            {pending.map((request) => (
              <li key={request.id} className="border-t border-slate-300 pt-3">
                <p className="font-semibold">
                  {request.target.name}: {changeLabel(request)}
                  {request.roleTo ? ` till ${ROLE_LABELS[request.roleTo]}` : ""}
                </p>
                <p>
                  Begärd av {request.requestedBy.name} {stockholmDateTime(request.requestedAt).slice(0, 16)},
                  gäller till {stockholmDateTime(request.expiresAt).slice(0, 16)}.
                </p>
                {request.requestedBy.id === user.id ? (
                  <p>Du begärde ändringen. En annan administratör behöver godkänna den.</p>
                ) : (
                  <ActionButton
                    action={approveChangeAction}
                    input={{ requestId: request.id }}
                    label={`Godkänn: ${request.target.name}, ${changeLabel(request)}`}
                    variant="primary"
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {sections.map((section) => (
          <li key={section.href} className="rounded border-2 border-slate-300 p-4">
            <h2 className="text-xl font-semibold">
              <Link href={section.href} className="text-brand-900 underline">
                {section.title}
              </Link>
            </h2>
            <p className="mt-1">{section.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
