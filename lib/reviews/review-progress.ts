/** How far the arbetsgrupp has come with a year's brister. Pure. */

export interface ReviewProgress {
  reviewed: number;
  total: number;
  /** Whole per cent; 100 only when every brist is reviewed, 0 only when none is. */
  percent: number;
}

export function reviewProgress(items: readonly { reviewed: boolean }[]): ReviewProgress {
  const total = items.length;
  const reviewed = items.filter((item) => item.reviewed).length;
  if (total === 0) return { reviewed, total, percent: 0 };
  const exact = (reviewed / total) * 100;
  // Rounding must not say "done" while one is left, nor "nothing" once one is reviewed.
  const percent =
    reviewed === total ? 100 : reviewed === 0 ? 0 : Math.min(99, Math.max(1, Math.round(exact)));
  return { reviewed, total, percent };
}

/** "12 av 29 brister granskade"; "1 av 1 brist granskad". */
export function progressText({ reviewed, total }: Pick<ReviewProgress, "reviewed" | "total">): string {
  return total === 1 ? `${reviewed} av 1 brist granskad` : `${reviewed} av ${total} brister granskade`;
}
