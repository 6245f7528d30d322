import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile, loadConfiguredRules, mergeSettings, ruleSourceResolver, type FlagSettings } from '../../src/config/index.js';
import { RuleSetError, loadRuleSet } from '../../src/ruleset/index.js';
import { problemsOf, project } from './helpers.js';

const TEAM_PACK = [
  'pack: our-firm',
  'rules:',
  '  - id: our-escrow-clause',
  '    category: escrow',
  '    title: Source code escrow',
  '    severity: major',
  '    why: W',
  '    remediation: R',
  '    present:',
  '      - match: escrow',
  '    profiles: {strict: {severity: critical}}',
  '',
].join('\n');

/** Loads the rules of a project whose configuration is `source`. */
async function rulesOf(source: string, flags: FlagSettings = {}, files: Record<string, string> = {}): Promise<{ root: string; load: () => ReturnType<typeof loadConfiguredRules> }> {
  const root = project({ '.contract-audit.yaml': source, ...files });
  const file = await loadConfigFile(join(root, '.contract-audit.yaml'));
  return { root, load: () => loadConfiguredRules(mergeSettings(file, flags, root)) };
}

describe('loadConfiguredRules', () => {
  it('loads the chosen packs, profile and overrides', async () => {
    const { load } = await rulesOf('packs: [core]\nprofile: break-fix\noverrides:\n  confidentiality-mutual: {severity: critical}\n  scope-of-services-defined: {enabled: false}\n');
    const ruleSet = await load();
    expect(ruleSet.name).toBe('core');
    expect(ruleSet.profile).toBe('break-fix');
    expect(Object.fromEntries(ruleSet.rules.map((rule) => [rule.id, rule.severity]))).toEqual({
      'responsibilities-allocated': 'major',
      'criminal-acts-exclusion': 'major',
      'unpurchased-services-excluded': 'major',
      'confidentiality-mutual': 'critical',
    });
  });

  it('loads team rule files relative to the configuration, with the profiles they add', async () => {
    const { load } = await rulesOf('packs: [core]\nrules: [rules/our-firm.yaml]\nprofile: strict\n', {}, { 'rules/our-firm.yaml': TEAM_PACK });
    const ruleSet = await load();
    expect(ruleSet.name).toBe('core+our-firm');
    expect(ruleSet.rules.find((rule) => rule.id === 'our-escrow-clause')?.severity).toBe('critical');
  });

  it('reports an override of an unknown rule at its line, with a "did you mean"', async () => {
    const { root, load } = await rulesOf('packs: [core]\noverrides:\n  criminal-act-exclusion: {severity: minor}\n');
    const error = await load().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ConfigError);
    expect(await problemsOf(load())).toEqual([`${root}/.contract-audit.yaml:3:3: override of unknown rule 'criminal-act-exclusion' - did you mean 'criminal-acts-exclusion'?`]);
  });

  it('checks overrides against the packs chosen, so a rule of an unchosen pack is unknown', async () => {
    const { root, load } = await rulesOf('packs: [core]\noverrides:\n  insurance-required: {enabled: false}\n');
    expect(await problemsOf(load())).toEqual([`${root}/.contract-audit.yaml:3:3: override of unknown rule 'insurance-required'`]);
  });

  it('reports an unknown profile at the configuration\'s line, or as --profile when a flag gave it', async () => {
    const { root, load } = await rulesOf('packs: [core]\nprofile: brake-fix\n');
    expect(await problemsOf(load())).toEqual([`${root}/.contract-audit.yaml:2:10: unknown profile 'brake-fix' - did you mean 'break-fix'? (known: msp, break-fix)`]);
    const flagged = await rulesOf('packs: [core]\n', { profile: 'strict' });
    expect(await problemsOf(flagged.load())).toEqual(["--profile:1:1: unknown profile 'strict' (known: msp, break-fix)"]);
  });

  it('checks each paths entry with its own packs and profile', async () => {
    const source = ['packs: [core, liability]', 'paths:', '  - match: "ndas/**"', '    packs: [core]', '    profile: strict', '    overrides: {liability-cap-stated: {enabled: false}}', ''].join('\n');
    const { root, load } = await rulesOf(source);
    expect(await problemsOf(load())).toEqual([
      `${root}/.contract-audit.yaml:5:14: unknown profile 'strict' for the documents matching 'ndas/**' (known: msp, break-fix)`,
    ]);
    const fixed = await rulesOf(source.replace('    profile: strict\n', ''));
    expect(await problemsOf(fixed.load())).toEqual([`${fixed.root}/.contract-audit.yaml:5:17: override of unknown rule 'liability-cap-stated'`]);
  });

  it('lets an entry with fewer packs inherit top-level overrides of rules it lacks', async () => {
    const source = ['overrides:', '  staff-non-solicitation: {enabled: false}', '  criminal-acts-exclusion: {severity: minor}', 'paths:', '  - match: "ndas/**"', '    packs: [core]', ''].join('\n');
    const root = project({ '.contract-audit.yaml': source });
    const config = mergeSettings(await loadConfigFile(join(root, '.contract-audit.yaml')), {}, root);
    const ruleSet = await loadConfiguredRules(config);
    expect(ruleSet.rules.map((rule) => rule.id)).not.toContain('staff-non-solicitation');
    // The NDA group loads core alone: the inherited boilerplate override is skipped, the core one applies.
    const nda = await loadRuleSet(ruleSourceResolver(config)(join(root, 'ndas/acme.pdf')));
    expect(nda.name).toBe('core');
    expect(nda.rules.find((rule) => rule.id === 'criminal-acts-exclusion')?.severity).toBe('minor');
  });

  it('reports a rule file that does not exist at the line naming it', async () => {
    const { root, load } = await rulesOf('rules:\n  - rules/ours.yaml\n  - rules/missing.yaml\n', {}, { 'rules/ours.yaml': TEAM_PACK });
    expect(await problemsOf(load())).toEqual([`${root}/.contract-audit.yaml:3:5: rule file not found: ${root}/rules/missing.yaml`]);
  });

  it('leaves problems inside a rule file to the rule file', async () => {
    const { root, load } = await rulesOf('rules: bad.yaml\n', {}, { 'bad.yaml': 'pack: bad\nrules:\n  - id: x\n    sevrity: major\n' });
    const error = await load().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(RuleSetError);
    expect(error).not.toBeInstanceOf(ConfigError);
    expect((await problemsOf(load()))[0]).toMatch(new RegExp(`^${root}/bad\\.yaml:4:5: unknown key 'sevrity'`));
  });
});

describe('loadConfiguredRules: waivers', () => {
  it('accepts a rule id or a category id of any chosen pack', async () => {
    const source = ['packs: [core]', 'paths:', '  - match: "msa/**"', '    packs: [liability]', 'waivers:', '  - {rule: insurance, reason: r}', '  - {rule: criminal-acts-exclusion, reason: r}', '  - {rule: insurance-required, reason: r}', ''].join('\n');
    const { load } = await rulesOf(source);
    await expect(load()).resolves.toMatchObject({ name: 'core' });
  });

  it('reports an unknown rule or category at its line, with a "did you mean"', async () => {
    const { root, load } = await rulesOf('packs: [core]\nwaivers:\n  - rule: confidentiallity\n    reason: r\n  - rule: no-such-thing-at-all\n    reason: r\n');
    expect(await problemsOf(load())).toEqual([
      `${root}/.contract-audit.yaml:3:11: waiver of unknown rule or category 'confidentiallity' - did you mean 'confidentiality'?`,
      `${root}/.contract-audit.yaml:5:11: waiver of unknown rule or category 'no-such-thing-at-all'`,
    ]);
  });
});
