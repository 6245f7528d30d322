/**
 * Removes running headers, footers, stamps and page-number lines from paged text. A line counts as
 * running when it sits within the first or last few lines of a page and (page numbers aside) repeats on
 * at least half of the pages; a one-off heading at the top of one page is kept.
 */

const EDGE_LINES = 3;
const PAGE_NUMBER_LINE = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^page \d{1,4} of \d{1,4}$/i;

/**
 * What makes two edge lines "the same line": footers and anything mentioning a page differ only by
 * the page number, but top lines such as "SCHEDULE 1" / "SCHEDULE 2" are different headings.
 */
function signature(line: string, atBottom: boolean): string {
  const text = line.toLowerCase().replace(/\s+/g, ' ').trim();
  return atBottom || /page/.test(text) ? text.replace(/\d+/g, '#') : text;
}

function edgeIndexes(count: number): number[] {
  const indexes = new Set<number>();
  for (let i = 0; i < Math.min(EDGE_LINES, count); i++) {
    indexes.add(i);
    indexes.add(count - 1 - i);
  }
  return [...indexes].filter((i) => i >= 0);
}

/** Returns each page's lines without its running lines. */
export function removeRunningLines(pages: readonly string[][]): string[][] {
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set(edgeIndexes(lines.length).map((i) => signature(lines[i] ?? '', i >= EDGE_LINES)));
    for (const key of seen) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const edges = new Set(edgeIndexes(lines.length));
    return lines.filter((line, index) => {
      if (!edges.has(index)) return true;
      if (PAGE_NUMBER_LINE.test(line.trim())) return false;
      return (pagesWith.get(signature(line, index >= EDGE_LINES)) ?? 0) < threshold;
    });
  });
}
