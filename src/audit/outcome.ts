import type { AuditReport, ProtectionStatus, Severity } from '../model/index.js';
import { isAtLeast } from '../model/index.js';

/** Which findings fail a run: none, missing only, or missing and ambiguous. */
export type FailOn = 'missing' | 'ambiguous' | 'none';

/** The policy that decides exit code 1. */
export interface FailPolicy {
  failOn: FailOn;
  /** Least severe finding that can fail the run. */
  severity: Severity;
}

/** Default: a missing protection of severity major or critical fails the run. */
export const DEFAULT_FAIL_POLICY: FailPolicy = { failOn: 'missing', severity: 'major' };

// An unreadable page may hide the clause: it fails like a missing one, since nobody confirmed it.
const FAILING: Record<FailOn, readonly ProtectionStatus[]> = {
  none: [],
  missing: ['missing', 'indeterminate'],
  ambiguous: ['missing', 'indeterminate', 'ambiguous'],
};

/** Exit codes of the interface contract (2 is decided before an audit runs). */
export type AuditExitCode = 0 | 1 | 3;

/** Findings that breach the policy, as `path: ruleId`, for messages. */
export function failingFindings(report: AuditReport, policy: FailPolicy): string[] {
  const failing = FAILING[policy.failOn];
  return report.documents.flatMap((document) =>
    document.status === 'audited'
      ? document.findings.filter((finding) => failing.includes(finding.status) && isAtLeast(finding.severity, policy.severity)).map((finding) => `${document.path}: ${finding.ruleId}`)
      : [],
  );
}

/** 3 when any input was unreadable, else 1 when a finding breaches the policy, else 0. */
export function exitCodeFor(report: AuditReport, policy: FailPolicy): AuditExitCode {
  if (report.summary.unreadable > 0) return 3;
  return failingFindings(report, policy).length > 0 ? 1 : 0;
}
