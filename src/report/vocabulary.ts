import type { Evidence, ProtectionStatus } from '../model/index.js';

// Words and marks that every human-readable format shares, so the terminal and HTML reports
// describe statuses, formats and locations the same way.

/** Statuses in the order reports list them: gaps first. */
export const STATUS_ORDER: readonly ProtectionStatus[] = ['missing', 'indeterminate', 'ambiguous', 'present'];

/** A mark beside every colour, so a report reads in greyscale print and without colour vision. */
export const STATUS_MARKS: Readonly<Record<ProtectionStatus, string>> = { missing: '✗', indeterminate: '?', ambiguous: '~', present: '✓' };

/** Display names of the input formats. */
export const DOCUMENT_FORMAT_NAMES = { pdf: 'PDF', docx: 'DOCX', text: 'text', markdown: 'Markdown' } as const;

/** "p. 2 · 9. Confidentiality · line 40": where a passage is. */
export function describeLocation(evidence: Evidence): string {
  return [evidence.page !== undefined ? `p. ${evidence.page}` : null, evidence.section ?? null, `line ${evidence.line}`].filter(Boolean).join(' · ');
}
