import { describe, expect, it } from 'vitest';
import { exitCodeFor, failingFindings } from '../../src/audit/outcome.js';
import { summarise } from '../../src/audit/summary.js';
import type { AuditReport, Finding, ProtectionStatus, Severity } from '../../src/model/index.js';

function finding(status: ProtectionStatus, severity: Severity): Finding {
  return { ruleId: `r-${status}-${severity}`, category: 'c', severity, status, title: 't', message: 'm', remediation: 'r', evidence: [] };
}

function report(findings: Finding[], unreadable = false): AuditReport {
  const documents: AuditReport['documents'] = [{ path: 'a.pdf', format: 'pdf', sha256: 'x', status: 'audited', categories: {}, findings }];
  if (unreadable) documents.push({ path: 'b.pdf', status: 'unreadable', error: { code: 'CORRUPT', message: 'bad' } });
  return { schemaVersion: 1, tool: { name: 'contract-audit', version: '0' }, ruleset: { name: 'core', profile: 'msp', rules: 1 }, documents, summary: summarise(documents) };
}

describe('exitCodeFor', () => {
  it.each([
    { name: 'nothing failing', findings: [finding('present', 'critical'), finding('ambiguous', 'critical')], policy: { failOn: 'missing', severity: 'major' }, code: 0 },
    { name: 'missing major', findings: [finding('missing', 'major')], policy: { failOn: 'missing', severity: 'major' }, code: 1 },
    { name: 'missing minor below threshold', findings: [finding('missing', 'minor')], policy: { failOn: 'missing', severity: 'major' }, code: 0 },
    { name: 'missing minor at threshold minor', findings: [finding('missing', 'minor')], policy: { failOn: 'missing', severity: 'minor' }, code: 1 },
    { name: 'ambiguous with --fail-on ambiguous', findings: [finding('ambiguous', 'critical')], policy: { failOn: 'ambiguous', severity: 'major' }, code: 1 },
    { name: 'missing critical with --fail-on none', findings: [finding('missing', 'critical')], policy: { failOn: 'none', severity: 'minor' }, code: 0 },
    { name: 'indeterminate fails like missing', findings: [finding('indeterminate', 'critical')], policy: { failOn: 'missing', severity: 'major' }, code: 1 },
  ] as const)('$name -> $code', ({ findings, policy, code }) => {
    expect(exitCodeFor(report([...findings]), policy)).toBe(code);
  });

  it('returns 3 when any input is unreadable, even with failing findings', () => {
    expect(exitCodeFor(report([finding('missing', 'critical')], true), { failOn: 'missing', severity: 'major' })).toBe(3);
  });

  it('names the failing findings', () => {
    expect(failingFindings(report([finding('missing', 'critical'), finding('present', 'critical')]), { failOn: 'missing', severity: 'major' })).toEqual(['a.pdf: r-missing-critical']);
  });
});

describe('summarise', () => {
  it('counts documents by status and findings of audited documents by status', () => {
    expect(report([finding('present', 'major'), finding('missing', 'minor'), finding('missing', 'major')], true).summary).toEqual({
      documents: 2, audited: 1, unreadable: 1, present: 1, ambiguous: 0, missing: 2, indeterminate: 0,
    });
  });
});
