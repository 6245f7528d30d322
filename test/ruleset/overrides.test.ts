import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleSetError, formatProblem, loadRuleSet } from '../../src/ruleset/index.js';

function packFile(source: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'contract-audit-overrides-')), 'team.yaml');
  writeFileSync(path, source);
  return path;
}

async function problemsOf(path: string): Promise<string[]> {
  try {
    await loadRuleSet({ ruleFiles: [path] });
  } catch (error) {
    if (error instanceof RuleSetError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('overrides in a team pack', () => {
  it('changes one bundled rule\'s severity without copying its pack', async () => {
    const path = packFile('pack: team\noverrides:\n  confidentiality-mutual:\n    severity: critical\n');
    const ruleSet = await loadRuleSet({ ruleFiles: [path] });
    expect(ruleSet.rules.find((rule) => rule.id === 'confidentiality-mutual')?.severity).toBe('critical');
    // The pack's own break-fix entry still applies under that profile.
    const breakFix = await loadRuleSet({ ruleFiles: [path], profile: 'break-fix' });
    expect(breakFix.rules.find((rule) => rule.id === 'confidentiality-mutual')?.severity).toBe('minor');
  });

  it('adds a profile that becomes selectable, and can disable a rule', async () => {
    const path = packFile(['pack: team', 'overrides:', '  criminal-acts-exclusion:', '    profiles:', '      strict: {severity: critical}', '  confidentiality-mutual:', '    enabled: false', '    profiles:', '      strict: {enabled: true, severity: critical}', ''].join('\n'));
    const strict = await loadRuleSet({ ruleFiles: [path], profile: 'strict' });
    expect(strict.profiles).toEqual(['msp', 'break-fix', 'strict']);
    expect(strict.rules.find((rule) => rule.id === 'confidentiality-mutual')?.severity).toBe('critical');
    const msp = await loadRuleSet({ ruleFiles: [path] });
    expect(msp.rules.map((rule) => rule.id)).not.toContain('confidentiality-mutual');
  });

  it('reports an override of an unknown rule at its position, with a suggestion', async () => {
    const path = packFile('pack: team\noverrides:\n  criminal-act-exclusion:\n    severity: minor\n');
    expect(await problemsOf(path)).toEqual([`${path}:3:3: override of unknown rule 'criminal-act-exclusion' - did you mean 'criminal-acts-exclusion'?`]);
  });

  it('validates override contents strictly', async () => {
    const path = packFile('pack: team\noverrides:\n  criminal-acts-exclusion:\n    severty: minor\n');
    expect((await problemsOf(path))[0]).toMatch(/team\.yaml:4:5: unknown key 'severty' in override of 'criminal-acts-exclusion' - did you mean 'severity'\?/);
  });
});
