import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleSetError, formatProblem, loadRuleCatalog, loadRuleSet, selectRules, type LoadRuleSetOptions } from '../../src/ruleset/index.js';

function packFile(source: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'contract-audit-settings-')), 'team.yaml');
  writeFileSync(path, source);
  return path;
}

async function problemsOf(options: LoadRuleSetOptions): Promise<string[]> {
  try {
    await loadRuleSet(options);
  } catch (error) {
    if (error instanceof RuleSetError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

const severityOf = (rules: ReadonlyArray<{ id: string; severity: string }>, id: string): string | undefined => rules.find((rule) => rule.id === id)?.severity;

describe('loadRuleSet: overrides option (a configuration file\'s rule settings)', () => {
  it('changes a severity under every profile, since it is applied after the profile', async () => {
    const overrides = [{ ruleId: 'confidentiality-mutual', severity: 'critical' as const }];
    const msp = await loadRuleSet({ packs: ['core'], overrides });
    const breakFix = await loadRuleSet({ packs: ['core'], profile: 'break-fix', overrides });
    expect(severityOf(msp.rules, 'confidentiality-mutual')).toBe('critical');
    // The pack's own break-fix entry (minor) does not win over the setting.
    expect(severityOf(breakFix.rules, 'confidentiality-mutual')).toBe('critical');
    expect(severityOf(breakFix.rules, 'criminal-acts-exclusion')).toBe('major');
  });

  it('switches a rule off, and back on where a profile disables it', async () => {
    const off = await loadRuleSet({ packs: ['core'], overrides: [{ ruleId: 'scope-of-services-defined', enabled: false }] });
    expect(off.rules.map((rule) => rule.id)).not.toContain('scope-of-services-defined');
    const team = packFile('pack: team\noverrides:\n  confidentiality-mutual:\n    profiles:\n      strict: {enabled: false}\n');
    const strict = await loadRuleSet({ packs: ['core'], ruleFiles: [team], profile: 'strict' });
    expect(strict.rules.map((rule) => rule.id)).not.toContain('confidentiality-mutual');
    const back = await loadRuleSet({ packs: ['core'], ruleFiles: [team], profile: 'strict', overrides: [{ ruleId: 'confidentiality-mutual', enabled: true }] });
    expect(back.rules.map((rule) => rule.id)).toContain('confidentiality-mutual');
  });

  it('is applied after the packs\' own overrides', async () => {
    const team = packFile('pack: team\noverrides:\n  criminal-acts-exclusion:\n    severity: minor\n');
    const ruleSet = await loadRuleSet({ packs: ['core'], ruleFiles: [team], overrides: [{ ruleId: 'criminal-acts-exclusion', severity: 'major' }] });
    expect(severityOf(ruleSet.rules, 'criminal-acts-exclusion')).toBe('major');
  });

  it('merges settings for one rule field by field, the later winning', async () => {
    const ruleSet = await loadRuleSet({
      packs: ['core'],
      overrides: [
        { ruleId: 'confidentiality-mutual', severity: 'minor', enabled: false },
        { ruleId: 'confidentiality-mutual', enabled: true },
      ],
    });
    expect(severityOf(ruleSet.rules, 'confidentiality-mutual')).toBe('minor');
  });

  it('reports an unknown rule id at the position given, with a suggestion', async () => {
    const position = { file: '/project/.contract-audit.yaml', line: 7, col: 3 };
    expect(await problemsOf({ packs: ['core'], overrides: [{ ruleId: 'criminal-act-exclusion', severity: 'minor', position }] })).toEqual([
      "/project/.contract-audit.yaml:7:3: override of unknown rule 'criminal-act-exclusion' - did you mean 'criminal-acts-exclusion'?",
    ]);
    expect(await problemsOf({ packs: ['core'], overrides: [{ ruleId: 'nothing-like-it-at-all', enabled: false }] })).toEqual(["overrides:1:1: override of unknown rule 'nothing-like-it-at-all'"]);
  });

  it('skips an optional setting of a rule that no loaded pack defines', async () => {
    const ruleSet = await loadRuleSet({ packs: ['core'], overrides: [{ ruleId: 'staff-non-solicitation', enabled: false, optional: true }, { ruleId: 'confidentiality-mutual', severity: 'minor', optional: true }] });
    expect(severityOf(ruleSet.rules, 'confidentiality-mutual')).toBe('minor');
    expect(ruleSet.rules).toHaveLength(5);
  });

  it('knows rules that the profile disables, so overriding them is not an error', async () => {
    const team = packFile('pack: team\noverrides:\n  confidentiality-mutual:\n    profiles:\n      strict: {enabled: false}\n');
    await expect(loadRuleSet({ packs: ['core'], ruleFiles: [team], profile: 'strict', overrides: [{ ruleId: 'confidentiality-mutual', severity: 'minor' }] })).resolves.toBeDefined();
  });

  it('keeps the options plain data, so worker threads can load the same rules', async () => {
    const options: LoadRuleSetOptions = { packs: ['core'], profile: 'break-fix', overrides: [{ ruleId: 'confidentiality-mutual', severity: 'critical', position: { file: 'c.yaml', line: 2, col: 3 } }] };
    const copy = structuredClone(options);
    expect(copy).toEqual(options);
    expect((await loadRuleSet(copy)).rules.map((rule) => [rule.id, rule.severity])).toEqual((await loadRuleSet(options)).rules.map((rule) => [rule.id, rule.severity]));
  });

  it('builds rule sets for several profiles from one catalog, as loadRuleSet does', async () => {
    const catalog = await loadRuleCatalog({ packs: ['core'] });
    expect(catalog.name).toBe('core');
    expect(catalog.profiles).toEqual(['msp', 'break-fix']);
    expect(selectRules(catalog, { profile: 'break-fix' })).toEqual(await loadRuleSet({ packs: ['core'], profile: 'break-fix' }));
  });
});
