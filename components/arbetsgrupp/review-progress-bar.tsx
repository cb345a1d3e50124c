import { progressText, type ReviewProgress } from "@/lib/reviews/review-progress";

/**
 * "12 av 29 brister granskade" with a bar. The text says it all; the bar repeats it for the eye and is hidden
 * from screen readers, so the figure is read once.
 */
export function ReviewProgressBar({ progress, year }: { progress: ReviewProgress; year: number }) {
  const text = progressText(progress);
  return (
    <div className="mb-6">
      <p id="granskning-framsteg" className="mb-2 text-lg font-semibold">
        {text} <span className="font-normal text-slate-800">({progress.percent} %)</span>
      </p>
      <div
        aria-hidden="true"
        title={`${text} ${year}`}
        className="h-5 w-full max-w-xl overflow-hidden rounded border-2 border-slate-700 bg-white"
      >
        <div className="h-full bg-brand-700" style={{ width: `${progress.percent}%` }} />
      </div>
      {progress.total > 0 && progress.reviewed === progress.total ? (
        <p className="mt-2 font-medium text-green-800">
          <span aria-hidden="true">✓ </span>Alla brister {year} är granskade.
        </p>
      ) : null}
    </div>
  );
}
