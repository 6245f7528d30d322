import { isFailing, type AuditReport, type FailPolicy } from '../model/index.js';

// The policy lives in model so that reports can mark failing findings; it is re-exported here,
// where the exit code is decided, for callers that import it from the audit layer.
export { DEFAULT_FAIL_POLICY } from '../model/index.js';
export type { FailOn, FailPolicy } from '../model/index.js';

/** Exit codes of the interface contract (2 is decided before an audit runs). */
export type AuditExitCode = 0 | 1 | 3;

/** Findings that breach the policy, as `path: ruleId`, for messages. */
export function failingFindings(report: AuditReport, policy: FailPolicy): string[] {
  return report.documents.flatMap((document) =>
    document.status === 'audited'
      ? document.findings.filter((finding) => isFailing(finding, policy)).map((finding) => `${document.path}: ${finding.ruleId}`)
      : [],
  );
}

/** 3 when any input was unreadable, else 1 when a finding breaches the policy, else 0. */
export function exitCodeFor(report: AuditReport, policy: FailPolicy): AuditExitCode {
  if (report.summary.unreadable > 0) return 3;
  return failingFindings(report, policy).length > 0 ? 1 : 0;
}
