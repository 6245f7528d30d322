import { describe, expect, it } from 'vitest';
import { removeRunningLines } from '../../src/extract/running-lines.js';

// Distinct clause text for each page (the detector ignores digits, so pages must differ in words).
const CLAUSES = [
  'The Provider shall perform the Services with reasonable skill and care.',
  'The Client shall give the Provider access to its premises and systems.',
  'Each party shall keep accurate records of its performance.',
  'Notices under this Agreement must be given in writing.',
  'Fees are payable monthly in advance by bank transfer.',
  'Overdue amounts bear interest at the statutory rate.',
  'Either party may terminate for material breach on written notice.',
  'On termination the Provider shall return all Client data.',
  'Each party shall protect the other party\'s Confidential Information.',
  'Confidentiality obligations survive for three years after termination.',
  'Neither party is liable for indirect or consequential loss.',
  'Total liability is capped at the fees paid in the previous year.',
  'The Provider shall maintain professional indemnity insurance.',
  'Certificates of insurance are provided on request.',
  'This Agreement is governed by the laws of England and Wales.',
  'The courts of London have exclusive jurisdiction.',
  'Neither party may assign this Agreement without consent.',
  'The Provider may use approved subcontractors.',
  'This Agreement is the entire agreement between the parties.',
  'Each provision is severable from the others.',
];

/** Four body lines for page `n` (1-5), distinct from every other page's. */
function body(page: number): string[] {
  return CLAUSES.slice((page - 1) * 4, page * 4);
}

describe('removeRunningLines', () => {
  it('removes a stamp and a numbered footer repeated on every page', () => {
    const pages = [1, 2, 3].map((page) => ['CONFIDENTIAL', ...body(page), `Harbor MSA v3.2 - Page ${page}`]);
    expect(removeRunningLines(pages)).toEqual([body(1), body(2), body(3)]);
  });

  it('removes a running header even when its case and spacing vary', () => {
    const pages = [
      ['Master Services Agreement', ...body(1)],
      ['MASTER  SERVICES AGREEMENT', ...body(2)],
      ['master services agreement', ...body(3)],
    ];
    expect(removeRunningLines(pages)).toEqual([body(1), body(2), body(3)]);
  });

  it.each([
    ['Page 3 of 7'],
    ['page 3 of 7'],
    ['Page 3'],
    ['3 / 7'],
    ['3'],
    ['- 3 -'],
    ['\u2013 3 \u2013'],
  ])('removes the page-number line %j at the foot of a page', (pageNumber) => {
    const pages = [[...body(1), pageNumber], body(2)];
    expect(removeRunningLines(pages)).toEqual([body(1), body(2)]);
  });

  it('removes a page-number line at the top of a page', () => {
    expect(removeRunningLines([['Page 2 of 9', ...body(2)]])).toEqual([body(2)]);
  });

  it('keeps a one-off heading at the top of one page', () => {
    const pages = [
      ['CONFIDENTIAL', ...body(1)],
      ['CONFIDENTIAL', '8. Confidentiality', ...body(2)],
      ['CONFIDENTIAL', ...body(3)],
    ];
    expect(removeRunningLines(pages)).toEqual([body(1), ['8. Confidentiality', ...body(2)], body(3)]);
  });

  it('keeps a repeated line that is not at the edge of its pages', () => {
    const repeated = 'The Client shall pay all undisputed invoices.';
    const page = (n: number): string[] => [...body(n).slice(0, 3), repeated, ...body(n).slice(3), `Clause ${n} ends here.`, `Schedule ${n} follows.`];
    const pages = [page(1), page(2), page(3)];
    const result = removeRunningLines(pages);
    for (const lines of result) expect(lines).toContain(repeated);
  });

  it('removes a line that repeats on half of the pages', () => {
    const pages = [
      ['Draft for discussion', ...body(1)],
      body(2),
      ['Draft for discussion', ...body(3)],
      body(4),
    ];
    expect(removeRunningLines(pages)).toEqual([body(1), body(2), body(3), body(4)]);
  });

  it('keeps a line that repeats on fewer than half of the pages', () => {
    const pages = [['Draft for discussion', ...body(1)], body(2), ['Draft for discussion', ...body(3)], body(4), body(5)];
    expect(removeRunningLines(pages)[0]?.[0]).toBe('Draft for discussion');
    expect(removeRunningLines(pages)[2]?.[0]).toBe('Draft for discussion');
  });

  // Fixed regression: previously, digits are erased from every line before counting repeats, so numbered headings that each
  // open a new page ("SCHEDULE 1", "SCHEDULE 2", ...) look like one running header and are removed
  // once they head half of the pages, taking the schedules' structure with them.
  it('keeps numbered schedule headings that each open a new page', () => {
    const pages = [
      body(1),
      body(2),
      ['SCHEDULE 1', ...body(3)],
      ['SCHEDULE 2', ...body(4)],
      ['SCHEDULE 3', ...body(5)],
    ];
    expect(removeRunningLines(pages).map((lines) => lines[0])).toEqual([CLAUSES[0], CLAUSES[4], 'SCHEDULE 1', 'SCHEDULE 2', 'SCHEDULE 3']);
  });

  it('keeps everything in a single-page document except page-number lines', () => {
    const page = ['CONFIDENTIAL', 'Software Maintenance Agreement', ...body(1), 'Harbor SMA v1 - Page 1', 'Page 1 of 1'];
    expect(removeRunningLines([page])).toEqual([['CONFIDENTIAL', 'Software Maintenance Agreement', ...body(1), 'Harbor SMA v1 - Page 1']]);
  });

  it('keeps empty pages empty and returns one entry per page', () => {
    const result = removeRunningLines([['CONFIDENTIAL', ...body(1)], [], ['CONFIDENTIAL', ...body(3)]]);
    expect(result).toEqual([body(1), [], body(3)]);
  });
});
