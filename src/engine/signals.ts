import type { ExtractedDocument, Signal } from '../model/index.js';
import { runMatcher, type Hit } from './matchers/index.js';
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
}

/**
 * Caches units per scope so a document is segmented into units once per evaluation, with a word
 * index of each scope's units that tells which units a matcher can possibly match.
 */
export class UnitCache {
  private readonly byScope = new Map<Signal['scope'], TextUnit[]>();
  private readonly candidatesByScope = new Map<Signal['scope'], CandidateTexts>();
  private readonly candidatesOfOthers = new Map<string, CandidateTexts>();
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

/** Units that satisfy a signal; definitions never do. */
export function findSignalHits(cache: UnitCache, signal: Signal): SignalHit[] {
  const { document } = cache;
  if (signal.emptySection) return findEmptySections(document, signal);
  const matcher = signal.match;
  if (!matcher) return [];
  const found: SignalHit[] = [];
  const units = cache.units(signal.scope);
  const candidates = cache.candidates(signal.scope);
  const possible = candidates.of(matcher);
  for (const [index, unit] of units.entries()) {
    if (possible && !possible.has(index)) continue;
    if ((unit.definition && signal.includeDefinitions !== true) || !inAllowedSection(document, signal, unit.section)) continue;
    const hits = runMatcher(matcher, unit.text, candidates.filterFor(index));
    if (hits.length > 0) found.push({ signal, unit, hits });
  }
  return found;
}

/** Headings that match the signal and have no text under them (nor under their sub-headings). */
function findEmptySections(document: ExtractedDocument, signal: Signal): SignalHit[] {
  return document.sections.flatMap((section, index) => {
    if (!section.heading || !signal.emptySection?.test(section.heading)) return [];
    if (hasSectionBody(document, section)) return [];
    const unit: TextUnit = { text: section.heading, start: section.start, end: section.start + section.heading.length, section: index, definition: false };
    return [{ signal, unit, hits: [] }];
  });
}
