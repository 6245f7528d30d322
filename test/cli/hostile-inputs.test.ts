import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/model/index.js';
import { ROOT, runCli } from './run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'contract-audit-hostile-'));

/** A zip whose entries are deflated as given: enough of a DOCX for the sniffer and the size check. */
function zip(entries: Array<{ name: string; data: Buffer; stored?: boolean }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, stored } of entries) {
    const compressed = stored ? data : deflateRawSync(data);
    const method = stored ? 0 : 8;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A valid PDF with `count` empty pages, written object by object with a correct xref table. */
function manyPagePdf(count: number): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${count} /Kids [${Array.from({ length: count }, (_, index) => `${index + 3} 0 R`).join(' ')}] >>`,
    ...Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body);
}

async function auditJson(args: string[]): Promise<{ code: number; report: AuditReport; stderr: string }> {
  const result = await runCli(['--format', 'json', ...args]);
  return { code: result.code, report: JSON.parse(result.stdout) as AuditReport, stderr: result.stderr };
}

describe('oversized inputs are refused with TOO_LARGE under documented limits', () => {
  it('refuses a 200 MB file without reading it (default limit 50 MiB)', async () => {
    const big = join(work, 'archive.pdf');
    writeFileSync(big, '%PDF-1.4\n');
    truncateSync(big, 200 * 1024 * 1024); // sparse: costs no disk and must cost no memory
    const { code, report } = await auditJson([big]);
    expect(code).toBe(3);
    expect(report.documents[0]).toMatchObject({ status: 'unreadable', error: { code: 'TOO_LARGE', message: expect.stringMatching(/200\.0 MiB, over the 50 MiB limit; raise it with --max-file-size/) } });
  });

  it('refuses a 10,000-page PDF under the default page limit (2000)', async () => {
    const path = join(work, 'ten-thousand-pages.pdf');
    writeFileSync(path, manyPagePdf(10_000));
    const { report } = await auditJson([path]);
    expect(report.documents[0]).toMatchObject({ status: 'unreadable', error: { code: 'TOO_LARGE', message: 'this PDF has 10000 pages, over the 2000-page limit; raise it with --max-pages if this is really one agreement' } });
  });

  it('refuses a PDF with more pages than --max-pages', async () => {
    const { report } = await auditJson(['--max-pages', '3', 'fixtures/agreements/us-msp-msa.pdf']);
    expect(report.documents[0]).toMatchObject({ status: 'unreadable', error: { code: 'TOO_LARGE', message: expect.stringMatching(/has \d+ pages, over the 3-page limit/) } });
  });

  it('refuses a DOCX decompression bomb before inflating it', async () => {
    const bomb = join(work, 'bomb.docx');
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    writeFileSync(bomb, zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: zeros }]));
    expect(readFileSync(bomb).length).toBeLessThan(200 * 1024); // tiny on disk
    const byRatio = await auditJson([bomb]);
    expect(byRatio.report.documents[0]).toMatchObject({ status: 'unreadable', error: { code: 'TOO_LARGE', message: expect.stringMatching(/decompression bomb/) } });
    const bySize = await auditJson(['--max-inflated-size', '10', bomb]);
    expect(bySize.report.documents[0]).toMatchObject({ error: { code: 'TOO_LARGE', message: expect.stringMatching(/inflate to 64 MiB, over the 10 MiB limit/) } });
  });
});

describe('formats that cannot be read are named, with what to do', () => {
  it('reports a password-protected Word file (an OLE container) as unsupported', async () => {
    const encrypted = join(work, 'protected.docx');
    writeFileSync(encrypted, Buffer.concat([readFileSync(join(ROOT, 'fixtures/broken/legacy.doc')), Buffer.from('EncryptedPackage', 'utf16le')]));
    const { report } = await auditJson([encrypted]);
    expect(report.documents[0]).toMatchObject({ error: { code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(/password-protected.*save it again as \.docx/) } });
  });
});

describe('other formats are named, with the conversion to make', () => {
  // OpenDocument stores its mimetype uncompressed first, as real .odt files do.
  const odt = zip([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text'), stored: true }, { name: 'content.xml', data: Buffer.from('<office:document-content/>') }]);
  it.each([
    { name: 'terms.rtf', bytes: Buffer.from('{\\rtf1\\ansi Terms of service}'), message: /RTF is not supported: save it as \.docx or PDF/ },
    { name: 'terms.odt', bytes: odt, message: /OpenDocument \(\.odt\) is not supported: save it as \.docx or PDF/ },
    { name: 'scan.png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), message: /an image, not a document: run OCR/ },
    { name: 'scan.pdf', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]), message: /an image, not a document/ },
  ])('$name -> UNSUPPORTED_FORMAT', async ({ name, bytes, message }) => {
    const path = join(work, name);
    writeFileSync(path, bytes);
    const { code, report } = await auditJson([path]);
    expect(code).toBe(3);
    expect(report.documents[0]).toMatchObject({ status: 'unreadable', error: { code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(message) } });
  });
});

describe('folder scans survive odd file systems', () => {
  const root = join(work, 'clients folder');
  mkdirSync(join(root, 'acme ltd'), { recursive: true });
  copyFileSync(join(ROOT, 'fixtures/agreements/mutual-nda.pdf'), join(root, 'acme ltd', 'nda signed.pdf'));
  writeFileSync(join(root, 'acme ltd', '~$nda signed.docx'), 'lock');
  symlinkSync(root, join(root, 'acme ltd', 'loop'));
  // A name that is not UTF-8 at all (Latin-1 "namé.pdf"), created through a Buffer path.
  writeFileSync(Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0x62, 0xe9, 0x2e, 0x70, 0x64, 0x66])]), 'x');

  it('audits paths with spaces, skips lock files, reports a link loop and a non-UTF-8 name, and goes on', async () => {
    const { code, report } = await auditJson([root]);
    expect(code).toBe(3);
    const byPath = Object.fromEntries(report.documents.map((document) => [document.path.slice(root.length + 1), document]));
    expect(byPath['acme ltd/nda signed.pdf']?.status).toBe('audited');
    expect(Object.keys(byPath).some((path) => path.includes('~$'))).toBe(false);
    expect(byPath['acme ltd/loop']).toMatchObject({ status: 'unreadable', error: { code: 'READ_ERROR', message: expect.stringMatching(/symbolic link loop/) } });
    expect(report.documents.some((document) => document.status === 'unreadable' && /not valid UTF-8/.test(document.error.message))).toBe(true);
  });
});

describe('rule files from elsewhere cannot hang or crash the tool', () => {
  const rule = (pattern: string): string =>
    `pack: risky\nrules:\n  - id: r\n    category: c\n    title: T\n    severity: major\n    why: W\n    remediation: R\n    present:\n      - match: '${pattern}'\n`;

  it('refuses a pattern with catastrophic backtracking when the file is loaded, quickly', async () => {
    const path = join(work, 'redos.yaml');
    writeFileSync(path, rule('(a+)+$'));
    const started = Date.now();
    const result = await runCli(['fixtures/agreements/us-msp-msa.md', '--rules', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/redos\.yaml:10:16: pattern '\(a\+\)\+\$' repeats a group that itself repeats without bound/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it.each([
    { name: 'an alias bomb', source: 'pack: x\nrules: []\nterms:\n  a: &a {any: ["x", "x", "x"]}\n  b: &b {any: [*a, *a, *a, *a]}\n  c: {any: [*b, *b, *b, *b]}\n', message: /bad\.yaml:5:16: aliases \(\*a\) are not allowed in rule files/ },
    { name: 'a duplicate key', source: 'pack: x\npack: y\nrules: []\n', message: /:2:1: Map keys must be unique/ },
    { name: 'a syntax error', source: 'pack: x\nrules: [\n', message: /:\d+:\d+: / },
  ])('refuses $name with file:line:col and exit code 2', async ({ source, message }) => {
    const path = join(work, 'bad.yaml');
    writeFileSync(path, source);
    const result = await runCli(['fixtures/agreements/us-msp-msa.md', '--rules', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('refuses a 50 MB rule file without parsing it', async () => {
    const path = join(work, 'huge.yaml');
    writeFileSync(path, `pack: huge\nrules: []\n# ${'x'.repeat(50 * 1024 * 1024)}\n`);
    const result = await runCli(['rules', 'validate', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/huge\.yaml:1:1: rule file is 50\.0 MiB, over the 5 MiB limit/);
  });
});

