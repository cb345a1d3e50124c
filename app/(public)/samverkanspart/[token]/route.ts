import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { openPartnerLink, PARTNER_SESSION_HOURS } from "@/lib/reports/partner-links";
import { PARTNER_COOKIE } from "../partner-cookie";

const GONE_PAGE = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Länken gäller inte längre – Brister i samverkan</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a"><main><h1>Länken gäller inte längre</h1>
<p>Länken har redan öppnats eller har gått ut. Be den som skickade den om en ny länk.</p><p><a href="/" style="color:#0b3a5b">Till startsidan</a></p></main></body></html>`;

/**
 * The partner's single-use link. The first opening moves the token into an httpOnly cookie and redirects,
 * so it leaves the address bar; any later, expired or unknown link gets the same 410 page.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const link = await openPartnerLink(await getDb(), token, new Date());
    const response = NextResponse.redirect(new URL("/samverkanspart", env.APP_URL), 303);
    response.cookies.set(PARTNER_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: env.APP_URL.startsWith("https://"),
      path: "/samverkanspart",
      expires: new Date(Math.min(link.expiresAt.getTime(), Date.now() + PARTNER_SESSION_HOURS * 3600_000)),
    });
    response.headers.set("Cache-Control", "no-store");
    return response;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return new NextResponse(GONE_PAGE, {
      status: 410,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
