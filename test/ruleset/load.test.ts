import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rule } from '../../src/model/index.js';
import { BUNDLED_RULES_DIR, applyProfile, bundledRuleFiles, knownProfiles, loadRuleSet, readPackFile } from '../../src/ruleset/load.js';
import { RuleSetError, formatProblem } from '../../src/ruleset/problems.js';
import { readPack } from '../../src/ruleset/read-pack.js';

const CORE_IDS = ['scope-of-services-defined', 'responsibilities-allocated', 'criminal-acts-exclusion', 'unpurchased-services-excluded', 'confidentiality-mutual'];

/** A pack of one-line-matcher rules; each rule starts on line 3 + 8 * its index. */
function pack(name: string, rules: Array<{ id: string; profiles?: string }>): string {
  const lines = [`pack: ${name}`, 'rules:'];
  for (const { id, profiles } of rules) {
    lines.push(`  - id: ${id}`, '    category: extra', '    title: T', '    severity: major', '    why: W', '    remediation: R', '    present:', '      - match: fraud');
    if (profiles) lines.push(`    profiles: ${profiles}`);
  }
  return `${lines.join('\n')}\n`;
}

async function rejection(promise: Promise<unknown>): Promise<RuleSetError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof RuleSetError)) throw new Error(`expected a RuleSetError, got ${String(error)}`);
  return error;
}

let dir: string;
const path = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'contract-audit-rules-'));
  await writeFile(path('extra.yaml'), pack('extra', [{ id: 'fraud-excluded', profiles: "{strict: {enabled: false}, break-fix: {severity: minor}}" }, { id: 'theft-excluded' }]));
  await writeFile(path('core-replacement.yaml'), pack('core', [{ id: 'my-only-rule' }]));
  await writeFile(path('clash.yaml'), pack('clash', [{ id: 'criminal-acts-exclusion' }]));
  await writeFile(path('a.yaml'), pack('a', [{ id: 'same-id' }]));
  await writeFile(path('b.yaml'), pack('b', [{ id: 'other' }, { id: 'same-id' }]));
  await writeFile(path('broken-1.yaml'), pack('broken-1', [{ id: 'r1' }]).replace('severity: major', 'severity: majr'));
  await writeFile(path('broken-2.yaml'), pack('broken-2', [{ id: 'r2' }]).replace('match: fraud', 'match: {regx: fraud}'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadRuleSet: bundled rules', () => {
  it('loads every bundled pack by default, core among them', async () => {
    const ruleSet = await loadRuleSet();
    const names = (await bundledRuleFiles()).map((file) => file.slice(BUNDLED_RULES_DIR.length).replace(/\.yaml$/, ''));
    expect(ruleSet.name).toBe(names.join('+'));
    expect(names).toContain('core');
    expect(ruleSet.rules.map((rule) => rule.id)).toEqual(expect.arrayContaining(CORE_IDS));
    expect(new Set(ruleSet.rules.map((rule) => rule.pack))).toEqual(new Set(names));
  });

  it('loads only the named bundled packs, with the msp profile by default', async () => {
    const ruleSet = await loadRuleSet({ packs: ['core'] });
    expect(ruleSet.name).toBe('core');
    expect(ruleSet.profile).toBe('msp');
    expect(ruleSet.profiles).toEqual(['msp', 'break-fix']);
    expect(ruleSet.rules.map((rule) => rule.id)).toEqual(CORE_IDS);
    expect(ruleSet.rules.every((rule) => rule.pack === 'core')).toBe(true);
  });

  it('finds the bundled rule files', async () => {
    const files = await bundledRuleFiles();
    expect(files).toContain(join(BUNDLED_RULES_DIR, 'core.yaml'));
    expect(files).toEqual([...files].sort());
  });

  it.each([
    ['msp', { 'scope-of-services-defined': 'critical', 'responsibilities-allocated': 'critical', 'criminal-acts-exclusion': 'critical', 'unpurchased-services-excluded': 'critical', 'confidentiality-mutual': 'major' }],
    ['break-fix', { 'scope-of-services-defined': 'critical', 'responsibilities-allocated': 'major', 'criminal-acts-exclusion': 'major', 'unpurchased-services-excluded': 'major', 'confidentiality-mutual': 'minor' }],
  ])('applies the %s profile to severities', async (profile, severities) => {
    const ruleSet = await loadRuleSet({ profile, packs: ['core'] });
    expect(ruleSet.profile).toBe(profile);
    expect(Object.fromEntries(ruleSet.rules.map((rule) => [rule.id, rule.severity]))).toEqual(severities);
  });

  it('refuses an unknown bundled pack, listing the bundled ones', async () => {
    const error = await rejection(loadRuleSet({ packs: ['core', 'nope'] }));
    expect(error.problems[0]?.message).toMatch(/^unknown bundled pack 'nope' \(bundled: .*core.*\)$/);
  });

  it('refuses an unknown profile, listing the known ones', async () => {
    const error = await rejection(loadRuleSet({ profile: 'strict' }));
    expect(error.problems).toEqual([{ file: '--profile', line: 1, col: 1, message: "unknown profile 'strict' (known: msp, break-fix)" }]);
  });
});

