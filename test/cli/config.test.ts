import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/model/index.js';
import { ROOT, runCli } from './run-cli.js';

const AGREEMENTS = join(ROOT, 'fixtures/agreements');
const BREAK_FIX = join(AGREEMENTS, 'break-fix-terms.pdf');
const UK_MSA = join(AGREEMENTS, 'uk-managed-services.docx');

/** A project folder with a configuration file (and any other files). */
function project(config: string | undefined, files: Record<string, string> = {}): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'contract-audit-project-')));
  if (config !== undefined) writeFileSync(join(root, '.contract-audit.yaml'), config);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const noStack = /\n\s+at .+:\d+:\d+/;

describe('configuration file: effect on the audit', () => {
  it('chooses the profile, which decides the exit code', async () => {
    const msp = project('packs: [core]\n');
    expect((await runCli([BREAK_FIX, '-q'], {}, msp)).code).toBe(1);
    const breakFix = project('packs: [core]\nprofile: break-fix\n');
    const result = await runCli([BREAK_FIX, '-q', '-f', 'json'], {}, breakFix);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as AuditReport).ruleset).toMatchObject({ name: 'core', profile: 'break-fix' });
  });

  it('sets failOn, and a flag on the command line wins over it', async () => {
    const root = project('packs: [core]\nfailOn: ambiguous\n');
    expect((await runCli([UK_MSA, '-q'], {}, root)).code).toBe(1);
    expect((await runCli([UK_MSA, '-q', '--fail-on', 'missing'], {}, root)).code).toBe(0);
    // Without the file, the default (missing) applies.
    expect((await runCli([UK_MSA, '-q', '--no-config', '--pack', 'core'], {}, root)).code).toBe(0);
  });

  it('is found from a sub-folder, and --config reads another file', async () => {
    const root = project('packs: [core]\nprofile: break-fix\n', { 'deep/sub/keep.txt': '', 'settings/strict.yaml': 'packs: [core]\nprofile: msp\n' });
    expect((await runCli([BREAK_FIX, '-q'], {}, join(root, 'deep/sub'))).code).toBe(0);
    expect((await runCli([BREAK_FIX, '-q', '--config', 'settings/strict.yaml'], {}, root)).code).toBe(1);
  });

  it('judges documents under a paths entry with that entry\'s rules, in one report', async () => {
    const root = project(['packs: [core, liability]', 'overrides:', '  criminal-acts-exclusion: {severity: minor}', 'paths:', '  - match: "ndas/**"', '    packs: [core]', '    overrides: {scope-of-services-defined: {enabled: false}}', ''].join('\n'));
    mkdirSync(join(root, 'ndas'));
    copyFileSync(join(AGREEMENTS, 'mutual-nda.pdf'), join(root, 'ndas/mutual-nda.pdf'));
    copyFileSync(join(AGREEMENTS, 'one-page-agreement.pdf'), join(root, 'one-page-agreement.pdf'));
    const result = await runCli(['.', '-q', '-f', 'json'], {}, root);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as AuditReport;
    expect(report.ruleset).toEqual({ name: 'core+liability', profile: 'msp', rules: 11 });
    const rules = (path: string): Record<string, string> => {
      const document = report.documents.find((item) => item.path === path);
      return document?.status === 'audited' ? Object.fromEntries(document.findings.map((finding) => [finding.ruleId, finding.severity])) : {};
    };
    expect(rules('ndas/mutual-nda.pdf')).toEqual({ 'responsibilities-allocated': 'critical', 'criminal-acts-exclusion': 'minor', 'unpurchased-services-excluded': 'critical', 'confidentiality-mutual': 'major' });
    expect(Object.keys(rules('one-page-agreement.pdf'))).toHaveLength(11);
    expect(rules('one-page-agreement.pdf')['criminal-acts-exclusion']).toBe('minor');
  });
});

