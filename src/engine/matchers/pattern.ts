import type { Hit } from './hit.js';

/** Global copies of patterns compiled without the `g` flag, made once. */
const globalCopies = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let copy = globalCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, `${pattern.flags}g`);
    globalCopies.set(pattern, copy);
  }
  return copy;
}

/** `regex` and `phrase` matchers: every non-empty match of any compiled pattern. */
export function matchPatterns(patterns: readonly RegExp[], text: string): Hit[] {
  const hits: Hit[] = [];
  for (const pattern of patterns) {
    // An exec loop rather than matchAll, which clones the expression on every call.
    const global = globalOf(pattern);
    global.lastIndex = 0;
    for (let match = global.exec(text); match !== null; match = global.exec(text)) {
      const length = match[0].length;
      if (length === 0) {
        // As matchAll does: step past an empty match.
        global.lastIndex = match.index + 1;
        continue;
      }
      hits.push({ start: match.index, end: match.index + length });
    }
  }
  return hits;
}
