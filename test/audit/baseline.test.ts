import { describe, expect, it } from 'vitest';
import { acceptLockedGaps, compareWithBaseline } from '../../src/audit/baseline.js';
import { changeBetween } from '../../src/audit/compare.js';
import { diffAgreements, diffFails } from '../../src/audit/diff.js';
import { createLock, formatLock, LockFileError, parseLock } from '../../src/audit/lock.js';
import { decideOutcome } from '../../src/audit/outcome.js';
import { applyWaivers } from '../../src/audit/waivers.js';
import type { AuditReport, AuditedDocumentReport, Finding, ProtectionStatus } from '../../src/model/index.js';
import { evidenceFingerprint } from '../../src/model/index.js';

function finding(ruleId: string, status: ProtectionStatus, text = 'The Provider is not liable for hacking, malware or other criminal acts of third parties.', section = '9. Liability'): Finding {
  return {
    ruleId,
    category: ruleId.split('-')[0] ?? ruleId,
    severity: ruleId.startsWith('minor') ? 'minor' : 'critical',
    status,
    title: `${ruleId} title`,
    message: `${ruleId} is ${status}`,
    remediation: `Fix ${ruleId}.`,
    evidence: status === 'present' || status === 'ambiguous' ? [{ text, section, line: 12 }] : [],
  };
}

function document(path: string, findings: Finding[]): AuditedDocumentReport {
  return { path, format: 'docx', sha256: `sha-${path}`, status: 'audited', categories: Object.fromEntries(findings.map((item) => [item.category, item.status])), findings };
}

function report(...documents: AuditedDocumentReport[]): AuditReport {
  return {
    schemaVersion: 1,
    tool: { name: 'contract-audit', version: '1.0.0' },
    ruleset: { name: 'bundled', profile: 'msp', rules: 3 },
    documents,
    summary: { documents: documents.length, audited: documents.length, unreadable: 0, present: 0, ambiguous: 0, missing: 0, indeterminate: 0 },
  };
}

describe('changeBetween', () => {
  const at = (status: ProtectionStatus, fingerprint = 'f'): { status: ProtectionStatus; fingerprint: string } => ({ status, fingerprint });
  it.each([
    ['present', 'missing', 'lost'],
    ['ambiguous', 'missing', 'lost'],
    ['present', 'indeterminate', 'lost'],
    ['present', 'ambiguous', 'weakened'],
    ['ambiguous', 'present', 'strengthened'],
    ['missing', 'ambiguous', 'strengthened'],
    ['missing', 'present', 'gained'],
    ['missing', 'missing', 'same'],
  ] as const)('%s → %s is %s', (before, after, change) => {
    expect(changeBetween(at(before), at(after))).toBe(change);
  });

  it('calls a present clause whose words changed "changed", but not one only renumbered or re-spaced', () => {
    const original = evidenceFingerprint([{ text: '9.1 The Provider is not liable for hacking.', section: '9. Liability' }]);
    const renumbered = evidenceFingerprint([{ text: '10.1  The Provider is  not liable for hacking', section: '10. LIABILITY' }]);
    const reworded = evidenceFingerprint([{ text: '9.1 The Provider is liable for hacking.', section: '9. Liability' }]);
    expect(renumbered).toBe(original);
    expect(changeBetween({ status: 'present', fingerprint: original }, { status: 'present', fingerprint: reworded })).toBe('changed');
    expect(changeBetween({ status: 'missing', fingerprint: 'a' }, { status: 'missing', fingerprint: 'b' })).toBe('same');
  });
});

describe('lock files', () => {
  const locked = report(document('b.docx', [finding('criminal-acts', 'present'), finding('scope-x', 'missing')]), document('a.md', [finding('criminal-acts', 'ambiguous')]));

  it('records every audited document and rule, sorted, one rule per line, and reads back', () => {
    const text = formatLock(createLock(locked));
    expect(text.indexOf('"a.md"')).toBeLessThan(text.indexOf('"b.docx"'));
    expect(text).toMatch(/^ {8}"criminal-acts": \{"status":"present","fingerprint":"[0-9a-f]{16}"\},$/m);
    expect(parseLock(text, 'lock.json')).toEqual(createLock(locked));
    expect(formatLock(createLock(report(...[...locked.documents].reverse() as AuditedDocumentReport[])))).toBe(text);
  });

  it('refuses files that are not lock files, saying how to regenerate them', () => {
    expect(() => parseLock('{', 'x.json')).toThrow(LockFileError);
    expect(() => parseLock('{"lockVersion": 2, "documents": {}, "ruleset": {}}', 'x.json')).toThrow(/regenerate it with contract-audit lock/);
    expect(() => parseLock('{"lockVersion": 1, "ruleset": {}, "documents": {"a": {"rules": {"r": {"status": "present"}}}}}', 'x.json')).toThrow(/a rule r lacks/);
  });
});

