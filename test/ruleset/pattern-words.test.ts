import { describe, expect, it } from 'vitest';
import type { TokenClause } from '../../src/model/index.js';
import { analysePattern } from '../../src/ruleset/pattern-analysis.js';

const show = (clauses: readonly TokenClause[]): string[] => clauses.map((clause) => clause.map((condition) => `${condition.position}:${condition.text}`).sort().join(' | '));
const wordsOf = (source: string): string[] => show(analysePattern(source).requiredWords);

describe('words a pattern needs', () => {
  it('takes the words a match cannot do without', () => {
    expect(wordsOf('hack(?:s|ers?|ing|ed)?')).toContain('whole:hack | whole:hacked | whole:hacker | whole:hackers | whole:hacking | whole:hacks');
    expect(wordsOf('ransomware|malware')).toEqual(['whole:malware | whole:ransomware']);
    expect(wordsOf('(?:shall|will)\\s+(?:\\w+\\s+){0,3}?provide')).toContain('whole:provide');
    expect(wordsOf('terminat\\w*')).toContain('start:terminat');
  });

  it('knows a word glued to digits or other letters may not start or end a word', () => {
    // "12months" and "onemonths" both match, so "months" may end a longer word.
    expect(wordsOf('(?:\\d+|one)\\s*months?')).toContain('end:month | end:months');
    // Digits separate words, so after \d+ alone the word is whole.
    expect(wordsOf('\\d+\\s*months?')).toContain('whole:month | whole:months');
  });

  it('gives nothing to rely on when a pattern has no sure word', () => {
    expect(wordsOf('\\d{1,2}:\\d{2}')).toEqual([]);
    expect(wordsOf('_{3,}|\\w+')).toEqual([]);
    expect(wordsOf('(?:confidential)?')).toEqual([]);
    // A pattern the parser refuses is not analysed (whether it compiles is checked elsewhere).
    expect(wordsOf('(?<broken')).toEqual([]);
  });
});
