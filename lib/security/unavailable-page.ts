/** Seconds a client is asked to wait before trying again while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 30;

export const UNAVAILABLE_TITLE = "Tjänsten är tillfälligt otillgänglig";

/**
 * The page served while the database is unreachable: complete in itself (the app's pages and styles may need the
 * database to render), in the service's colours, with the nonce on nothing since it has no script.
 */
export function unavailablePage(reference: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${UNAVAILABLE_TITLE} – Brister i samverkan</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f172a;line-height:1.5}
header{background:#0b3a5b;color:#fff;padding:12px 16px;font-size:1.125rem;font-weight:600}
main{max-width:56rem;margin:0 auto;padding:32px 16px}
h1{font-size:1.875rem;margin:0 0 16px}
a{color:#0b3a5b}
</style>
</head>
<body>
<header>Brister i samverkan</header>
<main id="huvudinnehall">
<h1>${UNAVAILABLE_TITLE}</h1>
<p>Vi kan inte visa sidan just nu eftersom en del av tjänsten inte svarar. Felet ligger hos oss, inte hos dig.</p>
<p>Ett utkast du har börjat på finns kvar. Försök igen om en stund: <a href="">ladda om sidan</a>.</p>
<p>Felreferens: ${reference}</p>
</main>
</body>
</html>`;
}
