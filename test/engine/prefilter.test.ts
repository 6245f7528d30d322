import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionTable } from '../../src/engine/prefilter/index.js';
import { ConditionTable } from '../../src/engine/prefilter/condition-table.js';
import { TokenIndex } from '../../src/engine/prefilter/token-index.js';
import { UnitCache } from '../../src/engine/signals.js';
import { extractDocument, isExtractionFailure } from '../../src/extract/index.js';
import type { ExtractedDocument, TokenClause } from '../../src/model/index.js';
import { loadRuleSet } from '../../src/ruleset/index.js';
import { analysePattern } from '../../src/ruleset/pattern-analysis.js';
import { patternsOf, requiredWordsByPattern } from '../rule-patterns.js';

/** Whether the prefilter lets `text` through for an author's pattern (as the engine asks it). */
function passes(source: string, text: string): boolean {
  const index = new TokenIndex([text], new ConditionTable());
  const allowed = index.satisfying(analysePattern(source).requiredWords);
  return allowed === null || allowed.has(0);
}

const ruleSet = await loadRuleSet();
const bundledPatterns = patternsOf(ruleSet.rules);
const requiredWords = requiredWordsByPattern(ruleSet.rules);
const wordsOf = (pattern: RegExp): readonly TokenClause[] => requiredWords.get(pattern) ?? [];

describe('word index', () => {
  it('lets through texts with a required word in any case and shuts out texts without it', () => {
    expect(passes('criminal acts?', 'Liability for CRIMINAL ACTS of third parties')).toBe(true);
    expect(passes('criminal acts?', 'Liability for hacking by third parties')).toBe(false);
    expect(passes('criminal acts?', 'incriminal acts')).toBe(false);
  });

  it('knows the words of every bundled signal and weakener pattern that has any', () => {
    expect(bundledPatterns.every((pattern) => requiredWords.has(pattern))).toBe(true);
    // Nearly every pattern names at least one word it cannot match without.
    expect(bundledPatterns.filter((pattern) => wordsOf(pattern).length > 0).length).toBeGreaterThan(bundledPatterns.length * 0.9);
  });
});

// Text made of the words the bundled patterns look for, glued in the ways that trip a naive
// word filter: digits, underscores, non-ASCII letters (Kelvin sign, dotted I), curly quotes,
// hyphens, case changes.
const vocabulary = [...new Set(bundledPatterns.flatMap((pattern) => wordsOf(pattern).flat().map((condition) => condition.text)))];
const glue = fc.constantFrom(' ', '', '  ', '\n', '-', '_', '’', "'", '.', ',', '1', '24', '\u212a', '\u0130', 'é', '(', ')', ':', '$');
const word = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('the', 'and', 'of', 'not', 'any', 'x', 's', 'ing', 'ed'));
const casing = fc.constantFrom('lower', 'upper', 'title');
const fragment = fc.tuple(word, casing, glue).map(([text, style, after]) => (style === 'upper' ? text.toUpperCase() : style === 'title' ? `${text[0]?.toUpperCase()}${text.slice(1)}` : text) + after);
const sentence = fc.array(fragment, { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));

describe('prefilter soundness', () => {
  it('never shuts out a text a bundled pattern matches (generated texts)', () => {
    const table = new ConditionTable();
    const single = bundledPatterns.map((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '')));
    fc.assert(
      fc.property(sentence, (text) => {
        const index = new TokenIndex([text], table);
        bundledPatterns.forEach((pattern, which) => {
          if (!single[which]?.test(text)) return;
          const allowed = index.satisfying(wordsOf(pattern));
          expect({ pattern: pattern.source, text, passes: allowed === null || allowed.has(0) }).toMatchObject({ passes: true });
        });
      }),
      { numRuns: 400, seed: 20261207 },
    );
  });

  it('never shuts out a unit a bundled pattern matches (every fixture agreement, every scope)', async () => {
    const folder = new URL('../../fixtures/corpus/docs/', import.meta.url);
    const documents: ExtractedDocument[] = [];
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.md')).sort()) {
      const extracted = await extractDocument(readFileSync(new URL(name, folder)), { fileName: name });
      if (!isExtractionFailure(extracted)) documents.push(extracted);
    }
    expect(documents.length).toBeGreaterThan(20);
    let matched = 0;
    let skipped = 0;
    const wrong: string[] = [];
    for (const document of documents) {
      const cache = new UnitCache(document, conditionTable(ruleSet));
      for (const scope of ['sentence', 'paragraph', 'section'] as const) {
        const units = cache.units(scope);
        const candidates = cache.candidates(scope);
        for (const pattern of bundledPatterns) {
          const allowed = candidates.ofPattern(pattern, wordsOf(pattern));
          const single = new RegExp(pattern.source, pattern.flags.replace('g', ''));
          units.forEach((unit, index) => {
            const through = allowed === null || allowed.has(index);
            if (!through) skipped++;
            if (!single.test(unit.text)) return;
            matched++;
            if (!through) wrong.push(`${pattern.source.slice(0, 80)} ⟵ ${unit.text.slice(0, 80)}`);
          });
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
    // The filter earns its keep: most pattern-unit pairs are never run.
    expect(skipped).toBeGreaterThan(matched * 10);
  });
});
