import { describe, expect, it } from 'vitest';
import type { Matcher } from '../../src/model/index.js';
import { compileRegex } from '../../src/ruleset/compile-pattern.js';
import { formatProblem } from '../../src/ruleset/problems.js';
import { readPack } from '../../src/ruleset/read-pack.js';

const FILE = 'rules/extra.yaml';
const KINDS = 'regex, phrase, term, all, any, not, near, unnegated';

/** A one-rule pack whose only present signal is `- match: <matcher>` on line 10 (the value starts at column 16). */
function packMatching(matcher: string, why = 'W'): string {
  return [
    'pack: t', // 1
    'rules:', // 2
    '  - id: r1', // 3
    '    category: c', // 4
    '    title: T', // 5
    '    severity: major', // 6
    `    why: ${why}`, // 7
    '    remediation: R', // 8
    '    present:', // 9
    `      - match: ${matcher}`, // 10
    '',
  ].join('\n');
}

/** The same rule after a `terms:` block of the given lines (the match line moves down accordingly). */
function packWithTerms(terms: string[], matcher: string): string {
  return ['pack: t', 'terms:', ...terms, ...packMatching(matcher).split('\n').slice(1)].join('\n');
}

function problems(source: string): string[] {
  const result = readPack(FILE, source);
  expect(result.pack).toBeNull();
  return result.problems.map(formatProblem);
}

function matcherOf(source: string): Matcher | undefined {
  const result = readPack(FILE, source);
  expect(result.problems).toEqual([]);
  return result.pack?.rules[0]?.present[0]?.match;
}

describe('readMatcher: problems located at the offending node', () => {
  it.each([
    ['an unknown kind, with the known kinds', '{regx: fraud}', `10:17: unknown matcher kind 'regx' - did you mean 'regex'? (known kinds: ${KINDS})`],
    ['an unknown kind inside a list', '{all: [fraud, {phrse: theft}]}', `10:31: unknown matcher kind 'phrse' - did you mean 'phrase'? (known kinds: ${KINDS})`],
    ['a pattern that matches empty text', '{regex: "a*"}', "10:24: pattern 'a*' matches empty text, so it would match everywhere"],
    ['a bare pattern that matches empty text', '"x?"', "10:16: pattern 'x?' matches empty text, so it would match everywhere"],
    ['an unknown term', '{term: nope}', "10:23: unknown term 'nope'; define it under 'terms:' in this pack"],
    ["'within' of 0", '{near: [fraud, theft], within: 0}', "10:47: 'within' must be a whole number of words from 1 to 200"],
    ["'within' over 200", '{near: [fraud, theft], within: 201}', "10:47: 'within' must be a whole number of words from 1 to 200"],
    ["'within' as a word", '{near: [fraud, theft], within: ten}', "10:47: 'within' must be a whole number of words from 1 to 200"],
    ["'within' as a fraction", '{near: [fraud, theft], within: 2.5}', "10:47: 'within' must be a whole number of words from 1 to 200"],
    ["'within' inside unnegated", '{unnegated: {match: fraud, negators: [not], within: 0}}', "10:68: 'within' must be a whole number of words from 1 to 200"],
    ["'within' on a matcher other than near", '{regex: fraud, within: 3}', "10:31: 'within' only applies to 'near' (inside 'unnegated', write it in its mapping)"],
    ["'near' with one matcher", '{near: [fraud]}', "10:23: 'near' needs at least two matchers"],
    ['two kinds in one mapping', '{regex: fraud, phrase: theft}', "10:16: 'match' has 2 kinds; use 'all' or 'any' to combine them"],
    ['a mapping without a kind', '{label: fraud}', `10:16: 'match' needs one of: ${KINDS}`],
    ['a number', '3', `10:16: 'match' must be a mapping with one of: ${KINDS} (or a regex string)`],
    ["'unnegated' without negators", '{unnegated: {match: fraud}}', "10:28: 'unnegated' needs 'match' and 'negators'"],
  ])('%s', (_name, matcher, expected) => {
    expect(problems(packMatching(matcher))).toEqual([`${FILE}:${expected}`]);
  });

  it.each([
    ['in a regex mapping', '{regex: "fraud("}', 24],
    ['as a bare string', '"fraud("', 16],
    ['inside an any list', '{any: [fraud, "fraud("]}', 30],
  ])('reports an invalid regular expression %s at the pattern', (_name, matcher, col) => {
    const [problem, ...rest] = problems(packMatching(matcher));
    expect(rest).toEqual([]);
    expect(problem).toMatch(new RegExp(`^rules/extra\\.yaml:10:${col}: invalid regular expression 'fraud\\(': .*Unterminated group$`));
  });

  it('refuses an alias used as a matcher', () => {
    expect(problems(packMatching('*w', '&w fraud'))).toEqual([`${FILE}:10:16: aliases (*w) are not allowed in rule files; repeat the value or define a term`]);
  });

  it('refuses an alias of a term', () => {
    const source = packWithTerms(['  crime: &c {regex: fraud}'], '*c');
    expect(problems(source)).toEqual([`${FILE}:12:16: aliases (*c) are not allowed in rule files; repeat the value or define a term`]);
  });

  it('suggests a defined term for a misspelt one', () => {
    const source = packWithTerms(['  criminal-act: {regex: fraud}'], '{term: criminal-akt}');
    expect(problems(source)).toEqual([`${FILE}:12:23: unknown term 'criminal-akt' - did you mean 'criminal-act'?; define it under 'terms:' in this pack`]);
  });

  it('reads terms in order, so a term cannot use one defined below it', () => {
    const source = packWithTerms(['  exclusion: {all: [{term: crime}, not liable]}', '  crime: {regex: fraud}'], '{term: crime}');
    expect(problems(source)).toEqual([`${FILE}:3:28: unknown term 'crime'; define it under 'terms:' in this pack`]);
  });

  // Bug: the position of an invalid pattern in a list is the list's, not the pattern's; in a long
  // block list the editor jumps to the first entry instead of the broken one.
  it('reports an invalid pattern in a block list at that entry', () => {
    const source = packMatching('').replace('      - match: \n', '      - match:\n          regex:\n            - fraud\n            - "theft("\n');
    expect(problems(source).map((problem) => problem.split(': ')[0])).toEqual([`${FILE}:13:15`]);
  });

  // Bug: empty lists yield no matcher and no problem, so the rule is dropped and the pack loads
  // without it (readPack promises never to drop a broken rule silently).
  it.each([['{all: []}'], ['{any: []}'], ['{regex: []}'], ['{phrase: []}'], ['{unnegated: {match: fraud, negators: []}}']])(
    'refuses the empty list in %s',
    (matcher) => {
      const result = readPack(FILE, packMatching(matcher));
      expect(result.pack).toBeNull();
      expect(result.problems.map((problem) => problem.line)).toEqual([10]);
    },
  );
});

