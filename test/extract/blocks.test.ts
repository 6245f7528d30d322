import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/extract/blocks.js';
import type { RawLine } from '../../src/extract/raw-line.js';

/** Kind and text of each block, the shape most tests care about. */
const outline = (lines: RawLine[]): Array<[string, string]> => buildBlocks(lines).map((block) => [block.kind, block.text]);

describe('buildBlocks', () => {
  describe('paragraphs', () => {
    it('joins wrapped lines into one paragraph and undoes end-of-line hyphenation', () => {
      const lines: RawLine[] = [
        { text: 'The Provider shall keep all administrative', breakBefore: true },
        { text: 'credentials in an encrypted vault and prevent unauthor-' },
        { text: 'ised access to Client systems.' },
      ];
      expect(outline(lines)).toEqual([
        ['paragraph', 'The Provider shall keep all administrative credentials in an encrypted vault and prevent unauthorised access to Client systems.'],
      ]);
    });

    it('normalises each line before joining', () => {
      const lines: RawLine[] = [
        { text: '  \u201CServices\u201D means the managed  ', breakBefore: true },
        { text: 'IT services \u2013 see Schedule 1.' },
      ];
      expect(outline(lines)).toEqual([['paragraph', '"Services" means the managed IT services - see Schedule 1.']]);
    });

    it('starts a new paragraph at a break', () => {
      const lines: RawLine[] = [
        { text: 'Fees are payable monthly.', breakBefore: true },
        { text: 'Overdue amounts bear interest.', breakBefore: true },
      ];
      expect(outline(lines)).toEqual([
        ['paragraph', 'Fees are payable monthly.'],
        ['paragraph', 'Overdue amounts bear interest.'],
      ]);
    });

    it('starts a new paragraph at a clause number even without a break', () => {
      const lines: RawLine[] = [
        { text: '9.1 The Provider shall back up Client data', breakBefore: true },
        { text: 'every night.' },
        { text: '9.2 The Client shall test restores every quarter.' },
      ];
      expect(outline(lines)).toEqual([
        ['paragraph', '9.1 The Provider shall back up Client data every night.'],
        ['paragraph', '9.2 The Client shall test restores every quarter.'],
      ]);
    });

    it('drops lines that normalise to nothing', () => {
      const lines: RawLine[] = [
        { text: '\u200B\u00AD', breakBefore: true },
        { text: 'Fees are payable monthly.', breakBefore: true },
        { text: '   ' },
      ];
      expect(outline(lines)).toEqual([['paragraph', 'Fees are payable monthly.']]);
    });
  });

  describe('headings', () => {
    it('reads numbered and capitalised lines as headings with their levels', () => {
      const lines: RawLine[] = [
        { text: 'GENERAL TERMS', breakBefore: true },
        { text: '11. Limitation of Liability', breakBefore: true },
        { text: '11.1 Exclusions', breakBefore: true },
        { text: 'Neither party is liable for indirect loss.', breakBefore: true },
      ];
      expect(buildBlocks(lines).map((block) => [block.kind, block.level])).toEqual([
        ['heading', 1],
        ['heading', 1],
        ['heading', 2],
        ['paragraph', undefined],
      ]);
    });

    it('reads a numbered line that runs on in lowercase as the start of a paragraph', () => {
      const lines: RawLine[] = [
        { text: '5. Fees payable', breakBefore: true },
        { text: 'monthly in advance are not refundable.' },
      ];
      expect(outline(lines)).toEqual([['paragraph', '5. Fees payable monthly in advance are not refundable.']]);
    });

    it('reads a short title-like line set apart by breaks as a heading', () => {
      const lines: RawLine[] = [
        { text: 'Service Level Agreement', breakBefore: true },
        { text: 'The Provider shall meet the targets below.', breakBefore: true },
      ];
      expect(buildBlocks(lines).map((block) => [block.kind, block.level])).toEqual([
        ['heading', 1],
        ['paragraph', undefined],
      ]);
    });

    it('does not read a title-like line that flows into the next line as a heading', () => {
      const lines: RawLine[] = [
        { text: 'Service Level Agreement', breakBefore: true },
        { text: 'Targets Apply From The Go-Live Date.' },
      ];
      expect(outline(lines)).toEqual([['paragraph', 'Service Level Agreement Targets Apply From The Go-Live Date.']]);
    });

    it('does not read a stand-alone lead-in as a heading', () => {
      const lines: RawLine[] = [
        { text: 'The Client Shall:', breakBefore: true },
        { text: '(a) pay the Fees.', breakBefore: true },
      ];
      expect(outline(lines)).toEqual([
        ['paragraph', 'The Client Shall:'],
        ['list-item', '(a) pay the Fees.'],
      ]);
    });

    it('keeps the wrapped lines of an ALL CAPS disclaimer in one paragraph', () => {
      const lines: RawLine[] = [
        { text: '10.2 Disclaimer. EXCEPT AS EXPRESSLY STATED IN THIS AGREEMENT, PROVIDER MAKES', breakBefore: true },
        { text: 'NO OTHER WARRANTIES, EXPRESS OR IMPLIED, AND DISCLAIMS ALL IMPLIED' },
        { text: 'WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND' },
        { text: 'NON-INFRINGEMENT.' },
      ];
      expect(outline(lines)).toEqual([
        [
          'paragraph',
          '10.2 Disclaimer. EXCEPT AS EXPRESSLY STATED IN THIS AGREEMENT, PROVIDER MAKES NO OTHER WARRANTIES, EXPRESS OR IMPLIED, AND DISCLAIMS ALL IMPLIED WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NON-INFRINGEMENT.',
        ],
      ]);
    });

    // Fixed regression (blocks.ts, continuesCapitals): previously, a capitals line only counts as carrying on the line above
    // when that line contains a comma or ends in a small word; a disclaimer that wraps after any
    // other word ("...WILL BE UNINTERRUPTED") still has its middle line read as a heading.
    it('keeps a wrapped ALL CAPS line whose previous line has no comma', () => {
      const lines: RawLine[] = [
        { text: 'THE PROVIDER MAKES NO WARRANTY THAT THE SERVICES WILL BE UNINTERRUPTED', breakBefore: true },
        { text: 'ERROR-FREE OR SECURE AND THE CLIENT ACCEPTS THAT NETWORK' },
        { text: 'OUTAGES MAY OCCUR.' },
      ];
      expect(outline(lines)).toEqual([
        ['paragraph', 'THE PROVIDER MAKES NO WARRANTY THAT THE SERVICES WILL BE UNINTERRUPTED ERROR-FREE OR SECURE AND THE CLIENT ACCEPTS THAT NETWORK OUTAGES MAY OCCUR.'],
      ]);
    });
  });

  describe('list items', () => {
    it('starts a list item at each marker and joins its wrapped lines', () => {
      const lines: RawLine[] = [
        { text: 'Provider is not liable for:', breakBefore: true },
        { text: '(a) hardware failure, software defects or' },
        { text: 'outages of third-party vendors;' },
        { text: '(b) ransomware or other criminal acts.' },
      ];
      expect(outline(lines)).toEqual([
        ['paragraph', 'Provider is not liable for:'],
        ['list-item', '(a) hardware failure, software defects or outages of third-party vendors;'],
        ['list-item', '(b) ransomware or other criminal acts.'],
      ]);
    });
  });

  describe('styled lines (DOCX, Markdown)', () => {
    it('trusts styles and never joins styled lines', () => {
      const lines: RawLine[] = [
        { text: 'Fees and Payment', style: 'heading', level: 2 },
        { text: 'The Client shall pay', style: 'paragraph' },
        { text: 'the following fees', style: 'paragraph' },
        { text: '(a) $62 per workstation', style: 'paragraph' },
        { text: 'per device fee', style: 'list-item' },
        { text: 'Untitled', style: 'heading' },
      ];
      expect(buildBlocks(lines).map((block) => [block.kind, block.text, block.level])).toEqual([
        ['heading', 'Fees and Payment', 2],
        ['paragraph', 'The Client shall pay', undefined],
        ['paragraph', 'the following fees', undefined],
        ['list-item', '(a) $62 per workstation', undefined],
        ['list-item', 'per device fee', undefined],
        ['heading', 'Untitled', 1],
      ]);
    });

    it('lets an unstyled line continue a styled list item', () => {
      const lines: RawLine[] = [
        { text: '- monitoring of servers', style: 'list-item', breakBefore: true },
        { text: 'and firewalls' },
      ];
      expect(outline(lines)).toEqual([['list-item', '- monitoring of servers and firewalls']]);
    });
  });

  describe('pages', () => {
    it('records the first page of a block and where a later page begins inside it', () => {
      const lines: RawLine[] = [
        { text: '11. Limitation of Liability', page: 1, breakBefore: true },
        { text: 'Provider is not liable for loss caused by unauthor-', page: 1, breakBefore: true },
        { text: 'ised access to Client systems unless it', page: 2 },
        { text: 'breached clause 3.2.', page: 3 },
        { text: '11.2 Each party\u2019s liability is capped.', page: 3 },
      ];
      const blocks = buildBlocks(lines);
      expect(blocks.map((block) => [block.kind, block.page])).toEqual([
        ['heading', 1],
        ['paragraph', 1],
        ['paragraph', 3],
      ]);
      const paragraph = blocks[1];
      expect(paragraph?.text).toBe('Provider is not liable for loss caused by unauthorised access to Client systems unless it breached clause 3.2.');
      expect(paragraph?.pageChanges).toEqual([
        { page: 2, at: 'Provider is not liable for loss caused by unauthor'.length },
        { page: 3, at: 'Provider is not liable for loss caused by unauthorised access to Client systems unless it '.length },
      ]);
      expect(paragraph?.text.slice(paragraph.pageChanges[0]?.at)).toMatch(/^ised access/);
      expect(paragraph?.text.slice(paragraph.pageChanges[1]?.at)).toMatch(/^breached/);
    });

    it('leaves page fields out for formats without pages', () => {
      const [block] = buildBlocks([{ text: 'Fees are payable monthly.', breakBefore: true }]);
      expect(block).toEqual({ kind: 'paragraph', text: 'Fees are payable monthly.', pageChanges: [] });
    });
  });

  describe('contents', () => {
    it('marks leader lines as contents entries', () => {
      const lines: RawLine[] = [
        { text: 'Contents', breakBefore: true },
        { text: '1. Definitions .......... 2', breakBefore: true },
        { text: '2. Managed Services .......... 3', breakBefore: true },
        { text: '1. Definitions', breakBefore: true },
        { text: '"Services" means the managed services.', breakBefore: true },
      ];
      expect(outline(lines)).toEqual([
        ['heading', 'Contents'],
        ['toc', '1. Definitions .......... 2'],
        ['toc', '2. Managed Services .......... 3'],
        ['heading', '1. Definitions'],
        ['paragraph', '"Services" means the managed services.'],
      ]);
    });

    it('reads entries without page numbers under a contents title until a real heading repeats one', () => {
      const lines: RawLine[] = [
        { text: 'TABLE OF CONTENTS', breakBefore: true },
        { text: '1. Definitions', breakBefore: true },
        { text: '2. Services', breakBefore: true },
        { text: '3. Fees and Payment', breakBefore: true },
        { text: '1. Definitions', breakBefore: true },
        { text: '"Fees" means the charges in Schedule 2.', breakBefore: true },
        { text: '2. Services', breakBefore: true },
      ];
      expect(outline(lines)).toEqual([
        ['heading', 'TABLE OF CONTENTS'],
        ['toc', '1. Definitions'],
        ['toc', '2. Services'],
        ['toc', '3. Fees and Payment'],
        ['heading', '1. Definitions'],
        ['paragraph', '"Fees" means the charges in Schedule 2.'],
        ['heading', '2. Services'],
      ]);
    });

    it('ends the contents at a line that reads like a sentence', () => {
      const lines: RawLine[] = [
        { text: 'Contents', breakBefore: true },
        { text: '1. Definitions', breakBefore: true },
        { text: 'This Agreement is made on 1 March 2025.', breakBefore: true },
      ];
      expect(outline(lines)).toEqual([
        ['heading', 'Contents'],
        ['toc', '1. Definitions'],
        ['paragraph', 'This Agreement is made on 1 March 2025.'],
      ]);
    });

    // Fixed regression (blocks.ts, buildBlocks): previously, after a contents title, any short unstyled line that does not
    // repeat an entry is taken for another entry, even when every entry so far carried a page
    // number. The first heading after the contents ("Background", which has none) is swallowed as a
    // toc block and its section is lost.
    it('ends page-numbered contents at the first line without a page number', () => {
      const lines: RawLine[] = [
        { text: 'Contents', breakBefore: true },
        { text: '1. Definitions .......... 2', breakBefore: true },
        { text: '2. Managed Services .......... 3', breakBefore: true },
        { text: 'Background', breakBefore: true },
        { text: 'The Client wishes to engage the Provider.', breakBefore: true },
      ];
      expect(outline(lines)).toEqual([
        ['heading', 'Contents'],
        ['toc', '1. Definitions .......... 2'],
        ['toc', '2. Managed Services .......... 3'],
        ['heading', 'Background'],
        ['paragraph', 'The Client wishes to engage the Provider.'],
      ]);
    });

    it('marks styled contents entries that carry page numbers, and ends the contents at a styled heading', () => {
      const lines: RawLine[] = [
        { text: 'Contents', style: 'heading', level: 1 },
        { text: 'Definitions\t2', style: 'paragraph' },
        { text: 'Managed Services\t3', style: 'paragraph' },
        { text: 'Fees and Payment\t4', style: 'paragraph' },
        { text: 'Background', style: 'heading', level: 1 },
        { text: 'The Client wishes to engage the Provider.', style: 'paragraph' },
      ];
      expect(outline(lines)).toEqual([
        ['heading', 'Contents'],
        ['toc', 'Definitions 2'],
        ['toc', 'Managed Services 3'],
        ['toc', 'Fees and Payment 4'],
        ['heading', 'Background'],
        ['paragraph', 'The Client wishes to engage the Provider.'],
      ]);
    });
  });
});
