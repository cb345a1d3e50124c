import { PublicFrame } from "@/components/layout/public-frame";
import { getDb } from "@/lib/db";
import { getInstanceLogoVersionCached } from "@/lib/settings/instance-logo";
import { getInstanceSettingsCached } from "@/lib/settings/instance-settings";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const db = await getDb();
  const [settings, logoVersion] = await Promise.all([
    getInstanceSettingsCached(db),
    getInstanceLogoVersionCached(db),
  ]);
  return (
    <PublicFrame
      hostOrganisation={settings.hostOrganisation}
      serviceName={settings.serviceName}
      logoSrc={logoVersion ? `/logotyp?v=${logoVersion}` : null}
    >
      {children}
    </PublicFrame>
  );
}
