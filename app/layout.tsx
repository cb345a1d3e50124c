import type { Metadata } from "next";
import Link from "next/link";
import type { CSSProperties } from "react";
import { getDb } from "@/lib/db";
import { getInstanceSettingsCached } from "@/lib/settings/instance-settings";
import "./globals.css";

// Every page reads the database or cookies per request; nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Brister i samverkan", template: "%s – Brister i samverkan" },
  description: "Rapportera och följ upp brister i samverkan mellan kommun och region.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const settings = await getInstanceSettingsCached(await getDb());
  // The host's colour replaces the service's blue; the settings form only saves one dark enough for white text.
  const brand = settings.brandColour
    ? ({ "--color-brand-900": settings.brandColour } as CSSProperties)
    : undefined;
  return (
    <html lang="sv">
      <body className="flex min-h-screen flex-col font-sans" style={brand}>
        <a
          href="#huvudinnehall"
          className="skip-link sr-only z-50 bg-white p-3 text-brand-900 underline focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          Hoppa till huvudinnehållet
        </a>
        <header className="site-header border-b border-slate-300 bg-brand-900 text-white">
          <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link href="/" className="text-white no-underline hover:underline">
              <span className="block text-sm">{settings.hostOrganisation}</span>
              <span className="block text-lg font-semibold">{settings.serviceName}</span>
            </Link>
            <nav aria-label="Huvudmeny">
              <ul className="flex flex-wrap gap-4 text-sm">
                <li>
                  <Link className="text-white underline" href="/rapportera">
                    Rapportera en brist
                  </Link>
                </li>
                <li>
                  <Link className="text-white underline" href="/uppfoljning">
                    Följ upp din rapport
                  </Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        {/* Shown only on paper, where the header bar is hidden. */}
        <p className="print-title">Brister i samverkan</p>
        <main id="huvudinnehall" tabIndex={-1} className="mx-auto w-full max-w-4xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-slate-300 bg-slate-100">
          <div className="mx-auto flex max-w-4xl flex-wrap gap-4 px-4 py-4 text-sm">
            <Link className="text-brand-900 underline" href="/tillganglighet">
              Tillgänglighetsredogörelse
            </Link>
            <Link className="text-brand-900 underline" href="/personuppgifter">
              Personuppgifter
            </Link>
            <Link className="text-brand-900 underline" href="/kontakt">
              Kontakt och om tjänsten
            </Link>
            <Link className="text-brand-900 underline" href="/rapportera/fortsatt">
              Fortsätt på ett sparat utkast
            </Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