describe('compareWithBaseline', () => {
  const before = report(document('t.docx', [finding('criminal-acts', 'present'), finding('scope-x', 'ambiguous'), finding('minor-y', 'missing')]));
  const lock = createLock(before);

  it('finds nothing to report when nothing changed', () => {
    const comparison = compareWithBaseline(before, lock);
    expect(comparison).toMatchObject({ regressions: [], improvements: [], newDocuments: [], newRules: [], removedDocuments: [], stale: false });
  });

  it('reports a lost clause, a reworded clause and an improvement, and calls the lock stale', () => {
    const after = report(document('t.docx', [finding('criminal-acts', 'missing'), finding('scope-x', 'ambiguous', 'Services are described in a schedule to be agreed.'), finding('minor-y', 'present')]));
    const comparison = compareWithBaseline(after, lock);
    expect(comparison.regressions.map((item) => [item.after.ruleId, item.change])).toEqual([
      ['criminal-acts', 'lost'],
      ['scope-x', 'changed'],
    ]);
    expect(comparison.improvements.map((item) => [item.after.ruleId, item.change])).toEqual([['minor-y', 'gained']]);
    expect(comparison.stale).toBe(true);
  });

  it('sets apart documents and rules the lock does not know, and locked documents not audited', () => {
    const after = report(document('new.docx', [finding('criminal-acts', 'missing')]));
    const comparison = compareWithBaseline(after, lock);
    expect(comparison.newDocuments).toEqual(['new.docx']);
    expect(comparison.removedDocuments).toEqual(['t.docx']);
    const withNewRule = report(document('t.docx', [...(before.documents[0] as AuditedDocumentReport).findings, finding('added-rule', 'missing')]));
    expect(compareWithBaseline(withNewRule, lock).newRules.map((item) => item.finding.ruleId)).toEqual(['added-rule']);
  });
});

describe('applyWaivers', () => {
  const audited = report(document('templates/legacy/old.docx', [finding('criminal-acts', 'missing'), finding('scope-x', 'present')]), document('templates/new.docx', [finding('criminal-acts', 'missing')]));

  it('marks gaps a live waiver covers by rule id or category and path glob, and nothing else', () => {
    const { report: waived, unused } = applyWaivers(audited, [{ rule: 'criminal-acts', path: 'templates/legacy/**', reason: 'Accepted by legal', expires: '2027-01-01' }, { rule: 'scope', reason: 'never used' }], '2026-12-07');
    const [legacy, current] = waived.documents as AuditedDocumentReport[];
    expect(legacy?.findings[0]?.waiver).toEqual({ reason: 'Accepted by legal', expires: '2027-01-01' });
    expect(legacy?.findings[1]?.waiver).toBeUndefined(); // present: nothing to waive
    expect(current?.findings[0]?.waiver).toBeUndefined(); // outside the glob
    expect(unused.map((waiver) => waiver.reason)).toEqual(['never used']);
  });

  it('lets an expired waiver cover nothing and reports each gap it would have covered', () => {
    const { report: waived, expired } = applyWaivers(audited, [{ rule: 'criminal-acts', reason: 'Was accepted', expires: '2026-12-06' }], '2026-12-07');
    expect((waived.documents as AuditedDocumentReport[]).flatMap((item) => item.findings).filter((item) => item.waiver)).toEqual([]);
    expect(expired.map((item) => `${item.path} ${item.ruleId}`)).toEqual(['templates/legacy/old.docx criminal-acts', 'templates/new.docx criminal-acts']);
    // The last day still counts.
    expect(applyWaivers(audited, [{ rule: 'criminal-acts', reason: 'Today', expires: '2026-12-07' }], '2026-12-07').expired).toEqual([]);
  });
});

