import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument, isExtractionFailure } from '../../src/extract/index.js';
import { WORD_END, WORD_END_OF_WORD, WORD_START, WORD_START_OF_WORD } from '../../src/model/index.js';
import { compileRegex } from '../../src/ruleset/compile-pattern.js';
import { patternEdges } from '../../src/ruleset/pattern-analysis.js';
import { bundledPackNames, loadRuleCatalog } from '../../src/ruleset/index.js';
import { patternsOf } from '../rule-patterns.js';

/** Non-empty matches, as the engine collects them. */
function matches(pattern: RegExp, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(pattern)) if (match[0].length > 0) found.push(`${match.index}:${match[0]}`);
  return found;
}

/** The pattern as it would be compiled with the general edges on both sides. */
function withGeneralEdges(compiled: RegExp): RegExp {
  const start = [WORD_START, WORD_START_OF_WORD].find((edge) => compiled.source.startsWith(`${edge}(?:`)) ?? '';
  const end = [WORD_END, WORD_END_OF_WORD].find((edge) => compiled.source.endsWith(`)${edge}`)) ?? '';
  const inner = compiled.source.slice(start.length + 3, compiled.source.length - end.length - 1);
  return new RegExp(`${WORD_START}(?:${inner})${WORD_END}`, compiled.flags);
}

const catalog = await loadRuleCatalog({ packs: await bundledPackNames() });
const compiledPatterns = patternsOf(catalog.rules, { negators: true, nearMissReasons: true });
const pairs = compiledPatterns.map((compiled) => ({ compiled, general: withGeneralEdges(compiled) }));

describe('which edges of a pattern are always a letter or digit', () => {
  it.each([
    ['hack(?:s|ers?|ing|ed)?', true, true],
    ['\\d+\\s*months?', true, true],
    ['(?:foo)?bar', true, true],
    ['(?=x)abc(?<=c)', true, true],
    ['[A-Z0-9][a-z]*', true, true],
    ['services?:(?=\\s)', true, false],
    ['etc\\.', true, false],
    ['^-\\s', false, false],
    ['\\w+', false, false],
    ['[a-z_]+', false, false],
    ['[^ ]+', false, false],
    ['.+ing', false, true],
    ['(?:the )?', false, false],
    ['(?=x)', false, false],
    ['a|\\$', false, false],
    ['(a)\\1', true, false],
  ])('%s: starts %s, ends %s', (source, starts, ends) => {
    expect(patternEdges(source)).toMatchObject({ startsWithWordChar: starts, endsWithWordChar: ends });
  });

  it.each([
    ['abc', true],
    ['(?:the )?x', true],
    ['\\d+', true],
    ['a?', false],
    ['(?=x)', false],
    ['\\b', false],
    ['(?:a|)', false],
    ['(a)\\1', true],
  ])('%s never matches empty text: %s', (source, neverEmpty) => {
    expect(patternEdges(source).neverEmpty).toBe(neverEmpty);
    // Whenever it says never, no empty match exists.
    if (neverEmpty) expect(new RegExp(`^(?:${source})$`).test('')).toBe(false);
  });

  it('uses the simpler edges only where they mean the same', () => {
    expect(compileRegex('hacking').source).toBe(`${WORD_START_OF_WORD}(?:hacking)${WORD_END_OF_WORD}`);
    expect(compileRegex('etc\\.').source).toBe(`${WORD_START_OF_WORD}(?:etc\\.)${WORD_END}`);
    expect(compileRegex('\\w+').source).toBe(`${WORD_START}(?:\\w+)${WORD_END}`);
    // Most bundled patterns get the faster form on at least one side.
    expect(pairs.filter(({ compiled, general }) => compiled.source !== general.source).length).toBeGreaterThan(pairs.length * 0.8);
  });
});

describe('the simpler edges find exactly what the general ones find', () => {
  it('on every unit of every fixture agreement, for every bundled pattern', async () => {
    const folder = new URL('../../fixtures/corpus/docs/', import.meta.url);
    const texts: string[] = [];
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.md')).sort()) {
      const extracted = await extractDocument(readFileSync(new URL(name, folder)), { fileName: name });
      if (isExtractionFailure(extracted)) continue;
      texts.push(extracted.text, ...extracted.sentences.map((sentence) => sentence.text));
    }
    expect(texts.length).toBeGreaterThan(1000);
    let found = 0;
    const wrong: string[] = [];
    for (const { compiled, general } of pairs) {
      if (compiled.source === general.source) continue;
      for (const text of texts) {
        const expected = matches(general, text);
        found += expected.length;
        if (matches(compiled, text).join('\n') !== expected.join('\n')) wrong.push(`${compiled.source.slice(0, 80)} ⟵ ${text.slice(0, 80)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(1000);
  });

  it('on generated texts that glue words to letters, digits, underscores and punctuation', () => {
    const words = [...new Set(pairs.flatMap(({ compiled }) => compiled.source.match(/[a-z]{3,}/g) ?? []))].slice(0, 400);
    const glue = fc.constantFrom(' ', '', '_', '-', '.', ':', '1', '24', 'x', 'é', '\u212a', '\n', '(', '$');
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.boolean(), glue), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([word, upper, after]) => (upper ? word.toUpperCase() : word) + after).join(''));
    fc.assert(
      fc.property(text, (sample) => {
        for (const { compiled, general } of pairs) expect({ pattern: compiled.source, sample, found: matches(compiled, sample) }).toEqual({ pattern: compiled.source, sample, found: matches(general, sample) });
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });
});
