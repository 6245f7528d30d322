import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseLine } from '../../src/extract/normalise.js';
import { readPlainText } from '../../src/extract/plain-text.js';
import type { RawDocument, RawLine } from '../../src/extract/raw-line.js';
import { segment } from '../../src/extract/segment.js';
import type { ExtractedDocument, Sentence } from '../../src/model/index.js';

/** 1-based page holding a character offset, from the document's page starts. */
function pageOf(document: ExtractedDocument, offset: number): number {
  let page = 0;
  document.pageStarts.forEach((start, index) => {
    if (start <= offset) page = index + 1;
  });
  return page;
}

const fromText = (text: string): ExtractedDocument => segment(readPlainText(text, 'text'), 'text');
const fromMarkdown = (text: string): ExtractedDocument => segment(readPlainText(text, 'markdown'), 'markdown');
const kinds = (document: ExtractedDocument): Array<[string, string]> => document.blocks.map((block) => [block.kind, block.text]);

/** Structural invariants every segmented document must keep. */
function expectConsistent(document: ExtractedDocument): void {
  expect(document.text).toBe(document.blocks.map((block) => block.text).join('\n'));
  document.blocks.forEach((block, index) => {
    expect(document.text.slice(block.start, block.end)).toBe(block.text);
    expect(block.text).not.toContain('\n');
    if (index > 0) expect(block.start).toBe((document.blocks[index - 1]?.end ?? 0) + 1);
    const section = document.sections[block.section];
    expect(section).toBeDefined();
    expect(section?.start).toBeLessThanOrEqual(block.start);
    expect(section?.end).toBeGreaterThanOrEqual(block.end);
    if (block.kind === 'heading') expect(section?.start).toBe(block.start);
  });
  document.sentences.forEach((sentence) => {
    const block = document.blocks[sentence.block];
    expect(block?.kind === 'paragraph' || block?.kind === 'list-item').toBe(true);
    expect(sentence.section).toBe(block?.section);
    expect(sentence.start).toBeGreaterThanOrEqual(0);
    expect(sentence.end).toBeLessThanOrEqual(document.text.length);
    expect(sentence.start).toBeLessThan(sentence.end);
  });
  for (let i = 1; i < document.pageStarts.length; i++) {
    expect(document.pageStarts[i]).toBeGreaterThanOrEqual(document.pageStarts[i - 1] ?? 0);
  }
}