describe('an interrupted run', () => {
  it('exits 130 and leaves no report, not even a partial one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-interrupt-'));
    const output = join(folder, 'report.json');
    const child = spawn(process.execPath, [join(ROOT, 'bin/contract-audit.js'), 'fixtures/corpus/docs', 'fixtures/corpus/docs', '--format', 'json', '-o', output], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted; no report was written/);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('a document that takes too long', () => {
  it('is reported as TIMEOUT, its worker is ended, and the run finishes', async () => {
    const started = Date.now();
    const { code, report } = await auditJson(['--no-cache', '--timeout', '0.001', '--jobs', '2', 'fixtures/agreements/us-msp-msa.pdf', 'fixtures/agreements/saas-terms.docx']);
    expect(code).toBe(3);
    for (const document of report.documents) expect(document).toMatchObject({ status: 'unreadable', error: { code: 'TIMEOUT', message: expect.stringMatching(/took longer than 0\.001 s.*--timeout/) } });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('gives the same report with workers as the default run', async () => {
    const quick = await runCli(['--format', 'json', 'fixtures/agreements', '--jobs', '3']);
    const slow = await runCli(['--format', 'json', 'fixtures/agreements', '--jobs', '1', '--timeout', '120']);
    expect(quick.stdout).toBe(slow.stdout);
  });
});
