import type { Hit } from './hit.js';

/** Negators without the `g` flag (whose `test` would otherwise carry state between calls), made once. */
const testers = new WeakMap<RegExp, RegExp>();

function testerOf(negator: RegExp): RegExp {
  let tester = testers.get(negator);
  if (!tester) {
    tester = new RegExp(negator.source, negator.flags.replace('g', ''));
    testers.set(negator, tester);
  }
  return tester;
}

/**
 * `unnegated`: drops hits preceded, within `within` words, by a negator ("nothing in this
 * agreement limits liability for fraud" is a carve-out, not an exclusion).
 */
export function dropNegated(hits: readonly Hit[], negators: readonly RegExp[], within: number, text: string): Hit[] {
  return hits.filter((hit) => {
    const before = text.slice(0, hit.start).split(/\s+/).filter(Boolean).slice(-within).join(' ');
    return !negators.some((negator) => testerOf(negator).test(before));
  });
}
