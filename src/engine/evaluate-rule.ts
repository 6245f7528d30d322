import type { Evidence, Finding, Rule } from '../model/index.js';
import { evidenceFor } from './evidence.js';
import { findNearMisses } from './near-misses.js';
import { findSignalHits, type SignalHit, type UnitCache } from './signals.js';
import { weaknessOf, type WeaknessContext } from './weaknesses.js';

const MAX_EVIDENCE = 3;

/** Evidence from the first hits in document order (one per unit) that pass `keep`. */
function firstEvidence(context: WeaknessContext, hits: readonly SignalHit[], keep: (hit: SignalHit) => boolean = () => true): Evidence[] {
  const seen = new Set<number>();
  const chosen: SignalHit[] = [];
  for (const hit of [...hits].sort((a, b) => a.unit.start - b.unit.start)) {
    if (chosen.length === MAX_EVIDENCE) break;
    if (seen.has(hit.unit.start) || !keep(hit)) continue;
    seen.add(hit.unit.start);
    chosen.push(hit);
  }
  return chosen.map((hit) => evidenceFor(context.document, hit.unit, hit.hits));
}

function capitalise(text: string): string {
  return text.length > 0 ? `${text[0]?.toUpperCase()}${text.slice(1)}` : text;
}

/**
 * Judges one rule on one document:
 * present when a present signal matches an operative passage that no weakness spoils;
 * ambiguous when present matches are all weakened, or an ambiguous signal matches;
 * indeterminate when nothing matched but some pages could not be read;
 * missing otherwise, with the closest passages and why they did not count.
 */
export function evaluateRule(rule: Rule, cache: UnitCache, context: WeaknessContext): Finding {
  const base = { ruleId: rule.id, category: rule.category, severity: rule.severity, title: rule.title, remediation: rule.remediation };
  const presentHits = rule.present.flatMap((signal) => findSignalHits(cache, signal));
  // Weaknesses are judged only as far as the verdict needs: the first clean hit names the finding,
  // and the evidence is the first few clean passages in document order.
  const weaknesses = new Map<SignalHit, string | null>();
  const weaknessOfHit = (hit: SignalHit): string | null => {
    if (!weaknesses.has(hit)) weaknesses.set(hit, weaknessOf(rule, hit.unit, context));
    return weaknesses.get(hit) ?? null;
  };
  const firstClean = presentHits.find((hit) => weaknessOfHit(hit) === null);
  if (firstClean) {
    const label = firstClean.signal.label;
    return { ...base, status: 'present', message: label ? `${capitalise(label)}.` : 'The protection is provided.', evidence: firstEvidence(context, presentHits, (hit) => weaknessOfHit(hit) === null) };
  }
  const weakened = presentHits[0];
  if (weakened) {
    return { ...base, status: 'ambiguous', message: weaknessOfHit(weakened) ?? '', evidence: firstEvidence(context, presentHits) };
  }
  for (const signal of rule.ambiguous) {
    const hits = findSignalHits(cache, signal);
    if (hits.length > 0) return { ...base, status: 'ambiguous', message: signal.reason ?? 'The protection is only touched on.', evidence: firstEvidence(context, hits) };
  }
  const unreadable = context.document.unreadablePages;
  if (unreadable.length > 0) {
    const pages = unreadable.map((page) => page.page).join(', ');
    return {
      ...base,
      status: 'indeterminate',
      message: `Not found in the readable text, but page${unreadable.length > 1 ? 's' : ''} ${pages} could not be read (${unreadable[0]?.reason}); the clause may be there.`,
      evidence: [],
    };
  }
  const nearMisses = findNearMisses(rule, cache);
  return { ...base, status: 'missing', message: rule.missingMessage, evidence: [], ...(nearMisses.length > 0 ? { nearMisses } : {}) };
}
