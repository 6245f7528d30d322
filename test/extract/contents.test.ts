import { describe, expect, it } from 'vitest';
import { isContentsTitle, isLeaderLine, markContentsLines } from '../../src/extract/contents.js';

describe('isLeaderLine', () => {
  it.each([
    'Limitation of Liability ........ 7',
    '9. Confidentiality .......... 12',
    '11. Limitation of Liability . . . . . 5',
    'Fees and Payment ___ 4',
    'Term and Termination ---- 5',
    'Schedule 1 - Services ...... 18',
  ])('accepts %j', (line) => {
    expect(isLeaderLine(line)).toBe(true);
  });

  it.each([
    'The Provider shall respond within 4',
    '9. Confidentiality',
    'Fees are payable monthly.',
    'Limitation of Liability .. 7',
    'Total fees ........ 1200',
    'non-compete-period---5',
  ])('rejects %j', (line) => {
    expect(isLeaderLine(line)).toBe(false);
  });
});

describe('isContentsTitle', () => {
  it.each([
    ['Contents', true],
    ['CONTENTS', true],
    ['Table of Contents', true],
    ['  TABLE OF CONTENTS  ', true],
    ['Index', true],
    ['Contents of a Notice', false],
    ['Definitions', false],
    ['1. Contents', false],
  ])('%j -> %s', (line, expected) => {
    expect(isContentsTitle(line)).toBe(expected);
  });
});

describe('markContentsLines', () => {
  it('marks a run of three heading-like lines ending in page numbers', () => {
    expect(markContentsLines(['1 Definitions 2', '2 Managed Services 3', '3 Fees and Payment 4'])).toEqual([true, true, true]);
  });

  it('marks the whole run, not just its first three lines', () => {
    const lines = ['Introduction', '1. Definitions 2', '2. Services 3', '3. Fees 4', '4. Term 5', 'The parties agree as follows.'];
    expect(markContentsLines(lines)).toEqual([false, true, true, true, true, false]);
  });

  it('does not trust a single heading-like line ending in a number', () => {
    const lines = ['The Client shall pay the fees.', '12 Limitation of Liability 7', 'Each party shall act in good faith.'];
    expect(markContentsLines(lines)).toEqual([false, false, false]);
  });

  it('does not trust two such lines', () => {
    expect(markContentsLines(['Schedule 2 Pricing 14', 'Schedule 3 Service Levels 15', 'The Schedules form part of this Agreement.'])).toEqual([false, false, false]);
  });

  it('needs the run to be unbroken', () => {
    const lines = ['1 Definitions 2', '2 Services 3', 'The Provider shall deliver the Services.', '3 Fees 4'];
    expect(markContentsLines(lines)).toEqual([false, false, false, false]);
  });

  it('marks a leader line on its own', () => {
    const lines = ['The parties agree as follows.', 'Limitation of Liability ........ 7', 'Each party shall act in good faith.'];
    expect(markContentsLines(lines)).toEqual([false, true, false]);
  });

  it('lets leader lines complete a run of trailing-number lines', () => {
    expect(markContentsLines(['Definitions ...... 2', '2 Services 3', '3 Fees 4'])).toEqual([true, true, true]);
  });

  it('ignores cross-references that end in numbers but read as sentences', () => {
    const lines = ['The cap applies. See clause 11', 'Notices are in writing. See clause 14', 'Disputes go to mediation. See clause 15'];
    expect(markContentsLines(lines)).toEqual([false, false, false]);
  });

  it('ignores lowercase lines that end in numbers', () => {
    expect(markContentsLines(['services start on day 1', 'fees are due on day 30', 'reports follow on day 31'])).toEqual([false, false, false]);
  });

  it('returns one flag per line', () => {
    expect(markContentsLines([])).toEqual([]);
    expect(markContentsLines(['A', 'B'])).toHaveLength(2);
  });
});
