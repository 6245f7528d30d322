import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

// The CI workflow end to end, in a git repository built here: a template is committed and
// locked; an edit deletes its criminal-acts exclusion; the baseline run must fail and say so in
// every output format; restoring the clause, or accepting the gap with a waiver, must pass; an
// expired waiver must fail; and `diff` between the two commits must show the loss.
// The template's two criminal-acts provisions: an exclusion and a security disclaimer.
const CLAUSE = '(c) unauthorized access, hacking, ransomware, malware, phishing, business email compromise, fraud or other criminal acts of third parties;\n';
const DISCLAIMER = ' Client acknowledges that no security measure is infallible and that Provider does not guarantee that intrusions or attacks will be prevented.';
const RULE = 'criminal-acts-exclusion';
// Folders are scanned for PDF and DOCX; the team's configuration adds Markdown templates.
const CONFIG = 'include: ["*.md", "*.docx"]\n';

let repo = '';
const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Legal', GIT_AUTHOR_EMAIL: 'legal@example.com', GIT_COMMITTER_NAME: 'Legal', GIT_COMMITTER_EMAIL: 'legal@example.com' } });
const original = readFileSync(join(ROOT, 'fixtures/agreements/us-msp-msa.md'), 'utf8');
const audit = (...args: string[]): ReturnType<typeof runCli> => runCli(['templates', '--quiet', '--no-color', ...args], {}, repo);
const read = (name: string): string => readFileSync(join(repo, name), 'utf8');

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'contract-audit-repo-'));
  git('init', '--quiet', '--initial-branch=main');
  mkdirSync(join(repo, 'templates'));
  writeFileSync(join(repo, 'templates/msa.md'), original);
  writeFileSync(join(repo, 'templates/nda.docx'), readFileSync(join(ROOT, 'fixtures/agreements/mutual-nda.docx')));
  writeFileSync(join(repo, '.contract-audit.yaml'), CONFIG);
  git('add', '.');
  git('commit', '--quiet', '-m', 'Templates');
  const locked = await runCli(['lock', 'templates', '--quiet'], {}, repo);
  expect(locked.stderr).toBe('');
  expect(locked.code).toBe(0);
  git('add', 'contract-audit.lock.json');
  git('commit', '--quiet', '-m', 'Lock the accepted state of the templates');
});

