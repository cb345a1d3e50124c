"use client";

import { Button } from "@/components/ui/button";

/**
 * What a page that failed says: in Swedish, without the error's own text (it may quote data), with the digest Next.js
 * logged on the server as the reference to quote, and a way to try again. The way to the start page is a plain link:
 * after a failure a full page load is the surer way, and it keeps next/link's code out of the error pages' chunks,
 * which every page loads.
 */
export function ErrorMessage({ digest, onRetry }: { digest?: string; onRetry: () => void }) {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Något gick fel hos oss</h1>
      <p className="mb-4">
        Sidan kunde inte visas. Felet ligger hos oss, inte hos dig. Ett utkast du har börjat på finns kvar.
      </p>
      <p className="mb-6">
        Försök igen om en stund. Om felet finns kvar, kontakta samordnarna och ange felreferensen.
      </p>
      {digest ? (
        <p className="mb-6">
          Felreferens: <span className="font-mono">{digest}</span>
        </p>
      ) : null}
      <div className="flex flex-wrap gap-4">
        <Button type="button" onClick={onRetry}>
          Försök igen
        </Button>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load, as said above */}
        <a href="/" className="self-center text-brand-900 underline">
          Gå till startsidan
        </a>
      </div>
    </>
  );
}
