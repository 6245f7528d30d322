import type { ProtectionStatus, VerdictChange } from '../model/index.js';

/** The state of one protection being compared. */
export interface ComparedVerdict {
  status: ProtectionStatus;
  fingerprint: string;
}

// Indeterminate could not be confirmed, so for comparison it counts as not there.
const STRENGTH: Record<ProtectionStatus, number> = { present: 2, ambiguous: 1, missing: 0, indeterminate: 0 };

/**
 * Lost: was there (present or ambiguous), now missing. Weakened: present → ambiguous. Changed:
 * same status but the clause itself changed beyond spacing and numbering. Strengthened: one step
 * up, gained: missing → present.
 */
export function changeBetween(before: ComparedVerdict, after: ComparedVerdict): VerdictChange {
  const from = STRENGTH[before.status];
  const to = STRENGTH[after.status];
  if (to < from) return to === 0 ? 'lost' : 'weakened';
  if (to > from) return from === 0 && to === 2 ? 'gained' : 'strengthened';
  return to > 0 && before.fingerprint !== after.fingerprint ? 'changed' : 'same';
}

/** Changes that make a protection worse: a baseline or a diff fails on these. */
export function isRegression(change: VerdictChange): boolean {
  return change === 'lost' || change === 'weakened' || change === 'changed';
}
