/**
 * Drafting blanks left in a clause: a clause that still says "[CLIENT NAME]" or "____" has not been
 * agreed, so it can never count as present.
 */
const PLACEHOLDERS: readonly RegExp[] = [
  /\[[A-Z][A-Z0-9 _/&.'-]{2,}\]|\[\*[ *]*\]/g,
  /\[(?:insert|enter|to be|select|specify|add|drafting note|if|optional|delete|choose)\b[^\]]*\]/gi,
  // An optional or annotated passage opened in brackets, closed only after several sentences.
  /\[(?:optional|drafting note|note to drafter|alternative|option \d)\b[^\]]*/gi,
  // Bracketed alternatives left for the drafter: "[prototype/website]".
  /\[[^\]\n/]{1,40}\/[^\]\n]{1,40}\]/g,
  /\{\{?\s*[A-Za-z_][\w .-]*\s*\}?\}/g,
  /_{3,}/g,
  /\.{5,}/g,
  /<<[^>]*>>|<[A-Z][A-Z _-]{2,}>/g,
  /(?<![A-Za-z])(?:TBD|TBA|TBC)(?![A-Za-z])/g,
  /\bX{3,}\b/g,
  /\$\s*(?:_+|X+|\[)/g,
  /\b(?:insert|enter) (?:a |the )?(?:name|date|amount|description|details)\b/gi,
  /\blorem ipsum\b/gi,
];

// Bracketed words that are ordinary drafting, not blanks.
const NOT_PLACEHOLDERS = /^\[(?:sic|emphasis added|the ["A-Za-z ]+ party)\]$/i;

// Something every placeholder above contains (case aside): most passages have none of it, and one
// test of this spares them the thirteen scans.
const MAYBE_PLACEHOLDER = /[[{_<$]|\.{5}|TB[ADC]|XXX|insert|enter|lorem/i;

/** Placeholders found in a piece of text, in order of appearance. */
export function findPlaceholders(text: string): string[] {
  return MAYBE_PLACEHOLDER.test(text) ? scanPlaceholders(text) : [];
}

/** The same, scanning with every pattern (exported for tests of the shortcut). */
export function scanPlaceholders(text: string): string[] {
  const found: Array<{ at: number; text: string }> = [];
  for (const pattern of PLACEHOLDERS) {
    for (const match of text.matchAll(pattern)) {
      if (!NOT_PLACEHOLDERS.test(match[0])) found.push({ at: match.index, text: match[0] });
    }
  }
  // Patterns overlap ("[INSERT DATE]" is also a bracketed capital): keep the longest at each place.
  const kept: Array<{ at: number; text: string }> = [];
  for (const item of found.sort((a, b) => a.at - b.at || b.text.length - a.text.length)) {
    const last = kept[kept.length - 1];
    if (!last || item.at >= last.at + last.text.length) kept.push(item);
  }
  return kept.map((item) => item.text);
}

/** Placeholders that only stand for a party's name or details, not for protective content. */
export function isPartyPlaceholder(placeholder: string): boolean {
  return /name|company|client|customer|provider|supplier|contractor|party|address|abn|acn|business|signature|date/i.test(placeholder);
}
