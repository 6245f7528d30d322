import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateDocument } from '../../src/engine/index.js';
import { locate, pageAt } from '../../src/engine/locate.js';
import { extractDocument, isExtractionFailure } from '../../src/extract/index.js';
import type { ExtractedDocument } from '../../src/model/index.js';
import { loadRuleSet } from '../../src/ruleset/load.js';
import { textDocument } from './helpers.js';

const TEXT = 'Preamble text.\n\n1. Services\n\nThe Provider will monitor servers.\n\n2. Fees\n\nThe Client shall pay the fees.';

describe('locate in a document without pages', () => {
  let document: ExtractedDocument;
  beforeAll(async () => {
    document = await textDocument(TEXT);
  });

  it.each([
    ['the preamble', 'Preamble', { line: 1 }],
    ['a heading', '1. Services', { line: 2, section: '1. Services' }],
    ['a body sentence', 'monitor servers', { line: 3, section: '1. Services' }],
    ['a later section', 'pay the fees', { line: 5, section: '2. Fees' }],
  ])('maps an offset in %s to its line and section', (_name, part, expected) => {
    expect(locate(document, document.text.indexOf(part))).toEqual(expected);
  });

  it('has no page for a format without pages', () => {
    expect(document.pageStarts).toEqual([]);
    expect('page' in locate(document, document.text.indexOf('pay'))).toBe(false);
  });

  it('adds the page when the document has page starts', () => {
    const paged: ExtractedDocument = { ...document, pages: 2, pageStarts: [0, document.text.indexOf('2. Fees')] };
    expect(locate(paged, document.text.indexOf('monitor'))).toEqual({ page: 1, line: 3, section: '1. Services' });
    expect(locate(paged, document.text.indexOf('pay the fees'))).toEqual({ page: 2, line: 5, section: '2. Fees' });
  });
});

describe('pageAt', () => {
  it.each<[number[], number, number | undefined]>([
    [[], 10, undefined],
    [[0, 100, 200], 0, 1],
    [[0, 100, 200], 99, 1],
    [[0, 100, 200], 100, 2],
    [[0, 100, 200], 5000, 3],
    [[0, 50, 50], 50, 3], // page 2 gave no text
  ])('pageAt(%j, %i) is %s', (starts, offset, expected) => {
    expect(pageAt(starts, offset)).toBe(expected);
  });
});

describe('locate in a multi-page PDF', () => {
  const file = 'fixtures/agreements/us-msp-msa.pdf';
  let document: ExtractedDocument;

  beforeAll(async () => {
    const result = await extractDocument(readFileSync(new URL(`../../${file}`, import.meta.url)), { fileName: 'us-msp-msa.pdf' });
    if (isExtractionFailure(result)) throw new Error(result.message);
    document = result;
  });

  it('is read as a paged document', () => {
    expect(document.format).toBe('pdf');
    expect(document.pages).toBe(8);
    expect(document.pageStarts).toHaveLength(8);
  });

  it('places the criminal-acts evidence on its page, in the liability section, on its line', async () => {
    const finding = evaluateDocument(document, await loadRuleSet({ packs: ['core'] })).findings.find((item) => item.ruleId === 'criminal-acts-exclusion');
    expect(finding?.status).toBe('present');
    const evidence = finding?.evidence[0];
    expect(evidence?.text).toMatch(/^Provider shall not be liable for any loss or damage arising from: \(c\) unauthorized access, hacking, ransomware/);
    expect(evidence?.page).toBe(6);
    expect(evidence?.section).toBe('11. Limitation of Liability');

    // The lead-in sentence really is on that page and that line of the normalised text.
    const leadIn = 'Provider shall not be liable for any loss or damage arising from:';
    const offset = document.text.indexOf(leadIn);
    const page = evidence?.page ?? 0;
    expect(offset).toBeGreaterThanOrEqual(document.pageStarts[page - 1] ?? Infinity);
    expect(offset).toBeLessThan(document.pageStarts[page] ?? document.text.length);
    expect(document.text.split('\n')[(evidence?.line ?? 0) - 1]).toContain(leadIn);
  });

  it('never quotes page 1 (title, parties and contents) and names a numbered section for all evidence', async () => {
    const findings = evaluateDocument(document, await loadRuleSet({ packs: ['core'] })).findings;
    const evidence = findings.flatMap((finding) => finding.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const item of evidence) {
      expect(item.page).toBeGreaterThan(1);
      expect(item.page).toBeLessThanOrEqual(8);
      expect(item.section).toMatch(/^\d+(?:\.\d+)?\.? [A-Z]/);
    }
  });
});
