import type { Metadata } from "next";
import Link from "next/link";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { FourEyesSettingsForm } from "@/components/admin/four-eyes-settings-form";
import { InstanceLogoForm } from "@/components/admin/instance-logo-form";
import { InstanceSettingsForm } from "@/components/admin/instance-settings-form";
import { ReminderSettingsForm } from "@/components/admin/reminder-settings-form";
import { RetentionSettingsForm } from "@/components/admin/retention-settings-form";
import { StatisticsSettingsForm } from "@/components/admin/statistics-settings-form";
import { getAdminSettings } from "@/lib/settings/get-admin-settings";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { getInstanceLogoVersion } from "@/lib/settings/instance-logo";
import {
  removeInstanceLogoAction,
  uploadInstanceLogoAction,
  updateFourEyesSettingsAction,
  updateInstanceSettingsAction,
  updateReminderSettingsAction,
  updateRetentionSettingsAction,
  updateStatisticsSettingsAction,
} from "./actions";

export const metadata: Metadata = { title: "Inställningar" };

export default async function SettingsPage() {
  const admin = await requirePagePermission("admin:manage", { from: "/admin/installningar" });
  const db = await getDb();
  const [settings, logoVersion] = await Promise.all([
    getAdminSettings(db, admin),
    getInstanceLogoVersion(db),
  ]);
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
            <a href="#logotyp-rubrik" className="text-brand-900 underline">
              Logotyp
            </a>
          </li>
          <li>
            <a href="#pamin-rubrik" className="text-brand-900 underline">
              Påminnelser
            </a>
          </li>
          <li>
            <a href="#gallring-rubrik" className="text-brand-900 underline">
              Utkast, länkar och gallring
            </a>
          </li>
          <li>
            <a href="#fyra-ogon-rubrik" className="text-brand-900 underline">
              Fyra ögon vid avidentifiering
            </a>
          </li>
          <li>
            <a href="#statistik-rubrik" className="text-brand-900 underline">
              Små antal i statistiken
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

      <section aria-labelledby="logotyp-rubrik" className="mb-12">
        <h2 id="logotyp-rubrik" className="mb-3 text-2xl font-semibold">
          Logotyp
        </h2>
        <InstanceLogoForm
          logoSrc={logoVersion ? `/logotyp?v=${logoVersion}` : null}
          hostOrganisation={settings.instance.hostOrganisation}
          actions={{ upload: uploadInstanceLogoAction, remove: removeInstanceLogoAction }}
        />
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
          Utkast, länkar och gallring
        </h2>
        <p className="mb-4">
          Miljövariablerna <code>DRAFT_EXPIRY_DAYS</code>, <code>PARTNER_LINK_DAYS</code> och{" "}
          <code>CASE_RETENTION_YEARS</code> ger standardvärdena; det som sparas här gäller före dem. Tiderna
          för utkast och länkar gäller utkast och länkar som skapas efter att du sparat. Den avidentifierade
          versionen av ärendena och loggen gallras inte automatiskt.{" "}
          <Link href="/admin/gallring" className="text-brand-900 underline">
            Gallring: läge, körningar och gallringslogg
          </Link>
        </p>
        <RetentionSettingsForm
          settings={settings.retention}
          defaults={settings.retentionDefaults}
          action={updateRetentionSettingsAction}
        />
      </section>

      <section aria-labelledby="fyra-ogon-rubrik" className="mb-12">
        <h2 id="fyra-ogon-rubrik" className="mb-3 text-2xl font-semibold">
          Fyra ögon vid avidentifiering
        </h2>
        <p className="mb-4">
          Arbetsgruppen läser bara den avidentifierade versionen av en brist, och först när den är godkänd.
          Med fyra ögon godkänns den av en annan samordnare än den som avidentifierade.
        </p>
        <FourEyesSettingsForm
          mode={settings.fourEyes.mode}
          activeCoordinators={settings.fourEyes.activeCoordinators}
          action={updateFourEyesSettingsAction}
        />
      </section>

      <section aria-labelledby="statistik-rubrik" className="mb-12">
        <h2 id="statistik-rubrik" className="mb-3 text-2xl font-semibold">
          Små antal i statistiken
        </h2>
        <p className="mb-4">
          Med ett trettiotal brister om året kan ett litet antal, som en enda brist från en viss kommun inom
          ett visst område, peka ut en person. I arbetsgruppens statistik och i filerna som laddas ner visas
          därför små antal inte exakt. Samordnarna ser de exakta antalen på statistiksidan, markerade.
        </p>
        <StatisticsSettingsForm
          suppressionThreshold={settings.statistics.suppressionThreshold}
          action={updateStatisticsSettingsAction}
        />
      </section>
    </>
  );
}
