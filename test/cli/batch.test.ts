import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/model/index.js';
import { ROOT, runCli } from './run-cli.js';

// A folder tree like an MSP's contract archive.
const root = mkdtempSync(join(tmpdir(), 'contract-audit-batch-'));
const fixture = (name: string): string => join(ROOT, 'fixtures/agreements', name);
mkdirSync(join(root, 'clients/acme/old'), { recursive: true });
mkdirSync(join(root, 'clients/globex'), { recursive: true });
mkdirSync(join(root, 'drafts'), { recursive: true });
copyFileSync(fixture('us-msp-msa.pdf'), join(root, 'clients/acme/msa.pdf'));
copyFileSync(fixture('one-page-agreement.docx'), join(root, 'clients/acme/old/2019.docx'));
copyFileSync(fixture('saas-terms.pdf'), join(root, 'clients/globex/terms.pdf'));
copyFileSync(fixture('mutual-nda.md'), join(root, 'clients/globex/nda.md'));
copyFileSync(fixture('break-fix-terms.pdf'), join(root, 'drafts/draft.pdf'));
writeFileSync(join(root, '.contract-auditignore'), '# drafts are not signed yet\ndrafts/\n');
writeFileSync(join(root, 'clients/acme/.contract-auditignore'), 'old/\n');

const paths = async (args: string[]): Promise<string[]> => {
  const report = JSON.parse((await runCli(['--format', 'json', '--pack', 'core', ...args])).stdout) as AuditReport;
  return report.documents.map((document) => document.path.slice(root.length + 1));
};

describe('choosing files in a folder', () => {
  it('honours .contract-auditignore files at every level and scans PDF and DOCX by default', async () => {
    expect(await paths([root])).toEqual(['clients/acme/msa.pdf', 'clients/globex/terms.pdf']);
  });

  it('audits only --include matches (any extension) and skips --exclude matches', async () => {
    expect(await paths([root, '--include', '*.md', '--include', '*.pdf'])).toEqual(['clients/acme/msa.pdf', 'clients/globex/nda.md', 'clients/globex/terms.pdf']);
    expect(await paths([root, '--exclude', 'clients/globex/**'])).toEqual(['clients/acme/msa.pdf']);
  });

  it('expands a quoted glob itself', async () => {
    const report = JSON.parse((await runCli(['--format', 'json', '--pack', 'core', `${root}/clients/*/*.pdf`])).stdout) as AuditReport;
    expect(report.documents.map((document) => document.path.slice(root.length + 1))).toEqual(['clients/acme/msa.pdf', 'clients/globex/terms.pdf']);
  });
});

describe('portfolio outputs', () => {
  it('--summary prints the portfolio matrix worst first and the summary, without the details', async () => {
    const { stdout } = await runCli([root, '--summary', '--pack', 'core']);
    expect(stdout).toMatch(/^Portfolio\n/);
    expect(stdout).not.toMatch(/MISSING \(/);
    const rows = stdout.split('\n').filter((line) => line.includes(root.slice(-10)) || line.includes('terms.pdf') || line.includes('msa.pdf'));
    expect(rows[0]).toMatch(/terms\.pdf/); // saas terms miss a critical protection; the MSA misses none
    expect(stdout).toMatch(/Summary: 2 documents · 2 audited/);
  });

  it('--format csv gives one row per document and finding', async () => {
    const { stdout, code } = await runCli([root, '--format', 'csv', '--pack', 'core']);
    expect(code).toBe(1);
    const rows = stdout.trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^path,format,document_status,error_code,category,status,rule_id,severity,message,evidence,page,section,line$/);
    expect(rows).toHaveLength(1 + 2 * 5);
    expect(rows.filter((row) => row.includes(',criminal-acts,'))).toHaveLength(2);
  });
});

describe('extraction cache', () => {
  it('gives the same report from a warm cache, and --no-cache bypasses it', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'contract-audit-cache-'));
    const cold = await runCli([root, '--format', 'json', '--cache', cache]);
    const warm = await runCli([root, '--format', 'json', '--cache', cache]);
    const none = await runCli([root, '--format', 'json', '--no-cache']);
    expect(warm.stdout).toBe(cold.stdout);
    expect(none.stdout).toBe(cold.stdout);
  });

  it('keeps the compiled rule packs, so a run over new documents reads its rules from the cache', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'contract-audit-cache-'));
    const cold = await runCli([root, '--format', 'json', '--cache', cache]);
    const entries = (): string[] => readdirSync(cache, { recursive: true }).map(String);
    const packs = entries().filter((name) => name.endsWith('.bin'));
    expect(packs).toHaveLength(readdirSync(join(ROOT, 'rules')).filter((name) => name.endsWith('.yaml')).length);
    // Documents and verdicts gone, compiled packs kept: everything is judged again with them.
    for (const name of entries()) if (name.endsWith('.json')) rmSync(join(cache, name));
    const again = await runCli([root, '--format', 'json', '--cache', cache]);
    expect(again.stdout).toBe(cold.stdout);
    expect(entries().filter((name) => name.endsWith('.bin'))).toEqual(packs);
  });
});

describe('extraction cache and passwords', () => {
  it('never lets a decrypted document be read from the cache without the password', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'contract-audit-cache-'));
    const opened = await runCli(['fixtures/broken/encrypted.pdf', '--format', 'json', '--cache', cache, '--password', 'secret']);
    expect((JSON.parse(opened.stdout) as AuditReport).documents[0]?.status).toBe('audited');
    const again = await runCli(['fixtures/broken/encrypted.pdf', '--format', 'json', '--cache', cache]);
    expect((JSON.parse(again.stdout) as AuditReport).documents[0]).toMatchObject({ status: 'unreadable', error: { code: 'ENCRYPTED' } });
  });
});

