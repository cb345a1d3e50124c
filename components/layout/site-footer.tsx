import Link from "next/link";

/** The footer of every page, public and staff, in the width of the page above it. */
export function SiteFooter({ widthClass }: { widthClass: string }) {
  return (
    <footer className="border-t border-slate-300 bg-slate-100">
      <div className={`mx-auto flex flex-wrap gap-4 px-4 py-4 text-sm ${widthClass}`}>
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
  );
}
