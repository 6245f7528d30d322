import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, isExtractionFailure, type ExtractOptions } from '../../src/extract/index.js';
import type { ExtractedDocument, ExtractionFailure } from '../../src/model/index.js';

const fixture = (path: string): URL => new URL(`../../fixtures/${path}`, import.meta.url);

async function extract(path: string, options: Partial<ExtractOptions> = {}): Promise<ExtractedDocument | ExtractionFailure> {
  const bytes = new Uint8Array(await readFile(fixture(path)));
  return extractDocument(bytes, { fileName: path.split('/').pop() ?? path, ...options });
}

async function extractReadable(path: string, options: Partial<ExtractOptions> = {}): Promise<ExtractedDocument> {
  const result = await extract(path, options);
  if (isExtractionFailure(result)) throw new Error(`${path}: ${result.code} ${result.message}`);
  return result;
}

function pageOf(document: ExtractedDocument, offset: number): number {
  let page = 0;
  document.pageStarts.forEach((start, index) => {
    if (start <= offset) page = index + 1;
  });
  return page;
}

const CONTENTS_ENTRIES = [
  '1. Definitions', '2. Managed Services', '3. Provider Responsibilities', '4. Client Responsibilities', '5. Excluded and Additional Services',
  '6. Fees and Payment', '7. Term and Termination', '8. Confidentiality', '9. Client Data and Privacy', '10. Warranties and Disclaimers',
  '11. Limitation of Liability', '12. Indemnification', '13. Insurance', '14. General Provisions',
];

const headingTexts = (document: ExtractedDocument): string[] => document.blocks.filter((block) => block.kind === 'heading').map((block) => block.text);

