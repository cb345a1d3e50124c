import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/admin/action-button";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { UserPasswordForm } from "@/components/admin/user-password-form";
import { UserRoleForm } from "@/components/admin/user-role-form";
import { stockholmDateTime } from "@/lib/dates";
import { getUser } from "@/lib/users/get-user";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import {
  allowPasswordSignInAction,
  changeUserRoleAction,
  deactivateUserAction,
  endAllSessionsAction,
  makeSsoOnlyAction,
  reactivateUserAction,
  resetTwoFactorAction,
  resetUserPasswordAction,
} from "../actions";

export const metadata: Metadata = { title: "Användare" };

interface UserPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ skapad?: string }>;
}

function signInText(user: { ssoOnly: boolean; password: "SET" | "LINK" | "NONE" }) {
  if (user.ssoOnly)
    return `Endast SSO: bara via ${env.OIDC_ENABLED ? env.OIDC_NAME : "organisationens konto"}`;
  const sso = env.OIDC_ENABLED ? ` eller ${env.OIDC_NAME}` : "";
  if (user.password === "LINK") return `Lösenord${sso}: länken för att välja lösenord är inte använd än`;
  if (user.password === "NONE") return `Inget lösenord${sso ? `: bara via ${env.OIDC_NAME}` : ""}`;
  return `Lösenord${sso}`;
}

