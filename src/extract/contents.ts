/**
 * Table-of-contents recognition. Contents lines name every clause and would otherwise look like
 * evidence for all of them, so they are marked and never matched.
 */

// "Limitation of Liability ........ 7", "9. Confidentiality ..... 12", "Fees ___ 4"
const LEADER_LINE = /(?:\.\s?){3,}\s*\d{1,3}$|_{3,}\s*\d{1,3}$|\s-{3,}\s*\d{1,3}$/;
// "12 Limitation of Liability 7" / "9. Confidentiality 12" (needs neighbours to be trusted)
const TRAILING_PAGE_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?[A-Z][^.;:]{1,70}\s\d{1,3}$/;
const CONTENTS_TITLE = /^(?:table of )?contents$|^index$/i;

/** True for a line that is unmistakably a contents entry (dot leaders and a page number). */
export function isLeaderLine(line: string): boolean {
  return LEADER_LINE.test(line);
}

/** True for the heading of a contents block. */
export function isContentsTitle(line: string): boolean {
  return CONTENTS_TITLE.test(line.trim());
}

/**
 * Marks contents lines: leader lines anywhere, and runs of three or more heading-like lines ending
 * in page numbers. Returns one flag per line.
 */
export function markContentsLines(lines: readonly string[]): boolean[] {
  const marks = lines.map((line) => isLeaderLine(line));
  let runStart = -1;
  const closeRun = (end: number): void => {
    if (runStart >= 0 && end - runStart >= 3) for (let i = runStart; i < end; i++) marks[i] = true;
    runStart = -1;
  };
  lines.forEach((line, index) => {
    if (TRAILING_PAGE_NUMBER.test(line) || marks[index]) {
      if (runStart < 0) runStart = index;
    } else {
      closeRun(index);
    }
  });
  closeRun(lines.length);
  return marks;
}
