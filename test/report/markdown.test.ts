import { describe, expect, it } from 'vitest';
import type { AuditReport, AuditedDocumentReport } from '../../src/model/index.js';
import { FORMATTERS } from '../../src/report/index.js';
import { MARKDOWN_LIMIT, formatMarkdown } from '../../src/report/markdown.js';
import { ciReport, finding, smallReport } from './ci-report.js';

/** Cells of a table row: split at pipes that are not backslash-escaped. */
const cells = (row: string): string[] => row.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`### ${heading}`);
  if (start < 0) return '';
  const end = markdown.indexOf('\n### ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** `count` documents with one failing finding each, every message long. */
function huge(count: number): AuditReport {
  const documents: AuditedDocumentReport[] = Array.from({ length: count }, (_, index) => ({
    path: `contracts/${String(index).padStart(4, '0')}-${'long name '.repeat(30)}.pdf`,
    format: 'pdf',
    sha256: 'x',
    status: 'audited',
    categories: { 'criminal-acts': 'missing', confidentiality: 'present' },
    findings: [finding('criminal-acts-exclusion', 'criminal-acts', 'missing', 'critical', { message: 'No exclusion. '.repeat(200), nearMisses: [{ text: 'Acts of God. '.repeat(100), line: 7, reason: 'Names no crime.' }] })],
  }));
  return { ...smallReport(), documents, summary: { ...smallReport().summary, documents: count, audited: count, unreadable: 0, missing: count } };
}

describe('formatMarkdown', () => {
  const markdown = formatMarkdown(ciReport());

  it('opens with the verdict, the tool and the policy', () => {
    const [title, , about] = markdown.split('\n');
    expect(title).toBe('## ❌ 3 protections fail the policy in 2 of 4 documents; 1 could not be read');
    expect(about).toBe('contract-audit 1.2.3 · rules core (profile msp) · missing or indeterminate protections of severity major or critical fail the run');
    expect(formatMarkdown(smallReport()).split('\n')[0]).toBe('## ❌ 1 protection fails the policy in 1 of 2 documents; 1 could not be read');
    const clean: AuditReport = { ...smallReport(), documents: [{ path: 'a.pdf', format: 'pdf', sha256: 'x', status: 'audited', categories: { c: 'present' }, findings: [finding('r', 'c', 'present', 'critical')] }] };
    expect(formatMarkdown(clean).split('\n')[0]).toBe('## ✅ No protection fails the policy in 1 document');
    expect(formatMarkdown({ ...clean, documents: [...clean.documents, ...smallReport().documents.slice(1)] }).split('\n')[0]).toBe('## ❌ No protection fails the policy, but 1 of 2 documents could not be read');
  });

  it('counts documents, failing findings and statuses in a table', () => {
    const table = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.includes('---')).slice(0, 2);
    expect(table.map(cells)).toEqual([
      ['documents', 'audited', 'unreadable', 'failing', 'missing', 'indeterminate', 'ambiguous', 'present'],
      ['4', '3', '1', '3', '3', '1', '2', '2'],
    ]);
  });

  it('draws a matrix of the categories with a gap anywhere, worst document first, with escaped paths', () => {
    const rows = section(markdown, 'Gaps by document').split('\n').filter((line) => line.startsWith('|'));
    expect(rows.map(cells)).toEqual([
      ['document', 'verdict', 'SC', 'CR', 'CF', 'DB', 'GL'],
      ['---', '---', ':-:', ':-:', ':-:', ':-:', ':-:'],
      ['contracts/scan.pdf', 'unreadable (NO_TEXT)', '', '', '', '', ''],
      ['contracts/acme msa.pdf', '❌ 2 failing', '', '✗', '✓', '?', '\\~'],
      ['contracts/Q1 deals/\\<b\\>"O\'Neil" \\& Co \\| v2: 100%, final.pdf', '❌ 1 failing', '✗', '', '\\~', '', ''],
      ['contracts/tidy.pdf', '✅', '', '✗', '✓', '', ''],
    ]);
    expect(markdown).not.toContain('\u0007');
    expect(section(markdown, 'Gaps by document')).toContain('SC scope-of-services · CR criminal-acts');
  });

  it('leaves out categories present everywhere', () => {
    const report = ciReport();
    for (const document of report.documents) if (document.status === 'audited') document.categories['entire-agreement'] = 'present';
    expect(section(formatMarkdown(report), 'Gaps by document')).not.toContain('EA');
    expect(section(formatMarkdown(report), 'Gaps by document')).toContain('DB');
  });

  it('lists the failing findings with reason, location and remediation, and the unreadable documents', () => {
    const failing = section(markdown, 'Failing protections');
    const items = failing.split('\n').filter((line) => line.startsWith('- '));
    expect(items).toEqual([
      '- **contracts/Q1 deals/\\<b\\>"O\'Neil" \\& Co \\| v2: 100%, final.pdf** · `scope-described` scope-described title: ✗ missing, major',
      '- **contracts/acme msa.pdf** · `criminal-acts-exclusion` No liability for criminal acts: ✗ missing, critical',
      '- **contracts/acme msa.pdf** · `data-backup-duty` data-backup-duty title: ? indeterminate, major',
    ]);
    expect(failing).toContain('  - Why: No \\<scope\\> \\& "services" clause. Second line: 50%, done\n');
    expect(failing).toContain('  - Closest: "Neither party is liable for delays caused by acts of God." (p. 3 · 12. Force majeure · line 77) did not count: A force-majeure clause that names no criminal acts.\n');
    expect(failing).toContain('  - Fix: Add an exclusion naming hacking, malware and fraud.');
    expect(failing).not.toContain('governing-law-named');
    expect(failing).not.toContain('tidy.pdf');
    expect(section(markdown, 'Unreadable documents')).toContain('- **contracts/scan.pdf**: NO_TEXT, this PDF has no text layer: run OCR first');
    expect(markdown.trimEnd().endsWith('3 other gaps (below the policy threshold or waived) are in the full report.')).toBe(true);
  });

  it('follows the fail policy', () => {
    const strict = formatMarkdown(ciReport(), { failPolicy: { failOn: 'ambiguous', severity: 'minor' } });
    expect(strict.split('\n')[0]).toBe('## ❌ 5 protections fail the policy in 2 of 4 documents; 1 could not be read');
    expect(strict).toContain('ambiguous protections of any severity fail the run');
    expect(formatMarkdown(ciReport(), { failPolicy: { failOn: 'none', severity: 'minor' } })).not.toContain('### Failing protections');
  });

  it('stays under the comment limit by cutting the lists', () => {
    const long = formatMarkdown(huge(3000));
    expect(long.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    const shown = section(long, 'Failing protections').split('\n').filter((line) => line.startsWith('- **')).length;
    expect(shown).toBeGreaterThan(5);
    expect(long).toContain(`…and ${3000 - shown} more (see the full report)`);
    expect(section(long, 'Gaps by document')).toContain('…and 2950 more documents (see the full report)');
    expect(formatMarkdown(ciReport())).not.toContain('more (see the full report)');
  });

  it('is byte-identical for the same report in any order, and registered', () => {
    const shuffled = ciReport();
    shuffled.documents.reverse();
    for (const document of shuffled.documents) if (document.status === 'audited') document.findings.reverse();
    expect(formatMarkdown(ciReport())).toBe(markdown);
    expect(formatMarkdown(shuffled)).toBe(markdown);
    expect(FORMATTERS.markdown?.(ciReport(), { color: false, width: 80 })).toBe(markdown);
  });
});
