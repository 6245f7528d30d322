/**
 * The word edges every rule pattern is wrapped in (see rules/README.md): a match that starts (ends)
 * with a letter or digit must not continue a word; a match that starts or ends with anything else
 * (punctuation, space, a lookahead) is left alone. Shared by the rule compiler, which adds them,
 * and the engine's prefilter, which relies on what they guarantee.
 */
export const WORD_START = '(?:(?<![A-Za-z0-9])|(?![A-Za-z0-9]))';
export const WORD_END = '(?:(?![A-Za-z0-9])|(?<![A-Za-z0-9]))';
