import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const sample = (name: string): string => join(ROOT, 'fixtures/agreements', name);

describe('contract-audit diff', () => {
  it('finds nothing changed between a document and itself, in another format', async () => {
    const result = await runCli(['diff', sample('us-msp-msa.md'), sample('us-msp-msa.docx'), '--no-color', '--no-config']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/0 lost, 0 weakened, \d+ changed/);
    expect(result.code).toBe(0);
  });

  it('lists what a weaker agreement lacks, and exits 1', async () => {
    const result = await runCli(['diff', sample('us-msp-msa.md'), sample('one-page-agreement.md'), '--format', 'json', '--no-config']);
    expect(result.code).toBe(1);
    const diff = JSON.parse(result.stdout) as { protections: Array<{ ruleId: string; change: string; before: { status: string } | null }> };
    expect(diff.protections.find((item) => item.ruleId === 'criminal-acts-exclusion')?.change).toMatch(/lost|weakened/);
  });

  it('judges both versions with the rules the configuration chooses', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-diff-'));
    writeFileSync(join(folder, '.contract-audit.yaml'), 'packs: [core]\n');
    const result = await runCli(['diff', sample('us-msp-msa.md'), sample('saas-terms.md'), '--format', 'json'], {}, folder);
    const diff = JSON.parse(result.stdout) as { protections: Array<{ category: string }> };
    expect(new Set(diff.protections.map((item) => item.category))).toEqual(new Set(['scope-of-services', 'responsibilities', 'criminal-acts', 'unpurchased-services', 'confidentiality']));
  });

  it('reports an unreadable version with exit code 3', async () => {
    const result = await runCli(['diff', sample('us-msp-msa.md'), join(ROOT, 'fixtures/broken/empty.pdf'), '--no-config']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/empty\.pdf: unreadable \[EMPTY\]/);
  });
});