describe('loadRuleSet: extra rule files', () => {
  it('adds a pack after the bundled one', async () => {
    const ruleSet = await loadRuleSet({ ruleFiles: [path('extra.yaml')], packs: ['core'] });
    expect(ruleSet.name).toBe('core+extra');
    expect(ruleSet.rules.map((rule) => rule.id)).toEqual([...CORE_IDS, 'fraud-excluded', 'theft-excluded']);
  });

  it('learns profiles from the rules and sorts them after the built-in ones', async () => {
    const ruleSet = await loadRuleSet({ ruleFiles: [path('extra.yaml')], profile: 'strict', packs: ['core'] });
    expect(ruleSet.profiles).toEqual(['msp', 'break-fix', 'strict']);
    expect(ruleSet.rules.map((rule) => rule.id)).toEqual([...CORE_IDS, 'theft-excluded']);
  });

  it('applies a profile to an extra pack too', async () => {
    const ruleSet = await loadRuleSet({ ruleFiles: [path('extra.yaml')], profile: 'break-fix' });
    expect(ruleSet.rules.find((rule) => rule.id === 'fraud-excluded')?.severity).toBe('minor');
    expect(ruleSet.rules.find((rule) => rule.id === 'theft-excluded')?.severity).toBe('major');
  });

  it('lets a pack with the same name replace the bundled one', async () => {
    const ruleSet = await loadRuleSet({ ruleFiles: [path('core-replacement.yaml')], packs: ['core'] });
    expect(ruleSet.name).toBe('core');
    expect(ruleSet.rules.map((rule) => rule.id)).toEqual(['my-only-rule']);
    expect(ruleSet.rules[0]?.position.file).toBe(path('core-replacement.yaml'));
  });

  it('loads only the given files when bundled rules are off', async () => {
    const ruleSet = await loadRuleSet({ bundled: false, ruleFiles: [path('a.yaml')] });
    expect(ruleSet.name).toBe('a');
    expect(ruleSet.rules.map((rule) => rule.id)).toEqual(['same-id']);
  });

  it('names an empty rule set', async () => {
    expect(await loadRuleSet({ bundled: false })).toEqual({ name: 'empty', profile: 'msp', profiles: ['msp', 'break-fix'], rules: [] });
  });
});

describe('loadRuleSet: problems', () => {
  it('reports a rule id used in two packs at the second one', async () => {
    const error = await rejection(loadRuleSet({ bundled: false, ruleFiles: [path('a.yaml'), path('b.yaml')] }));
    expect(error.problems.map(formatProblem)).toEqual([`${path('b.yaml')}:11:5: duplicate rule id 'same-id' (also in pack 'a' at a.yaml:3)`]);
  });

  it('reports an extra rule that reuses a bundled rule id', async () => {
    const core = await readFile(join(BUNDLED_RULES_DIR, 'core.yaml'), 'utf8');
    const coreLine = core.split('\n').indexOf('  - id: criminal-acts-exclusion') + 1;
    expect(coreLine).toBeGreaterThan(1);
    const error = await rejection(loadRuleSet({ ruleFiles: [path('clash.yaml')] }));
    expect(error.problems.map(formatProblem)).toEqual([`${path('clash.yaml')}:3:5: duplicate rule id 'criminal-acts-exclusion' (also in pack 'core' at core.yaml:${coreLine})`]);
  });

  it('reports the problems of every file at once', async () => {
    const error = await rejection(loadRuleSet({ ruleFiles: [path('broken-1.yaml'), path('broken-2.yaml')] }));
    expect(error.problems.map(({ file, line, col }) => `${file}:${line}:${col}`)).toEqual([`${path('broken-1.yaml')}:6:15`, `${path('broken-2.yaml')}:10:17`]);
    expect(error.message.split('\n')).toHaveLength(2);
  });

  it('reports a rule file that does not exist', async () => {
    const missing = path('nope.yaml');
    expect(await readPackFile(missing)).toEqual({ pack: null, problems: [{ file: missing, line: 1, col: 1, message: 'cannot read rule file: file not found' }] });
    const error = await rejection(loadRuleSet({ ruleFiles: [missing] }));
    expect(error.problems.map(formatProblem)).toEqual([`${missing}:1:1: cannot read rule file: file not found`]);
  });
});

describe('profiles', () => {
  const source = pack('p', [
    { id: 'raised', profiles: '{strict: {severity: critical}}' },
    { id: 'dropped', profiles: '{strict: {enabled: false}, lenient: {severity: minor}}' },
    { id: 'untouched' },
    { id: 'kept', profiles: '{strict: {enabled: true}}' },
  ]);
  const rules: Rule[] = readPack('p.yaml', source).pack?.rules ?? [];

  it('applyProfile changes severities and drops disabled rules', () => {
    expect(applyProfile(rules, 'strict').map((rule) => [rule.id, rule.severity])).toEqual([
      ['raised', 'critical'],
      ['untouched', 'major'],
      ['kept', 'major'],
    ]);
  });

  it('applyProfile leaves rules alone for a profile they do not mention, and does not change its input', () => {
    expect(applyProfile(rules, 'msp')).toEqual(rules);
    applyProfile(rules, 'strict');
    expect(rules.map((rule) => rule.severity)).toEqual(['major', 'major', 'major', 'major']);
  });

  it('knownProfiles lists the built-in profiles first, then the others sorted', () => {
    expect(rules).toHaveLength(4);
    expect(knownProfiles(rules)).toEqual(['msp', 'break-fix', 'lenient', 'strict']);
    expect(knownProfiles([])).toEqual(['msp', 'break-fix']);
  });
});