describe('segment', () => {
  describe('paged input', () => {
    const raw: RawDocument = {
      lines: [
        { text: 'Managed Services Agreement', page: 1, breakBefore: true },
        { text: '11. Limitation of Liability', page: 1, breakBefore: true },
        { text: 'Provider is not liable for loss caused by unauthor-', page: 1, breakBefore: true },
        { text: 'ised access to Client systems.', page: 2 },
        { text: '11.2 Each party\u2019s total liability is capped at the fees paid.', page: 2 },
        { text: '12. Insurance', page: 3, breakBefore: true },
        { text: 'The Provider shall maintain cyber insurance.', page: 3, breakBefore: true },
      ],
      pages: 4,
      unreadablePages: [{ page: 4, reason: 'no text layer (scanned or image-only page)' }],
    };
    const document = segment(raw, 'pdf');

    it('rejoins a word hyphenated across the page break into one block', () => {
      expect(kinds(document)).toEqual([
        ['heading', 'Managed Services Agreement'],
        ['heading', '11. Limitation of Liability'],
        ['paragraph', 'Provider is not liable for loss caused by unauthorised access to Client systems.'],
        ['paragraph', "11.2 Each party's total liability is capped at the fees paid."],
        ['heading', '12. Insurance'],
        ['paragraph', 'The Provider shall maintain cyber insurance.'],
      ]);
    });

    it('starts each page where its first character lands in the text', () => {
      expect(document.pageStarts).toEqual([0, document.text.indexOf('ised access'), document.text.indexOf('12. Insurance'), document.text.length]);
    });

    it.each([
      ['Managed Services', 1],
      ['Provider is not liable', 1],
      ['unauthor', 1],
      ['ised access', 2],
      ['Client systems.', 2],
      ['11.2 Each party', 2],
      ['12. Insurance', 3],
      ['cyber insurance', 3],
    ])('maps the offset of %j to page %i', (fragment, page) => {
      const offset = document.text.indexOf(fragment);
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(pageOf(document, offset)).toBe(page);
    });

    it('passes the format, page count and unreadable pages through', () => {
      expect(document.format).toBe('pdf');
      expect(document.pages).toBe(4);
      expect(document.unreadablePages).toEqual([{ page: 4, reason: 'no text layer (scanned or image-only page)' }]);
    });

    it('is internally consistent', () => {
      expectConsistent(document);
    });
  });

  describe('unpaged input', () => {
    it('has no page count and no page starts', () => {
      const document = fromText('Fees are payable monthly.');
      expect(document.pages).toBeUndefined();
      expect(document.pageStarts).toEqual([]);
      expect(document.unreadablePages).toEqual([]);
    });

    it('produces an empty document from no lines', () => {
      const document = segment({ lines: [], unreadablePages: [] }, 'text');
      expect(document).toMatchObject({ text: '', blocks: [], sections: [], sentences: [] });
    });
  });

  describe('structure', () => {
    const document = fromText([
      'MANAGED SERVICES AGREEMENT',
      '',
      'This Agreement is made between Harbor Systems Inc. ("Provider") and Delta Freight Ltd. ("Client").',
      '',
      '1. Definitions',
      '',
      'In this Agreement the following terms apply.',
      '',
      '"Services" means the managed IT services in Schedule 1. "Fees" means the charges in',
      'Schedule 2.',
      '',
      '2. Services',
      '',
      '2.1 Monitoring',
      '',
      'The Provider shall monitor the Covered Devices. Alerts are triaged during Business Hours.',
    ].join('\n'));

    it('tells headings from paragraphs', () => {
      expect(document.blocks.map((block) => [block.kind, block.level, block.text.slice(0, 20)])).toEqual([
        ['heading', 1, 'MANAGED SERVICES AGR'],
        ['paragraph', undefined, 'This Agreement is ma'],
        ['heading', 1, '1. Definitions'],
        ['paragraph', undefined, 'In this Agreement th'],
        ['paragraph', undefined, '"Services" means the'],
        ['heading', 1, '2. Services'],
        ['heading', 2, '2.1 Monitoring'],
        ['paragraph', undefined, 'The Provider shall m'],
      ]);
    });

    it('gives the definitions section its kind and nests sub-clauses', () => {
      expect(document.sections.map((section) => [section.heading, section.kind, section.parent])).toEqual([
        ['MANAGED SERVICES AGREEMENT', 'body', null],
        ['1. Definitions', 'definitions', null],
        ['2. Services', 'body', null],
        ['2.1 Monitoring', 'body', 2],
      ]);
    });

    it('splits sentences and flags definitions', () => {
      expect(document.sentences.map((sentence) => [sentence.text, sentence.section, sentence.definition])).toEqual([
        ['This Agreement is made between Harbor Systems Inc. ("Provider") and Delta Freight Ltd. ("Client").', 0, false],
        ['In this Agreement the following terms apply.', 1, false],
        ['"Services" means the managed IT services in Schedule 1.', 1, true],
        ['"Fees" means the charges in Schedule 2.', 1, true],
        ['The Provider shall monitor the Covered Devices.', 3, false],
        ['Alerts are triaged during Business Hours.', 3, false],
      ]);
    });

    it('locates every sentence by its offsets', () => {
      for (const sentence of document.sentences) expect(document.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    });

    it('is internally consistent', () => {
      expectConsistent(document);
    });
  });

  describe('contents', () => {
    const document = fromText([
      'Terms of Service',
      '',
      'Contents',
      '',
      '1. Definitions',
      '2. Services',
      '3. Limitation of Liability',
      '',
      '1. Definitions',
      '',
      '"Services" means the hosted services.',
      '',
      '2. Services',
      '',
      'The Provider shall host the Client applications.',
    ].join('\n'));

    it('marks the entries under a contents heading and ends the contents at the repeated heading', () => {
      expect(kinds(document)).toEqual([
        ['heading', 'Terms of Service'],
        ['heading', 'Contents'],
        ['toc', '1. Definitions'],
        ['toc', '2. Services'],
        ['toc', '3. Limitation of Liability'],
        ['heading', '1. Definitions'],
        ['paragraph', '"Services" means the hosted services.'],
        ['heading', '2. Services'],
        ['paragraph', 'The Provider shall host the Client applications.'],
      ]);
    });

    it('makes no sentences from contents entries or headings', () => {
      expect(document.sentences.map((sentence) => sentence.text)).toEqual(['"Services" means the hosted services.', 'The Provider shall host the Client applications.']);
    });

    it('is internally consistent', () => {
      expectConsistent(document);
    });
  });

  describe('lead-ins and list items', () => {
    const document = fromText([
      '11. Limitation of Liability',
      '',
      'Liability is limited as follows. Provider is not liable for:',
      '',
      '(a) hardware failure;',
      '',
      '(b) outages of third-party vendors; or',
      '',
      '(c) ransomware, malware or other criminal acts of third parties.',
      '',
      '11.2 The cap is the fees paid in the previous 12 months.',
      '',
      '(d) This item follows a paragraph without a lead-in.',
    ].join('\n'));
    const joined = (sentence: Sentence): boolean => sentence.text !== document.text.slice(sentence.start, sentence.end);

    it('joins the lead-in with each of its list items', () => {
      expect(document.sentences.filter(joined).map((sentence) => sentence.text)).toEqual([
        'Provider is not liable for: (a) hardware failure;',
        'Provider is not liable for: (b) outages of third-party vendors; or',
        'Provider is not liable for: (c) ransomware, malware or other criminal acts of third parties.',
      ]);
    });

    it('places a joined sentence from the lead-in to the end of the list item', () => {
      const leadIn = document.sentences.find((sentence) => sentence.text === 'Provider is not liable for:');
      const itemIndex = document.blocks.findIndex((block) => block.text.startsWith('(c) ransomware'));
      const item = document.blocks[itemIndex];
      const sentence = document.sentences.find((candidate) => joined(candidate) && candidate.text.includes('ransomware'));
      expect(sentence).toMatchObject({ start: leadIn?.start, end: item?.end, block: itemIndex, section: item?.section, definition: false });
    });

    it('keeps the items\' own sentences as well', () => {
      const own = document.sentences.filter((sentence) => !joined(sentence)).map((sentence) => sentence.text);
      expect(own).toEqual([
        'Liability is limited as follows.',
        'Provider is not liable for:',
        '(a) hardware failure;',
        '(b) outages of third-party vendors; or',
        '(c) ransomware, malware or other criminal acts of third parties.',
        '11.2 The cap is the fees paid in the previous 12 months.',
        '(d) This item follows a paragraph without a lead-in.',
      ]);
    });

    it('does not carry a lead-in across a heading', () => {
      const other = fromText('Provider excludes:\n\n12. Insurance\n\n(a) cyber liability cover.');
      expect(other.sentences.map((sentence) => sentence.text)).toEqual(['Provider excludes:', '(a) cyber liability cover.']);
    });

    it('is internally consistent', () => {
      expectConsistent(document);
    });
  });

  describe('document title', () => {
    it("gives the first heading the kind 'title' when every later heading is nested below it", () => {
      const document = fromMarkdown('# Terms and Conditions of Service\n\n## 1. Services\n\nThe Provider shall host the Platform.\n\n## 2. Fees\n\nFees are due monthly.\n');
      expect(document.sections.map((section) => [section.heading, section.kind, section.parent])).toEqual([
        ['Terms and Conditions of Service', 'title', null],
        ['1. Services', 'body', 0],
        ['2. Fees', 'body', 0],
      ]);
      expectConsistent(document);
    });

    it('keeps a first heading as body when a later heading is at its level', () => {
      const document = fromMarkdown('# Terms of Service\n\nThese terms apply.\n\n# Schedule 1\n\nService levels.\n');
      expect(document.sections.map((section) => section.kind)).toEqual(['body', 'body']);
    });
  });

  describe('properties', () => {
    const lineText = fc.constantFrom(
      'MASTER SERVICES AGREEMENT', 'Contents', '1. Definitions', '2. Services .......... 3', '2.1 Monitoring', 'Schedule 1 - Services',
      'The Provider shall monitor the Covered Devices.', 'Provider is not liable for:', '(a) hardware failure;', '(b) ransomware by unauthor-',
      'ised third parties.', 'continued wording of the clause', '"Services" means the managed services.', 'Fees are due. Tax is extra.',
      '\u201CFees\u201D means the charges \u2013 see Schedule 2.', '- nightly backups', '   ', '\u200B', 'Page footer text', 'Limitation of Liability',
    );
    const rawLine = fc.record({ text: lineText, breakBefore: fc.boolean(), pageStep: fc.nat({ max: 2 }) });
    const rawDocument = fc.array(rawLine, { maxLength: 30 }).map((specs): RawDocument => {
      let page = 1;
      const lines = specs.map(({ text, breakBefore, pageStep }): RawLine => {
        page += pageStep === 2 ? 1 : 0;
        return { text, page, ...(breakBefore ? { breakBefore: true } : {}) };
      });
      return { lines, pages: page + 1, unreadablePages: [] };
    });

    it('keeps offsets, sections, sentences and page starts consistent for any paged input', () => {
      fc.assert(fc.property(rawDocument, (raw) => {
        const document = segment(raw, 'pdf');
        expectConsistent(document);
        expect(document.pageStarts).toHaveLength(raw.pages ?? 0);
        if (document.blocks.length > 0) expect(document.pageStarts[0]).toBe(0);
        expect(document.pageStarts.at(-1)).toBe(document.text.length);
      }));
    });

    it('puts the first character of every line on the page the line came from', () => {
      fc.assert(fc.property(rawDocument, (raw) => {
        const document = segment(raw, 'pdf');
        // Each normalised line appears in order; find it from the previous position and check its page.
        let from = 0;
        for (const line of raw.lines) {
          const text = normaliseLine(line.text);
          // Empty lines vanish, and a trailing hyphen may be removed when the next line is joined.
          if (text === '' || text.endsWith('-')) continue;
          const at = document.text.indexOf(text, from);
          expect(at).toBeGreaterThanOrEqual(0);
          expect(pageOf(document, at)).toBe(line.page);
          from = at + text.length;
        }
      }));
    });
  });
});
