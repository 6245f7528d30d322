/**
 * Sentence splitting that survives legal drafting: abbreviations ("Inc.", "e.g.", "U.S."), clause
 * numbers ("9.2"), initials and list markers do not end a sentence.
 */

const ABBREVIATIONS = new Set([
  'inc', 'ltd', 'llc', 'plc', 'pty', 'co', 'corp', 'no', 'nos', 'cl', 'art', 'sec', 'sect', 'para', 'pp', 'p',
  'e.g', 'i.e', 'etc', 'cf', 'vs', 'v', 'viz', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'u.s', 'u.k', 'u.s.a',
  'n.a', 'approx', 'incl', 'min', 'max', 'dept', 'est', 'fig', 'ref', 'sch', 'ss', 'id', 'al',
]);

/** A sentence as offsets into the text it came from. */
export interface SentenceSpan {
  start: number;
  end: number;
}

function endsWithAbbreviation(text: string, periodIndex: number): boolean {
  const before = text.slice(0, periodIndex);
  const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
  if (word.length === 0) return /\d$/.test(before) && /^\s*\d/.test(text.slice(periodIndex + 1));
  if (word.length === 1) return true; // an initial or a list letter
  return ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Splits text into sentences; every character belongs to exactly one span (whitespace trimmed). */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const boundary = /([.!?])["')\]]*\s+(?=["'(\[]?[A-Z0-9])/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    if (match[1] === '.' && endsWithAbbreviation(text, match.index)) continue;
    const end = match.index + match[0].trimEnd().length;
    pushTrimmed(spans, text, start, end);
    start = match.index + match[0].length;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  if (to > from) spans.push({ start: from, end: to });
}

/** A sentence that reads as a definition (`"Services" means ...`, `"Fees" includes ...`) or a recital. */
export function isDefinition(sentence: string): boolean {
  return /^whereas\b/i.test(sentence) || /^(?:\(?[a-z0-9]{1,4}[.)]\s*|\d{1,3}(?:\.\d{1,3})+\.?\s+)?"[^"]{1,80}"\s*(?:\([^)]*\)\s*)?(?:means|shall mean|has the meaning|includes|refers to|is defined)/i.test(sentence)
    || /^(?:\(?[a-z0-9]{1,4}[.)]\s*|\d{1,3}(?:\.\d{1,3})+\.?\s+)?[A-Z][A-Za-z ]{1,60}\s(?:means|shall mean|has the meaning given)\b/.test(sentence);
}
