import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/ruleset/problems.js';
import { readPack } from '../../src/ruleset/read-pack.js';

const FILE = 'rules/extra.yaml';
const ALLOWED = 'id, category, title, severity, why, remediation, missing, present, ambiguous, weak-when, near-miss, checks, profiles, examples';

/** A pack with one rule; the rule's own keys start on line 3 and `extra` on line 8. */
function packWith(...extra: string[]): string {
  return [
    'pack: t', // 1
    'rules:', // 2
    '  - id: r1', // 3
    '    category: c', // 4
    '    title: T', // 5
    '    why: W', // 6
    '    remediation: R', // 7
    ...extra,
    '',
  ].join('\n');
}

const PRESENT = ['    severity: major', '    present:', '      - match: fraud']; // lines 8-10

function problems(source: string): string[] {
  const result = readPack(FILE, source);
  expect(result.pack).toBeNull();
  return result.problems.map(formatProblem);
}

describe('readRule: problems located at the offending node', () => {
  it.each([
    [
      'an unknown key, with a did-you-mean',
      packWith('    sevrity: major', '    present:', '      - match: fraud'),
      [`${FILE}:8:5: unknown key 'sevrity' in a rule - did you mean 'severity'? (allowed: ${ALLOWED})`, `${FILE}:3:5: a rule needs 'severity'`],
    ],
    ['a number as severity', packWith('    severity: 3', '    present:', '      - match: fraud'), [`${FILE}:8:15: 'severity' must be a non-empty string`]],
    ['a string as the present list', packWith('    severity: major', '    present: "x"'), [`${FILE}:9:14: 'present' must be a list`]],
    [
      'an invalid severity, with a suggestion',
      packWith('    severity: majr', '    present:', '      - match: fraud'),
      [`${FILE}:8:15: 'severity' must be one of critical, major, minor, not 'majr' - did you mean 'major'?`],
    ],
    [
      'a severity in the wrong case',
      packWith('    severity: Critical', '    present:', '      - match: fraud'),
      [`${FILE}:8:15: 'severity' must be one of critical, major, minor, not 'Critical' - did you mean 'critical'?`],
    ],
    [
      'an ambiguous signal without a reason',
      packWith(...PRESENT, '    ambiguous:', '      - match: theft'),
      [`${FILE}:12:9: an ambiguous signal needs a 'reason': the one sentence shown to the user`],
    ],
    [
      'a signal with both match and empty-section',
      packWith('    severity: major', '    present:', '      - match: fraud', '        empty-section: Exclusions'),
      [`${FILE}:10:9: a signal needs exactly one of 'match' or 'empty-section'`],
    ],
    [
      'a signal with neither match nor empty-section',
      packWith('    severity: major', '    present:', '      - label: fraud is excluded'),
      [`${FILE}:10:9: a signal needs exactly one of 'match' or 'empty-section'`],
    ],
    [
      'an unknown signal scope',
      packWith(...PRESENT, '        scope: sentance'),
      [`${FILE}:11:16: 'scope' must be one of sentence, paragraph, section, not 'sentance' - did you mean 'sentence'?`],
    ],
    [
      'an unknown signal key',
      packWith(...PRESENT, '        in-sektion: Liability'),
      [`${FILE}:11:9: unknown key 'in-sektion' in a present signal - did you mean 'in-section'? (allowed: label, scope, in-section, not-in-section, reason, match, empty-section, include-definitions)`],
    ],
    ['an invalid in-section pattern', packWith(...PRESENT, "        in-section: 'liab('"), [expect.stringMatching(/^rules\/extra\.yaml:11:21: invalid regular expression 'liab\(': .*Unterminated group$/)]],
    [
      'an empty-section pattern that matches empty text',
      packWith('    severity: major', '    present:', "      - empty-section: '.*'"),
      [`${FILE}:10:24: pattern '.*' matches empty text, so it would match everywhere`],
    ],
    [
      'a weak-when entry without a reason',
      packWith(...PRESENT, '    weak-when:', '      - match: as needed'),
      [`${FILE}:12:9: a 'weak-when' entry needs 'match' and 'reason'`],
    ],
    [
      'a near-miss entry without a match',
      packWith(...PRESENT, '    near-miss:', '      - reason: Close, but not quite.'),
      [`${FILE}:12:9: a 'near-miss' entry needs 'match' and 'reason'`],
    ],
    [
      'bad profile overrides',
      packWith(...PRESENT, '    profiles:', '      msp: {severity: hgh, enabled: "no"}'),
      [`${FILE}:12:23: 'severity' must be one of critical, major, minor, not 'hgh'`, `${FILE}:12:37: 'enabled' must be true or false`],
    ],
    ['a non-boolean check', packWith(...PRESENT, '    checks: {placeholders: yes}'), [`${FILE}:11:28: 'checks.placeholders' must be true or false`]],
    ['an id that is not kebab-case', packWith(...PRESENT).replace('id: r1', 'id: R_1'), [`${FILE}:3:9: rule id 'R_1' must be kebab-case (lowercase letters, digits and hyphens)`]],
    ['a category that is not kebab-case', packWith(...PRESENT).replace('category: c', 'category: Crime Acts'), [`${FILE}:4:15: category 'Crime Acts' must be kebab-case`]],
    ['a rule that is not a mapping', 'pack: t\nrules:\n  - just a sentence\n', [`${FILE}:3:5: a rule must be a mapping of keys to values`]],
  ])('%s', (_name, source, expected) => {
    expect(problems(source)).toEqual(expected);
  });

  it('reports every missing required key at the rule', () => {
    expect(problems('pack: t\nrules:\n  - id: r1\n    title: T\n')).toEqual(
      ['category', 'severity', 'why', 'remediation', 'present'].map((key) => `${FILE}:3:5: a rule needs '${key}'`),
    );
  });

  // Bug: an empty `present:` list yields no rule and no problem, so the pack loads without the
  // rule - exactly the silent drop readPack promises never to do.
  it('refuses a rule with an empty present list', () => {
    const result = readPack(FILE, packWith('    severity: major', '    present: []'));
    expect(result.pack).toBeNull();
    expect(result.problems.map(({ file, line, col }) => ({ file, line, col }))).toEqual([{ file: FILE, line: 9, col: 14 }]);
  });
});

