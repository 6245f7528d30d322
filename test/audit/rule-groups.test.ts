import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditPaths } from '../../src/audit/index.js';
import { groupByRules } from '../../src/audit/rule-groups.js';
import type { AuditedDocumentReport, AuditReport } from '../../src/model/index.js';
import { loadRuleSet, type LoadRuleSetOptions } from '../../src/ruleset/index.js';

const AGREEMENTS = fileURLToPath(new URL('../../fixtures/agreements/', import.meta.url));
const NDA = `${AGREEMENTS}mutual-nda.md`;
const MSA = `${AGREEMENTS}one-page-agreement.md`;

function audited(report: AuditReport, name: string): AuditedDocumentReport {
  const document = report.documents.find((item) => item.path.endsWith(name));
  if (document?.status !== 'audited') throw new Error(`${name} was not audited`);
  return document;
}

describe('groupByRules', () => {
  const files = ['a.md', 'b.md', 'c.md', 'd.md'].map((name) => ({ absolute: name, display: name }));

  it('keeps one group, the batch, without a ruleSourceFor', async () => {
    const ruleSet = await loadRuleSet({ packs: ['core'] });
    const groups = await groupByRules(files, { ruleSet });
    expect(groups).toEqual([{ ruleSet, files }]);
  });

  it('groups files by equal rule sources, in the order of their first file, reusing the batch rule set', async () => {
    const batchSource: LoadRuleSetOptions = { packs: ['core'] };
    const ruleSet = await loadRuleSet(batchSource);
    const sources: Record<string, LoadRuleSetOptions | undefined> = {
      'a.md': { packs: ['core'], profile: 'break-fix' },
      'b.md': undefined,
      'c.md': { packs: ['core'] },
      'd.md': { packs: ['core'], profile: 'break-fix' },
    };
    const groups = await groupByRules(files, { ruleSet, ruleSource: batchSource }, (path) => sources[path]);
    expect(groups.map((group) => group.files.map((file) => file.display))).toEqual([['a.md', 'd.md'], ['b.md', 'c.md']]);
    expect(groups[0]?.ruleSet.profile).toBe('break-fix');
    expect(groups[0]?.ruleSource).toEqual({ packs: ['core'], profile: 'break-fix' });
    // A source equal to the batch's reuses the batch's rule set instead of loading it again.
    expect(groups[1]?.ruleSet).toBe(ruleSet);
  });
});

describe('auditPaths with ruleSourceFor', () => {
  it('judges each document with its own rules and names the batch rule set in the header', async () => {
    const ruleSource: LoadRuleSetOptions = { packs: ['core'] };
    const ruleSet = await loadRuleSet(ruleSource);
    // The NDA is judged by core under break-fix with one rule switched off; the other document by the batch's rules.
    const ndaSource: LoadRuleSetOptions = { packs: ['core'], profile: 'break-fix', overrides: [{ ruleId: 'scope-of-services-defined', enabled: false }] };
    const seen: string[] = [];
    const report = await auditPaths([NDA, MSA], {
      ruleSet,
      ruleSource,
      jobs: 1,
      ruleSourceFor: (path) => (path === NDA ? ndaSource : undefined),
      onProgress: ({ done, total }) => seen.push(`${done}/${total}`),
    });
    expect(report.ruleset).toEqual({ name: 'core', profile: 'msp', rules: 5 });
    expect(report.documents.map((document) => document.path)).toEqual([NDA, MSA].sort());
    const nda = audited(report, 'mutual-nda.md');
    const msa = audited(report, 'one-page-agreement.md');
    expect(nda.findings.map((finding) => finding.ruleId)).not.toContain('scope-of-services-defined');
    expect(nda.findings.find((finding) => finding.ruleId === 'criminal-acts-exclusion')?.severity).toBe('major');
    expect(msa.findings.map((finding) => finding.ruleId)).toContain('scope-of-services-defined');
    expect(msa.findings.find((finding) => finding.ruleId === 'criminal-acts-exclusion')?.severity).toBe('critical');
    expect(report.summary.documents).toBe(2);
    // Progress counts every document across the groups.
    expect(seen).toEqual(['0/2', '1/2', '2/2']);
  });

  it('gives the same report as a plain run when every file has the batch rules', async () => {
    const ruleSource: LoadRuleSetOptions = { packs: ['core'] };
    const ruleSet = await loadRuleSet(ruleSource);
    const plain = await auditPaths([NDA, MSA], { ruleSet, ruleSource, jobs: 1 });
    const grouped = await auditPaths([NDA, MSA], { ruleSet, ruleSource, jobs: 1, ruleSourceFor: () => ({ packs: ['core'] }) });
    expect(grouped).toEqual(plain);
  });
});
