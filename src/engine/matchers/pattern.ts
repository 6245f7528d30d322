import type { Hit } from './hit.js';

/** `regex` and `phrase` matchers: every match of any compiled pattern. */
export function matchPatterns(patterns: readonly RegExp[], text: string): Hit[] {
  const hits: Hit[] = [];
  for (const pattern of patterns) {
    const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    global.lastIndex = 0;
    for (const match of text.matchAll(global)) {
      if (match[0].length === 0) continue;
      hits.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return hits;
}
