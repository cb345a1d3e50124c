import type { Metadata } from "next";
import { TotpEnrolmentForm } from "@/components/auth/totp-enrolment-form";
import { homeFor } from "@/lib/auth/roles";
import { safeTarget } from "@/lib/auth/safe-target";
import { requireSignedInStaff, TWO_FACTOR_PAGE } from "@/lib/auth/staff-session";
import { stockholmDateTime } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { getTotpEnrolment } from "@/lib/two-factor/enrolment";
import { confirmTotpAction } from "./actions";

export const metadata: Metadata = { title: "Tvåstegsverifiering" };

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ till?: string }> }) {
  const { till } = await searchParams;
  const user = await requireSignedInStaff(TWO_FACTOR_PAGE);
  const enrolment = await getTotpEnrolment(await getDb(), user.id);
  const continueTo = safeTarget(till) ?? homeFor(user.role);

  if (enrolment.enabled) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold">Tvåstegsverifiering</h1>
        <p className="mb-3">
          Tvåstegsverifiering är aktiverad sedan {stockholmDateTime(enrolment.enabledAt).slice(0, 16)}. När du
          loggar in skriver du koden från din autentiseringsapp efter lösenordet.
        </p>
        <p className="mb-3">
          Du har {enrolment.recoveryCodesLeft} oanvända reservkoder av 10.
          {enrolment.recoveryCodesLeft <= 3
            ? " Snart har du inga kvar: be en administratör återställa tvåstegsverifieringen så får du nya."
            : ""}
        </p>
        <p>Har du bytt eller tappat bort telefonen? Be en administratör återställa tvåstegsverifieringen.</p>
      </>
    );
  }

  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Aktivera tvåstegsverifiering</h1>
      {user.twoFactorPending ? (
        <p role="status" className="mb-4 rounded border-2 border-brand-700 bg-brand-50 p-3">
          Ditt konto ger tillgång till känsliga uppgifter. Aktivera tvåstegsverifiering innan du fortsätter.
        </p>
      ) : null}
      <p className="mb-6 max-w-2xl">
        Med tvåstegsverifiering loggar du in med lösenordet och en kod från en app i din telefon. Den som får
        tag på ditt lösenord kommer ändå inte in.
      </p>
      <ol className="mb-6 max-w-2xl list-decimal space-y-6 pl-6">
        <li>
          <h2 className="mb-2 text-xl font-semibold">Installera en autentiseringsapp</h2>
          <p>
            Till exempel Microsoft Authenticator, Google Authenticator eller en annan app för engångskoder
            (TOTP). Har du redan en kan du använda den.
          </p>
        </li>
        <li>
          <h2 className="mb-2 text-xl font-semibold">Lägg till kontot i appen</h2>
          <p className="mb-3">Välj att lägga till ett konto i appen och skanna QR-koden.</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, nothing to optimise */}
          <img
            src={enrolment.qrCodeDataUrl}
            alt="QR-kod för att lägga till Brister i samverkan i autentiseringsappen"
            width={200}
            height={200}
            className="mb-3 border border-slate-300"
          />
          <p className="mb-1">Kan du inte skanna? Skriv in den här nyckeln i appen i stället:</p>
          <p className="font-mono text-lg break-all">{enrolment.secret.match(/.{1,4}/g)!.join(" ")}</p>
        </li>
        <li>
          <h2 className="mb-2 text-xl font-semibold">Skriv koden som appen visar</h2>
          <TotpEnrolmentForm action={confirmTotpAction} continueTo={continueTo} />
        </li>
      </ol>
    </>
  );
}
