import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const badRules = join(mkdtempSync(join(tmpdir(), 'contract-audit-')), 'bad.yaml');
writeFileSync(badRules, 'pack: mine\nrules:\n  - id: my-rule\n    category: scope-of-services\n    sevrity: major\n');

// The exit-code contract: 0 clean, 1 findings at the threshold, 2 usage/rules error, 3 unreadable input.
const table: Array<{ name: string; args: string[]; code: number; stderr?: RegExp }> = [
  { name: 'every protection present', args: ['fixtures/agreements/us-msp-msa.pdf'], code: 0 },
  { name: 'a critical protection missing', args: ['fixtures/agreements/one-page-agreement.pdf'], code: 1 },
  { name: 'missing findings but --fail-on none', args: ['fixtures/agreements/one-page-agreement.pdf', '--fail-on', 'none'], code: 0 },
  { name: 'only ambiguous findings, default threshold', args: ['fixtures/agreements/uk-managed-services.docx', '--pack', 'core'], code: 0 },
  { name: 'only ambiguous findings, --fail-on ambiguous', args: ['fixtures/agreements/uk-managed-services.docx', '--pack', 'core', '--fail-on', 'ambiguous'], code: 1 },
  { name: 'missing only at minor severity (break-fix profile)', args: ['fixtures/agreements/break-fix-terms.pdf', '--pack', 'core', '--profile', 'break-fix'], code: 0 },
  { name: 'missing at minor with --severity minor', args: ['fixtures/agreements/break-fix-terms.pdf', '--pack', 'core', '--profile', 'break-fix', '--severity', 'minor'], code: 1 },
  { name: 'an unknown bundled pack', args: ['fixtures/agreements/us-msp-msa.pdf', '--pack', 'nope'], code: 2, stderr: /unknown bundled pack 'nope'/ },
  { name: 'an unreadable input among readable ones', args: ['fixtures/agreements/us-msp-msa.pdf', 'fixtures/broken/scanned.pdf'], code: 3 },
  { name: 'unreadable beats failing findings', args: ['fixtures/agreements/one-page-agreement.pdf', 'fixtures/broken/empty.pdf'], code: 3 },
  { name: 'a file that does not exist', args: ['fixtures/agreements/no-such-file.pdf'], code: 3 },
  { name: 'a broken rule file', args: ['fixtures/agreements/us-msp-msa.pdf', '--rules', badRules], code: 2, stderr: /bad\.yaml:5:5: unknown key 'sevrity' in a rule - did you mean 'severity'\?/ },
  { name: 'rule file error beats unreadable input', args: ['fixtures/broken/empty.pdf', '--rules', badRules], code: 2 },
  { name: 'an unknown option', args: ['fixtures/agreements/us-msp-msa.pdf', '--no-such-option'], code: 2, stderr: /unknown option/ },
  { name: 'an unknown profile', args: ['fixtures/agreements/us-msp-msa.pdf', '--profile', 'nope'], code: 2, stderr: /unknown profile 'nope' \(known: msp, break-fix\)/ },
  { name: 'an invalid --fail-on value', args: ['fixtures/agreements/us-msp-msa.pdf', '--fail-on', 'sometimes'], code: 2 },
  { name: 'no paths at all', args: [], code: 2 },
  { name: '--help', args: ['--help'], code: 0 },
  { name: '--version', args: ['--version'], code: 0 },
];

describe('exit codes', () => {
  it.each(table)('$name -> $code', async ({ args, code, stderr }) => {
    const result = await runCli(args);
    expect(result.code).toBe(code);
    if (stderr) expect(result.stderr).toMatch(stderr);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
  });
});
