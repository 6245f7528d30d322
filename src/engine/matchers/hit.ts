/** A match inside a unit of text, as offsets into that text. */
export interface Hit {
  start: number;
  end: number;
}

/** Zero-width hit used by matchers that succeed without pointing at text (e.g. `not`). */
export const WHOLE_UNIT: Hit = { start: 0, end: 0 };

/** Sorts and de-duplicates hits so results are deterministic (a new array unless already so). */
export function sortHits(hits: Hit[]): Hit[] {
  // Most results are empty, one hit, or one pattern's matches, which come in order: keep those.
  let ordered = true;
  for (let index = 1; index < hits.length && ordered; index++) {
    const previous = hits[index - 1];
    const hit = hits[index];
    if (previous && hit && (previous.start > hit.start || (previous.start === hit.start && previous.end >= hit.end))) ordered = false;
  }
  if (ordered) return hits;
  const sorted = [...hits].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((hit, index) => index === 0 || hit.start !== sorted[index - 1]?.start || hit.end !== sorted[index - 1]?.end);
}