describe('diffAgreements', () => {
  it('lists protections lost, weakened and gained between two versions, and fails only on losses', () => {
    const old = document('old.docx', [finding('criminal-acts', 'present'), finding('scope-x', 'present'), finding('minor-y', 'missing')]);
    const updated = document('new.docx', [finding('criminal-acts', 'missing'), finding('scope-x', 'ambiguous'), finding('minor-y', 'present')]);
    const diff = diffAgreements(old, updated);
    expect(diff.protections.map((item) => [item.after?.ruleId, item.change])).toEqual([
      ['criminal-acts', 'lost'],
      ['minor-y', 'gained'],
      ['scope-x', 'weakened'],
    ]);
    expect(diffFails(diff)).toBe(true);
    expect(diffFails(diffAgreements(old, old))).toBe(false);
    const improved = document('improved.docx', [finding('criminal-acts', 'present'), finding('scope-x', 'present'), finding('minor-y', 'ambiguous')]);
    expect(diffFails(diffAgreements(old, improved))).toBe(false);
    expect(diffAgreements(old, improved).protections.find((item) => item.after?.ruleId === 'minor-y')?.change).toBe('strengthened');
  });
});

describe('decideOutcome', () => {
  const policy = { failOn: 'missing', severity: 'major' } as const;
  const before = report(document('t.docx', [finding('criminal-acts', 'present'), finding('scope-x', 'missing'), finding('minor-y', 'present')]));
  const lock = createLock(before);

  it('without a baseline, fails on gaps that breach the policy and not on waived ones', () => {
    expect(decideOutcome(before, { policy })).toEqual({ exitCode: 1, failures: ['t.docx: scope-x is missing'] });
    const waived = applyWaivers(before, [{ rule: 'scope-x', reason: 'accepted' }], '2026-12-07').report;
    expect(decideOutcome(waived, { policy }).exitCode).toBe(0);
  });

  it('with a baseline, fails only on regressions at or above the severity, and on what the lock does not know', () => {
    expect(decideOutcome(before, { policy, baseline: compareWithBaseline(before, lock) }).exitCode).toBe(0);
    const lost = report(document('t.docx', [finding('criminal-acts', 'missing'), finding('scope-x', 'missing'), finding('minor-y', 'missing')]));
    expect(decideOutcome(lost, { policy, baseline: compareWithBaseline(lost, lock) }).failures).toEqual(['t.docx: criminal-acts lost (present → missing)']);
    const added = report(document('t.docx', (before.documents[0] as AuditedDocumentReport).findings), document('n.docx', [finding('criminal-acts', 'missing')]));
    expect(decideOutcome(added, { policy, baseline: compareWithBaseline(added, lock) }).failures).toEqual(['n.docx: criminal-acts is missing']);
  });

  it('fails a stale lock only when strict, an expired waiver always, and an unreadable input with 3', () => {
    const improved = report(document('t.docx', [finding('criminal-acts', 'present'), finding('scope-x', 'present'), finding('minor-y', 'present')]));
    expect(decideOutcome(improved, { policy, baseline: compareWithBaseline(improved, lock) }).exitCode).toBe(0);
    expect(decideOutcome(improved, { policy, baseline: compareWithBaseline(improved, lock), strictBaseline: true }).exitCode).toBe(1);
    const { expired } = applyWaivers(before, [{ rule: 'scope-x', reason: 'old deal', expires: '2026-01-01' }], '2026-12-07');
    expect(decideOutcome(before, { policy, baseline: compareWithBaseline(before, lock), expiredWaivers: expired }).failures).toEqual(['t.docx: scope-x: the waiver "old deal" expired on 2026-01-01']);
    const unreadable = { ...before, summary: { ...before.summary, unreadable: 1 } };
    expect(decideOutcome(unreadable, { policy }).exitCode).toBe(3);
  });
});

describe('acceptLockedGaps', () => {
  it('waives the gaps the lock accepts, and not regressions, new gaps or present protections', () => {
    const locked = report(document('t.docx', [finding('criminal-acts', 'present'), finding('scope-x', 'missing'), finding('minor-y', 'missing'), finding('other-z', 'ambiguous')]));
    const now = report(document('t.docx', [finding('criminal-acts', 'missing'), finding('scope-x', 'missing'), finding('minor-y', 'ambiguous'), finding('other-z', 'ambiguous', 'A reworded clause.')]), document('new.docx', [finding('scope-x', 'missing')]));
    const accepted = acceptLockedGaps(now, createLock(locked), 'lock.json');
    const waived = (accepted.documents as AuditedDocumentReport[]).flatMap((item) => item.findings.filter((entry) => entry.waiver).map((entry) => `${item.path} ${entry.ruleId}: ${entry.waiver?.reason}`));
    expect(waived).toEqual(['t.docx scope-x: accepted in lock.json', 't.docx minor-y: accepted in lock.json']);
  });
});
