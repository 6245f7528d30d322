import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/model/index.js';
import { ROOT, runCli } from './run-cli.js';

const ALL_AGREEMENTS = ['fixtures/agreements'];
const ANSI = /\u001b\[/;

function hashTree(folder: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const name of readdirSync(folder, { recursive: true }) as string[]) {
    const path = join(folder, name);
    if (statSync(path).isFile()) hashes[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return hashes;
}

describe('report output', () => {
  it('writes byte-identical JSON across runs and job counts, and sorts documents by path', async () => {
    const one = await runCli([...ALL_AGREEMENTS, 'fixtures/broken', '--format', 'json', '--jobs', '1']);
    const four = await runCli(['fixtures/broken', ...ALL_AGREEMENTS, '--format', 'json', '--jobs', '4']);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(four.stdout).toBe(one.stdout);
    const report = JSON.parse(one.stdout) as AuditReport;
    const paths = report.documents.map((document) => document.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toContain('fixtures/agreements/us-msp-msa.pdf');
    expect(paths.some((path) => path.includes('\\'))).toBe(false);
  });

  it('matches the interface shape', async () => {
    const report = JSON.parse((await runCli(['fixtures/agreements/saas-terms.docx', '--format', 'json', '--pack', 'core'])).stdout) as AuditReport;
    expect(Object.keys(report)).toEqual(['schemaVersion', 'tool', 'ruleset', 'documents', 'summary']);
    expect(report.schemaVersion).toBe(1);
    expect(report.tool.name).toBe('contract-audit');
    expect(report.ruleset).toMatchObject({ profile: 'msp', rules: 5 });
    const document = report.documents[0];
    expect(document && Object.keys(document)).toEqual(['path', 'format', 'sha256', 'status', 'categories', 'findings']);
    const finding = document?.status === 'audited' ? document.findings[0] : undefined;
    expect(finding && Object.keys(finding).slice(0, 8)).toEqual(['ruleId', 'category', 'severity', 'status', 'title', 'message', 'remediation', 'evidence']);
    expect(report.summary).toEqual({ documents: 1, audited: 1, unreadable: 0, present: 3, ambiguous: 1, missing: 1, indeterminate: 0 });
  });

  it('writes --output atomically to a file and prints nothing on stdout', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-'));
    const output = join(folder, 'report.json');
    const result = await runCli(['fixtures/agreements/mutual-nda.pdf', '--format', 'json', '--output', output]);
    expect(result.stdout).toBe('');
    expect((JSON.parse(readFileSync(output, 'utf8')) as AuditReport).documents).toHaveLength(1);
    expect(readdirSync(folder)).toEqual(['report.json']); // no temporary file left behind
  });

  it('never modifies or adds files next to the inputs', async () => {
    const before = hashTree(join(ROOT, 'fixtures'));
    await runCli(['fixtures', '--format', 'json', '--password', 'secret']);
    await runCli(['fixtures/agreements/us-msp-msa.pdf', 'fixtures/broken/encrypted.pdf']);
    expect(hashTree(join(ROOT, 'fixtures'))).toEqual(before);
  });

  it('prints plain text when stdout is not a terminal, colours with FORCE_COLOR, none with --no-color or NO_COLOR', async () => {
    const file = 'fixtures/agreements/one-page-agreement.pdf';
    expect((await runCli([file])).stdout).not.toMatch(ANSI);
    expect((await runCli([file], { FORCE_COLOR: '1' })).stdout).toMatch(ANSI);
    expect((await runCli([file, '--no-color'], { FORCE_COLOR: '1' })).stdout).not.toMatch(ANSI);
    expect((await runCli([file], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toMatch(ANSI);
  });

  it('groups the terminal report missing, then ambiguous, then present, with evidence, reasons and fixes', async () => {
    const { stdout } = await runCli(['fixtures/agreements/uk-managed-services.pdf', '--pack', 'core']);
    expect(stdout).toMatch(/^fixtures\/agreements\/uk-managed-services\.pdf \(PDF, \d+ pages, profile msp\)/);
    const ambiguous = stdout.indexOf('AMBIGUOUS (2)');
    const present = stdout.indexOf('PRESENT (3)');
    expect(ambiguous).toBeGreaterThan(0);
    expect(present).toBeGreaterThan(ambiguous);
    expect(stdout).toMatch(/force-majeure/);
    expect(stdout).toMatch(/— p\. \d+ · 10\. Force majeure · line \d+/);
    expect(stdout).toMatch(/Fix: /);
    expect(stdout).toMatch(/Summary: 1 document · 1 audited · 0 unreadable · 3 present · 2 ambiguous · 0 missing/);
  });

  it('explains a missing protection with the closest passage and why it did not count', async () => {
    const { stdout } = await runCli(['fixtures/agreements/one-page-agreement.pdf']);
    expect(stdout).toMatch(/Closest: "Neither party is liable for delays caused by acts of God/);
    expect(stdout).toMatch(/force-majeure clause that names no criminal or cyber acts/);
  });
});

describe('other commands', () => {
  it('extract prints the normalised text with page markers, headings and contents lines', async () => {
    const { stdout, code } = await runCli(['extract', 'fixtures/agreements/us-msp-msa.pdf']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# fixtures\/agreements\/us-msp-msa\.pdf \(pdf, \d+ pages\)/);
    expect(stdout).toMatch(/--- page 2 ---/);
    expect(stdout).toMatch(/\| \[contents\] /);
    expect(stdout).toMatch(/\| # \d+\. Definitions\s+\[definitions\]/i);
    expect(stdout).toMatch(/unauthorized access/);
    expect(stdout).not.toMatch(/\| CONFIDENTIAL$/m);
  });

  it('extract reports an unreadable file with exit code 3', async () => {
    const result = await runCli(['extract', 'fixtures/broken/scanned.pdf']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/NO_TEXT/);
  });

  it('rules list shows each rule with its profile severity', async () => {
    const msp = await runCli(['rules', 'list']);
    const breakFix = await runCli(['rules', 'list', '--profile', 'break-fix']);
    expect(msp.stdout).toMatch(/criminal-acts-exclusion\s+criminal-acts\s+critical/);
    expect(breakFix.stdout).toMatch(/criminal-acts-exclusion\s+criminal-acts\s+major/);
  });

  it('rules validate accepts the bundled packs and rejects a broken file with file:line:col', async () => {
    expect((await runCli(['rules', 'validate', 'rules/core.yaml'])).code).toBe(0);
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-'));
    const broken = join(folder, 'broken.yaml');
    await import('node:fs').then((fs) => fs.writeFileSync(broken, 'pack: x\nrules:\n  - id: a\n    category: b\n    title: t\n    severity: huge\n    why: w\n    remediation: r\n    present:\n      - match: {regx: foo}\n'));
    const result = await runCli(['rules', 'validate', broken]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${broken}:6:15: 'severity' must be one of critical, major, minor, not 'huge'`);
    expect(result.stderr).toContain(`${broken}:10:17: unknown matcher kind 'regx' - did you mean 'regex'?`);
  });

  it('rules test runs every example of the bundled packs', async () => {
    const result = await runCli(['rules', 'test']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+ passed, 0 failed$/m);
  });
});

describe('explain', () => {
  it('explains a rule by id or category: why, present, ambiguous, fix', async () => {
    const byId = await runCli(['explain', 'criminal-acts-exclusion']);
    expect(byId.code).toBe(0);
    expect(byId.stdout).toMatch(/^No liability for criminal acts of third parties .* \(criminal-acts-exclusion\)$/m);
    expect(byId.stdout).toMatch(/Severity: msp: critical, break-fix: major/);
    for (const heading of ['Why it matters', 'Counts as present', 'Counts as ambiguous', 'How to fix a gap']) expect(byId.stdout).toContain(heading);
    expect(byId.stdout).toMatch(/force-majeure/);
    expect((await runCli(['explain', 'criminal-acts'])).stdout).toBe(byId.stdout);
  });

  it('refuses an unknown id with a suggestion and exit code 2', async () => {
    const result = await runCli(['explain', 'criminal']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no rule or category 'criminal' - did you mean 'criminal-acts-exclusion'\?/);
  });
});

describe('rules eval', () => {
  it('measures the bundled rules on the labelled fixtures and gates on --min-accuracy', async () => {
    const result = await runCli(['rules', 'eval', 'fixtures/agreements', '--labels', 'fixtures/sources/labels.yaml', '--min-accuracy', '100']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^criminal-acts: accuracy 100\.0% \(18\/18\)/m);
    expect(result.stdout).toMatch(/^Core five: accuracy 100\.0% \(90\/90\), gap precision 100\.0%, gap recall 100\.0%$/m);
  });

  it('lists disagreements and fails the gate when labels disagree', async () => {
    const labels = join(mkdtempSync(join(tmpdir(), 'contract-audit-')), 'labels.yaml');
    await import('node:fs').then((fs) => fs.writeFileSync(labels, 'documents:\n  mutual-nda:\n    confidentiality: {status: missing}\n    scope-of-services: {status: missing}\n'));
    const result = await runCli(['rules', 'eval', 'fixtures/agreements', '--labels', labels, '--ext', 'md', '--min-accuracy', '90']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('mutual-nda.md  confidentiality: expected missing, got present');
    expect(result.stdout).toMatch(/^Overall: accuracy 50\.0% \(1\/2\)/m);
  });
});
