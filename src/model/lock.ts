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
