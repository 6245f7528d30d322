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

/** Word positions of texts, kept while one document is judged (see `forgetWordPositions`). */
const indexers = new Map<string, (offset: number) => number>();

/** Forgets the word positions of the texts seen so far. */
export function forgetWordPositions(): void {
  indexers.clear();
}

/**
 * `near`: one hit from each group lies within `within` words of the others. Returns the hits of
 * every window that satisfies it.
 */
export function matchNear(groups: readonly Hit[][], within: number, text: string): Hit[] {
  if (groups.length === 0 || groups.some((group) => group.length === 0)) return [];
  // Several near matchers look at the same passage: its word positions are found once.
  let wordAt = indexers.get(text);
  if (!wordAt) {
    wordAt = wordIndexer(text);
    indexers.set(text, wordAt);
  }
  const [first = [], ...rest] = groups;
  // The word each hit starts in, worked out once per hit rather than once per comparison.
  const restWords = rest.map((group) => group.map((hit) => wordAt(hit.start)));
  const hits: Hit[] = [];
  for (const anchor of first) {
    const anchorWord = wordAt(anchor.start);
    // The closest hit of each other group (the first of equals); the whole set must fit in a
    // window of `within` words.
    let low = anchorWord;
    let high = anchorWord;
    const partners: Hit[] = [];
    rest.forEach((group, which) => {
      const words = restWords[which] ?? [];
      let best = 0;
      for (let index = 1; index < group.length; index++) if (Math.abs((words[index] ?? 0) - anchorWord) < Math.abs((words[best] ?? 0) - anchorWord)) best = index;
      const partner = group[best];
      if (!partner) return;
      partners.push(partner);
      low = Math.min(low, words[best] ?? 0);
      high = Math.max(high, words[best] ?? 0);
    });
    if (high - low <= within) hits.push(anchor, ...partners);
  }
  return hits;
}