describe('a template that loses a key clause in git', () => {
  it('passes against its own lock, although the NDA has gaps the lock accepts', async () => {
    const lock = JSON.parse(read('contract-audit.lock.json')) as { documents: Record<string, { rules: Record<string, { status: string }> }> };
    expect(lock.documents['templates/msa.md']?.rules[RULE]?.status).toBe('present');
    expect(Object.values(lock.documents['templates/nda.docx']?.rules ?? {}).some((rule) => rule.status === 'missing')).toBe(true);
    const result = await audit('--baseline', 'contract-audit.lock.json');
    expect(result.code).toBe(0);
    // Without the lock, the NDA's gaps fail as usual.
    expect((await audit()).code).toBe(1);
  });

  it('fails once the clause is deleted, naming the finding in every format', async () => {
    expect(original).toContain(CLAUSE);
    expect(original).toContain(DISCLAIMER);
    writeFileSync(join(repo, 'templates/msa.md'), original.replace(CLAUSE, '').replace(DISCLAIMER, ''));
    git('commit', '--quiet', '-am', 'Shorten the liability clause');
    const result = await audit('--baseline', 'contract-audit.lock.json', '--format', 'terminal', '--format', 'json=out/report.json', '--format', 'sarif=out/report.sarif', '--format', 'junit=out/report.xml', '--format', 'markdown=out/summary.md', '--format', 'github=out/annotations.txt');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(RULE);
    expect(result.stderr).toMatch(new RegExp(`templates/msa\\.md: ${RULE} (lost|weakened)`));

    const json = JSON.parse(read('out/report.json')) as { documents: Array<{ path: string; findings: Array<{ ruleId: string; status: string }> }> };
    const finding = json.documents.find((document) => document.path === 'templates/msa.md')?.findings.find((item) => item.ruleId === RULE);
    expect(finding?.status).toBe('missing');

    const sarif = JSON.parse(read('out/report.sarif')) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarif.runs[0]?.results.some((item) => item.ruleId === RULE && item.locations[0]?.physicalLocation.artifactLocation.uri === 'templates/msa.md')).toBe(true);

    const junit = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(read('out/report.xml')) as { testsuites: { testsuite: Array<{ '@_name': string; testcase: Array<{ '@_name': string; failure?: unknown }> }> } };
    const suite = junit.testsuites.testsuite.find((item) => item['@_name'] === 'templates/msa.md');
    expect(suite?.testcase.find((item) => item['@_name'].startsWith(RULE))?.failure).toBeDefined();
    // The NDA's gaps are accepted in the lock: no failures there, as the exit code says.
    const nda = junit.testsuites.testsuite.find((item) => item['@_name'] === 'templates/nda.docx');
    expect(nda?.testcase.length).toBeGreaterThan(10);
    expect(nda?.testcase.filter((item) => item.failure !== undefined)).toEqual([]);

    expect(read('out/summary.md')).toContain(RULE);
    expect(read('out/annotations.txt')).toMatch(new RegExp(`^::(error|warning) file=templates/msa\\.md.*${RULE}`, 'm'));
  });

  it('shows the loss in `diff` between the two commits', async () => {
    writeFileSync(join(repo, 'old.md'), git('show', 'HEAD~1:templates/msa.md'));
    const result = await runCli(['diff', 'old.md', 'templates/msa.md', '--no-color'], {}, repo);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`(LOST|WEAKENED) +critical +${RULE}`));
    expect(result.stdout).toContain('hacking, ransomware');
    const json = JSON.parse((await runCli(['diff', 'old.md', 'templates/msa.md', '--format', 'json'], {}, repo)).stdout) as { protections: Array<{ ruleId: string; change: string }> };
    expect(json.protections.find((item) => item.ruleId === RULE)?.change).toMatch(/lost|weakened/);
  });

  it('honours a waiver for the gap, and fails once the waiver has expired', async () => {
    const waiver = (expires: string): string => `${CONFIG}waivers:\n  - rule: ${RULE}\n    path: "templates/msa.md"\n    reason: "Liability schedule under negotiation"\n    expires: ${expires}\n`;
    writeFileSync(join(repo, '.contract-audit.yaml'), waiver('2999-12-31'));
    const waived = await audit('--baseline', 'contract-audit.lock.json', '--format', 'json');
    expect(waived.code).toBe(0);
    const finding = (JSON.parse(waived.stdout) as { documents: Array<{ path: string; findings: Array<{ ruleId: string; waiver?: { reason: string } }> }> }).documents.find((document) => document.path === 'templates/msa.md')?.findings.find((item) => item.ruleId === RULE);
    expect(finding?.waiver?.reason).toBe('Liability schedule under negotiation');

    writeFileSync(join(repo, '.contract-audit.yaml'), waiver('2020-01-31'));
    const expired = await audit('--baseline', 'contract-audit.lock.json');
    expect(expired.code).toBe(1);
    expect(expired.stderr).toContain('expired on 2020-01-31');
  });

  it('passes again once the clause is restored, and --update-baseline records improvements', async () => {
    writeFileSync(join(repo, '.contract-audit.yaml'), CONFIG);
    git('revert', '--no-edit', 'HEAD');
    expect((await audit('--baseline', 'contract-audit.lock.json')).code).toBe(0);
    expect((await audit('--baseline', 'contract-audit.lock.json', '--strict-baseline')).code).toBe(0);
    // Deleting the NDA leaves the lock stale: fine normally, a failure with --strict-baseline.
    git('rm', '--quiet', 'templates/nda.docx');
    expect((await audit('--baseline', 'contract-audit.lock.json')).code).toBe(0);
    expect((await audit('--baseline', 'contract-audit.lock.json', '--strict-baseline')).code).toBe(1);
    expect((await audit('--baseline', 'contract-audit.lock.json', '--update-baseline')).code).toBe(0);
    expect(Object.keys((JSON.parse(read('contract-audit.lock.json')) as { documents: object }).documents)).toEqual(['templates/msa.md']);
    expect((await audit('--baseline', 'contract-audit.lock.json', '--strict-baseline')).code).toBe(0);
  });
});
