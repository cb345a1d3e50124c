import { getDb } from "@/lib/db";
import { instanceLogoResponse } from "@/lib/settings/instance-logo";

export const dynamic = "force-dynamic";

/** The host organisation's logo, same-origin, for the public header (`/logotyp?v=<version>`). */
export async function GET(request: Request) {
  return instanceLogoResponse(await getDb(), new URL(request.url).searchParams.get("v"));
}
