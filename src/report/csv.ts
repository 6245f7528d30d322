import type { AuditReport } from '../model/index.js';

const HEADER = ['path', 'format', 'document_status', 'error_code', 'category', 'status', 'rule_id', 'severity', 'message', 'evidence', 'page', 'section', 'line'];

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The report as CSV for spreadsheets: one row per document and finding (so per category and
 * rule), with the first piece of evidence; an unreadable document is one row with its error.
 */
export function formatCsv(report: AuditReport): string {
  const rows: Array<Array<string | number | undefined>> = [HEADER];
  for (const document of report.documents) {
    if (document.status === 'unreadable') {
      rows.push([document.path, document.format, 'unreadable', document.error.code, undefined, undefined, undefined, undefined, document.error.message]);
      continue;
    }
    for (const finding of document.findings) {
      const evidence = finding.evidence[0];
      rows.push([document.path, document.format, 'audited', undefined, finding.category, finding.status, finding.ruleId, finding.severity, finding.message, evidence?.text, evidence?.page, evidence?.section, evidence?.line]);
    }
  }
  // Every row has every column, so spreadsheet tools and CSV readers see a rectangle.
  return `${rows.map((row) => HEADER.map((_, index) => csvField(row[index])).join(',')).join('\r\n')}\r\n`;
}
