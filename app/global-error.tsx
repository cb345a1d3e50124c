"use client";

import "./globals.css";
import { ErrorMessage } from "@/components/errors/error-message";

// Replaces the root layout when it fails itself, so it brings its own page frame.
export default function GlobalError({ error }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="sv">
      <head>
        <title>Något gick fel – Brister i samverkan</title>
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <header className="border-b border-slate-300 bg-brand-900 text-white">
          <div className="mx-auto max-w-4xl px-4 py-3 text-lg font-semibold">Brister i samverkan</div>
        </header>
        <main id="huvudinnehall" className="mx-auto w-full max-w-4xl flex-1 px-4 py-8">
          <ErrorMessage digest={error.digest} onRetry={() => window.location.reload()} />
        </main>
      </body>
    </html>
  );
}