describe('readRule: a valid rule', () => {
  const source = [
    'pack: demo', // 1
    'rules:', // 2
    '  - id: fraud-excluded', // 3
    '    category: criminal-acts', // 4
    '    title: Fraud is excluded', // 5
    '    severity: major', // 6
    '    why: Why it matters.', // 7
    '    remediation: What to add.', // 8
    '    present:', // 9
    '      - label: an exclusion of fraud', // 10
    '        scope: paragraph', // 11
    '        in-section: liabilit', // 12
    '        not-in-section: force majeure', // 13
    "        match: 'not liable'", // 14
    '      - match: fraud', // 15
    '    ambiguous:', // 16
    '      - reason: Exclusions heading with nothing under it.', // 17
    '        empty-section: exclu', // 18
    '    weak-when:', // 19
    '      - reason: Only as needed.', // 20
    '        scope: document', // 21
    "        match: 'as needed'", // 22
    '    near-miss:', // 23
    '      - reason: Force majeure only.', // 24
    "        match: 'force majeure'", // 25
    '    checks: {references: false}', // 26
    '    profiles:', // 27
    '      break-fix: {severity: minor}', // 28
    '      strict: {enabled: false}', // 29
    '    examples:', // 30
    '      present: The Provider is not liable for fraud.', // 31
    '      missing: [Nothing here., Nor here.]', // 32
    '',
  ].join('\n');

  const result = readPack(FILE, source);
  const rule = result.pack?.rules[0];

  it('has no problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.pack?.rules).toHaveLength(1);
  });

  it('keeps the scalar fields, the pack and the position', () => {
    expect(rule).toMatchObject({
      id: 'fraud-excluded',
      category: 'criminal-acts',
      title: 'Fraud is excluded',
      severity: 'major',
      why: 'Why it matters.',
      remediation: 'What to add.',
      pack: 'demo',
      position: { file: FILE, line: 3, col: 5 },
    });
  });

  it('defaults the missing message and the checks it was not given', () => {
    expect(rule?.missingMessage).toBe('Nothing in the document provides this protection.');
    expect(rule?.checkPlaceholders).toBe(true);
    expect(rule?.checkReferences).toBe(false);
  });

  it('reads signals with their scope, label, heading patterns and position', () => {
    const [scoped, plain] = rule?.present ?? [];
    expect(scoped).toMatchObject({ label: 'an exclusion of fraud', scope: 'paragraph', position: { file: FILE, line: 10, col: 9 } });
    expect(scoped?.match?.kind).toBe('regex');
    expect(plain?.scope).toBe('sentence');
    expect(plain?.label).toBeUndefined();
    expect(plain?.position).toEqual({ file: FILE, line: 15, col: 9 });
  });

  it('matches heading patterns anywhere in a heading, ignoring case', () => {
    const [scoped] = rule?.present ?? [];
    expect(scoped?.inSection?.test('11. LIMITATION OF LIABILITY')).toBe(true);
    expect(scoped?.inSection?.test('11. Indemnities')).toBe(false);
    expect(scoped?.notInSection?.test('12. Force Majeure')).toBe(true);
    expect(rule?.ambiguous[0]?.emptySection?.test('6. EXCLUDED SERVICES')).toBe(true);
    expect(rule?.ambiguous[0]?.reason).toBe('Exclusions heading with nothing under it.');
  });

  it('reads weakeners, near-miss reasons, profiles and examples', () => {
    expect(rule?.weakeners).toEqual([{ reason: 'Only as needed.', scope: 'document', match: expect.objectContaining({ kind: 'regex' }) }]);
    expect(rule?.nearMissReasons).toEqual([{ reason: 'Force majeure only.', match: expect.objectContaining({ kind: 'regex' }) }]);
    expect(rule?.profiles).toEqual({ 'break-fix': { severity: 'minor' }, strict: { enabled: false } });
    expect(rule?.examples).toEqual({ present: ['The Provider is not liable for fraud.'], missing: ['Nothing here.', 'Nor here.'] });
  });
});
