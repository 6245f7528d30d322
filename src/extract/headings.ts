/**
 * Recognises heading lines in text that carries no styles (PDF, plain text). A heading is short,
 * does not end like a sentence, and is either numbered/labelled ("12.", "12.3", "ARTICLE V",
 * "Section 4", "Schedule 1") with a title-like remainder, or written in capitals.
 */

const LABELLED = /^(?:article|section|clause|part|schedule|exhibit|appendix|annex|attachment)\s+([0-9]+[A-Z]?|[IVXLC]+|[A-Z])\b\.?\s*[-:.]?\s*(.*)$/i;
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})*)\.?\s+(.*)$/;
const ROMAN_OR_LETTER = /^([IVXLC]{1,6}|[A-Z])\.\s+(.*)$/;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'from', 'under', 'not']);

/** A recognised heading: its nesting level (1 = top). */
export interface HeadingShape {
  level: number;
}

export function isTitleLike(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /[A-Za-z]/.test(word));
  if (words.length === 0) return false;
  const first = words[0] ?? '';
  if (!/^["'(]?[A-Z]/.test(first)) return false;
  const content = words.filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  const capitalised = content.filter((word) => /^["'(]?[A-Z0-9]/.test(word)).length;
  return capitalised / Math.max(content.length, 1) >= 0.6;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Returns the heading shape of a line, or null when the line reads as body text. */
export function headingShape(line: string): HeadingShape | null {
  const text = line.trim();
  if (text.length === 0 || text.length > 90) return null;
  if (text.split(/\s+/).length > 12) return null;
  // Sentences, lead-ins and list fragments end in punctuation; headings do not.
  if (/[,;:]$/.test(text)) return null;
  if (/[.!?]$/.test(text) && !/^\S+\.$/.test(text) && !isAllCaps(text)) return null;

  // "1.1. Scope. These terms govern" is a run-in heading followed by a sentence: body text.
  if (/[a-z]\.\s+[A-Z]/.test(text) && !isAllCaps(text)) return null;

  const labelled = LABELLED.exec(text);
  if (labelled) {
    const rest = labelled[2] ?? '';
    if (rest === '' || isTitleLike(rest) || isAllCaps(rest)) return { level: 1 };
  }
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const rest = numbered[2] ?? '';
    const depth = (numbered[1] ?? '').split('.').length;
    // Sentence-case clause titles ("5. Force majeure") are common; keep them short to stay safe.
    const shortTitle = /^["'(]?[A-Z]/.test(rest) && rest.split(/\s+/).length <= 7;
    if (rest.length > 0 && !/[.]$/.test(rest) && (isTitleLike(rest) || isAllCaps(rest) || shortTitle)) return { level: depth };
    return null;
  }
  const lettered = ROMAN_OR_LETTER.exec(text);
  if (lettered && isAllCaps(lettered[2] ?? '')) return { level: 1 };
  if (isAllCaps(text) && text.split(/\s+/).length <= 10 && !/[.]$/.test(text)) return { level: 1 };
  return null;
}

/** Lines that open a list item: "(a)", "a)", "(iv)", "-", "•", "*". */
export const LIST_MARKER = /^(?:\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)|(?:[a-z]|[ivxlc]{1,6}|\d{1,2})\)|[-•*])\s+\S/i;
