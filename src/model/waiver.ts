/** An accepted gap: a rule (or a whole category) that may be missing or ambiguous in some files. */
export interface Waiver {
  /** A rule id or a category id. */
  rule: string;
  /** Glob of the document paths it covers (default: every document). */
  path?: string;
  /** Why the gap is accepted: shown wherever the waived finding is. */
  reason: string;
  /** Last day the waiver holds, YYYY-MM-DD; after it, the waiver fails the run. */
  expires?: string;
}
