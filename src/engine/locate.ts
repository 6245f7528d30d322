import type { ExtractedDocument, Location } from '../model/index.js';

/** Offsets just after each newline of a document's text, found once per document. */
const lineStarts = new WeakMap<ExtractedDocument, number[]>();

function linesOf(document: ExtractedDocument): number[] {
  let starts = lineStarts.get(document);
  if (!starts) {
    starts = [];
    for (let index = document.text.indexOf('\n'); index !== -1; index = document.text.indexOf('\n', index + 1)) starts.push(index);
    lineStarts.set(document, starts);
  }
  return starts;
}

/** Maps a character offset of the normalised text to page, section heading and line. */
export function locate(document: ExtractedDocument, offset: number): Location {
  const line = countLines(document, offset);
  const block = blockAt(document, offset);
  const heading = block !== undefined ? document.sections[block.section]?.heading : undefined;
  const location: Location = { line };
  const page = pageAt(document.pageStarts, offset);
  if (page !== undefined) location.page = page;
  if (heading) location.section = heading;
  return location;
}

/** 1 + the number of newlines before the offset. */
function countLines(document: ExtractedDocument, offset: number): number {
  const newlines = linesOf(document);
  return 1 + lastAtOrBelow(newlines, offset - 1, (index) => index) + 1;
}

/** Index of the last item whose key is <= `limit` (-1 when none), for items sorted by key. */
function lastAtOrBelow<T>(items: readonly T[], limit: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const item = items[middle];
    if (item !== undefined && key(item) <= limit) low = middle + 1;
    else high = middle;
  }
  return low - 1;
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
  // The last page that starts at or before the offset; page 1 for offsets before every start.
  return Math.max(1, lastAtOrBelow(pageStarts, offset, (start) => start) + 1);
}
