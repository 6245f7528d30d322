import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src/model/index.js';
import { RuleSetError, formatProblem, suggest } from '../../src/ruleset/problems.js';
import { MATCHER_KINDS } from '../../src/ruleset/read-matcher.js';

const RULE_KEYS = ['id', 'category', 'title', 'severity', 'why', 'remediation', 'missing', 'present', 'ambiguous', 'weak-when', 'near-miss', 'checks', 'profiles', 'examples'];

describe('formatProblem', () => {
  it('prints file:line:col: message', () => {
    expect(formatProblem({ file: 'rules/extra.yaml', line: 12, col: 7, message: "unknown key 'sevrity'" })).toBe("rules/extra.yaml:12:7: unknown key 'sevrity'");
  });
});

describe('RuleSetError', () => {
  it('keeps every problem and prints one per line', () => {
    const problems = [
      { file: 'a.yaml', line: 3, col: 5, message: 'first' },
      { file: 'b.yaml', line: 9, col: 1, message: 'second' },
    ];
    const error = new RuleSetError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RuleSetError');
    expect(error.problems).toEqual(problems);
    expect(error.message).toBe('a.yaml:3:5: first\nb.yaml:9:1: second');
  });
});

describe('suggest', () => {
  it.each([
    ['sevrity', RULE_KEYS, 'severity'],
    ['remedation', RULE_KEYS, 'remediation'],
    ['weak_when', RULE_KEYS, 'weak-when'],
    ['regx', MATCHER_KINDS, 'regex'],
    ['REGX', MATCHER_KINDS, 'regex'],
    ['unegated', MATCHER_KINDS, 'unnegated'],
    ['majr', SEVERITIES, 'major'],
    ['sentance', ['sentence', 'paragraph', 'section'], 'sentence'],
  ])('suggests %s -> %s', (word, known, expected) => {
    expect(suggest(word, known)).toBe(expected);
  });

  it.each([
    ['banana', RULE_KEYS],
    ['zzzzzz', MATCHER_KINDS],
    ['hgh', SEVERITIES],
    ['regex', []],
  ])('has no suggestion for %s', (word, known) => {
    expect(suggest(word, known)).toBeUndefined();
  });

  it('prefers the first of equally close candidates', () => {
    expect(suggest('cat', ['bat', 'hat'])).toBe('bat');
  });

  it('allows about one edit per three letters, and at least two', () => {
    expect(suggest('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz'); // 3 edits in 9 letters
    expect(suggest('abcdef', ['abcxyz'])).toBeUndefined(); // 3 edits in 6 letters
    expect(suggest('abcd', ['abxy'])).toBe('abxy'); // 2 edits is always close enough
  });
});
