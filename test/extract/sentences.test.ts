import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDefinition, splitSentences } from '../../src/extract/sentences.js';

const sentencesOf = (text: string): string[] => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it.each([
    [
      'plain sentences',
      'The Provider shall deliver the Services. The Client shall pay the Fees.',
      ['The Provider shall deliver the Services.', 'The Client shall pay the Fees.'],
    ],
    [
      'company suffix "Inc."',
      'Harbor Systems Inc. Pacific Division provides the Services. Fees are due monthly.',
      ['Harbor Systems Inc. Pacific Division provides the Services.', 'Fees are due monthly.'],
    ],
    [
      'company suffix "Ltd." and "No."',
      'Payments go to Delta Freight Ltd. Account No. 4471 at Lakeside Bank. Interest accrues daily.',
      ['Payments go to Delta Freight Ltd. Account No. 4471 at Lakeside Bank.', 'Interest accrues daily.'],
    ],
    [
      '"e.g." before a capitalised name',
      'Provider supports common platforms, e.g. Microsoft Windows and macOS. Other platforms are Additional Services.',
      ['Provider supports common platforms, e.g. Microsoft Windows and macOS.', 'Other platforms are Additional Services.'],
    ],
    [
      '"U.S." before a capitalised word',
      'Client data stays in U.S. Government-approved data centers. Transfers abroad need consent.',
      ['Client data stays in U.S. Government-approved data centers.', 'Transfers abroad need consent.'],
    ],
    [
      'clause numbers inside a sentence',
      'Fees are set out in clauses 9.2 and 9.3. The Client may dispute an invoice under clause 9.4.',
      ['Fees are set out in clauses 9.2 and 9.3.', 'The Client may dispute an invoice under clause 9.4.'],
    ],
    [
      'clause numbers opening sentences',
      '9.2 The Provider shall back up Client data. 9.3 The Client shall test restores.',
      ['9.2 The Provider shall back up Client data.', '9.3 The Client shall test restores.'],
    ],
    [
      'a number followed by a number',
      'Sections 4. 5 and 6 survive termination. Nothing else does.',
      ['Sections 4. 5 and 6 survive termination.', 'Nothing else does.'],
    ],
    [
      'initials',
      'This Agreement is signed by J. R. Okafor for the Provider. It takes effect on signature.',
      ['This Agreement is signed by J. R. Okafor for the Provider.', 'It takes effect on signature.'],
    ],
    [
      'a closing quote after the period',
      'This document is the "Agreement." The parties agree to its terms.',
      ['This document is the "Agreement."', 'The parties agree to its terms.'],
    ],
    [
      'a closing parenthesis after the period',
      'Fees exclude tax (see Schedule 2 for rates.) The Client pays all taxes.',
      ['Fees exclude tax (see Schedule 2 for rates.)', 'The Client pays all taxes.'],
    ],
    [
      'a sentence that opens with a quote',
      'Terms are defined below. "Services" means the managed services.',
      ['Terms are defined below.', '"Services" means the managed services.'],
    ],
    [
      'question and exclamation marks',
      'Is the Client in breach? The Provider decides! Disputes go to mediation.',
      ['Is the Client in breach?', 'The Provider decides!', 'Disputes go to mediation.'],
    ],
    [
      'a lowercase word after a period (not a boundary)',
      'Fees are due in 30 days. late payments accrue interest.',
      ['Fees are due in 30 days. late payments accrue interest.'],
    ],
    [
      'surrounding and repeated whitespace',
      '  Notices must be in writing.   Email is sufficient.  ',
      ['Notices must be in writing.', 'Email is sufficient.'],
    ],
    ['text without final punctuation', 'Governing law and jurisdiction', ['Governing law and jurisdiction']],
  ])('splits %s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it.each(['', '   ', '\n\t'])('returns no spans for blank text %j', (text) => {
    expect(splitSentences(text)).toEqual([]);
  });

  it('returns offsets into the original text', () => {
    const text = ' Fees are due. Tax is extra.';
    expect(splitSentences(text)).toEqual([
      { start: 1, end: 14 },
      { start: 15, end: 28 },
    ]);
  });

  describe('properties', () => {
    const token = fc.constantFrom(
      'The', 'Provider', 'shall', 'pay', 'Fees', 'within', '30', 'days', 'Inc.', 'Ltd.', 'e.g.', 'U.S.', 'i.e.',
      '9.2', '12.', 'J.', '(a)', '"Services"', 'means', '.', '!', '?', ')', '"', 'etc.', 'no.', 'Section', '4.',
    );
    const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\t', '', '. ', '.\n');
    const legalText = fc.array(fc.tuple(token, separator), { maxLength: 40 }).map((parts) => parts.map(([word, gap]) => word + gap).join(''));
    const anyText = fc.oneof(legalText, fc.string({ unit: fc.constantFrom('A', 'b', '.', '!', '?', ' ', '\n', '"', '(', ')', '1', 'e', 'g'), maxLength: 60 }));

    it('keeps spans in range, ordered, non-overlapping and trimmed', () => {
      fc.assert(fc.property(anyText, (text) => {
        const spans = splitSentences(text);
        let previousEnd = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(text[span.start]).toMatch(/\S/);
          expect(text[span.end - 1]).toMatch(/\S/);
          previousEnd = span.end;
        }
      }));
    });

    it('loses no text: every non-whitespace character is inside exactly one span', () => {
      fc.assert(fc.property(anyText, (text) => {
        const spans = splitSentences(text);
        [...text].forEach((character, index) => {
          const covering = spans.filter((span) => span.start <= index && index < span.end).length;
          if (/\s/.test(character)) expect(covering).toBeLessThanOrEqual(1);
          else expect(covering).toBe(1);
        });
      }));
    });
  });
});

