import type { Hit } from './hit.js';

/** Whether a UTF-16 code unit is whitespace as `\s` in a regular expression means it. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Index of the word that contains (or follows) each character offset. */
function wordIndexer(text: string): (offset: number) => number {
  // Where each run of non-space characters starts; a scan by code, as `\S+` would find them,
  // without a match object per word.
  const starts: number[] = [];
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const space = isSpace(text.charCodeAt(index));
    if (!space && !inWord) starts.push(index);
    inWord = !space;
  }
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