describe('readMatcher: compiled forms', () => {
  it('reads a bare string as a regex with implicit boundaries', () => {
    const matcher = matcherOf(packMatching("'fraud|theft'"));
    expect(matcher?.kind).toBe('regex');
    if (matcher?.kind !== 'regex') return;
    expect(matcher.patterns.map((pattern) => pattern.source)).toEqual([compileRegex('fraud|theft').source]);
    expect(matcher.label).toBeUndefined();
  });

  it('reads a list of patterns', () => {
    const matcher = matcherOf(packMatching('{regex: [fraud, theft], label: crime}'));
    expect(matcher).toMatchObject({ kind: 'regex', label: 'crime' });
    expect(matcher?.kind === 'regex' ? matcher.patterns.length : 0).toBe(2);
  });

  it('gives each pattern the words its matches need, in the order of the patterns', () => {
    const words = (matcher: ReturnType<typeof matcherOf>): string[][] =>
      matcher?.kind === 'regex' || matcher?.kind === 'phrase' ? (matcher.requiredWords ?? []).map((clauses) => clauses.flatMap((clause) => clause.map((condition) => condition.key))) : [];
    expect(words(matcherOf(packMatching('{regex: [fraud, theft]}')))).toEqual([['whole fraud'], ['whole theft']]);
    expect(words(matcherOf(packMatching("'criminal acts?'")))).toEqual([['whole criminal']]);
    // A phrase's words are those of the pattern it is compiled to.
    expect(words(matcherOf(packMatching('{phrase: force-majeure}')))).toEqual([['whole force', 'whole majeure']]);
  });

  it('reads a phrase with hyphen and space equivalence', () => {
    const matcher = matcherOf(packMatching('{phrase: force majeure}'));
    expect(matcher?.kind).toBe('phrase');
    expect(matcher?.kind === 'phrase' && matcher.patterns[0]?.test('a FORCE-MAJEURE event')).toBe(true);
  });

  it('defaults near to 12 words and unnegated to 6', () => {
    expect(matcherOf(packMatching('{near: [fraud, liable]}'))).toMatchObject({ kind: 'near', within: 12 });
    expect(matcherOf(packMatching('{near: [fraud, liable], within: 5}'))).toMatchObject({ kind: 'near', within: 5 });
    const unnegated = matcherOf(packMatching("{unnegated: {match: liable, negators: 'nothing in'}}"));
    expect(unnegated).toMatchObject({ kind: 'unnegated', within: 6, of: { kind: 'regex' } });
    expect(unnegated?.kind === 'unnegated' ? unnegated.negators.length : 0).toBe(1);
  });

  it('reads not, all and any', () => {
    expect(matcherOf(packMatching('{not: fraud}'))).toMatchObject({ kind: 'not', of: { kind: 'regex' } });
    expect(matcherOf(packMatching('{all: [fraud, {any: [theft, {phrase: cyber attack}]}]}'))).toMatchObject({
      kind: 'all',
      of: [{ kind: 'regex' }, { kind: 'any', of: [{ kind: 'regex' }, { kind: 'phrase' }] }],
    });
  });

  it.each([
    ['a term takes its name as label, hyphens as spaces', ['  criminal-act: {regex: fraud}'], '{term: criminal-act}', 'criminal act'],
    ['a term keeps its own label', ['  criminal-act: {regex: fraud, label: acts of crime}'], '{term: criminal-act}', 'acts of crime'],
    ['a use of a term may relabel it', ['  criminal-act: {regex: fraud}'], '{term: criminal-act, label: fraud}', 'fraud'],
  ])('%s', (_name, terms, matcher, label) => {
    expect(matcherOf(packWithTerms(terms, matcher))).toMatchObject({ kind: 'regex', label });
  });
});
