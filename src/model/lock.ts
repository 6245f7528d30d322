import type { VerdictChange } from './diff.js';
import type { Finding } from './report.js';
import type { ProtectionStatus } from './status.js';

/** What a lock file records of one rule on one document. */
export interface LockedVerdict {
  status: ProtectionStatus;
  /** Fingerprint of the evidence (see `evidenceFingerprint`): changes when the clause does. */
  fingerprint: string;
}

/**
 * `contract-audit.lock.json`: the accepted state of a set of agreements, per document and rule.
 * A later run with `--baseline` fails only on what got worse than this.
 */
export interface LockFile {
  lockVersion: 1;
  ruleset: { name: string; profile: string };
  documents: Record<string, { sha256: string; rules: Record<string, LockedVerdict> }>;
}

/** One protection that differs from the lock. */
export interface BaselineChange {
  path: string;
  change: VerdictChange;
  before: LockedVerdict;
  after: Finding;
}

/** How a run compares with a lock file. */
export interface BaselineComparison {
  /** Lost, weakened or changed protections. */
  regressions: BaselineChange[];
  /** Strengthened or gained protections. */
  improvements: BaselineChange[];
  /** Audited documents the lock does not know (judged by the ordinary policy). */
  newDocuments: string[];
  /** Rules the lock does not know on documents it does (judged by the ordinary policy). */
  newRules: Array<{ path: string; finding: Finding }>;
  /** Locked documents this run did not audit (deleted, renamed, or now unreadable). */
  removedDocuments: string[];
  /** Whether the lock no longer describes this run (any verdict or evidence differs). */
  stale: boolean;
}
