import { copyFileSync, mkdirSync, mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../src/audit/audit-file.js';
import { discoverInputs } from '../../src/audit/discover.js';
import { DEFAULT_LIMITS } from '../../src/audit/read-input.js';
import { loadRuleSet } from '../../src/ruleset/index.js';

describe('discoverInputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'contract-audit-discover-'));
  mkdirSync(join(root, 'clients', 'acme'), { recursive: true });
  mkdirSync(join(root, '.hidden'));
  for (const name of ['clients/acme/msa.pdf', 'clients/acme/~$msa.docx', 'clients/b.docx', 'clients/notes.txt', '.hidden/x.pdf', 'z.PDF']) writeFileSync(join(root, name), 'x');

  it('walks folders for PDF and DOCX, skipping hidden files and Word lock files, sorted', async () => {
    const { files, problems } = await discoverInputs([root]);
    expect(problems).toEqual([]);
    expect(files.map((file) => file.display.slice(root.length + 1))).toEqual(['clients/acme/msa.pdf', 'clients/b.docx', 'z.PDF']);
  });

  it('keeps a named file whatever its extension, and reports a missing path', async () => {
    const { files, problems } = await discoverInputs([join(root, 'clients/notes.txt'), join(root, 'nope.pdf')]);
    expect(files.map((file) => file.absolute)).toEqual([join(root, 'clients/notes.txt')]);
    expect(problems).toEqual([{ display: join(root, 'nope.pdf'), message: 'no such file or folder' }]);
  });
});

describe('a file that vanishes between discovery and reading', () => {
  it('is reported for itself as READ_ERROR while the others are audited', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-vanish-'));
    copyFileSync(new URL('../../fixtures/agreements/mutual-nda.md', import.meta.url), join(folder, 'kept.md'));
    writeFileSync(join(folder, 'gone.pdf'), '%PDF-1.4');
    writeFileSync(join(folder, 'kept.pdf'), '%PDF-1.4');
    const { files } = await discoverInputs([folder]);
    unlinkSync(join(folder, 'gone.pdf'));
    const ruleSet = await loadRuleSet({ packs: ['core'] });
    const reports = await Promise.all(files.map((file) => auditFile(file, ruleSet, { limits: DEFAULT_LIMITS })));
    expect(reports.find((report) => report.path.endsWith('gone.pdf'))).toMatchObject({ status: 'unreadable', error: { code: 'READ_ERROR', message: 'cannot read the file: no such file or folder' } });
    expect(reports.find((report) => report.path.endsWith('kept.pdf'))?.status).toBe('unreadable'); // a stub, but read
    expect(await auditFile({ absolute: join(folder, 'kept.md'), display: 'kept.md' }, ruleSet, { limits: DEFAULT_LIMITS })).toMatchObject({ status: 'audited' });
  });
});
