import type { Finding } from './report.js';
import { isAtLeast, type Severity } from './severity.js';
import type { ProtectionStatus } from './status.js';

/** Which findings fail a run: none, missing only, or missing and ambiguous. */
export type FailOn = 'missing' | 'ambiguous' | 'none';

/** The policy that decides exit code 1, and which findings reports mark as failing. */
export interface FailPolicy {
  failOn: FailOn;
  /** Least severe finding that can fail the run. */
  severity: Severity;
}

/** Default: a missing protection of severity major or critical fails the run. */
export const DEFAULT_FAIL_POLICY: FailPolicy = { failOn: 'missing', severity: 'major' };

// An unreadable page may hide the clause: it fails like a missing one, since nobody confirmed it.
const FAILING: Readonly<Record<FailOn, readonly ProtectionStatus[]>> = {
  none: [],
  missing: ['missing', 'indeterminate'],
  ambiguous: ['missing', 'indeterminate', 'ambiguous'],
};

/**
 * True when a finding breaches the policy: a failing status at or above the policy's severity,
 * and not covered by a waiver (an accepted gap is shown but never fails a run).
 */
export function isFailing(finding: Pick<Finding, 'status' | 'severity' | 'waiver'>, policy: FailPolicy): boolean {
  return finding.waiver === undefined && FAILING[policy.failOn].includes(finding.status) && isAtLeast(finding.severity, policy.severity);
}
