/** Verdict for one protection (a rule, or the category it belongs to). */
export type ProtectionStatus = 'present' | 'ambiguous' | 'missing' | 'indeterminate';

/** Every protection status, strongest first. */
export const PROTECTION_STATUSES: readonly ProtectionStatus[] = ['present', 'ambiguous', 'missing', 'indeterminate'];

/**
 * Rank used to combine rule statuses into a category status: the weakest wins.
 * `indeterminate` is the weakest because it means "could not tell", which must never be hidden
 * behind a stronger verdict from another rule.
 */
export const STATUS_WEAKNESS: Readonly<Record<ProtectionStatus, number>> = {
  present: 0,
  ambiguous: 1,
  missing: 2,
  indeterminate: 3,
};

/** Whether a document could be audited. */
export type DocumentStatus = 'audited' | 'unreadable';

/** Why a document could not be audited (fixed by the interface contract). */
export type UnreadableCode =
  | 'ENCRYPTED'
  | 'NO_TEXT'
  | 'CORRUPT'
  | 'EMPTY'
  | 'UNSUPPORTED_FORMAT'
  | 'TOO_LARGE'
  | 'TIMEOUT'
  | 'READ_ERROR';
