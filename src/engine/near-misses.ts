import type { ExtractedDocument, NearMiss, Rule, Signal } from '../model/index.js';
import { evidenceFor } from './evidence.js';
import { describeMatcher, partialAll, runMatcher } from './matchers/index.js';
import { inAllowedSection, type UnitCache } from './signals.js';
import { hasSectionBody } from './section-body.js';
import { headingPath } from './units.js';

const MAX_NEAR_MISSES = 3;

interface Candidate {
  score: number;
  start: number;
  /** Made only for the passages picked: locating evidence and explaining it cost more than scoring. */
  nearMiss: () => NearMiss;
}

/**
 * Up to three passages that came closest to satisfying a missing rule, each with the condition it
 * failed: only a definition, only a heading, outside the sections that count, or part of the
 * required combination only.
 */
export function findNearMisses(rule: Rule, cache: UnitCache): NearMiss[] {
  const { document } = cache;
  const candidates: Candidate[] = [];
  const add = (score: number, start: number, nearMiss: () => NearMiss): void => {
    candidates.push({ score, start, nearMiss });
  };
  for (const signal of rule.present) {
    const matcher = signal.match;
    if (!matcher) continue;
    // A unit can only come close if the whole matcher or a labelled part of it can match there.
    const parts = matcher.kind === 'all' ? matcher.of.filter((child) => child.kind !== 'not' && child.label !== undefined) : [];
    const candidates = cache.candidates(signal.scope);
    const possible = candidates.ofAny([matcher, ...parts]);
    for (const [index, unit] of cache.units(signal.scope).entries()) {
      if (possible && !possible.has(index)) continue;
      const filter = candidates.filterFor(index);
      const full = runMatcher(matcher, unit.text, filter);
      const allowed = inAllowedSection(document, signal, unit.section);
      if (full.length > 0) {
        const excludedBy = excludingHeading(document, signal, unit.section);
        const reason = unit.definition
          ? 'Only in a definition, which names the term but creates no obligation or exclusion.'
          : excludedBy !== undefined
            ? `Only in "${excludedBy}", a clause that does not provide this protection.`
            : null;
        if (reason) add(1, unit.start, () => ({ ...evidenceFor(document, unit, full), reason: explain(rule, unit.text) ?? reason }));
        continue;
      }
      // Units outside a signal's sections only count here when a not-in-section heading excluded them.
      const excludedBy = allowed ? undefined : excludingHeading(document, signal, unit.section);
      if (unit.definition || (!allowed && excludedBy === undefined)) continue;
      const partial = partialAll(matcher, unit.text, filter);
      // `not` children hold for almost any text, so only labelled, positive matches make a passage close.
      const telling = partial?.matched.filter((child) => child.kind !== 'not' && child.label !== undefined) ?? [];
      if (partial && telling.length > 0 && partial.failed.length > 0) {
        const { failed } = partial;
        add(telling.length / (partial.matched.length + failed.length), unit.start, () => ({
          ...evidenceFor(document, unit, runMatcher(telling[0] ?? matcher, unit.text, filter)),
          reason: explain(rule, unit.text) ?? `Mentions ${telling.map(describeMatcher).join(' and ')} but has no ${failed.map(describeMatcher).join(' or ')}.`,
        }));
      }
    }
    // Signals scoped by heading already say what a heading proves; their headings are not near misses.
    if (!signal.inSection) addHeadingMisses(cache, matcher, add);
  }
  return pickBest(candidates);
}

/** The rule's own explanation for a passage that came close, if one applies. */
function explain(rule: Rule, text: string): string | undefined {
  return rule.nearMissReasons.find((item) => runMatcher(item.match, text).length > 0)?.reason;
}

/** The heading that a signal's `not-in-section` excluded the unit by, if any. */
function excludingHeading(document: ExtractedDocument, signal: Signal, section: number): string | undefined {
  if (!signal.notInSection) return undefined;
  return headingPath(document, section).find((heading) => signal.notInSection?.test(heading));
}

function addHeadingMisses(cache: UnitCache, matcher: NonNullable<Rule['present'][number]['match']>, add: (score: number, start: number, nearMiss: () => NearMiss) => void): void {
  const { document } = cache;
  const headings = document.blocks.filter((block) => block.kind === 'heading');
  const candidates = cache.candidatesOf('headings', () => headings.map((block) => ({ text: block.text, spans: [[block.start, block.end]] })));
  for (const [index, block] of headings.entries()) {
    // A heading names a topic; any part of the required combination is enough to point at it.
    const filter = candidates.filterFor(index);
    const partial = partialAll(matcher, block.text, filter);
    const namesTopic = partial !== null && partial.matched.some((child) => child.label !== undefined);
    if (runMatcher(matcher, block.text, filter).length === 0 && !namesTopic) continue;
    const section = document.sections[block.section];
    const empty = section !== undefined && !hasSectionBody(document, section);
    const reason = empty ? 'A heading with no text under it.' : 'Only in a heading; the text under it does not provide the protection.';
    const unit = { text: block.text, start: block.start, end: block.end, section: block.section, definition: false };
    add(empty ? 0.95 : 0.5, block.start, () => ({ ...evidenceFor(document, unit), reason }));
  }
}

function pickBest(candidates: Candidate[]): NearMiss[] {
  const seen = new Set<number>();
  return candidates
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .filter((candidate) => (seen.has(candidate.start) ? false : (seen.add(candidate.start), true)))
    .slice(0, MAX_NEAR_MISSES)
    .map((candidate) => candidate.nearMiss());
}