describe('shards and merge', () => {
  it('splits a batch into disjoint shards whose merge equals the whole run, byte for byte', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-shards-'));
    const part = (name: string): string => join(folder, name);
    const whole = await runCli(['fixtures/agreements', '--pack', 'core', '-f', 'json', '-o', part('all.json')]);
    const first = await runCli(['fixtures/agreements', '--pack', 'core', '--shard', '1/3', '-f', 'json', '-o', part('1.json')]);
    await runCli(['fixtures/agreements', '--pack', 'core', '--shard', '2/3', '-f', 'json', '-o', part('2.json')]);
    await runCli(['fixtures/agreements', '--pack', 'core', '--shard', '3/3', '-f', 'json', '-o', part('3.json')]);
    const merged = await runCli(['merge', part('1.json'), part('2.json'), part('3.json'), '-f', 'json', '-o', part('merged.json')]);
    expect(merged.code).toBe(whole.code);
    expect(readFileSync(part('merged.json'), 'utf8')).toBe(readFileSync(part('all.json'), 'utf8'));
    const sizes = ['1.json', '2.json', '3.json'].map((name) => (JSON.parse(readFileSync(part(name), 'utf8')) as AuditReport).documents.length);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(12); // six agreements as PDF and DOCX
    expect(first.code).toBeLessThanOrEqual(1);
  });

  it('renders any format from merged reports and refuses overlapping or foreign ones', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-shards-'));
    const report = join(folder, 'r.json');
    await runCli(['fixtures/agreements/mutual-nda.md', '-f', 'json', '-o', report]);
    const overlap = await runCli(['merge', report, report]);
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toMatch(/appears in both/);
    writeFileSync(join(folder, 'other.json'), '{"hello": 1}');
    expect((await runCli(['merge', join(folder, 'other.json')])).stderr).toMatch(/not a contract-audit JSON report/);
    expect((await runCli(['merge', report, '--format', 'csv'])).stdout).toMatch(/^path,format,/);
    expect((await runCli(['fixtures/agreements', '--shard', '3/2'])).code).toBe(2);
  });
});

describe('an archive with every hazard at once', () => {
  const archive = mkdtempSync(join(tmpdir(), 'contract-audit-archive-'));
  mkdirSync(join(archive, 'clients/initech/2023'), { recursive: true });
  mkdirSync(join(archive, 'clients/umbrella'), { recursive: true });
  mkdirSync(join(archive, 'scratch'), { recursive: true });
  copyFileSync(fixture('uk-managed-services.pdf'), join(archive, 'clients/initech/2023/msa.pdf'));
  copyFileSync(fixture('uk-managed-services.pdf'), join(archive, 'clients/umbrella/msa copy.pdf')); // a duplicate
  copyFileSync(fixture('saas-terms.docx'), join(archive, 'clients/umbrella/terms.docx'));
  copyFileSync(join(ROOT, 'fixtures/broken/truncated.pdf'), join(archive, 'clients/umbrella/half-downloaded.pdf'));
  copyFileSync(fixture('mutual-nda.pdf'), join(archive, 'scratch/ignored.pdf'));
  writeFileSync(join(archive, 'clients/umbrella/~$terms.docx'), 'lock');
  writeFileSync(join(archive, '.contract-auditignore'), 'scratch/\n');
  symlinkSync(join(archive, 'clients'), join(archive, 'clients/initech/back-to-clients'));

  it('audits what it should, reports what it cannot, and gives the same JSON and CSV for any --jobs', async () => {
    const runs = await Promise.all(['1', '4'].flatMap((jobs) => ['json', 'csv'].map((format) => runCli([archive, '--pack', 'core', '--no-cache', '--jobs', jobs, '--format', format]))));
    const [json1, csv1, json4, csv4] = runs;
    expect(json4?.stdout).toBe(json1?.stdout);
    expect(csv4?.stdout).toBe(csv1?.stdout);
    expect(json1?.code).toBe(3);
    const report = JSON.parse(json1?.stdout ?? '') as AuditReport;
    const byPath = Object.fromEntries(report.documents.map((document) => [document.path.slice(archive.length + 1), document]));
    expect(Object.keys(byPath)).toEqual([
      'clients/initech/2023/msa.pdf',
      'clients/initech/back-to-clients',
      'clients/umbrella/half-downloaded.pdf',
      'clients/umbrella/msa copy.pdf',
      'clients/umbrella/terms.docx',
    ]);
    expect(byPath['clients/umbrella/half-downloaded.pdf']).toMatchObject({ status: 'unreadable', error: { code: 'CORRUPT' } });
    expect(byPath['clients/initech/back-to-clients']).toMatchObject({ status: 'unreadable', error: { code: 'READ_ERROR' } });
    const duplicate = byPath['clients/umbrella/msa copy.pdf'];
    const original = byPath['clients/initech/2023/msa.pdf'];
    expect(duplicate?.status === 'audited' && original?.status === 'audited' && duplicate.sha256 === original.sha256).toBe(true);
    expect(csv1?.stdout.split('\r\n').filter((row) => row.includes('half-downloaded.pdf'))).toEqual([expect.stringMatching(/,unreadable,CORRUPT,/)]);
  });
});
