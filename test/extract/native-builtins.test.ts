import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// In a fresh process: the test runner's own process may already have loaded pdf.js.
const PROBE = `
const natives = { push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString };
const { readFileSync } = await import('node:fs');
const { extractDocument } = await import('./dist/index.js');
const seen = [];
for (const file of ['fixtures/agreements/mutual-nda.pdf', 'fixtures/agreements/saas-terms.pdf']) {
  const document = await extractDocument(readFileSync(file), { fileName: file });
  seen.push({ sentences: document.sentences?.length ?? 0, push: Array.prototype.push === natives.push, parse: JSON.parse === natives.parse, toString: Function.prototype.toString === natives.toString });
}
const { PDFParse } = await import('pdf-parse');
console.log(JSON.stringify({ seen, pdfjsPolyfills: typeof Promise.withResolvers === 'function' && typeof PDFParse === 'function' }));
`;

describe('built-ins after reading PDFs', () => {
  it('are the native ones again: pdf.js does not leave script versions of push and JSON.parse behind', () => {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE], { cwd: ROOT, encoding: 'utf8' });
    const result = JSON.parse(output) as { seen: Array<{ sentences: number; push: boolean; parse: boolean; toString: boolean }>; pdfjsPolyfills: boolean };
    expect(result.seen).toHaveLength(2);
    for (const document of result.seen) expect(document).toMatchObject({ push: true, parse: true, toString: true });
    expect(result.seen.every((document) => document.sentences > 10)).toBe(true);
    // What pdf.js adds rather than replaces stays: it needs it.
    expect(result.pdfjsPolyfills).toBe(true);
  });
});
