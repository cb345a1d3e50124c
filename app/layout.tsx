import type { Metadata } from "next";
import "./globals.css";

// Every page reads the database or cookies per request; nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Brister i samverkan", template: "%s – Brister i samverkan" },
  description: "Rapportera och följ upp brister i samverkan mellan kommun och region.",
};

/** The document only: the public pages and the staff pages each bring their own header (their route group's layout). */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="sv">
      <body className="flex min-h-screen flex-col font-sans">
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
