import Link from "next/link";
import { SiteFooter } from "@/components/layout/site-footer";

/**
 * The reporter's frame: the public header, a reading-width column and the footer. The host's name (or its logo,
 * with the name as its text alternative) is shown above the service's when known (error pages render without the
 * settings).
 */
export function PublicFrame({
  children,
  hostOrganisation,
  serviceName = "Brister i samverkan",
  logoSrc,
}: {
  children: React.ReactNode;
  hostOrganisation?: string;
  serviceName?: string;
  /** The same-origin URL of the host's logo, when an administrator has uploaded one. */
  logoSrc?: string | null;
}) {
  return (
    <>
      <header className="site-header border-b border-slate-300 bg-brand-900 text-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-white no-underline hover:underline">
            {hostOrganisation && logoSrc ? (
              // A plain img: the logo is served by our own route, already sized small, and Next's optimiser adds nothing.
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={logoSrc}
                alt={hostOrganisation}
                className="mb-1 block h-10 w-auto rounded bg-white p-1"
              />
            ) : hostOrganisation ? (
              <span className="block text-sm">{hostOrganisation}</span>
            ) : null}
            <span className="block text-lg font-semibold">{serviceName}</span>
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
      <SiteFooter widthClass="max-w-4xl" />
    </>
  );
}
