import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/model/index.js';
import { runCli } from './run-cli.js';

const table = [
  { file: 'fixtures/broken/encrypted.pdf', code: 'ENCRYPTED', message: /password/ },
  { file: 'fixtures/broken/scanned.pdf', code: 'NO_TEXT', message: /no text layer.*OCR/ },
  { file: 'fixtures/broken/truncated.pdf', code: 'CORRUPT', message: /damaged or incomplete/ },
  { file: 'fixtures/broken/truncated.docx', code: 'CORRUPT', message: /damaged or incomplete/ },
  { file: 'fixtures/broken/random-bytes.pdf', code: 'CORRUPT', message: /not a valid PDF/ },
  { file: 'fixtures/broken/empty.pdf', code: 'EMPTY', message: /empty/ },
  { file: 'fixtures/broken/blank.txt', code: 'EMPTY', message: /no text/ },
  { file: 'fixtures/broken/legacy.doc', code: 'UNSUPPORTED_FORMAT', message: /save as \.docx/ },
  { file: 'fixtures/no-such-file.pdf', code: 'READ_ERROR', message: /no such file/ },
];

describe('unreadable inputs are reported per file, never as missing protections', () => {
  it('gives each its code and message, and still audits the readable file in the same run', async () => {
    const result = await runCli(['--format', 'json', 'fixtures/agreements/saas-terms.pdf', ...table.map((row) => row.file)]);
    expect(result.code).toBe(3);
    const report = JSON.parse(result.stdout) as AuditReport;
    for (const row of table) {
      const document = report.documents.find((item) => item.path === row.file);
      expect(document?.status, row.file).toBe('unreadable');
      if (document?.status !== 'unreadable') continue;
      expect(document.error.code, row.file).toBe(row.code);
      expect(document.error.message, row.file).toMatch(row.message);
      expect(document).not.toHaveProperty('findings');
    }
    const audited = report.documents.find((item) => item.path === 'fixtures/agreements/saas-terms.pdf');
    expect(audited?.status).toBe('audited');
    expect(report.summary).toMatchObject({ documents: table.length + 1, audited: 1, unreadable: table.length });
  });

  it.each([
    { file: 'fixtures/broken/docx-named.pdf', format: 'docx' },
    { file: 'fixtures/broken/pdf-named.docx', format: 'pdf' },
    { file: 'fixtures/broken/owner-password-only.pdf', format: 'pdf' },
  ])('audits $file by its bytes as $format', async ({ file, format }) => {
    const report = JSON.parse((await runCli(['--format', 'json', file])).stdout) as AuditReport;
    expect(report.documents[0]).toMatchObject({ status: 'audited', format });
  });

  it('audits a partly scanned PDF, listing the unreadable page and never calling a protection missing', async () => {
    const result = await runCli(['--format', 'json', 'fixtures/broken/partly-scanned.pdf']);
    const document = (JSON.parse(result.stdout) as AuditReport).documents[0];
    expect(document?.status).toBe('audited');
    if (document?.status !== 'audited') return;
    expect(document.unreadablePages).toEqual([{ page: 4, reason: 'no text layer: scanned or image-only' }]);
    expect(Object.values(document.categories)).not.toContain('missing');
    expect(document.categories['criminal-acts']).toBe('indeterminate');
    expect(document.categories['scope-of-services']).toBe('present');
    expect(result.code).toBe(1); // an indeterminate critical protection fails like a missing one
  });

  it('opens an encrypted PDF with --password and --password-file', async () => {
    const withPassword = JSON.parse((await runCli(['--format', 'json', '--password', 'secret', 'fixtures/broken/encrypted.pdf'])).stdout) as AuditReport;
    expect(withPassword.documents[0]?.status).toBe('audited');
    const passwordFile = join(mkdtempSync(join(tmpdir(), 'contract-audit-')), 'password.txt');
    writeFileSync(passwordFile, 'secret\n');
    const fromFile = JSON.parse((await runCli(['--format', 'json', '--password-file', passwordFile, 'fixtures/broken/encrypted.pdf'])).stdout) as AuditReport;
    expect(fromFile.documents[0]?.status).toBe('audited');
    const wrong = JSON.parse((await runCli(['--format', 'json', '--password', 'wrong', 'fixtures/broken/encrypted.pdf'])).stdout) as AuditReport;
    expect(wrong.documents[0]).toMatchObject({ status: 'unreadable', error: { code: 'ENCRYPTED' } });
  });

  it('prints an unreadable file in the terminal report with its code, not a list of missing protections', async () => {
    const result = await runCli(['fixtures/broken/scanned.pdf']);
    expect(result.stdout).toMatch(/unreadable \[NO_TEXT\]/);
    expect(result.stdout).not.toMatch(/MISSING/);
  });
});
