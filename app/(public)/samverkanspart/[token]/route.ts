import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { checkPartnerLink, openPartnerLink, PARTNER_SESSION_HOURS } from "@/lib/reports/partner-links";
import { PARTNER_COOKIE } from "@/lib/reports/partner-session";

const page = (title: string, body: string) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title} – Brister i samverkan</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a"><main>${body}</main><footer><p><a href="/tillganglighet" style="color:#0b3a5b">Tillgänglighetsredogörelse</a> · <a href="/personuppgifter" style="color:#0b3a5b">Personuppgifter</a> · <a href="/kontakt" style="color:#0b3a5b">Kontakt och om tjänsten</a></p></footer></body></html>`;

const GONE_PAGE = page(
  "Länken gäller inte längre",
  `<h1>Länken gäller inte längre</h1>
<p>Länken har redan öppnats eller har gått ut. Be den som skickade den om en ny länk.</p><p><a href="/" style="color:#0b3a5b">Till startsidan</a></p>`,
);

// The form posts back to the same address; only that POST uses up the link.
const OPEN_PAGE = page(
  "Öppna del ett",
  `<h1>Öppna del ett</h1>
<p>Du har fått en länk till del ett av en rapport om brist i samverkan. Länken kan bara öppnas en gång, och bara i den här webbläsaren. Efter att du öppnat den kan du läsa del ett och lämna en kommentar under ${PARTNER_SESSION_HOURS} timmar.</p>
<form method="post"><button type="submit" style="font:inherit;font-weight:600;padding:0.5rem 1.25rem;border:2px solid #11567f;border-radius:0.25rem;background:#11567f;color:#fff;cursor:pointer">Öppna del ett</button></form>`,
);

function html(body: string, status: number) {
  return new NextResponse(body, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The partner's single-use link. GET only shows a button, so a mail scanner or link preview that fetches the
 * link does not use it up; an unknown, expired or used link gets the 410 page on GET and POST alike.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await checkPartnerLink(await getDb(), token, new Date());
  return link ? html(OPEN_PAGE, 200) : html(GONE_PAGE, 410);
}

/**
 * Opening the link: the token moves into an httpOnly cookie and the browser is redirected, so it leaves the
 * address bar.
 */
export async function POST(_request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const link = await openPartnerLink(await getDb(), token, new Date());
    // A relative Location: the browser resolves it against the address it used, so the redirect stays on the
    // host the cookie is set for. (request.url will not do: Next rewrites 127.0.0.1 in it to localhost.)
    const response = new NextResponse(null, { status: 303, headers: { Location: "/samverkanspart" } });
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
    return html(GONE_PAGE, 410);
  }
}