describe('extractDocument on the US managed-services agreement', () => {
  describe('PDF', () => {
    let document: ExtractedDocument;
    beforeAll(async () => {
      document = await extractReadable('agreements/us-msp-msa.pdf');
    });

    it('reads all eight pages', () => {
      expect(document.format).toBe('pdf');
      expect(document.pages).toBe(8);
      expect(document.pageStarts).toHaveLength(8);
      expect(document.pageStarts[0]).toBe(0);
      expect(document.unreadablePages).toEqual([]);
    });

    it('drops the CONFIDENTIAL stamp and the running footer', () => {
      expect(document.blocks.some((block) => block.text.includes('CONFIDENTIAL'))).toBe(false);
      expect(document.text).not.toMatch(/Provider MSA v3\.2|Page \d/);
    });

    it('rejoins "unauthor-" / "ized" across the page break in a single block', () => {
      const blocks = document.blocks.filter((block) => block.text.includes('unauthorized access, hacking, ransomware'));
      expect(blocks).toHaveLength(1);
      expect(blocks[0]?.kind).toBe('list-item');
      expect(blocks[0]?.text.startsWith('(c) unauthorized access')).toBe(true);
      expect(document.text).not.toMatch(/unauthor-|unauthor ized/);
      const start = blocks[0]?.start ?? -1;
      expect(pageOf(document, start)).toBe(6);
      expect(pageOf(document, start + '(c) unauthor'.length)).toBe(7);
    });

    it('reads the lead-in and the split list item as one sentence', () => {
      expect(document.sentences.map((sentence) => sentence.text)).toContain(
        'Provider shall not be liable for any loss or damage arising from: (c) unauthorized access, hacking, ransomware, malware, phishing, business email compromise, fraud or other criminal acts of third parties;',
      );
    });

    it('marks every contents line as a toc block, and the real clause headings as headings', () => {
      const toc = document.blocks.filter((block) => block.kind === 'toc');
      expect(toc.map((block) => block.text.replace(/ \.+ \d+$/, ''))).toEqual(CONTENTS_ENTRIES);
      expect(headingTexts(document)).toEqual(expect.arrayContaining(CONTENTS_ENTRIES));
      const tocBlockIndexes = new Set(toc.map((block) => document.blocks.indexOf(block)));
      expect(document.sentences.some((sentence) => tocBlockIndexes.has(sentence.block))).toBe(false);
    });

    it('finds the definitions section and nested sub-clauses', () => {
      const definitions = document.sections.find((section) => section.heading === '1. Definitions');
      expect(definitions?.kind).toBe('definitions');
      const services = document.sections.findIndex((section) => section.heading === '2. Managed Services');
      const subClause = document.sections.find((section) => section.heading === '2.1 Services Provided');
      expect(subClause).toMatchObject({ level: 2, parent: services });
    });

    it('keeps every block at its offsets in the text', () => {
      for (const block of document.blocks) expect(document.text.slice(block.start, block.end)).toBe(block.text);
    });

    it('keeps the ALL CAPS disclaimer of clause 10.2 in one block under clause 10', () => {
      const disclaimer = document.blocks.find((block) => block.text.startsWith('10.2 Disclaimer.'));
      expect(disclaimer?.text.endsWith('NON-INFRINGEMENT.')).toBe(true);
      expect(headingTexts(document).some((heading) => heading.startsWith('NO OTHER WARRANTIES'))).toBe(false);
      const clause10 = document.sections.findIndex((section) => section.heading === '10. Warranties and Disclaimers');
      const thirdParty = document.blocks.find((block) => block.text.startsWith('10.3 Third-party products.'));
      expect(thirdParty?.section).toBe(clause10);
    });

    // Fixed regression (pdf.ts, toRawDocument): previously, a short title line gets no break before it when the line above is
    // long ("Contents" after the preamble), or when it opens a page (the break decision is reset at
    // each page, so "Background" at the top of page 2 is not set apart). Both come out as paragraph
    // text ("...("Client"). Contents"). Once pdf.ts is fixed, "Background" also needs the blocks.ts
    // contents fix (see blocks.test.ts), or it is swallowed as a contents entry.
    it('reads the "Contents" and "Background" titles as headings, as in the DOCX', () => {
      expect(headingTexts(document)).toEqual(expect.arrayContaining(['Contents', 'Background']));
    });
  });

  describe('DOCX', () => {
    let document: ExtractedDocument;
    beforeAll(async () => {
      document = await extractReadable('agreements/us-msp-msa.docx');
    });

    it('has no pages', () => {
      expect(document.format).toBe('docx');
      expect(document.pages).toBeUndefined();
      expect(document.pageStarts).toEqual([]);
    });

    it('turns Word heading styles into heading blocks with their levels', () => {
      const headings = document.blocks.filter((block) => block.kind === 'heading').map((block) => [block.text, block.level]);
      expect(headings.slice(0, 6)).toEqual([
        ['Managed Services Master Agreement', 1],
        ['Contents', 1],
        ['Background', 1],
        ['1. Definitions', 1],
        ['2. Managed Services', 1],
        ['2.1 Services Provided', 2],
      ]);
      expect(headings).toHaveLength(3 + CONTENTS_ENTRIES.length + 3);
    });

    it('leaves the page header stamp out of the text', () => {
      expect(document.text).not.toContain('CONFIDENTIAL');
    });

    it('marks the contents entries as toc blocks', () => {
      expect(document.blocks.filter((block) => block.kind === 'toc').map((block) => block.text.replace(/ \.+ \d+$/, ''))).toEqual(CONTENTS_ENTRIES);
    });

    it('keeps the disclaimer and the list item whole', () => {
      expect(document.blocks.filter((block) => block.text.startsWith('(c) unauthorized access'))).toHaveLength(1);
      expect(document.blocks.find((block) => block.text.startsWith('10.2 Disclaimer.'))?.text.endsWith('NON-INFRINGEMENT.')).toBe(true);
    });
  });

  it('reads the Markdown rendering as markdown with the same clause headings', async () => {
    const document = await extractReadable('agreements/us-msp-msa.md');
    expect(document.format).toBe('markdown');
    expect(headingTexts(document)).toEqual(expect.arrayContaining(['Managed Services Master Agreement', ...CONTENTS_ENTRIES, '2.1 Services Provided']));
  });
});

