import type { AuditReport, AuditedDocumentReport, DocumentReport, ProtectionStatus } from '../model/index.js';
import { compareText } from '../model/index.js';

/** One symbol per status, readable without colour. */
export const STATUS_SYMBOLS: Readonly<Record<ProtectionStatus, string>> = { present: '+', ambiguous: '~', missing: 'x', indeterminate: '?' };

/** Short column headers for the portfolio matrix, so 27 categories fit in 80 columns. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  'scope-of-services': 'SC', responsibilities: 'RE', 'criminal-acts': 'CR', 'unpurchased-services': 'UP', confidentiality: 'CF',
  'limitation-of-liability': 'LL', 'consequential-damages': 'CD', indemnification: 'IN', 'warranty-disclaimer': 'WD',
  'service-levels': 'SL', 'data-backup': 'DB', 'incident-notification': 'NT', 'data-protection': 'DP', 'term-termination': 'TT',
  'governing-law': 'GL', 'force-majeure': 'FM', insurance: 'IS', 'entire-agreement': 'EA', 'change-control': 'CC',
  'non-solicitation': 'NS', 'covered-assets': 'CA', 'data-return': 'DR', 'third-party-products': 'TP', amendments: 'AM',
  'payment-terms': 'PT', 'claims-period': 'CP', compliance: 'CO',
};

/** A two-letter header for a category; unknown categories get their initials. */
export function abbreviate(category: string): string {
  return ABBREVIATIONS[category] ?? category.split('-').map((part) => part[0]?.toUpperCase() ?? '').join('').slice(0, 2).padEnd(2, '_');
}

/** The categories of a report, core ones first, then alphabetical. */
export function reportCategories(report: AuditReport): string[] {
  const found = new Set<string>();
  for (const document of report.documents) if (document.status === 'audited') for (const category of Object.keys(document.categories)) found.add(category);
  const order = Object.keys(ABBREVIATIONS);
  return [...found].sort((a, b) => {
    const [ia, ib] = [order.indexOf(a), order.indexOf(b)];
    if (ia >= 0 && ib >= 0) return ia - ib;
    if (ia >= 0 || ib >= 0) return ia >= 0 ? -1 : 1;
    return compareText(a, b);
  });
}

/** How exposed a document leaves the provider: used to put the worst first. */
function exposure(document: DocumentReport): number[] {
  if (document.status === 'unreadable') return [1, 0, 0, 0];
  const gaps = (status: ProtectionStatus, severities: readonly string[]): number =>
    document.findings.filter((finding) => finding.status === status && severities.includes(finding.severity)).length;
  return [0, gaps('missing', ['critical', 'major']) + gaps('indeterminate', ['critical', 'major']), gaps('missing', ['critical', 'major', 'minor']) + gaps('indeterminate', ['critical', 'major', 'minor']), gaps('ambiguous', ['critical', 'major', 'minor'])];
}

/** Documents worst first: unreadable, then most critical or major gaps, most gaps, most ambiguities; then by path. */
export function worstFirst(documents: readonly DocumentReport[]): DocumentReport[] {
  return [...documents].sort((a, b) => {
    const [ea, eb] = [exposure(a), exposure(b)];
    for (let index = 0; index < ea.length; index++) if ((ea[index] ?? 0) !== (eb[index] ?? 0)) return (eb[index] ?? 0) - (ea[index] ?? 0);
    return compareText(a.path, b.path);
  });
}

function fit(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `…${text.slice(text.length - width + 1)}`;
}

/**
 * The portfolio matrix: one row per document (worst first), one column per category with a
 * symbol per status, totals per column, and a legend; fits the given width by shortening paths.
 */
export function formatPortfolio(report: AuditReport, width = 80): string {
  const categories = reportCategories(report);
  // Two characters per column (symbol and space); the two-letter headers are written downwards.
  const nameWidth = Math.max(12, Math.min(40, width - categories.length * 2 - 1));
  const column = (values: string[]): string => values.map((value) => value.padEnd(2)).join('').trimEnd();
  const lines = [
    `${''.padEnd(nameWidth)} ${column(categories.map((category) => abbreviate(category)[0] ?? ''))}`,
    `${'document'.padEnd(nameWidth)} ${column(categories.map((category) => abbreviate(category)[1] ?? ''))}`,
  ];
  for (const document of worstFirst(report.documents)) {
    if (document.status === 'unreadable') {
      lines.push(`${fit(document.path, nameWidth)} unreadable [${document.error.code}]`);
      continue;
    }
    const audited: AuditedDocumentReport = document;
    lines.push(`${fit(audited.path, nameWidth)} ${column(categories.map((category) => {
      const status = audited.categories[category];
      return status ? STATUS_SYMBOLS[status] : ' ';
    }))}`);
  }
  for (const status of ['missing', 'ambiguous'] as const) {
    const totals = categories.map((category) => String(report.documents.filter((document) => document.status === 'audited' && document.categories[category] === status).length));
    // Counts above 9 would break the two-character grid: they are shown as 9+ ("*").
    lines.push(`${`${status} (${STATUS_SYMBOLS[status]})`.padEnd(nameWidth)} ${column(totals.map((count) => (count.length > 1 ? '*' : count)))}`);
  }
  const legend = categories.map((category) => `${abbreviate(category)} ${category}`);
  lines.push('', `${Object.entries(STATUS_SYMBOLS).map(([status, symbol]) => `${symbol} ${status}`).join('  ')}  (totals: * = 10 or more)`);
  let row = '';
  for (const item of legend) {
    if (row.length + item.length + 3 > width) {
      lines.push(row);
      row = '';
    }
    row += row ? ` · ${item}` : item;
  }
  if (row) lines.push(row);
  return `${lines.join('\n')}\n`;
}
