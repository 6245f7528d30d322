import type { Hit } from './hit.js';

/**
 * `unnegated`: drops hits preceded, within `within` words, by a negator ("nothing in this
 * agreement limits liability for fraud" is a carve-out, not an exclusion).
 */
export function dropNegated(hits: readonly Hit[], negators: readonly RegExp[], within: number, text: string): Hit[] {
  return hits.filter((hit) => {
    const before = text.slice(0, hit.start).split(/\s+/).filter(Boolean).slice(-within).join(' ');
    return !negators.some((negator) => new RegExp(negator.source, negator.flags.replace('g', '')).test(before));
  });
}
