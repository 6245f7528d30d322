import { describe, expect, it } from 'vitest';
import { buildSections } from '../../src/extract/sections.js';
import type { BlockKind, TextBlock } from '../../src/model/index.js';

type Spec = [kind: BlockKind, text: string, level?: number];

/** Blocks laid out one per line, as segmentation lays them out; returns the blocks and text length. */
function layout(specs: Spec[]): { blocks: TextBlock[]; length: number } {
  let offset = 0;
  const blocks = specs.map(([kind, text, level]): TextBlock => {
    const block: TextBlock = { kind, text, start: offset, end: offset + text.length, section: -1, ...(level !== undefined ? { level } : {}) };
    offset += text.length + 1;
    return block;
  });
  return { blocks, length: Math.max(0, offset - 1) };
}

function sectionsOf(specs: Spec[]) {
  const { blocks, length } = layout(specs);
  return { sections: buildSections(blocks, length), blocks, length };
}

describe('buildSections', () => {
  it('builds a tree from heading levels and stamps blocks with their section', () => {
    const { sections, blocks, length } = sectionsOf([
      ['paragraph', 'This Agreement is made on 1 March 2025.'],
      ['heading', '2. Managed Services', 1],
      ['heading', '2.1 Services Provided', 2],
      ['paragraph', 'The Provider shall monitor the Covered Devices.'],
      ['list-item', '(a) nightly backups;'],
      ['heading', '2.2 Response Times', 2],
      ['paragraph', 'The Provider shall respond within one hour.'],
      ['heading', '3. Fees', 1],
      ['paragraph', 'The Client shall pay monthly.'],
    ]);
    expect(sections.map((section) => [section.heading, section.level, section.kind, section.parent, section.bodyBlocks])).toEqual([
      [null, 0, 'preamble', null, 1],
      ['2. Managed Services', 1, 'body', null, 0],
      ['2.1 Services Provided', 2, 'body', 1, 2],
      ['2.2 Response Times', 2, 'body', 1, 1],
      ['3. Fees', 1, 'body', null, 1],
    ]);
    expect(blocks.map((block) => block.section)).toEqual([0, 1, 2, 2, 2, 3, 3, 4, 4]);
    expect(sections.slice(1).map((section) => [section.start, section.end])).toEqual([
      [blocks[1]?.start, blocks[7]?.start],
      [blocks[2]?.start, blocks[5]?.start],
      [blocks[5]?.start, blocks[7]?.start],
      [blocks[7]?.start, length],
    ]);
  });

  // Fixed regression (sections.ts, end computation): previously, the preamble has level 0, so no later section has a level
  // <= its own and it is given end = textLength. The preamble then "contains" every block of the
  // document, and a section-scoped signal tests the whole agreement as if it were the preamble.
  it('ends the preamble where the first heading starts', () => {
    const { sections, blocks } = sectionsOf([
      ['paragraph', 'This Agreement is made on 1 March 2025.'],
      ['heading', '1. Services', 1],
      ['paragraph', 'The Provider shall provide the Services.'],
    ]);
    expect(sections[0]).toMatchObject({ kind: 'preamble', start: 0, end: blocks[1]?.start });
  });

  it('has no preamble when the text opens with a heading', () => {
    const { sections } = sectionsOf([
      ['heading', '1. Services', 1],
      ['paragraph', 'The Provider shall provide the Services.'],
    ]);
    expect(sections.map((section) => section.kind)).toEqual(['body']);
  });

  it.each([
    ['1. Definitions', 'definitions'],
    ['Definitions and Interpretation', 'definitions'],
    ['1.1 Definition', 'definitions'],
    ['DEFINED TERMS', 'definitions'],
    ['Glossary', 'definitions'],
    ['Article 1 Interpretation', 'definitions'],
    ['Section 1 - Interpretation', 'definitions'],
    ['Recitals', 'recitals'],
    ['BACKGROUND', 'recitals'],
    ['Table of Contents', 'contents'],
    ['TABLE OF CONTENTS', 'contents'],
    ['8. Confidentiality', 'body'],
    ['Limitation of Liability', 'body'],
    ['Schedule 3 - Data Processing', 'body'],
  ])('gives a section headed %j the kind %s', (heading, kind) => {
    const { sections } = sectionsOf([
      ['paragraph', 'Preamble text.'],
      ['heading', heading, 1],
      ['paragraph', 'Body text.'],
      ['heading', 'Other Terms', 1],
    ]);
    expect(sections[1]?.kind).toBe(kind);
  });

  // Fixed regression (sections.ts, sectionKind): previously, the number prefix pattern /^[\dIVXLC.]+\s*/i is
  // case-insensitive and needs no space after it, so it eats the leading letters of ordinary words:
  // "Contents" becomes "ontents" and "Interpretation" becomes "nterpretation", and neither kind is
  // recognised (both sections come out as 'body').
  it.each([
    ['Contents', 'contents'],
    ['CONTENTS', 'contents'],
    ['Interpretation', 'definitions'],
    ['INTERPRETATION', 'definitions'],
  ])('gives a section headed %j the kind %s', (heading, kind) => {
    const { sections } = sectionsOf([
      ['paragraph', 'Preamble text.'],
      ['heading', heading, 1],
      ['paragraph', 'Body text.'],
      ['heading', 'Other Terms', 1],
    ]);
    expect(sections[1]?.kind).toBe(kind);
  });

  it('passes the recitals kind on to nested sections', () => {
    const { sections } = sectionsOf([
      ['heading', 'Background', 1],
      ['heading', 'A. The Client', 2],
      ['heading', '1. Services', 1],
    ]);
    expect(sections.map((section) => section.kind)).toEqual(['recitals', 'recitals', 'body']);
  });

  it('passes the definitions kind on to nested sections, but not to siblings', () => {
    const { sections } = sectionsOf([
      ['heading', '1. Definitions and Interpretation', 1],
      ['heading', '1.1 General', 2],
      ['paragraph', '"Services" means the managed services.'],
      ['heading', '2. Services', 1],
      ['heading', '2.1 General', 2],
    ]);
    expect(sections.map((section) => section.kind)).toEqual(['definitions', 'definitions', 'body', 'body']);
  });

  describe('document title', () => {
    it('marks the first heading as the title when every later heading is nested below it', () => {
      const { sections } = sectionsOf([
        ['heading', 'Terms and Conditions of Service', 1],
        ['paragraph', 'These terms apply to all orders.'],
        ['heading', '1. Services', 2],
        ['heading', '1.1 Scope', 3],
        ['heading', '2. Fees', 2],
      ]);
      expect(sections.map((section) => section.kind)).toEqual(['title', 'body', 'body', 'body']);
      expect(sections.slice(1).map((section) => section.parent)).toEqual([0, 1, 0]);
    });

    it('allows a preamble before the title', () => {
      const { sections } = sectionsOf([
        ['paragraph', 'Draft 3 - for discussion'],
        ['heading', 'Managed Services Agreement', 1],
        ['heading', '1. Services', 2],
      ]);
      expect(sections.map((section) => section.kind)).toEqual(['preamble', 'title', 'body']);
    });

    it('does not mark a title when a later heading is at the same level', () => {
      const { sections } = sectionsOf([
        ['heading', 'Managed Services Master Agreement', 1],
        ['heading', '1. Definitions', 1],
        ['heading', '2. Services', 1],
      ]);
      expect(sections[0]?.kind).toBe('body');
    });

    it('does not mark a lone heading as a title', () => {
      const { sections } = sectionsOf([
        ['heading', 'Managed Services Agreement', 1],
        ['paragraph', 'The Provider shall provide the Services.'],
      ]);
      expect(sections[0]?.kind).toBe('body');
    });

    it('does not mark a first heading that is not the top level', () => {
      const { sections } = sectionsOf([
        ['paragraph', 'Draft 3 - for discussion'],
        ['heading', 'Parties', 2],
        ['heading', '1. Services', 1],
      ]);
      expect(sections.map((section) => section.kind)).toEqual(['preamble', 'body', 'body']);
    });
  });

  it('returns no sections for no blocks', () => {
    expect(buildSections([], 0)).toEqual([]);
  });
});
