import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/ruleset/problems.js';
import { readPack } from '../../src/ruleset/read-pack.js';

const FILE = 'rules/extra.yaml';

/** One valid rule as YAML lines (8 lines, indented as an item of `rules:`). */
function rule(id: string, ...extra: string[]): string[] {
  return [
    `  - id: ${id}`,
    '    category: criminal-acts',
    '    title: Fraud is excluded',
    '    severity: major',
    '    why: W',
    '    remediation: R',
    '    present:',
    '      - match: {all: [{term: no-liability}, {term: crime}]}',
    ...extra,
  ];
}

const TERMS = ['terms:', "  crime: {regex: 'fraud|theft'}", '  no-liability:', '    label: words excluding liability', "    regex: 'not liable'"];

function source(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

describe('readPack: a valid file', () => {
  const result = readPack(FILE, source('pack: demo', 'description: A demo pack.', ...TERMS, 'rules:', ...rule('fraud-excluded'), ...rule('theft-excluded')));

  it('yields the pack with its name, description, file and rules in order', () => {
    expect(result.problems).toEqual([]);
    expect(result.pack).toMatchObject({ name: 'demo', description: 'A demo pack.', file: FILE });
    expect(result.pack?.rules.map((item) => item.id)).toEqual(['fraud-excluded', 'theft-excluded']);
    expect(result.pack?.rules.map((item) => item.pack)).toEqual(['demo', 'demo']);
    expect(result.pack?.rules.map((item) => item.position.line)).toEqual([9, 17]);
  });

  it('resolves terms into the rules, labelled by name unless labelled', () => {
    expect(result.pack?.rules[0]?.present[0]?.match).toMatchObject({
      kind: 'all',
      of: [
        { kind: 'regex', label: 'words excluding liability' },
        { kind: 'regex', label: 'crime' },
      ],
    });
  });

  it('leaves out a description it was not given', () => {
    const bare = readPack(FILE, source('pack: demo', ...TERMS, 'rules:', ...rule('fraud-excluded')));
    expect(bare.pack).not.toBeNull();
    expect(bare.pack && 'description' in bare.pack).toBe(false);
  });

  it('accepts a pack with no rules', () => {
    expect(readPack(FILE, source('pack: empty', 'rules: []'))).toEqual({ pack: { name: 'empty', file: FILE, rules: [], overrides: [] }, problems: [] });
  });
});

describe('readPack: problems', () => {
  it('reports a YAML syntax error alone, at its position, and yields no pack', () => {
    expect(readPack(FILE, source('pack: demo', 'rules: a: b'))).toEqual({
      pack: null,
      problems: [{ file: FILE, line: 2, col: 8, message: 'Nested mappings are not allowed in compact mappings' }],
    });
  });

  it('reports a duplicate key at the second occurrence', () => {
    const result = readPack(FILE, source('pack: demo', ...TERMS, 'rules:', ...rule('fraud-excluded', '    title: Again')));
    expect(result.pack).toBeNull();
    expect(result.problems.map(formatProblem)).toEqual([`${FILE}:16:5: Map keys must be unique`]);
  });

  it('reports a duplicate rule id at the second rule, naming where the first is', () => {
    const result = readPack(FILE, source('pack: demo', ...TERMS, 'rules:', ...rule('fraud-excluded'), ...rule('fraud-excluded')));
    expect(result.pack).toBeNull();
    expect(result.problems.map(formatProblem)).toEqual([`${FILE}:16:5: duplicate rule id 'fraud-excluded' (first defined at ${FILE}:8:5)`]);
  });

  it('reports every problem in the file, not just the first, and yields no pack', () => {
    const result = readPack(
      FILE,
      source(
        'pack: demo', // 1
        ...TERMS, // 2-6
        'rules:', // 7
        ...rule('good-rule'), // 8-15
        ...rule('bad-key').map((line) => line.replace('severity:', 'sevrity:')), // 16-23
        ...rule('bad-kind').map((line) => line.replace('{term: crime}', '{regx: fraud}')), // 24-31
        ...rule('bad-ambiguous', '    ambiguous:', '      - match: fraud'), // 32-41
      ),
    );
    expect(result.pack).toBeNull();
    expect(result.problems.map(({ line, col }) => `${line}:${col}`)).toEqual(['19:5', '16:5', '31:46', '41:9']);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining("unknown key 'sevrity' in a rule - did you mean 'severity'?"),
      "a rule needs 'severity'",
      expect.stringContaining("unknown matcher kind 'regx' - did you mean 'regex'?"),
      "an ambiguous signal needs a 'reason': the one sentence shown to the user",
    ]);
    expect(result.problems.every((problem) => problem.file === FILE)).toBe(true);
  });

  it('yields no pack when one rule of several is broken, so no rule is silently dropped', () => {
    const result = readPack(FILE, source('pack: demo', ...TERMS, 'rules:', ...rule('good-rule'), ...rule('bad-rule').map((line) => line.replace('{term: crime}', '{term: crimes}'))));
    expect(result.pack).toBeNull();
    expect(result.problems.map(formatProblem)).toEqual([`${FILE}:23:52: unknown term 'crimes' - did you mean 'crime'?; define it under 'terms:' in this pack`]);
  });

  it.each([
    ['an empty file', '', [`${FILE}:1:1: a rule file must be a mapping of keys to values`]],
    ['a list at the top', source('- a', '- b'), [`${FILE}:1:1: a rule file must be a mapping of keys to values`]],
    [
      "a file without 'pack' and 'rules'",
      source('description: Nothing else.'),
      [`${FILE}:1:1: a rule file needs 'pack': the pack's name`, `${FILE}:1:1: a rule file needs 'rules' (a list of rules) or 'overrides' (changes to loaded rules)`],
    ],
    [
      'a misspelt top-level key',
      source('pack: demo', 'rule: []'),
      [`${FILE}:2:1: unknown key 'rule' in a rule file - did you mean 'rules'? (allowed: pack, description, terms, rules, overrides)`, `${FILE}:1:1: a rule file needs 'rules' (a list of rules) or 'overrides' (changes to loaded rules)`],
    ],
    ["'rules' that is not a list", source('pack: demo', 'rules: all of them'), [`${FILE}:2:8: 'rules' must be a list`]],
    ["a number as 'pack'", source('pack: 7', 'rules: []'), [`${FILE}:1:7: 'pack' must be a non-empty string`]],
    ["'terms' that is not a mapping", source('pack: demo', 'terms: [crime]', 'rules: []'), [`${FILE}:2:8: 'terms' must map term names to matchers`]],
  ])('reports %s', (_name, text, expected) => {
    const result = readPack(FILE, text);
    expect(result.pack).toBeNull();
    expect(result.problems.map(formatProblem)).toEqual(expected);
  });
});
