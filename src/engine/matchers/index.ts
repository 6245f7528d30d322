import type { Matcher, TokenClause } from '../../model/index.js';
import { WHOLE_UNIT, sortHits, type Hit } from './hit.js';
import { forgetWordPositions, matchNear } from './near.js';
import { matchPatterns } from './pattern.js';
import { dropNegated } from './unnegated.js';

export type { Hit } from './hit.js';

/**
 * What is already known about a text before any pattern runs: matchers and patterns that cannot
 * match it (from the document's word index). Only ever skips work whose result would be empty.
 */
export interface MatchFilter {
  mayMatch(matcher: Matcher): boolean;
  mayMatchPattern(pattern: RegExp, requiredWords: readonly TokenClause[] | undefined): boolean;
}

const NO_HITS: Hit[] = [];

/**
 * Results of matchers on texts during one document's evaluation. Terms are shared between rules
 * and near-miss explanations re-run parts of matchers, so the same (matcher, text) pair comes up
 * again and again; evaluateDocument clears the memo before and after each document.
 */
const memo = new Map<Matcher, Map<string, Hit[]>>();

/** Forgets memoised results (call around each document's evaluation). */
export function clearMatcherMemo(): void {
  memo.clear();
  forgetWordPositions();
}

/**
 * Runs a compiled matcher over one unit of text and returns its hits (empty = no match). A filter,
 * when given, must describe this text.
 */
export function runMatcher(matcher: Matcher, text: string, filter?: MatchFilter): Hit[] {
  let byText = memo.get(matcher);
  if (!byText) {
    byText = new Map();
    memo.set(matcher, byText);
  }
  let hits = byText.get(text);
  if (!hits) {
    if (filter && !filter.mayMatch(matcher)) return NO_HITS;
    hits = computeMatcher(matcher, text, filter);
    byText.set(text, hits);
  }
  return hits;
}

function computeMatcher(matcher: Matcher, text: string, filter: MatchFilter | undefined): Hit[] {
  switch (matcher.kind) {
    case 'regex':
    case 'phrase': {
      // A single pattern (the usual case) was already vetted with its matcher by mayMatch.
      const patterns = filter && matcher.patterns.length > 1 ? matcher.patterns.filter((pattern, index) => filter.mayMatchPattern(pattern, matcher.requiredWords?.[index])) : matcher.patterns;
      return sortHits(matchPatterns(patterns, text));
    }
    case 'any': {
      // Usually no child or a single child matches: its hits are already in order.
      let only: Hit[] | null = null;
      let all: Hit[] | null = null;
      for (const child of matcher.of) {
        const hits = runMatcher(child, text, filter);
        if (hits.length === 0) continue;
        if (only === null) only = hits;
        else (all ??= [...only]).push(...hits);
      }
      return all ? sortHits(all) : (only ?? NO_HITS);
    }
    case 'all': {
      // Stop at the first child that fails: most sentences fail early, and rules run on every sentence.
      const results: Hit[][] = [];
      for (const child of matcher.of) {
        const hits = runMatcher(child, text, filter);
        if (hits.length === 0) return [];
        results.push(hits);
      }
      return sortHits(results.flat());
    }
    case 'not':
      return runMatcher(matcher.of, text, filter).length === 0 ? [WHOLE_UNIT] : [];
    case 'near':
      return sortHits(matchNear(matcher.of.map((child) => runMatcher(child, text, filter)), matcher.within, text));
    case 'unnegated':
      return dropNegated(runMatcher(matcher.of, text, filter), matcher.negators, matcher.within, text);
  }
}

/** For an `all` matcher: which children matched and which did not (used for near-miss reasons). */
export function partialAll(matcher: Matcher, text: string, filter?: MatchFilter): { matched: Matcher[]; failed: Matcher[] } | null {
  if (matcher.kind !== 'all') return null;
  const matched: Matcher[] = [];
  const failed: Matcher[] = [];
  for (const child of matcher.of) (runMatcher(child, text, filter).length > 0 ? matched : failed).push(child);
  return { matched, failed };
}

/** A readable name for a matcher in explanations. */
export function describeMatcher(matcher: Matcher): string {
  if (matcher.label) return matcher.label;
  if (matcher.kind === 'regex' || matcher.kind === 'phrase') return 'the required wording';
  if (matcher.kind === 'not') return `no ${describeMatcher(matcher.of)}`;
  return matcher.of instanceof Array ? matcher.of.map(describeMatcher).join(matcher.kind === 'any' ? ' or ' : ' and ') : describeMatcher(matcher.of);
}

