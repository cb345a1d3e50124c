import { PublicFrame } from "@/components/layout/public-frame";
import { getDb } from "@/lib/db";
import { getInstanceSettingsCached } from "@/lib/settings/instance-settings";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const settings = await getInstanceSettingsCached(await getDb());
  return (
    <PublicFrame hostOrganisation={settings.hostOrganisation} serviceName={settings.serviceName}>
      {children}
    </PublicFrame>
  );
}
