import type { Metadata } from "next";
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

/** The document only: the public pages and the staff pages each bring their own header (their route group's layout). */
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
        {children}
      </body>
    </html>
  );
}
