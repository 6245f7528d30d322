/** A match inside a unit of text, as offsets into that text. */
export interface Hit {
  start: number;
  end: number;
}

/** Zero-width hit used by matchers that succeed without pointing at text (e.g. `not`). */
export const WHOLE_UNIT: Hit = { start: 0, end: 0 };

/** Sorts and de-duplicates hits so results are deterministic. */
export function sortHits(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((hit, index) => index === 0 || hit.start !== sorted[index - 1]?.start || hit.end !== sorted[index - 1]?.end);
}
