import Link from "next/link";
import { getDb } from "@/lib/db";
import { getInstanceSettingsCached } from "@/lib/settings/instance-settings";

export default async function HomePage() {
  const settings = await getInstanceSettingsCached(await getDb());
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{settings.serviceName}</h1>
      <p className="mb-8 max-w-2xl">
        Här rapporterar medarbetare i kommunerna och regionen situationer där samverkan kring en enskild inte
        har fungerat, inom {settings.samradName}. Rapporterna hjälper verksamheterna att se vilka strukturer
        och rutiner som behöver bli bättre.
      </p>
      <ul className="grid gap-4 sm:grid-cols-3">
        <li className="rounded border-2 border-brand-700 p-4">
          <h2 className="text-lg font-semibold">
            <Link href="/rapportera" className="text-brand-900 underline">
              Rapportera en brist
            </Link>
          </h2>
          <p className="mt-1 text-sm">Del ett och del två, med möjlighet att pausa efter del ett.</p>
        </li>
        <li className="rounded border-2 border-brand-700 p-4">
          <h2 className="text-lg font-semibold">
            <Link href="/rapportera/fortsatt" className="text-brand-900 underline">
              Fortsätt på ett utkast
            </Link>
          </h2>
          <p className="mt-1 text-sm">Med koden du fick när du började.</p>
        </li>
        <li className="rounded border-2 border-brand-700 p-4">
          <h2 className="text-lg font-semibold">
            <Link href="/uppfoljning" className="text-brand-900 underline">
              Följ upp din rapport
            </Link>
          </h2>
          <p className="mt-1 text-sm">Se status och återkoppling med din uppföljningskod.</p>
        </li>
      </ul>
    </>
  );
}
