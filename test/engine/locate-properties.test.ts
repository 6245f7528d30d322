import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/engine/locate.js';
import type { RawLine } from '../../src/extract/raw-line.js';
import { segment } from '../../src/extract/segment.js';

const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const page = fc.array(line, { minLength: 1, maxLength: 6 });
const pages = fc.array(page, { minLength: 1, maxLength: 5 });

function build(pageLines: string[][]): ReturnType<typeof segment> {
  const lines: RawLine[] = pageLines.flatMap((texts, index) => texts.map((text, lineIndex) => ({ text, page: index + 1, ...(lineIndex === 0 ? { breakBefore: true } : {}) })));
  return segment({ lines, pages: pageLines.length, unreadablePages: [] }, 'pdf');
}

describe('offset -> page, line and section', () => {
  it('maps every offset into range, to the line that holds it, with pages never going backwards', () => {
    fc.assert(
      fc.property(pages, (pageLines) => {
        const document = build(pageLines);
        const textLines = document.text.split('\n');
        let previousPage = 1;
        for (let offset = 0; offset < document.text.length; offset++) {
          const location = locate(document, offset);
          expect(location.page).toBeGreaterThanOrEqual(1);
          expect(location.page).toBeLessThanOrEqual(pageLines.length);
          expect(location.page).toBeGreaterThanOrEqual(previousPage);
          previousPage = location.page ?? previousPage;
          expect(location.line).toBeGreaterThanOrEqual(1);
          expect(location.line).toBeLessThanOrEqual(textLines.length);
          const start = textLines.slice(0, location.line - 1).reduce((sum, text) => sum + text.length + 1, 0);
          expect(offset).toBeGreaterThanOrEqual(start);
          expect(offset).toBeLessThanOrEqual(start + (textLines[location.line - 1]?.length ?? 0));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('loses no words: every word of the input is in the normalised text', () => {
    fc.assert(
      fc.property(pages, (pageLines) => {
        const document = build(pageLines);
        for (const text of pageLines.flat()) for (const piece of text.split(' ')) expect(document.text).toContain(piece);
      }),
      { numRuns: 150 },
    );
  });
});
