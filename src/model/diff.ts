import type { AuditedDocumentReport, Finding } from './report.js';

/** How a protection changed between two versions of an agreement (or a lock and a run). */
export type VerdictChange = 'lost' | 'weakened' | 'changed' | 'strengthened' | 'gained' | 'same';

/** One protection compared across two versions. */
export interface ProtectionDiff {
  change: VerdictChange;
  /** Absent when the rule did not run on the old version. */
  before?: Finding;
  /** Absent when the rule no longer runs on the new version. */
  after?: Finding;
}

/** Two versions of one agreement compared protection by protection. */
export interface AgreementDiff {
  old: AuditedDocumentReport;
  new: AuditedDocumentReport;
  /** Sorted by category, then rule id; unchanged protections included. */
  protections: ProtectionDiff[];
}
