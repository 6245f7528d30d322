import { describe, expect, it } from 'vitest';
import type { AuditReport, AuditedDocumentReport } from '../../src/model/index.js';
import { FORMATTERS } from '../../src/report/index.js';
import { ANNOTATION_LIMIT, formatGithub } from '../../src/report/github.js';
import { HOSTILE_PATH, ciReport, finding, smallReport } from './ci-report.js';

const lines = (text: string): string[] => text.split('\n').filter(Boolean);

const unescape = (text: string): string => text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => String.fromCharCode(Number.parseInt(code, 16)));

/** A workflow command read back as GitHub reads it: level, properties split at "," and "=", message. */
function annotation(line: string): { level: string; file?: string; line?: string; title?: string; message: string } {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties = Object.fromEntries((match[2] ?? '').split(',').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]));
  return { level: match[1] ?? '', ...properties, message: unescape(match[3] ?? '') };
}

/** A report with `failing` missing critical findings and `warnings` ambiguous minor ones, over five documents. */
function manyGaps(failing: number, warnings: number): AuditReport {
  const documents: AuditedDocumentReport[] = [];
  for (let index = 0; index < 5; index++) documents.push({ path: `contracts/doc-${index}.pdf`, format: 'pdf', sha256: 'x', status: 'audited', categories: {}, findings: [] });
  for (let index = 0; index < failing + warnings; index++) {
    const status = index < failing ? 'missing' : 'ambiguous';
    documents[index % 5]!.findings.push(finding(`rule-${String(index).padStart(3, '0')}`, 'c', status, index < failing ? 'critical' : 'minor'));
  }
  return { ...smallReport(), documents };
}

describe('formatGithub', () => {
  it('writes one error per failing finding and unreadable document, located at the closest passage', () => {
    expect(formatGithub(smallReport())).toBe([
      '::error file=contracts/acme.pdf,line=77,title=No liability for criminal acts [criminal-acts-exclusion]::Missing (critical): No clause excludes liability for criminal acts of third parties.%0AClosest (p. 3 · 12. Force majeure · line 77): "Neither party is liable for acts of God." did not count: Names no criminal acts.%0AFix: Add an exclusion naming hacking, malware and fraud.',
      '::error file=contracts/scan.pdf,title=Unreadable document (NO_TEXT)::this PDF has no text layer',
      '',
    ].join('\n'));
  });

  it('puts failing findings first as errors, other gaps as warnings, by path then rule, leaving waived gaps out', () => {
    const output = lines(formatGithub(ciReport())).map(annotation);
    expect(output.map(({ level, file, line, title }) => [level, file, line, title])).toEqual([
      ['error', HOSTILE_PATH, undefined, 'scope-described title [scope-described]'],
      ['error', 'contracts/acme msa.pdf', '77', 'No liability for criminal acts [criminal-acts-exclusion]'],
      ['error', 'contracts/acme msa.pdf', undefined, 'data-backup-duty title [data-backup-duty]'],
      ['error', 'contracts/scan.pdf', undefined, 'Unreadable document (NO_TEXT)'],
      ['warning', HOSTILE_PATH, '12', 'confidentiality-mutual title [confidentiality-mutual]'],
      ['warning', 'contracts/acme msa.pdf', '120', 'governing-law-named title [governing-law-named]'],
    ]);
    expect(output.map((item) => item.file)).not.toContain('contracts/tidy.pdf');
  });

  it('escapes data and properties so hostile text stays on its line and inside its property', () => {
    const report = ciReport();
    const hostile = report.documents[1] as AuditedDocumentReport;
    hostile.findings[1]!.message = 'Bad\r\n::error file=x::injected, 100%';
    const output = lines(formatGithub(report));
    expect(output.every((line) => /^::(error|warning|notice) /.test(line))).toBe(true);
    const scope = output[0]!;
    expect(scope.startsWith(`::error file=contracts/Q1 deals/<b>"O'Neil" & Co | v2%3A 100%25%2C final\u0007.pdf,title=scope-described title [scope-described]::`)).toBe(true);
    expect(scope).toContain('::Missing (major): No <scope> & "services" clause.%0ASecond line: 50%25, done%0AFix');
    const injected = output.find((line) => line.includes('injected'));
    expect(injected).toContain('Bad%0D%0A::error file=x::injected, 100%25');
    expect(annotation(injected ?? '')).toMatchObject({ level: 'warning', file: HOSTILE_PATH, line: '12' });
    expect(annotation(injected ?? '').message.startsWith('Ambiguous (major): Bad\r\n::error file=x::injected, 100%\nEvidence')).toBe(true);
    // Properties end at the first "::", which must be the real separator.
    expect(injected?.split('::')[1]).toBe(`warning file=${HOSTILE_PATH.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C')},line=12,title=confidentiality-mutual title [confidentiality-mutual]`);
  });

  it('shows at most ten errors and ten warnings, then says how many were left out', () => {
    const output = lines(formatGithub(manyGaps(15, 12)));
    expect(output.filter((line) => line.startsWith('::error '))).toHaveLength(ANNOTATION_LIMIT);
    expect(output.filter((line) => line.startsWith('::warning '))).toHaveLength(ANNOTATION_LIMIT);
    expect(output).toHaveLength(21);
    expect(output[20]).toBe('::notice::5 more errors and 2 more warnings left out: GitHub shows at most 10 of each per step. Read the job summary or the full report for all of them.');
    expect(lines(formatGithub(manyGaps(11, 0))).at(-1)).toBe('::notice::1 more error left out: GitHub shows at most 10 of each per step. Read the job summary or the full report for all of them.');
    expect(lines(formatGithub(manyGaps(10, 10))).some((line) => line.startsWith('::notice'))).toBe(false);
  });

  it('follows the fail policy and writes nothing for a clean report', () => {
    const strict = lines(formatGithub(ciReport(), { failPolicy: { failOn: 'ambiguous', severity: 'minor' } }));
    expect(strict.filter((line) => line.startsWith('::error '))).toHaveLength(6);
    expect(strict.filter((line) => line.startsWith('::warning '))).toHaveLength(0);
    const lenient = lines(formatGithub(ciReport(), { failPolicy: { failOn: 'none', severity: 'critical' } }));
    expect(lenient.filter((line) => line.startsWith('::error '))).toHaveLength(1);
    expect(formatGithub({ ...smallReport(), documents: [] })).toBe('');
  });

  it('is byte-identical for the same report in any order, and registered', () => {
    const text = formatGithub(manyGaps(15, 12));
    const shuffled = manyGaps(15, 12);
    shuffled.documents.reverse();
    for (const document of shuffled.documents) if (document.status === 'audited') document.findings.reverse();
    expect(formatGithub(shuffled)).toBe(text);
    expect(FORMATTERS.github?.(ciReport(), { color: false, width: 80 })).toBe(formatGithub(ciReport()));
  });
});
