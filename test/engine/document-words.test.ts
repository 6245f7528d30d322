import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentWords, WordList, wordsOf, type IndexedText } from '../../src/engine/prefilter/document-words.js';

function wordSet(words: DocumentWords, unit: IndexedText): string[] {
  const list = new WordList();
  words.addUnitWords(unit, list);
  return Array.from({ length: list.length }, (_, index) => words.word(list.at(index))).sort();
}
const ownWords = (text: string): string[] => [...new Set(wordsOf(text).filter((word) => word !== ''))].sort();

describe('the words of a unit, read from the document once', () => {
  const text = 'Schedule 1. The Provider is NOT liable for hacking.\nThe Client pays monthly.\nKelvin \u212aelvin and \u0130stanbul.';
  const words = new DocumentWords(text);
  const at = (piece: string): readonly [number, number] => [text.indexOf(piece), text.indexOf(piece) + piece.length];

  it('takes a stretch of the document text from the document, in lower case, each word once', () => {
    const span = at('The Provider is NOT liable for hacking.');
    expect(wordSet(words, { text: text.slice(...span), spans: [span] })).toEqual(['for', 'hacking', 'is', 'liable', 'not', 'provider', 'the']);
  });

  it('joins several stretches without gluing words across them', () => {
    const first = at('The Provider is NOT liable for hacking.');
    const second = at('The Client pays monthly.');
    const unit = { text: `${text.slice(...first)}\n${text.slice(...second)}`, spans: [first, second] };
    expect(wordSet(words, unit)).toEqual(ownWords(unit.text));
  });

  it('reads the unit itself when its text is not what its spans hold (a lead-in joined to a list item)', () => {
    const span = at('The Client pays monthly.');
    expect(wordSet(words, { text: 'The Client pays weekly.', spans: [span] })).toEqual(['client', 'pays', 'the', 'weekly']);
  });

  it('reads the unit itself when a span cuts a word in two', () => {
    const [start, end] = at('Provider is');
    // "rovider is NOT li": the document's words there are "provider" and "liable".
    const span = [start + 1, end + 7] as const;
    expect(wordSet(words, { text: text.slice(...span), spans: [span] })).toEqual(['is', 'li', 'not', 'rovider']);
  });

  it('never counts the Kelvin sign or a dotted capital I as a letter', () => {
    const span = at('Kelvin \u212aelvin and \u0130stanbul.');
    expect(wordSet(words, { text: text.slice(...span), spans: [span] })).toEqual(['and', 'elvin', 'kelvin', 'stanbul']);
  });

  it('gives exactly the words the unit text has, for any spans and any claimed text (generated)', () => {
    const piece = fc.constantFrom('Hack', 'ing', 'liab', 'le', ' ', '\n', '-', '1', '_', '\u212a', '\u0130', 'é', 'SERVICES', '.', '’');
    const documentText = fc.array(piece, { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(documentText, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean(), (document, cuts, tamper, noSpans) => {
        const spans = cuts.map(([a, b]) => {
          const start = a % (document.length + 1);
          return [start, start + (b % (document.length - start + 1))] as const;
        });
        let unitText = spans.map(([start, end]) => document.slice(start, end)).join('\n');
        if (tamper) unitText = `${unitText}x`;
        const unit: IndexedText = noSpans ? { text: unitText } : { text: unitText, spans };
        const words = new DocumentWords(document);
        expect(wordSet(words, unit)).toEqual(ownWords(unitText));
        // Asking twice gives the same answer (the per-unit bookkeeping is reset).
        expect(wordSet(words, unit)).toEqual(ownWords(unitText));
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });
});

describe('numbering words', () => {
  it('gives each distinct word one number, whether given whole or as a stretch of a text, across growth', async () => {
    const { WordNumbers, addToWordHash } = await import('../../src/engine/prefilter/word-numbers.js');
    const numbers = new WordNumbers();
    const words = Array.from({ length: 5000 }, (_, index) => `w${(index * 7919) % 3001}x${index % 13}`);
    const first = new Map<string, number>();
    for (const word of words) {
      const text = `..${word}..`;
      let hash = 0;
      for (let index = 2; index < 2 + word.length; index++) hash = addToWordHash(hash, text.charCodeAt(index));
      const number = words.indexOf(word) % 2 === 0 ? numbers.of(word) : numbers.ofStretch(text, 2, 2 + word.length, hash);
      if (!first.has(word)) first.set(word, number);
      expect(number).toBe(first.get(word));
      expect(numbers.word(number)).toBe(word);
    }
    expect(numbers.count).toBe(first.size);
    expect([...first.values()].sort((a, b) => a - b)).toEqual([...first.keys()].map((_, index) => index));
  });
});
