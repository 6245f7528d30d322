/**
 * Character-level normalisation applied to every line before segmentation, so that rules see one
 * spelling of each word whatever the source format did with it.
 */

// Quotes and dashes that typesetting introduces; rules are written against the plain forms.
const CHARACTER_MAP: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010\u2011\u2012\u2212]/g, '-'],
  [/[\u2013\u2014\u2015]/g, '-'],
  [/[\u2022\u25CF\u25AA\u25A0\u2023\u2043\u25E6\uF0B7]/g, '•'],
  [/\u2026/g, '...'],
];

// Soft hyphens and zero-width characters carry no text.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Normalises one line: NFKC (ligatures), quotes, dashes, invisible characters, whitespace. */
export function normaliseLine(line: string): string {
  // Map quotes first: NFKC would turn an acute accent used as an apostrophe into space + accent.
  let text = mapCharacters(line.replace(INVISIBLE, '')).normalize('NFKC');
  text = mapCharacters(text);
  return text.replace(/[\s\u00A0]+/g, ' ').trim();
}

function mapCharacters(text: string): string {
  let mapped = text;
  for (const [pattern, replacement] of CHARACTER_MAP) mapped = mapped.replace(pattern, replacement);
  return mapped;
}

/**
 * Joins a line to the next one, undoing end-of-line hyphenation: "unauthor-" + "ised" becomes
 * "unauthorised". A hyphen followed by a capital or a digit is kept ("Wi-" + "Fi" stays hyphenated,
 * "third-" + "party" cannot be told apart from a break and is joined, which rules tolerate).
 */
export function joinLines(previous: string, next: string): string {
  if (/[A-Za-z]-$/.test(previous) && /^[a-z]/.test(next)) return previous.slice(0, -1) + next;
  if (/[A-Za-z]-$/.test(previous) && /^[A-Z0-9]/.test(next)) return previous + next;
  return `${previous} ${next}`;
}

/** Share of characters that are replacement or private-use glyphs: a broken font encoding. */
export function garbledRatio(text: string): number {
  const visible = text.replace(/\s/g, '');
  if (visible.length === 0) return 0;
  const bad = visible.match(/[\uFFFD\uE000-\uF8FF]/g)?.length ?? 0;
  return bad / visible.length;
}
