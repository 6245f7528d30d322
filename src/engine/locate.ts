import type { ExtractedDocument, Location } from '../model/index.js';

/** Maps a character offset of the normalised text to page, section heading and line. */
export function locate(document: ExtractedDocument, offset: number): Location {
  const line = countLines(document.text, offset);
  const block = blockAt(document, offset);
  const heading = block !== undefined ? document.sections[block.section]?.heading : undefined;
  const location: Location = { line };
  const page = pageAt(document.pageStarts, offset);
  if (page !== undefined) location.page = page;
  if (heading) location.section = heading;
  return location;
}

function countLines(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

function blockAt(document: ExtractedDocument, offset: number): ExtractedDocument['blocks'][number] | undefined {
  let low = 0;
  let high = document.blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = document.blocks[middle];
    if (!block) break;
    if (offset < block.start) high = middle - 1;
    else if (offset > block.end) low = middle + 1;
    else return block;
  }
  return undefined;
}

/** 1-based page containing the offset, or undefined for formats without pages. */
export function pageAt(pageStarts: readonly number[], offset: number): number | undefined {
  if (pageStarts.length === 0) return undefined;
  let page = 1;
  pageStarts.forEach((start, index) => {
    if (start <= offset) page = index + 1;
  });
  return page;
}