export default async function UserPage({ params, searchParams }: UserPageProps) {
  const { id } = await params;
  const { skapad } = await searchParams;
  const admin = await requirePagePermission("admin:manage", { from: `/admin/anvandare/${id}` });
  const user = await getUser(await getDb(), admin, id);
  if (!user) notFound();
  const isSelf = user.id === admin.id;
  return (
    <>
      <AdminBreadcrumbs trail={[{ href: "/admin/anvandare", label: "Användare" }, { label: user.name }]} />
      <h1 className="mb-4 text-3xl font-bold">{user.name}</h1>
      {skapad ? (
        <p role="status" className="mb-4 rounded border-2 border-green-800 bg-green-50 p-3 font-medium">
          Kontot är skapat. Lämna över lösenordet på ett säkert sätt, inte i samma mejl som adressen.
        </p>
      ) : null}
      <dl className="mb-8 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 wrap-anywhere">
        <dt className="font-semibold">E-post</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-semibold">Roll</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{user.isActive ? "Aktiv" : "Avaktiverad: kan inte logga in"}</dd>
        <dt className="font-semibold">Skapad</dt>
        <dd>{stockholmDateTime(user.createdAt).slice(0, 16)}</dd>
        <dt className="font-semibold">Senast inloggad</dt>
        <dd>{user.lastLoginAt ? stockholmDateTime(user.lastLoginAt).slice(0, 16) : "Aldrig"}</dd>
        {env.OIDC_ENABLED || user.ssoOnly || user.password !== "SET" ? (
          <>
            <dt className="font-semibold">Inloggning</dt>
            <dd>{signInText(user)}</dd>
          </>
        ) : null}
        <dt className="font-semibold">Tvåstegsverifiering</dt>
        <dd>
          {user.totpEnabledAt
            ? `Aktiverad ${stockholmDateTime(user.totpEnabledAt).slice(0, 16)}`
            : "Inte aktiverad"}
        </dd>
      </dl>

      <section aria-labelledby="roll-rubrik" className="mb-10">
        <h2 id="roll-rubrik" className="mb-3 text-2xl font-semibold">
          Roll
        </h2>
        {isSelf ? (
          <p>Du kan inte ändra din egen roll. Be en annan administratör om det behövs.</p>
        ) : (
          <UserRoleForm userId={user.id} role={user.role} action={changeUserRoleAction} />
        )}
      </section>

      <section aria-labelledby="losen-rubrik" className="mb-10">
        <h2 id="losen-rubrik" className="mb-3 text-2xl font-semibold">
          Byt lösenord
        </h2>
        {isSelf ? (
          <p className="mb-3">Byter du ditt eget lösenord loggas du ut och loggar in med det nya.</p>
        ) : null}
        <UserPasswordForm userId={user.id} action={resetUserPasswordAction} />
      </section>

      {env.OIDC_ENABLED && !user.ssoOnly && !isSelf ? (
        <section aria-labelledby="sso-rubrik" className="mb-10">
          <h2 id="sso-rubrik" className="mb-3 text-2xl font-semibold">
            Endast SSO
          </h2>
          <p>
            Användaren loggar då bara in via {env.OIDC_NAME}. Lösenordet tas bort och användaren loggas ut. Du
            kan tillåta lösenord igen senare: användaren får då en länk för att välja ett nytt.
          </p>
          <ActionButton
            action={makeSsoOnlyAction}
            input={{ userId: user.id }}
            label="Tillåt bara inloggning via SSO"
            confirm={{
              question: `Vill du ta bort lösenordet för ${user.name}, så att hen bara loggar in via ${env.OIDC_NAME}?`,
              confirmLabel: "Ja, endast SSO",
            }}
          />
        </section>
      ) : null}

      {(user.ssoOnly || user.password !== "SET") && user.isActive && !isSelf ? (
        <section aria-labelledby="tillat-losen-rubrik" className="mb-10">
          <h2 id="tillat-losen-rubrik" className="mb-3 text-2xl font-semibold">
            Tillåt lösenord igen
          </h2>
          <p className="mb-3">
            {user.password === "LINK"
              ? "Användaren har fått en länk för att välja lösenord men inte använt den. Du kan skicka en ny länk; den gamla slutar då att gälla."
              : "Användaren får ett mejl med en länk för att själv välja ett lösenord. Länken fungerar en gång och gäller i 7 dagar. Du behöver inte hitta på eller lämna över något lösenord."}{" "}
            {user.role === "ARBETSGRUPP"
              ? ""
              : "Finns det fler än en administratör behöver en annan godkänna ändringen först."}
          </p>
          <ActionButton
            action={allowPasswordSignInAction}
            input={{ userId: user.id }}
            label={user.password === "LINK" ? "Skicka en ny länk" : "Tillåt lösenord igen"}
            confirm={{
              question: `Vill du låta ${user.name} logga in med lösenord igen? Hen får ett mejl med en länk för att välja lösenordet.`,
              confirmLabel: "Ja, skicka länken",
            }}
          />
        </section>
      ) : null}

      <section aria-labelledby="sessioner-rubrik" className="mb-10">
        <h2 id="sessioner-rubrik" className="mb-3 text-2xl font-semibold">
          Logga ut överallt
        </h2>
        <p>Avslutar alla användarens sessioner på alla enheter, till exempel när en dator har kommit bort.</p>
        <ActionButton
          action={endAllSessionsAction}
          input={{ userId: user.id }}
          label="Avsluta alla sessioner"
          confirm={{
            question: `Vill du logga ut ${user.name} på alla enheter?`,
            confirmLabel: "Ja, avsluta alla",
          }}
        />
      </section>

      {user.totpEnabledAt ? (
        <section aria-labelledby="tvasteg-rubrik" className="mb-10">
          <h2 id="tvasteg-rubrik" className="mb-3 text-2xl font-semibold">
            Återställ tvåstegsverifiering
          </h2>
          <p>
            När användaren har tappat bort telefonen och reservkoderna. Användaren loggas ut, får ett mejl om
            återställningen och kopplar en app igen vid nästa inloggning.
          </p>
          <ActionButton
            action={resetTwoFactorAction}
            input={{ userId: user.id }}
            label="Återställ tvåstegsverifiering"
            confirm={{
              question: `Vill du återställa tvåstegsverifieringen för ${user.name}? Hen loggas ut direkt.`,
              confirmLabel: "Ja, återställ",
            }}
          />
        </section>
      ) : null}

      <section aria-labelledby="aktiv-rubrik" className="mb-10">
        <h2 id="aktiv-rubrik" className="mb-3 text-2xl font-semibold">
          {user.isActive ? "Avaktivera kontot" : "Aktivera kontot igen"}
        </h2>
        {isSelf ? (
          <p>Du kan inte avaktivera dig själv.</p>
        ) : (
          <>
            <p>
              {user.isActive
                ? "En avaktiverad användare loggas ut direkt och kan inte logga in igen. Kontot och allt det gjort finns kvar."
                : "Användaren kan logga in igen med sitt tidigare lösenord och sin roll."}
            </p>
            <ActionButton
              action={user.isActive ? deactivateUserAction : reactivateUserAction}
              input={{ userId: user.id }}
              label={user.isActive ? "Avaktivera" : "Aktivera igen"}
              confirm={
                user.isActive
                  ? {
                      question: `Vill du avaktivera ${user.name}? Hen loggas ut direkt.`,
                      confirmLabel: "Ja, avaktivera",
                    }
                  : undefined
              }
            />
          </>
        )}
      </section>
    </>
  );
}
