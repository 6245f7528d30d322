import type { Severity } from './severity.js';
import type { ProtectionStatus } from './status.js';

/** Where in the rule file something was written (1-based). */
export interface SourcePosition {
  file: string;
  line: number;
  col: number;
}

/**
 * A word a text must contain for a pattern to match it: a word that is `text` (`whole`), begins
 * or ends with it, or has it inside. Words are runs of ASCII letters, lower-cased; digits separate
 * words, so "12months" holds the word "months" just as "12 months" does.
 */
export interface TokenCondition {
  text: string;
  position: 'whole' | 'start' | 'end' | 'inside';
  /** `position` and `text` in one string, for look-ups. */
  key: string;
}

/** At least one of the conditions holds in every text the pattern matches. */
export type TokenClause = readonly TokenCondition[];

/**
 * A compiled matcher. Each kind is one pure function in `src/engine/matchers/`; the YAML forms are
 * documented in `rules/README.md`.
 *
 * `requiredWords`, one entry per pattern, holds clauses (all must hold) that every text the
 * pattern matches satisfies, worked out by the rule compiler; the engine runs a pattern only on
 * texts that satisfy them. An empty entry, or no `requiredWords`, means nothing is known and the
 * pattern runs everywhere.
 */
export type Matcher =
  | { kind: 'regex'; patterns: RegExp[]; requiredWords?: Array<readonly TokenClause[]>; label?: string }
  | { kind: 'phrase'; patterns: RegExp[]; requiredWords?: Array<readonly TokenClause[]>; label?: string }
  | { kind: 'all'; of: Matcher[]; label?: string }
  | { kind: 'any'; of: Matcher[]; label?: string }
  | { kind: 'not'; of: Matcher; label?: string }
  | { kind: 'near'; within: number; of: Matcher[]; label?: string }
  | { kind: 'unnegated'; of: Matcher; negators: RegExp[]; within: number; label?: string };

/** The text unit a signal is tested against. */
export type SignalScope = 'sentence' | 'paragraph' | 'section';

/** One way a rule can be satisfied (present) or touched (ambiguous). */
export interface Signal {
  /** Short name used in explanations ("exclusion naming criminal acts"). */
  label?: string;
  /** Either a text matcher or an empty-section test. */
  match?: Matcher;
  /** Matches when a section whose heading matches has no body text under it. */
  emptySection?: RegExp;
  scope: SignalScope;
  /** The unit must sit inside a section whose heading (or an ancestor's) matches. */
  inSection?: RegExp;
  /** The unit must not sit inside a section whose heading (or an ancestor's) matches. */
  notInSection?: RegExp;
  /** For ambiguous signals: the one-sentence reason shown to the user. */
  reason?: string;
  /** Also test definitions and recitals (for "defined but never used" signals). */
  includeDefinitions?: boolean;
  position: SourcePosition;
}

/** A condition that turns a present match into an ambiguous one (carve-outs, vague standards). */
export interface Weakener {
  match: Matcher;
  reason: string;
  /** Test the evidence sentence (default), its whole paragraph, or the whole document. */
  scope: 'sentence' | 'paragraph' | 'document';
}

/** Per-profile changes to a rule. */
export interface ProfileOverride {
  severity?: Severity;
  enabled?: boolean;
}

/** Example snippets that must produce each status; they run in the test suite. */
export type RuleExamples = Partial<Record<Exclude<ProtectionStatus, 'indeterminate'>, string[]>>;

/** A validated rule. */
export interface Rule {
  id: string;
  category: string;
  title: string;
  severity: Severity;
  why: string;
  remediation: string;
  present: Signal[];
  ambiguous: Signal[];
  weakeners: Weakener[];
  /** Placeholders ([CLIENT], ____) inside present evidence make it ambiguous. */
  checkPlaceholders: boolean;
  /** A schedule/exhibit/SOW named in present evidence but absent from the document makes it ambiguous. */
  checkReferences: boolean;
  /** Reason given when nothing matched. */
  missingMessage: string;
  /** Explanations for passages that came close, tried before the generic ones. */
  nearMissReasons: Array<{ match: Matcher; reason: string }>;
  profiles: Record<string, ProfileOverride>;
  /** Whether the rule runs when its profile entry says nothing (an override can switch it off). */
  enabled: boolean;
  examples: RuleExamples;
  /** The pack the rule came from. */
  pack: string;
  position: SourcePosition;
}

/** Rules from one or more packs, validated and with one profile applied. */
export interface RuleSet {
  name: string;
  profile: string;
  /** Profiles any loaded rule mentions, plus the built-in ones. */
  profiles: string[];
  rules: Rule[];
}