describe('isDefinition (definitions and recitals)', () => {
  it.each([
    '"Services" means the managed IT services described in Schedule 1.',
    '"Confidential Information" shall mean all non-public information disclosed by a party.',
    '"Business Day" ("BD") means a day other than a Saturday, Sunday or public holiday.',
    '"Fees" has the meaning given in clause 6.',
    '"Personal Data" includes any information relating to an identified individual.',
    '"Downtime" refers to any period in which the Platform is unavailable.',
    '"Term" is defined in clause 7.1.',
    '(a) "Affiliate" means any entity that controls or is controlled by a party.',
    'b) "Service Credit" means a credit against the monthly fee.',
    'iv. "Working Hours" means 8:00 to 18:00 on Business Days.',
    'Service Credit means a credit against the next monthly invoice.',
    'Business Hours shall mean 8:00 to 18:00 on weekdays.',
    'Normal Working Hours has the meaning given in Schedule 2.',
    'WHEREAS the Client wishes to engage the Provider to support its systems;',
  ])('reads %j as a definition', (sentence) => {
    expect(isDefinition(sentence)).toBe(true);
  });

  it.each([
    'The Provider shall deliver the Services.',
    'Fees are payable within 30 days of the invoice date.',
    'In this clause the following terms apply.',
    '"Services" are described in Schedule 1.',
    'The "Services" include onboarding and monitoring.',
    'the service credit means a refund of part of the fee.',
    'Provider is not liable for:',
    'Whereabouts of backups are recorded in the runbook.',
    '',
  ])('does not read %j as a definition', (sentence) => {
    expect(isDefinition(sentence)).toBe(false);
  });

  // Fixed regression: previously, the optional clause-number prefix only allows one level ("1." or "(a)"), so definitions
  // numbered "1.1", the usual style of a definitions clause, are not recognised.
  it('reads a definition numbered "1.1" as a definition', () => {
    expect(isDefinition('1.1 "Affiliate" means any entity that controls or is controlled by a party.')).toBe(true);
  });

  // Only a quoted term can be defined by "includes": unquoted, "The monthly Fee includes VAT" is an
  // ordinary term of the deal and must stay evidence.
  it.each([
    'The monthly Fee includes VAT.',
    'Confidential Information includes pricing, network diagrams and credentials.',
  ])('does not read the unquoted %j as a definition', (sentence) => {
    expect(isDefinition(sentence)).toBe(false);
  });
});
