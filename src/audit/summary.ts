import type { DocumentReport, ReportSummary } from '../model/index.js';

/** Counts documents by status and findings of audited documents by protection status. */
export function summarise(documents: readonly DocumentReport[]): ReportSummary {
  const summary: ReportSummary = { documents: documents.length, audited: 0, unreadable: 0, present: 0, ambiguous: 0, missing: 0, indeterminate: 0 };
  for (const document of documents) {
    if (document.status === 'unreadable') {
      summary.unreadable++;
      continue;
    }
    summary.audited++;
    for (const finding of document.findings) summary[finding.status]++;
  }
  return summary;
}
