import type { DocumentFormat, UnreadablePage } from './document.js';
import type { Severity } from './severity.js';
import type { ProtectionStatus, UnreadableCode } from './status.js';

/** A quoted, located passage. */
export interface Evidence {
  text: string;
  page?: number;
  section?: string;
  line: number;
}

/** A passage that came close to satisfying a rule, and why it did not count. */
export interface NearMiss extends Evidence {
  reason: string;
}

/** The verdict of one rule on one document. */
export interface Finding {
  ruleId: string;
  category: string;
  severity: Severity;
  status: ProtectionStatus;
  title: string;
  /** Why the status was given; for ambiguous and missing, what to look at. */
  message: string;
  remediation: string;
  evidence: Evidence[];
  /** For missing protections: up to three closest passages. */
  nearMisses?: NearMiss[];
  /** A gap the team accepted (a waiver in the configuration): shown, but never fails a run. */
  waiver?: AppliedWaiver;
}

/** The waiver that covers a finding. */
export interface AppliedWaiver {
  reason: string;
  /** Last day the waiver holds (YYYY-MM-DD). */
  expires?: string;
}

/** One document that was read and judged. */
export interface AuditedDocumentReport {
  path: string;
  format: DocumentFormat;
  sha256: string;
  pages?: number;
  status: 'audited';
  categories: Record<string, ProtectionStatus>;
  findings: Finding[];
  /** Pages that gave no text; protections that may sit on them are indeterminate. */
  unreadablePages?: UnreadablePage[];
}

/** One document that could not be read. */
export interface UnreadableDocumentReport {
  path: string;
  format?: DocumentFormat;
  sha256?: string;
  status: 'unreadable';
  error: { code: UnreadableCode; message: string };
}

export type DocumentReport = AuditedDocumentReport | UnreadableDocumentReport;

/** Totals over a report; status counts are over findings of audited documents. */
export interface ReportSummary {
  documents: number;
  audited: number;
  unreadable: number;
  present: number;
  ambiguous: number;
  missing: number;
  indeterminate: number;
}

/** The whole result of an audit; the JSON format prints exactly this. */
export interface AuditReport {
  schemaVersion: 1;
  tool: { name: 'contract-audit'; version: string };
  ruleset: { name: string; profile: string; rules: number };
  documents: DocumentReport[];
  summary: ReportSummary;
}
