import type { ExtractedDocument, Signal } from '../model/index.js';
import { runMatcher, type Hit } from './matchers/index.js';
import type { Bitset } from './prefilter/bitset.js';
import { CandidateTexts } from './prefilter/candidates.js';
import { ConditionTable } from './prefilter/condition-table.js';
import { DocumentWords, type IndexedText } from './prefilter/document-words.js';
import { TokenIndex } from './prefilter/token-index.js';
import { hasSectionBody } from './section-body.js';
import { headingPath, unitsAt, type TextUnit } from './units.js';

/** A unit that satisfied a signal. */
export interface SignalHit {
  signal: Signal;
  unit: TextUnit;
  hits: Hit[];
  /** The unit's place among the units of its scope (for empty sections, the section's number). */
  index: number;
}

/**
 * Caches units per scope so a document is segmented into units once per evaluation, with a word
 * index of each scope's units that tells which units a matcher can possibly match.
 */
export class UnitCache {
  private readonly byScope = new Map<Signal['scope'], TextUnit[]>();
  private readonly candidatesByScope = new Map<Signal['scope'], CandidateTexts>();
  private readonly candidatesOfOthers = new Map<string, CandidateTexts>();
  private readonly orderByScope = new Map<Signal['scope'], number[]>();
  private documentWords: DocumentWords | null = null;
  constructor(
    readonly document: ExtractedDocument,
    private readonly conditions: ConditionTable = new ConditionTable(),
  ) {}
  units(scope: Signal['scope']): TextUnit[] {
    let units = this.byScope.get(scope);
    if (!units) {
      units = unitsAt(this.document, scope);
      this.byScope.set(scope, units);
    }
    return units;
  }
  /** Unit numbers of a scope in document order: by where each starts, then by number. */
  order(scope: Signal['scope']): number[] {
    let order = this.orderByScope.get(scope);
    if (!order) {
      const units = this.units(scope);
      order = units.map((_, index) => index);
      // Usually already in order; a list item joined to its lead-in starts where the lead-in does.
      if (units.some((unit, index) => index > 0 && unit.start < (units[index - 1]?.start ?? 0))) order.sort((a, b) => (units[a]?.start ?? 0) - (units[b]?.start ?? 0) || a - b);
      this.orderByScope.set(scope, order);
    }
    return order;
  }

  /** The same for other texts of the document that matchers run on (its headings), indexed on first use under `key`. */
  candidatesOf(key: 'headings', texts: () => readonly IndexedText[]): CandidateTexts {
    let candidates = this.candidatesOfOthers.get(key);
    if (!candidates) {
      candidates = new CandidateTexts(new TokenIndex(texts(), this.conditions, this.words()));
      this.candidatesOfOthers.set(key, candidates);
    }
    return candidates;
  }

  /** Units of a scope (by position in `units(scope)`) that a matcher can possibly match. */
  candidates(scope: Signal['scope']): CandidateTexts {
    let candidates = this.candidatesByScope.get(scope);
    if (!candidates) {
      const texts = this.units(scope).map((unit): IndexedText => ({ text: unit.text, spans: unit.spans ?? [[unit.start, unit.end]] }));
      candidates = new CandidateTexts(new TokenIndex(texts, this.conditions, this.words()));
      this.candidatesByScope.set(scope, candidates);
    }
    return candidates;
  }

  /** The document's words, read once for every index of its units. */
  private words(): DocumentWords {
    this.documentWords ??= new DocumentWords(this.document.text);
    return this.documentWords;
  }
}

/** Whether a unit's section (or an ancestor) satisfies the signal's heading scope. */
export function inAllowedSection(document: ExtractedDocument, signal: Signal, section: number): boolean {
  const path = headingPath(document, section);
  if (signal.inSection && !path.some((heading) => signal.inSection?.test(heading))) return false;
  if (signal.notInSection && path.some((heading) => signal.notInSection?.test(heading))) return false;
  return true;
}

/**
 * The hits of one signal, found one at a time in document order (by where the unit starts, then
 * by its place among the units), so a verdict can stop reading as soon as it has what it needs.
 */
export class SignalHitStream {
  private readonly units: readonly TextUnit[];
  private readonly order: readonly number[];
  private readonly candidates: CandidateTexts | null;
  private readonly possible: Bitset | null;
  private readonly emptySections: SignalHit[] | null;
  private cursor = 0;

  constructor(
    private readonly cache: UnitCache,
    readonly signal: Signal,
  ) {
    const scanned = !signal.emptySection && signal.match !== undefined;
    this.emptySections = signal.emptySection ? findEmptySections(cache.document, signal) : null;
    this.units = scanned ? cache.units(signal.scope) : [];
    this.order = scanned ? cache.order(signal.scope) : [];
    this.candidates = scanned ? cache.candidates(signal.scope) : null;
    this.possible = signal.match && this.candidates ? this.candidates.of(signal.match) : null;
  }

  /** The next hit, or null when there are no more. */
  next(): SignalHit | null {
    if (this.emptySections) return this.emptySections[this.cursor++] ?? null;
    const { signal, candidates } = this;
    const matcher = signal.match;
    if (!matcher || !candidates) return null;
    while (this.cursor < this.order.length) {
      const index = this.order[this.cursor++] ?? 0;
      if (this.possible && !this.possible.has(index)) continue;
      const unit = this.units[index];
      if (!unit || (unit.definition && signal.includeDefinitions !== true) || !inAllowedSection(this.cache.document, signal, unit.section)) continue;
      const hits = runMatcher(matcher, unit.text, candidates.filterFor(index));
      if (hits.length > 0) return { signal, unit, hits, index };
    }
    return null;
  }
}

/** Headings that match the signal and have no text under them (nor under their sub-headings). */
function findEmptySections(document: ExtractedDocument, signal: Signal): SignalHit[] {
  return document.sections.flatMap((section, index) => {
    if (!section.heading || !signal.emptySection?.test(section.heading)) return [];
    if (hasSectionBody(document, section)) return [];
    const unit: TextUnit = { text: section.heading, start: section.start, end: section.start + section.heading.length, section: index, definition: false };
    return [{ signal, unit, hits: [], index }];
  });
}
