import type { Evidence, Finding, Rule } from '../model/index.js';
import { evidenceFor } from './evidence.js';
import { findNearMisses } from './near-misses.js';
import { SignalHitStream, type SignalHit, type UnitCache } from './signals.js';
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

/** A signal's hits in document order up to the last one the evidence can use (see {@link firstEvidence}). */
function firstHits(cache: UnitCache, signal: Rule['ambiguous'][number]): SignalHit[] {
  const stream = new SignalHitStream(cache, signal);
  const hits: SignalHit[] = [];
  const starts = new Set<number>();
  for (let hit = stream.next(); hit !== null; hit = stream.next()) {
    // Hits come in order of where their units start: once a fourth start comes, the evidence is known.
    if (!starts.has(hit.unit.start) && starts.size === MAX_EVIDENCE) break;
    starts.add(hit.unit.start);
    hits.push(hit);
  }
  return hits;
}

interface PresentJudgement {
  /** The first present signal (in the rule's order) with a passage no weakness spoils. */
  clean: { label: string | undefined } | null;
  /** When no passage is clean but some matched: why the first of them is weak. */
  weakened: { reason: string } | null;
  /** The first passages in document order: clean ones if any, else weakened ones. */
  evidence: Evidence[];
}

/**
 * Reads the present signals' hits in document order, merged, and stops once the verdict is
 * settled: three clean passages for the evidence, and no earlier signal that could still turn
 * out clean (its label names the finding). Only a rule with no clean passage is read to the end.
 * The result is the same as judging every hit; weaknesses are checked only for hits read.
 */
function judgePresent(rule: Rule, cache: UnitCache, context: WeaknessContext): PresentJudgement {
  const streams = rule.present.map((signal) => new SignalHitStream(cache, signal));
  const heads = streams.map((stream) => stream.next());
  const read: SignalHit[][] = streams.map(() => []);
  let cleanSignal = -1;
  const clean: SignalHit[] = [];
  const cleanStarts = new Set<number>();
  const isClean = (hit: SignalHit): boolean => weaknessOf(rule, hit.unit, context) === null;
  const settled = (): boolean => clean.length === MAX_EVIDENCE && cleanSignal >= 0 && heads.slice(0, cleanSignal).every((head) => head === null);
  while (!settled()) {
    // Once the evidence is complete, only signals before the clean one can still change the verdict.
    const limit = clean.length === MAX_EVIDENCE ? cleanSignal : heads.length;
    let next = -1;
    for (let signal = 0; signal < limit; signal++) {
      const head = heads[signal];
      const best = next >= 0 ? heads[next] : null;
      if (head && (!best || head.unit.start < best.unit.start)) next = signal;
    }
    const hit = next >= 0 ? heads[next] : null;
    if (!hit) break;
    heads[next] = streams[next]?.next() ?? null;
    read[next]?.push(hit);
    if (!isClean(hit)) continue;
    if (cleanSignal < 0 || next < cleanSignal) cleanSignal = next;
    if (clean.length < MAX_EVIDENCE && !cleanStarts.has(hit.unit.start)) {
      cleanStarts.add(hit.unit.start);
      clean.push(hit);
    }
  }
  const evidence = (hits: readonly SignalHit[]): Evidence[] => hits.map((hit) => evidenceFor(context.document, hit.unit, hit.hits));
  if (cleanSignal >= 0) return { clean: { label: rule.present[cleanSignal]?.label }, weakened: null, evidence: evidence(clean) };
  // Nothing clean: every hit was read. The message comes from the first signal's first passage.
  const first = read.find((hits) => hits.length > 0)?.reduce((a, b) => (b.index < a.index ? b : a));
  if (!first) return { clean: null, weakened: null, evidence: [] };
  return { clean: null, weakened: { reason: weaknessOf(rule, first.unit, context) ?? '' }, evidence: firstEvidence(context, read.flat()) };
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
  const present = judgePresent(rule, cache, context);
  if (present.clean) {
    const label = present.clean.label;
    return { ...base, status: 'present', message: label ? `${capitalise(label)}.` : 'The protection is provided.', evidence: present.evidence };
  }
  if (present.weakened) {
    return { ...base, status: 'ambiguous', message: present.weakened.reason, evidence: present.evidence };
  }
  for (const signal of rule.ambiguous) {
    const hits = firstHits(cache, signal);
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
