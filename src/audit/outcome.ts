import { isAtLeast, isFailing, type AuditReport, type BaselineComparison, type FailPolicy } from '../model/index.js';
import type { ExpiredWaiver } from './waivers.js';

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
  return decideOutcome(report, { policy }).exitCode;
}

/** What decides a run's exit code beyond the report itself. */
export interface RunOutcomeOptions {
  policy: FailPolicy;
  /** With a lock: only regressions fail, plus what the lock does not know yet. */
  baseline?: BaselineComparison;
  /** Also fail when the lock no longer describes the run. */
  strictBaseline?: boolean;
  /** Waivers past their date that still cover a gap. */
  expiredWaivers?: readonly ExpiredWaiver[];
}

/** The exit code and, for exit code 1, each reason in one line. */
export interface RunOutcome {
  exitCode: AuditExitCode;
  failures: string[];
}

/**
 * Decides the exit code: 3 when an input was unreadable; else 1 when a finding breaches the
 * policy (or, with a baseline, when a protection got worse than the lock at or above the policy's
 * severity, or a document or rule the lock does not know breaches the policy), when a waiver has
 * expired, or with `strictBaseline` when the lock is stale; else 0. Waived findings never fail.
 */
export function decideOutcome(report: AuditReport, options: RunOutcomeOptions): RunOutcome {
  const { policy, baseline } = options;
  const failures: string[] = [];
  const breach = (path: string, finding: Parameters<typeof isFailing>[0] & { ruleId: string }): void => {
    if (isFailing(finding, policy)) failures.push(`${path}: ${finding.ruleId} is ${finding.status}`);
  };
  if (baseline) {
    for (const item of baseline.regressions) {
      if (item.after.waiver === undefined && isAtLeast(item.after.severity, policy.severity)) failures.push(`${item.path}: ${item.after.ruleId} ${item.change} (${item.before.status} → ${item.after.status})`);
    }
    const unknown = new Set(baseline.newDocuments);
    for (const document of report.documents) if (document.status === 'audited' && unknown.has(document.path)) for (const finding of document.findings) breach(document.path, finding);
    for (const { path, finding } of baseline.newRules) breach(path, finding);
    if (options.strictBaseline === true && baseline.stale) failures.push('the lock file is out of date (--strict-baseline); update it with --update-baseline');
  } else {
    for (const document of report.documents) if (document.status === 'audited') for (const finding of document.findings) breach(document.path, finding);
  }
  for (const item of options.expiredWaivers ?? []) failures.push(`${item.path}: ${item.ruleId}: the waiver "${item.waiver.reason}" expired on ${item.waiver.expires ?? '?'}`);
  const exitCode: AuditExitCode = report.summary.unreadable > 0 ? 3 : failures.length > 0 ? 1 : 0;
  return { exitCode, failures };
}

