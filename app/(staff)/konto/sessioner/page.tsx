import type { Metadata } from "next";
import { ActionButton } from "@/components/admin/action-button";
import { requireSignedInStaff } from "@/lib/auth/staff-session";
import { stockholmDateTime } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { listOwnSessions } from "@/lib/sessions/sessions";
import { endOwnSessionAction } from "./actions";

export const metadata: Metadata = { title: "Dina sessioner" };

const time = (date: Date) => stockholmDateTime(date).slice(0, 16);

export default async function SessionsPage() {
  const user = await requireSignedInStaff("/konto/sessioner");
  const sessions = await listOwnSessions(await getDb(), user);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Dina sessioner</h1>
      <p className="mb-6 max-w-2xl">
        Här ser du var du är inloggad just nu. Känner du inte igen en enhet, eller har du glömt att logga ut
        på en annan dator, avsluta den sessionen. Byt också lösenord om du tror att någon annan har det.
      </p>
      <ul className="max-w-2xl space-y-4">
        {sessions.map((session) => (
          <li key={session.id} className="rounded border-2 border-slate-300 p-4">
            <h2 className="mb-2 text-xl font-semibold">
              {session.device}
              {session.id === user.sessionId ? " (den här enheten)" : ""}
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-semibold">Inloggad</dt>
              <dd>{time(session.createdAt)}</dd>
              <dt className="font-semibold">Senast aktiv</dt>
              <dd>{time(session.lastSeenAt)}</dd>
            </dl>
            {session.id === user.sessionId ? (
              <p className="mt-3">Använd Logga ut för att avsluta den här sessionen.</p>
            ) : (
              <ActionButton
                action={endOwnSessionAction}
                input={{ sessionId: session.id }}
                label={`Avsluta sessionen: ${session.device}, inloggad ${time(session.createdAt)}`}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
