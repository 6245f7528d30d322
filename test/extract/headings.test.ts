import { describe, expect, it } from 'vitest';
import { LIST_MARKER, headingShape, isTitleLike } from '../../src/extract/headings.js';

describe('headingShape', () => {
  it.each([
    ['12. Limitation of Liability', 1],
    ['12 Limitation of Liability', 1],
    ['12.3 Limitation of Liability', 2],
    ['12.3.1 Excluded Losses', 3],
    ['5. Force majeure', 1],
    ['2.1 Services Provided', 2],
    ['10. INSURANCE', 1],
    ['ARTICLE V', 1],
    ['ARTICLE V - LIMITATION OF LIABILITY', 1],
    ['Article 7: Term and Termination', 1],
    ['Section 4', 1],
    ['Section 4. Fees and Payment', 1],
    ['Clause 14 - General Provisions', 1],
    ['Schedule 1 \u2013 Services', 1],
    ['Schedule 1 - Services', 1],
    ['Exhibit B', 1],
    ['Annex 2 Data Processing Terms', 1],
    ['LIMITATION OF LIABILITY', 1],
    ['GENERAL PROVISIONS', 1],
    ['CONFIDENTIAL', 1],
    ['IV. TERM AND TERMINATION', 1],
    ['B. FEES AND PAYMENT', 1],
  ])('reads %j as a heading of level %i', (line, level) => {
    expect(headingShape(line)).toEqual({ level });
  });

  it.each([
    ['a sentence', 'The Provider shall maintain insurance.'],
    ['a lead-in', 'Provider is not liable for:'],
    ['a list fragment', '(a) hardware failure;'],
    ['a clause ending in a comma', '12.1 Subject to clause 12.2,'],
    ['a run-in heading with its sentence', '1.1. Scope. These terms govern'],
    ['a run-in heading in a longer clause', '7.1 Term. This Agreement begins on the Effective Date'],
    ['a numbered clause with a lowercase remainder', '12.3 the provider shall remedy defects'],
    ['a long sentence-case numbered clause', '12.3 The Provider shall remedy reported defects promptly at cost'],
    ['a number alone with a dotted title', '12.3 Limitation of liability applies.'],
    ['a section reference in a sentence', 'Section 4 applies to all Services.'],
    ['a labelled reference with a lowercase remainder', 'Article 5 applies to renewals'],
    ['a lettered clause in sentence case', 'A. Definitions used in this Agreement'],
    ['a capitalised recital opening', 'IN WITNESS WHEREOF, the parties have signed'],
    ['a bare title-case line (left to layout)', 'Termination'],
    ['an empty line', ''],
    ['whitespace', '   '],
    ['a line over 90 characters', 'INDEMNIFICATION '.repeat(6).trim()],
    ['more than twelve words', 'ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN'],
  ])('rejects %s: %j', (_name, line) => {
    expect(headingShape(line)).toBeNull();
  });
});

describe('isTitleLike', () => {
  it.each([
    ['Limitation of Liability', true],
    ['Terms and Conditions of Service', true],
    ['"Confidential Information"', true],
    ['Data Protection and Security', true],
    ['Force majeure', false],
    ['the Services', false],
    ['Provider will respond to tickets within four hours', false],
    ['', false],
    ['12 34', false],
  ])('%j -> %s', (text, expected) => {
    expect(isTitleLike(text)).toBe(expected);
  });
});

describe('LIST_MARKER', () => {
  it.each([
    '(a) hardware failure;',
    '(iv) changes made by third parties;',
    '(12) any other loss;',
    '(A) Monitoring of Covered Devices',
    'a) nightly backups',
    'iv) patch management',
    '3) help desk support',
    '- endpoint protection',
    '\u2022 vendor coordination',
    '* strategic reviews',
  ])('matches %j', (line) => {
    expect(LIST_MARKER.test(line)).toBe(true);
  });

  it.each([
    '(a)',
    '(abc) something else',
    '1. Definitions',
    'a.text without a space',
    '-no space after the dash',
    'Provider (a) must respond',
    '12.3 Limitation of Liability',
  ])('does not match %j', (line) => {
    expect(LIST_MARKER.test(line)).toBe(false);
  });
});
