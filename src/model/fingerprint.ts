/**
 * Fingerprints of evidence, so a lock file, a baseline and SARIF alerts can tell "the same clause"
 * from "a changed clause" across edits: the text and section heading are compared without case,
 * punctuation, spacing or numbering, so renumbering clause 9 to clause 10 or re-wrapping a line
 * changes nothing, while a changed word does.
 */

/** Clause text reduced to what matters: lower-case words, without numbering or punctuation. */
export function normaliseClause(text: string): string {
  return text
    .toLowerCase()
    // Leading numbering: "9.", "9.1", "(a)", "a)", "iv.", "clause 9:".
    .replace(/^\s*(?:(?:clause|section|article)\s+)?(?:\d+(?:\.\d+)*\.?|\(?[a-z]{1,3}\)|\(?[ivx]{1,6}[.)])\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A section heading without its number ("9. Limitation of Liability" → "limitation of liability"). */
export function normaliseSection(heading: string | undefined): string {
  return heading === undefined ? '' : normaliseClause(heading.replace(/^\s*(?:(?:schedule|clause|section|article|part)\s+)?[0-9ivxlc]+(?:\.\d+)*\.?\s*[-:–]?\s*/i, ''));
}

/** A 16-hex-digit fingerprint of a finding's evidence (the same for no evidence). */
export function evidenceFingerprint(evidence: ReadonlyArray<{ text: string; section?: string }>): string {
  return hash64(evidence.map((item) => `${normaliseSection(item.section)}\u0000${normaliseClause(item.text)}`).join('\u0001'));
}

/** A stable 64-bit hash (two FNV-1a passes with different offsets) as 16 hex digits. */
export function hash64(text: string): string {
  let low = 0x811c9dc5;
  let high = 0x050c5d1f;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ code, 0x01000193) >>> 0;
    high = (high ^ (low >>> 7)) >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
