import type { ReactNode } from "react";

/** A titled group of answers as a description list; avoids page breaks inside when printed. */
export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="print-avoid-break mb-6 border-b border-slate-300 pb-4">
      <h3 className="text-lg font-semibold">{title}</h3>
      <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">{children}</dl>
    </section>
  );
}
