import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { garbledRatio, joinLines, normaliseLine } from '../../src/extract/normalise.js';

// Characters that turn up in extracted agreements: plain text plus the typographic and invisible
// characters that normalisation exists to remove.
const AGREEMENT_CHARACTERS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...' .,;:()[]$%&/-\'"',
  '\t', '\n', '\r', '\u00A0', '\u2003', '\u3000',
  '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF',
  '\uFB01', '\uFB02', '\uFB03',
  '\u2018', '\u2019', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB',
  '\u2010', '\u2011', '\u2013', '\u2014', '\u2212', '\u2026', '\u2022', '\u25CF', '\uF0B7',
  '\u00E9', '\u00FC', '\u00A7', '\u20AC',
];
const agreementText = fc.string({ unit: fc.constantFrom(...AGREEMENT_CHARACTERS), maxLength: 120 });

describe('normaliseLine', () => {
  it.each([
    ['fi ligature', 'The Supplier shall \uFB01x reported defects', 'The Supplier shall fix reported defects'],
    ['fl ligature', 'approved change work\uFB02ow', 'approved change workflow'],
    ['ffi ligature', "at the Customer's o\uFB03ce", "at the Customer's office"],
    ['full-width letters', '\uFF36\uFF21\uFF34 is payable in addition', 'VAT is payable in addition'],
    ['soft hyphen', 'all confi\u00ADdential information', 'all confidential information'],
    ['zero-width space', 'indem\u200Bnification', 'indemnification'],
    ['zero-width joiner, non-joiner and word joiner', 'sub\u200Ccon\u200Dtrac\u2060tors', 'subcontractors'],
    ['byte order mark', '\uFEFF1. Definitions', '1. Definitions'],
    ['curly single quotes', '\u2018the Provider\u2019s\u2019 staff', "'the Provider's' staff"],
    ['curly double quotes', '\u201CServices\u201D means the managed services', '"Services" means the managed services'],
    ['low-9 and reversed quotes', '\u201EFees\u201F are due', '"Fees" are due'],
    ['guillemets', '\u00ABClient\u00BB', '"Client"'],
    ['backtick as apostrophe', 'the Client`s premises', "the Client's premises"],
    ['en dash', 'Schedule 1 \u2013 Services', 'Schedule 1 - Services'],
    ['em dash', 'all fees\u2014excluding VAT\u2014are payable', 'all fees-excluding VAT-are payable'],
    ['non-breaking hyphen', 'a non\u2011exclusive licence', 'a non-exclusive licence'],
    ['minus sign', 'a \u22125% adjustment', 'a -5% adjustment'],
    ['black circle bullet', '\u25CF Monitoring of Covered Devices', '\u2022 Monitoring of Covered Devices'],
    ['Symbol-font bullet', '\uF0B7 Nightly backups', '\u2022 Nightly backups'],
    ['ellipsis', 'hardware, software\u2026', 'hardware, software...'],
    ['no-break space and tabs', '  Section\u00A04\t\tFees and Payment  ', 'Section 4 Fees and Payment'],
    ['embedded line breaks', 'Client shall pay\r\nall invoices', 'Client shall pay all invoices'],
    ['only invisible characters', '\u200B\u00AD\uFEFF', ''],
  ])('normalises %s', (_name, input, expected) => {
    expect(normaliseLine(input)).toBe(expected);
  });

  // Fixed regression: previously, NFKC runs before the character map, and NFKC decomposes U+00B4 (acute accent) into a space
  // plus a combining accent, so the map's U+00B4 -> "'" entry never fires ("Provider ́s"). The same
  // happens to U+2033 (double prime), which NFKC turns into two primes and so "''" instead of '"'.
  it("maps an acute accent typed as an apostrophe to a straight apostrophe", () => {
    expect(normaliseLine('the Provider\u00B4s obligations')).toBe("the Provider's obligations");
  });

  // Fixed regression: previously, invisible characters are removed after NFKC, so a base letter and a combining accent that
  // were kept apart by a zero-width space only compose on a second pass: not idempotent.
  it('is idempotent when a zero-width space separates a letter from its combining accent', () => {
    const once = normaliseLine('the cafe\u200B\u0301 clause');
    expect(normaliseLine(once)).toBe(once);
  });

  describe('properties', () => {
    it('is idempotent', () => {
      fc.assert(fc.property(agreementText, (text) => normaliseLine(normaliseLine(text)) === normaliseLine(text)));
    });

    it('never leaves line breaks, tabs or runs of spaces', () => {
      fc.assert(fc.property(agreementText, (text) => {
        const result = normaliseLine(text);
        return !/[\n\r\t\u00A0]/.test(result) && !result.includes('  ');
      }));
    });

    it('is trimmed', () => {
      fc.assert(fc.property(agreementText, (text) => {
        const result = normaliseLine(text);
        return result === result.trim();
      }));
    });

    it('removes every invisible character, ligature and typographic quote', () => {
      fc.assert(fc.property(agreementText, (text) => !/[\u00AD\u200B-\u200D\u2060\uFEFF\uFB01-\uFB03\u2018\u2019\u201C\u201D\u2013\u2014]/.test(normaliseLine(text))));
    });
  });
});

describe('joinLines', () => {
  it.each([
    ['rejoins a word hyphenated at the end of a line', 'loss caused by unauthor-', 'ised access', 'loss caused by unauthorised access'],
    ['rejoins a prefix broken over two lines', 'the Provider may use sub-', 'contractors', 'the Provider may use subcontractors'],
    ['joins ordinary lines with one space', 'The Client shall pay', 'all undisputed invoices', 'The Client shall pay all undisputed invoices'],
    ['keeps a dash that stands apart from the word', 'all fees -', 'excluding VAT', 'all fees - excluding VAT'],
    ['keeps a hyphen that follows a digit', 'within 5-', 'day periods', 'within 5- day periods'],
  ])('%s', (_name, previous, next, expected) => {
    expect(joinLines(previous, next)).toBe(expected);
  });

  it.each([
    ['Wi-', 'Fi access points'],
    ['non-', 'EU transfers'],
    ['pre-', '2020 hardware'],
  ])('keeps the hyphen of %s when the next line starts with %s', (previous, next) => {
    const joined = joinLines(previous, next);
    expect(joined.startsWith(previous)).toBe(true);
    expect(joined.endsWith(next)).toBe(true);
  });

  // Fixed regression: previously, a kept hyphen is joined with a space, so "Wi-" + "Fi" becomes "Wi- Fi" rather than
  // staying hyphenated as the function's documentation promises.
  it('joins a kept hyphen without inserting a space', () => {
    expect(joinLines('secure Wi-', 'Fi access points')).toBe('secure Wi-Fi access points');
  });
});

describe('garbledRatio', () => {
  it.each([
    ['empty text', '', 0],
    ['only whitespace', '  \n\t ', 0],
    ['clean text', 'Limitation of Liability', 0],
    ['half replacement characters (whitespace ignored)', '\uFFFD\uFFFD ab', 0.5],
    ['private-use glyphs', '\uE001bc d', 0.25],
    ['only broken glyphs', '\uF020\uF021\uFFFD', 1],
  ])('is correct for %s', (_name, text, expected) => {
    expect(garbledRatio(text)).toBeCloseTo(expected, 10);
  });
});
