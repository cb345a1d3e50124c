import type { listPartnerComments } from "@/lib/reports/partner-links";
import { formatDate } from "@/lib/dates";

type PartnerComments = Awaited<ReturnType<typeof listPartnerComments>>;

/** What the samverkanspart wrote after reading del ett: del två is written after that dialogue. */
export function PartnerComments({ comments }: { comments: PartnerComments }) {
  if (comments.length === 0) return null;
  return (
    <section
      aria-labelledby="partnerkommentar-rubrik"
      className="mb-8 rounded border-l-8 border-brand-700 bg-brand-50 p-4"
    >
      <h2 id="partnerkommentar-rubrik" className="text-xl font-semibold">
        {comments.length === 1 ? "Samverkanspartens kommentar" : "Samverkansparternas kommentarer"}
      </h2>
      <ul className="mt-2 space-y-3">
        {comments.map((c) => (
          <li key={c.id}>
            <p className="text-sm text-slate-700">
              {c.commenterOrganisation}, {c.commenterRole}
              {c.commentedAt ? `, ${formatDate(c.commentedAt)}` : ""}
            </p>
            <p className="whitespace-pre-wrap">{c.comment}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
