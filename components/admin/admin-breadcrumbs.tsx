import Link from "next/link";

/** "Administration › Användare › Anna": where the page sits, the last item being the page itself. */
export function AdminBreadcrumbs({ trail }: { trail: { href?: string; label: string }[] }) {
  const items = [{ href: "/admin", label: "Administration" }, ...trail];
  return (
    <nav aria-label="Du är här" className="mb-4 text-sm">
      <ol className="flex flex-wrap gap-1">
        {items.map((item, index) => {
          const isLast = index === items.length - 1;
          return (
            <li key={`${item.label}-${index}`} className="flex gap-1">
              {item.href && !isLast ? (
                <Link href={item.href} className="text-brand-900 underline">
                  {item.label}
                </Link>
              ) : (
                <span aria-current={isLast ? "page" : undefined}>{item.label}</span>
              )}
              {isLast ? null : <span aria-hidden="true">›</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
