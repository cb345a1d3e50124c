import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { securityTxt } from "@/lib/security/security-txt";
import { getInstanceSettingsCached } from "@/lib/settings/instance-settings";

export const dynamic = "force-dynamic";

export async function GET() {
  const settings = await getInstanceSettingsCached(await getDb());
  return new Response(securityTxt(settings, env.APP_URL, new Date()), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
