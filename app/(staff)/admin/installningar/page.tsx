import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { InstanceSettingsForm } from "@/components/admin/instance-settings-form";
import { ReminderSettingsForm } from "@/components/admin/reminder-settings-form";
import { RetentionSettingsForm } from "@/components/admin/retention-settings-form";
import { getAdminSettings } from "@/lib/settings/get-admin-settings";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import {
  updateInstanceSettingsAction,
  updateReminderSettingsAction,
  updateRetentionSettingsAction,
} from "./actions";

export const metadata: Metadata = { title: "Inställningar" };

export default async function SettingsPage() {
  const admin = await requirePagePermission("admin:manage", { from: "/admin/installningar" });
  const settings = await getAdminSettings(await getDb(), admin);
  return (
    <>
      <AdminBreadcrumbs trail={[{ label: "Inställningar" }]} />
      <h1 className="mb-4 text-3xl font-bold">Inställningar</h1>
      <nav aria-label="Inställningar på sidan" className="mb-8">
        <ul className="list-disc pl-5">
          <li>
            <a href="#inst-rubrik" className="text-brand-900 underline">
              Samråd, samordnare och rutin
            </a>
          </li>
          <li>
            <a href="#pamin-rubrik" className="text-brand-900 underline">
              Påminnelser
            </a>
          </li>
          <li>
            <a href="#gallring-rubrik" className="text-brand-900 underline">
              Utkast och länkar
            </a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="inst-rubrik" className="mb-12">
        <h2 id="inst-rubrik" className="mb-3 text-2xl font-semibold">
          Samråd, samordnare och rutin
        </h2>
        <p className="mb-4">
          Det här beskriver just den här instansen och visas för rapportörer och i e-post.
        </p>
        <InstanceSettingsForm settings={settings.instance} action={updateInstanceSettingsAction} />
      </section>

      <section aria-labelledby="pamin-rubrik" className="mb-12">
        <h2 id="pamin-rubrik" className="mb-3 text-2xl font-semibold">
          Påminnelser
        </h2>
        <p className="mb-4">
          Rutinen säger bara ”skyndsamt”, så tiderna bestäms här. Försenade ärenden markeras i inkorgen, och
          med e-post konfigurerad får handläggaren (eller samordnarnas brevlådor) en påminnelse när{" "}
          <code>npm run reminders</code> körs.
        </p>
        <ReminderSettingsForm settings={settings.reminders} action={updateReminderSettingsAction} />
      </section>

      <section aria-labelledby="gallring-rubrik" className="mb-12">
        <h2 id="gallring-rubrik" className="mb-3 text-2xl font-semibold">
          Utkast och länkar
        </h2>
        <p className="mb-4">
          Miljövariablerna <code>DRAFT_EXPIRY_DAYS</code> och <code>PARTNER_LINK_DAYS</code> ger
          standardvärdena; det som sparas här gäller före dem. Ändringen gäller utkast och länkar som skapas
          efter att du sparat. Inskickade rapporter och loggen gallras inte automatiskt: gallringstider för
          dem är inte beslutade.
        </p>
        <RetentionSettingsForm
          settings={settings.retention}
          defaults={settings.retentionDefaults}
          action={updateRetentionSettingsAction}
        />
      </section>
    </>
  );
}
