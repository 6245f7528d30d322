import type { AgreementDiff, AuditedDocumentReport, Finding, ProtectionDiff } from '../model/index.js';
import { compareText, evidenceFingerprint } from '../model/index.js';
import { changeBetween } from './compare.js';

function verdictOf(finding: Finding): { status: Finding['status']; fingerprint: string } {
  return { status: finding.status, fingerprint: evidenceFingerprint(finding.evidence) };
}

/** Compares two audited versions of an agreement, protection by protection. */
export function diffAgreements(before: AuditedDocumentReport, after: AuditedDocumentReport): AgreementDiff {
  const old = new Map(before.findings.map((finding) => [finding.ruleId, finding]));
  const current = new Map(after.findings.map((finding) => [finding.ruleId, finding]));
  const protections: ProtectionDiff[] = [];
  for (const id of new Set([...old.keys(), ...current.keys()])) {
    const was = old.get(id);
    const now = current.get(id);
    // A rule on one side only was added to or removed from the rule set, not to the agreement.
    const change = was && now ? changeBetween(verdictOf(was), verdictOf(now)) : 'same';
    protections.push({ change, ...(was ? { before: was } : {}), ...(now ? { after: now } : {}) });
  }
  const key = (item: ProtectionDiff): Finding => (item.after ?? item.before) as Finding;
  protections.sort((a, b) => compareText(key(a).category, key(b).category) || compareText(key(a).ruleId, key(b).ruleId));
  return { old: before, new: after, protections };
}

/** Whether a diff should fail: something was lost or weakened. */
export function diffFails(diff: AgreementDiff): boolean {
  return diff.protections.some((item) => item.change === 'lost' || item.change === 'weakened');
}
