import type { Hit } from './hit.js';

/** Index of the word that contains (or follows) each character offset. */
function wordIndexer(text: string): (offset: number) => number {
  const starts: number[] = [];
  for (const match of text.matchAll(/\S+/g)) starts.push(match.index);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    let found = 0;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] ?? 0) <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };
}

/**
 * `near`: one hit from each group lies within `within` words of the others. Returns the hits of
 * every window that satisfies it.
 */
export function matchNear(groups: readonly Hit[][], within: number, text: string): Hit[] {
  if (groups.length === 0 || groups.some((group) => group.length === 0)) return [];
  const wordAt = wordIndexer(text);
  const [first = [], ...rest] = groups;
  const hits: Hit[] = [];
  for (const anchor of first) {
    const anchorWord = wordAt(anchor.start);
    // The closest hit of each other group; the whole set must fit in a window of `within` words.
    const partners = rest.map((group) => group.reduce((best, hit) => (Math.abs(wordAt(hit.start) - anchorWord) < Math.abs(wordAt(best.start) - anchorWord) ? hit : best)));
    const words = [anchorWord, ...partners.map((hit) => wordAt(hit.start))];
    if (Math.max(...words) - Math.min(...words) <= within) hits.push(anchor, ...partners);
  }
  return hits;
}