describe('configuration errors', () => {
  it('stop the run with exit code 2 and file:line:col, and a "did you mean"', async () => {
    const root = project('packs: [core]\nfailOn: ambigous\nprofle: msp\n', { 'sub/keep.txt': '' });
    for (const args of [[BREAK_FIX, '-q'], ['config', 'print']]) {
      const result = await runCli(args, {}, join(root, 'sub'));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${root}/.contract-audit.yaml:2:9: 'failOn' must be one of missing, ambiguous, none, not 'ambigous' - did you mean 'ambiguous'?\n`);
      expect(result.stderr).toContain(`${root}/.contract-audit.yaml:3:1: unknown key 'profle' in the configuration - did you mean 'profile'?`);
      expect(result.stderr).toContain('contract-audit: the configuration has 2 problems');
      expect(result.stderr).not.toMatch(noStack);
      expect(result.stdout).toBe('');
    }
  });

  it('report unknown rule ids against the loaded rules', async () => {
    const root = project('overrides:\n  criminal-act-exclusion: {severity: minor}\nwaivers:\n  - {rule: insurence, reason: accepted}\n');
    const result = await runCli([BREAK_FIX, '-q'], {}, root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${root}/.contract-audit.yaml:2:3: override of unknown rule 'criminal-act-exclusion' - did you mean 'criminal-acts-exclusion'?`);
    expect(result.stderr).toContain(`${root}/.contract-audit.yaml:4:12: waiver of unknown rule or category 'insurence' - did you mean 'insurance'?`);
  });

  it('are skipped with --no-config; a missing --config file is one', async () => {
    const root = project('failOn: [not, valid]\n');
    expect((await runCli([UK_MSA, '-q', '--pack', 'core', '--no-config'], {}, root)).code).toBe(0);
    const missing = await runCli([UK_MSA, '-q', '--config', 'nope.yaml'], {}, root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml:1:1: cannot read configuration file: file not found');
  });
});

describe('contract-audit init', () => {
  it('writes a starter that the next audit uses', async () => {
    const root = project(undefined);
    const init = await runCli(['init'], {}, root);
    expect(init.code).toBe(0);
    const path = join(root, '.contract-audit.yaml');
    const written = readFileSync(path, 'utf8');
    expect(init.stdout).toBe(`Wrote ${path}:\n\n${written}`);
    expect(written.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/contract-audit/schemas/config.schema.json');
    writeFileSync(path, written.replace('profile: msp', 'profile: break-fix').replace('# packs: [core, liability, data, operations, boilerplate]', 'packs: [core]'));
    const audit = await runCli([BREAK_FIX, '-q', '-f', 'json'], {}, root);
    expect(audit.code).toBe(0);
    expect((JSON.parse(audit.stdout) as AuditReport).ruleset).toMatchObject({ name: 'core', profile: 'break-fix' });
  });

  it('refuses to replace an existing file unless --force', async () => {
    const root = project('profile: break-fix\n');
    const refused = await runCli(['init'], {}, root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`contract-audit: ${root}/.contract-audit.yaml already exists; edit it, or run init --force to replace it with the starter\n`);
    expect(readFileSync(join(root, '.contract-audit.yaml'), 'utf8')).toBe('profile: break-fix\n');
    const forced = await runCli(['init', '--force'], {}, root);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(root, '.contract-audit.yaml'), 'utf8')).toMatch(/^profile: msp$/m);
  });

  it('refuses next to a .yml file too', async () => {
    const root = project(undefined, { '.contract-audit.yml': 'profile: msp\n' });
    expect((await runCli(['init'], {}, root)).code).toBe(2);
  });
});

describe('contract-audit config print', () => {
  it('prints the settings in effect with their origins: file, flags and defaults', async () => {
    const root = project('profile: break-fix\npacks: [core]\nlimits: {jobs: 2}\n');
    const result = await runCli(['config', 'print', '--severity', 'minor', '--timeout', '5'], {}, root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`# Configuration file: ${root}/.contract-audit.yaml\n`);
    for (const line of ['profile: break-fix # from .contract-audit.yaml', 'packs: [core] # from .contract-audit.yaml', 'severity: minor # from the command line', 'failOn: missing # default', '  timeout: 5 # from the command line', '  jobs: 2 # from .contract-audit.yaml', '  maxPages: 2000 # default']) {
      expect(result.stdout.split('\n')).toContain(line);
    }
  });

  it('says when no file was found or none was read', async () => {
    const root = project(undefined);
    const none = await runCli(['config', 'print', '--no-config'], {}, root);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('# No configuration file read.\n');
    expect(none.stdout).toContain('profile: msp # default\n');
  });
});
