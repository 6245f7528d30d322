import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionTable } from '../../src/engine/prefilter/index.js';
import { ConditionTable } from '../../src/engine/prefilter/condition-table.js';
import { TokenIndex } from '../../src/engine/prefilter/token-index.js';
import { tokenClauses, type TokenClause } from '../../src/engine/prefilter/token-clauses.js';
import { UnitCache } from '../../src/engine/signals.js';
import { extractDocument, isExtractionFailure } from '../../src/extract/index.js';
import type { ExtractedDocument } from '../../src/model/index.js';
import { compileRegex } from '../../src/ruleset/compile-pattern.js';
import { loadRuleSet } from '../../src/ruleset/index.js';
import { patternsOf } from '../rule-patterns.js';

const show = (clauses: readonly TokenClause[]): string[] => clauses.map((clause) => clause.map((condition) => `${condition.position}:${condition.text}`).sort().join(' | '));

/** Whether the prefilter lets `text` through for `pattern` (as the engine asks it). */
function passes(pattern: RegExp, text: string): boolean {
  const index = new TokenIndex([text], new ConditionTable());
  const allowed = index.satisfying(tokenClauses(pattern));
  return allowed === null || allowed.has(0);
}

const ruleSet = await loadRuleSet();
const bundledPatterns = patternsOf(ruleSet.rules);

describe('word clauses of a pattern', () => {
  it('takes the words a match cannot do without', () => {
    expect(show(tokenClauses(compileRegex('hack(?:s|ers?|ing|ed)?')))).toContain('whole:hack | whole:hacked | whole:hacker | whole:hackers | whole:hacking | whole:hacks');
    expect(show(tokenClauses(compileRegex('ransomware|malware')))).toEqual(['whole:malware | whole:ransomware']);
    expect(show(tokenClauses(compileRegex('(?:shall|will)\\s+(?:\\w+\\s+){0,3}?provide')))).toContain('whole:provide');
    expect(show(tokenClauses(compileRegex('terminat\\w*')))).toContain('start:terminat');
  });

  it('knows a word glued to digits or other letters may not start or end a word', () => {
    // "12months" and "onemonths" both match, so "months" may end a longer word.
    expect(show(tokenClauses(compileRegex('(?:\\d+|one)\\s*months?')))).toContain('end:month | end:months');
    // Digits separate words, so after \d+ alone the word is whole.
    expect(show(tokenClauses(compileRegex('\\d+\\s*months?')))).toContain('whole:month | whole:months');
  });

  it('gives nothing to rely on when a pattern has no sure word', () => {
    expect(tokenClauses(compileRegex('\\d{1,2}:\\d{2}'))).toEqual([]);
    expect(tokenClauses(compileRegex('_{3,}|\\w+'))).toEqual([]);
    expect(tokenClauses(compileRegex('(?:foo)?'.replace('foo', 'confidential')))).toEqual([]);
    expect(tokenClauses(/confidential/iu)).toEqual([]);
  });

  it('lets through texts with the word in any case and shuts out texts without it', () => {
    const pattern = compileRegex('criminal acts?');
    expect(passes(pattern, 'Liability for CRIMINAL ACTS of third parties')).toBe(true);
    expect(passes(pattern, 'Liability for hacking by third parties')).toBe(false);
    expect(passes(pattern, 'incriminal acts')).toBe(false);
  });
});

// Text made of the words the bundled patterns look for, glued in the ways that trip a naive
// word filter: digits, underscores, non-ASCII letters (Kelvin sign, dotted I), curly quotes,
// hyphens, case changes.
const vocabulary = [...new Set(bundledPatterns.flatMap((pattern) => tokenClauses(pattern).flat().map((condition) => condition.text)))];
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
          const allowed = index.satisfying(tokenClauses(pattern));
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
          const allowed = candidates.ofPattern(pattern);
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