describe('extractDocument on broken files', () => {
  it.each([
    ['broken/encrypted.pdf', 'ENCRYPTED', 'pdf'],
    ['broken/scanned.pdf', 'NO_TEXT', 'pdf'],
    ['broken/truncated.pdf', 'CORRUPT', 'pdf'],
    ['broken/truncated.docx', 'CORRUPT', 'docx'],
  ])('reports %s as %s', async (path, code, format) => {
    expect(await extract(path)).toMatchObject({ code, format, message: expect.any(String) });
  });

  it.each([
    ['broken/empty.pdf', 'EMPTY'],
    ['broken/blank.txt', 'EMPTY'],
    ['broken/legacy.doc', 'UNSUPPORTED_FORMAT'],
    ['broken/random-bytes.pdf', 'CORRUPT'],
  ])('reports %s as %s', async (path, code) => {
    const result = await extract(path);
    expect(isExtractionFailure(result)).toBe(true);
    expect(result).toMatchObject({ code });
  });

  it('explains that a PDF needs a password', async () => {
    expect(await extract('broken/encrypted.pdf')).toMatchObject({ message: expect.stringMatching(/password-protected.*--password/) });
  });

  it.each(['secret', 'owner-secret'])('opens the encrypted PDF with the password %j', async (password) => {
    const document = await extractReadable('broken/encrypted.pdf', { password });
    expect(document.format).toBe('pdf');
    expect(document.blocks[0]).toMatchObject({ kind: 'heading', text: 'Cloud Hosting Agreement' });
    expect(document.text).toContain("Each party shall keep the other party's Confidential Information confidential");
  });

  it('reports a wrong password as ENCRYPTED', async () => {
    expect(await extract('broken/encrypted.pdf', { password: 'not-the-password' })).toMatchObject({
      code: 'ENCRYPTED',
      message: expect.stringMatching(/did not open it/),
    });
  });

  it('reads a partly scanned PDF and lists the image-only page as unreadable', async () => {
    const document = await extractReadable('broken/partly-scanned.pdf');
    expect(document.pages).toBe(4);
    expect(document.unreadablePages).toEqual([{ page: 4, reason: expect.stringMatching(/no text layer/) }]);
    expect(document.pageStarts).toHaveLength(4);
    expect(document.pageStarts[3]).toBe(document.text.length);
  });

  it('reads a PDF with only an owner password without asking for one', async () => {
    const document = await extractReadable('broken/owner-password-only.pdf');
    expect(headingTexts(document)).toContain('2. Confidentiality');
  });

  it('sniffs a DOCX named .pdf as DOCX', async () => {
    const document = await extractReadable('broken/docx-named.pdf');
    expect(document.format).toBe('docx');
    expect(document.blocks[0]).toMatchObject({ kind: 'heading', text: 'IT Support Services Agreement' });
  });

  it('sniffs a PDF named .docx as PDF', async () => {
    const document = await extractReadable('broken/pdf-named.docx');
    expect(document.format).toBe('pdf');
    expect(document.pages).toBe(3);
    expect(document.blocks[0]).toMatchObject({ kind: 'heading', text: 'IT Support Services Agreement' });
  });
});

describe('extractDocument on in-memory text', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('reads Markdown by file name and plain text otherwise', async () => {
    const markdown = await extractDocument(encode('# Terms\n\n## 1. Fees\n\nFees are due monthly.\n'), { fileName: 'terms.md' });
    const text = await extractDocument(encode('# Terms\n\nFees are due monthly.\n'), { fileName: 'terms.txt' });
    expect(markdown).toMatchObject({ format: 'markdown', blocks: [{ kind: 'heading', text: 'Terms' }, { kind: 'heading', text: '1. Fees' }, { kind: 'paragraph' }] });
    expect(text).toMatchObject({ format: 'text', blocks: [{ text: '# Terms' }, { kind: 'paragraph', text: 'Fees are due monthly.' }] });
  });

  it('reports Markdown with nothing but front matter as EMPTY', async () => {
    expect(await extractDocument(encode('---\ntitle: Terms\n---\n\n'), { fileName: 'terms.md' })).toMatchObject({ code: 'EMPTY', format: 'markdown' });
  });
});
