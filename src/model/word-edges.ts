/**
 * The word edges every rule pattern is wrapped in (see rules/README.md): a match that starts (ends)
 * with a letter or digit must not continue a word; a match that starts or ends with anything else
 * (punctuation, space, a lookahead) is left alone. Shared by the rule compiler, which adds them,
 * and the engine's prefilter, which relies on what they guarantee.
 */
export const WORD_START = '(?:(?<![A-Za-z0-9])|(?![A-Za-z0-9]))';
export const WORD_END = '(?:(?![A-Za-z0-9])|(?<![A-Za-z0-9]))';

/**
 * The same edges for a pattern that cannot match empty text and whose every match begins (ends)
 * with a letter or digit: there the second alternative can never hold, and the single lookaround
 * lets the regular expression engine skip ahead instead of testing two assertions at every
 * position, which makes the scan markedly faster.
 */
export const WORD_START_OF_WORD = '(?<![A-Za-z0-9])';
export const WORD_END_OF_WORD = '(?![A-Za-z0-9])';
