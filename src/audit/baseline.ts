import type { AuditReport, BaselineComparison, LockFile } from '../model/index.js';
import { evidenceFingerprint } from '../model/index.js';
import { changeBetween, isRegression } from './compare.js';

/** Compares a report with a lock, protection by protection. */
export function compareWithBaseline(report: AuditReport, lock: LockFile): BaselineComparison {
  const comparison: BaselineComparison = { regressions: [], improvements: [], newDocuments: [], newRules: [], removedDocuments: [], stale: false };
  const audited = new Set<string>();
  for (const document of report.documents) {
    if (document.status !== 'audited') continue;
    audited.add(document.path);
    const locked = lock.documents[document.path];
    if (!locked) {
      comparison.newDocuments.push(document.path);
      continue;
    }
    const seen = new Set<string>();
    for (const finding of document.findings) {
      seen.add(finding.ruleId);
      const before = locked.rules[finding.ruleId];
      if (!before) {
        comparison.newRules.push({ path: document.path, finding });
        continue;
      }
      const change = changeBetween(before, { status: finding.status, fingerprint: evidenceFingerprint(finding.evidence) });
      if (change === 'same') continue;
      (isRegression(change) ? comparison.regressions : comparison.improvements).push({ path: document.path, change, before, after: finding });
    }
    // A rule in the lock that no longer runs (removed from the packs) only makes the lock stale.
    if (Object.keys(locked.rules).some((id) => !seen.has(id))) comparison.stale = true;
  }
  comparison.removedDocuments = Object.keys(lock.documents).filter((path) => !audited.has(path)).sort();
  comparison.stale ||= comparison.regressions.length + comparison.improvements.length + comparison.newDocuments.length + comparison.newRules.length + comparison.removedDocuments.length > 0;
  return comparison;
}

/**
 * Marks the gaps the lock already accepts (same status and clause as locked, or better but still
 * a gap) as waived by the lock, so every report format (JUnit failures, SARIF suppressions,
 * annotations) agrees with the exit code: with a baseline, only what got worse fails. Gaps with
 * their own waiver keep it.
 */
export function acceptLockedGaps(report: AuditReport, lock: LockFile, lockName: string): AuditReport {
  const documents = report.documents.map((document) => {
    const locked = document.status === 'audited' ? lock.documents[document.path] : undefined;
    if (document.status !== 'audited' || !locked) return document;
    const findings = document.findings.map((finding) => {
      const before = locked.rules[finding.ruleId];
      if (finding.status === 'present' || finding.waiver || !before) return finding;
      const change = changeBetween(before, { status: finding.status, fingerprint: evidenceFingerprint(finding.evidence) });
      return change === 'same' || change === 'strengthened' ? { ...finding, waiver: { reason: `accepted in ${lockName}` } } : finding;
    });
    return { ...document, findings };
  });
  return { ...report, documents };
}
