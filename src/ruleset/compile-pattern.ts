import { WORD_END, WORD_END_OF_WORD, WORD_START, WORD_START_OF_WORD } from '../model/index.js';
import { patternEdges } from './pattern-analysis.js';
import { hasNestedUnboundedRepetition } from './regex-safety.js';

/**
 * Compiles rule patterns. Every pattern is case-insensitive and implicitly bounded at word edges,
 * so `hack(ing|ers?)` does not match inside "whacking", while `etc\.`, `services?:(?=\s)` and
 * `^-\s` still work.
 */
export function compileRegex(source: string): RegExp {
  // Where a match always begins (ends) with a letter or digit, the simpler edge means the same.
  const { startsWithWordChar, endsWithWordChar } = patternEdges(source);
  return new RegExp(`${startsWithWordChar ? WORD_START_OF_WORD : WORD_START}(?:${source})${endsWithWordChar ? WORD_END_OF_WORD : WORD_END}`, 'gi');
}

/** A literal phrase; spaces match any whitespace and a space or hyphen match each other. */
export function compilePhrase(phrase: string): RegExp {
  return compileRegex(phraseSource(phrase));
}

/** The pattern a literal phrase is compiled from (see {@link compilePhrase}). */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/[\s-]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s-]+');
}

/** Why a pattern cannot be used, or null when it compiles and cannot match empty text. */
export function patternProblem(source: string): string | null {
  try {
    // The author's pattern on its own first: errors then describe what was written, and a pattern
    // such as "a)|(b" that only compiles once wrapped is refused.
    new RegExp(source, 'i');
    new RegExp(`${WORD_START}(?:${source})${WORD_END}`, 'i');
    // Compiling a test expression costs more than the rest of loading a pattern: only done when the
    // pattern's structure leaves room for an empty match.
    if (!patternEdges(source).neverEmpty && new RegExp(`^(?:${source})$`, 'i').test('')) return `pattern '${source}' matches empty text, so it would match everywhere`;
    if (hasNestedUnboundedRepetition(source)) {
      return `pattern '${source}' repeats a group that itself repeats without bound (like (a+)+), which can take exponential time on some text; bound one of the repetitions, e.g. {0,5}`;
    }
    return null;
  } catch (error) {
    return `invalid regular expression '${source}': ${error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error)}`;
  }
}
