import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaceholders, isPartyPlaceholder, scanPlaceholders } from '../../src/engine/placeholders.js';

describe('findPlaceholders', () => {
  it.each([
    ['This agreement is between [CLIENT NAME] and the Provider.', '[CLIENT NAME]'],
    ['It is governed by the law of {{x}}.', '{{x}}'],
    ['It is governed by the laws of {governing_law}.', '{governing_law}'],
    ['Signed on ____ by the Client.', '____'],
    ['The start date is TBD.', 'TBD'],
    ['The term starts on [INSERT DATE].', '[INSERT DATE]'],
    ['The fee is $[AMOUNT] per month.', '$['],
    ['The fee is $____ per month.', '$____'],
    ['Notice period: [*] days.', '[*]'],
    ['Delivered to <<Client>> by courier.', '<<Client>>'],
    ['Delivered to <CLIENT> by courier.', '<CLIENT>'],
    ['The Services include [prototype/website] work.', '[prototype/website]'],
    ['Payment is due within [If applicable: 30 days].', '[If applicable: 30 days]'],
    ['Lorem ipsum dolor sit amet.', 'Lorem ipsum'],
    ['Account number XXXX.', 'XXXX'],
    ['Reference: ..........', '..........'],
  ])('finds the blank in %j', (text, expected) => {
    expect(findPlaceholders(text)[0]).toBe(expected);
  });

  it.each([
    '(a) the Client shall pay the fees.',
    'He said it was "final" [sic].',
    'The Services [emphasis added] are limited.',
    'The Agreement [as amended from time to time] applies.',
    'The [relevant] services are listed.',
    'See [Services] below.',
    'Under clause 4(b)(ii) and/or clause 5.',
    'A $500 fee applies to U.S.A. customers.',
    'Several TBDs were closed.',
    'See https://example.com/terms_of_use for details.',
  ])('finds nothing in %j', (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });

  it('lists the blanks in order of appearance', () => {
    expect(findPlaceholders('Between [CLIENT NAME] on ____ under the law of TBD')).toEqual(['[CLIENT NAME]', '____', 'TBD']);
  });

  // Bug: overlapping patterns report one blank several times ("[INSERT DATE]" twice plus
  // "INSERT DATE"; "$____" and "____"), so a count or list of blanks shown to a user is wrong.
  it.each([
    ['The term starts on [INSERT DATE].', ['[INSERT DATE]']],
    ['The fee is $____ per month.', ['$____']],
  ])('reports the blank in %j once', (text, expected) => {
    expect(findPlaceholders(text)).toEqual(expected);
  });
});

describe('isPartyPlaceholder', () => {
  it.each(['[CLIENT NAME]', '[INSERT DATE]', '[SUPPLIER ADDRESS]', '<<Company>>'])('treats %j as a party detail', (placeholder) => {
    expect(isPartyPlaceholder(placeholder)).toBe(true);
  });

  it.each(['[LIST OF EXCLUDED EVENTS]', '____', 'TBD', '{{liability_cap}}'])('treats %j as protective content', (placeholder) => {
    expect(isPartyPlaceholder(placeholder)).toBe(false);
  });
});

describe('optional passages', () => {
  it('treats a bracketed optional clause that closes later as a placeholder', () => {
    expect(findPlaceholders('[OPTIONAL: The Supplier is not liable for loss caused by malware.')).toEqual(['[OPTIONAL: The Supplier is not liable for loss caused by malware.']);
    expect(findPlaceholders('[Drafting note: insert cap] The Supplier\'s liability is limited.')).toEqual(['[Drafting note: insert cap]']);
  });
});

describe('the shortcut for passages without placeholders', () => {
  it('finds what a scan with every pattern finds (generated passages)', () => {
    const piece = fc.constantFrom('[', ']', '{', '}', '{{', '_', '___', '.', '.....', '<', '>', '<<', '$', 'TBD', 'tba', 'TBC', 'XXX', 'xxx', 'X', 'insert', 'Enter', 'the name', 'date', 'LOREM', 'ipsum', ' ', '\n', '/', '*', 'CLIENT', 'Fee', 'a', '1', 'option 2', 'optional', 'drafting note', 'sic');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(findPlaceholders(text)).toEqual(scanPlaceholders(text));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });

  it('skips ordinary prose', () => {
    expect(findPlaceholders('The Provider shall not be liable for hacking, ransomware or fraud by third parties.')).toEqual([]);
  });
});
