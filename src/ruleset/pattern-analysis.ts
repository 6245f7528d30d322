import { RegExpParser } from '@eslint-community/regexpp';
import type { TokenClause } from '../model/index.js';
import { NOTHING_KNOWN, edgesOf, type PatternEdges } from './pattern-edges.js';
import { requiredWordsOf } from './pattern-words.js';

/** What the rule compiler knows of an author's pattern from its structure. */
export interface PatternAnalysis extends PatternEdges {
  /** Clauses of words every match contains (see {@link requiredWordsOf}); empty when unknown. */
  requiredWords: readonly TokenClause[];
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** Most analyses remembered: packs share terms and phrases, and rule sets load once per profile. */
const MAX_KNOWN = 10_000;
const known = new Map<string, PatternAnalysis>();

/**
 * Analyses an author's pattern (as compiled: case-insensitive, without `u`), parsing it once for
 * everything the compiler wants to know. A pattern the parser refuses is analysed as unknown;
 * whether it compiles at all is checked separately.
 */
export function analysePattern(source: string): PatternAnalysis {
  let analysis = known.get(source);
  if (!analysis) {
    analysis = analyse(source);
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(source, analysis);
  }
  return analysis;
}

/** Which edges of a pattern's matches are always an ASCII letter or digit. */
export function patternEdges(source: string): PatternEdges {
  const { neverEmpty, startsWithWordChar, endsWithWordChar } = analysePattern(source);
  return { neverEmpty, startsWithWordChar, endsWithWordChar };
}

function analyse(source: string): PatternAnalysis {
  try {
    const tree = parser.parsePattern(source, 0, source.length, { unicode: false, unicodeSets: false });
    return { ...edgesOf(tree), requiredWords: requiredWordsOf(tree) };
  } catch {
    return { ...NOTHING_KNOWN, requiredWords: [] };
  }
}
