import { DEFAULT_FAIL_POLICY, compareText, isFailing } from '../model/index.js';
import type { AuditReport, Evidence, FailPolicy, Finding, UnreadableDocumentReport } from '../model/index.js';

// What the CI formats (SARIF, JUnit, Markdown, GitHub annotations) share: which findings are
// problems, which of them fail the policy, and one order to list them in.

/** Options of the formats that mark failing findings. */
export interface PolicyOptions {
  /** Which findings fail the run (default {@link DEFAULT_FAIL_POLICY}). */
  failPolicy?: FailPolicy;
}

/** A finding that is not present, on the document it belongs to. */
export interface Gap {
  path: string;
  finding: Finding;
  /** Whether it breaches the fail policy. */
  failing: boolean;
}


/** The policy in the options, or the default one. */
export function policyOf(options: PolicyOptions): FailPolicy {
  return options.failPolicy ?? DEFAULT_FAIL_POLICY;
}

/** The gaps of a report (missing, ambiguous, indeterminate), failing first, then by path and rule id. */
export function reportGaps(report: AuditReport, policy: FailPolicy): Gap[] {
  const gaps: Gap[] = [];
  for (const document of report.documents) {
    if (document.status !== 'audited') continue;
    for (const finding of document.findings) {
      if (finding.status !== 'present') gaps.push({ path: document.path, finding, failing: isFailing(finding, policy) });
    }
  }
  return gaps.sort((a, b) => Number(b.failing) - Number(a.failing) || compareText(a.path, b.path) || compareText(a.finding.ruleId, b.finding.ruleId));
}

/** Unreadable documents, by path. */
export function unreadableDocuments(report: AuditReport): UnreadableDocumentReport[] {
  return report.documents.filter((document): document is UnreadableDocumentReport => document.status === 'unreadable').sort((a, b) => compareText(a.path, b.path));
}

/** Where to point at for a finding: its first evidence, else the closest near miss. */
export function focusOf(finding: Finding): Evidence | undefined {
  return finding.evidence[0] ?? finding.nearMisses?.[0];
}

/** "missing" → "Missing". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
