import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverInputs } from '../../src/audit/discover.js';

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
