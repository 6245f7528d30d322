import type { AuditReport, AuditedDocumentReport, Evidence, Finding, ProtectionStatus, Severity } from '../../src/model/index.js';

/** A path and a quote full of markup, for the HTML report's escaping. */
export const HOSTILE_PATH = `contracts/<script>alert("pwn")</script>'q'&.pdf`;
export const HOSTILE_QUOTE = `The "Provider" </blockquote><iframe onload=alert(1)> shall see https://evil.example/x & 'more'.`;

/** Status and severity per category of one document. */
export type Verdicts = Record<string, [ProtectionStatus, Severity]>;

/** The passages a document's findings quote: evidence of a present or ambiguous one, the near miss of a missing one. */
export interface Passages {
  evidence: (category: string) => Evidence;
  nearMiss: (category: string) => Evidence;
}

function verdictFinding(category: string, status: ProtectionStatus, severity: Severity, passages: Passages): Finding {
  return {
    ruleId: `${category}-rule`,
    category,
    severity,
    status,
    title: `${category} title`,
    message: `${category} is ${status}.`,
    remediation: `Fix ${category}.`,
    evidence: status === 'present' || status === 'ambiguous' ? [passages.evidence(category)] : [],
    ...(status === 'missing' ? { nearMisses: [{ ...passages.nearMiss(category), reason: `Names no ${category}.` }] } : {}),
  };
}

/** An audited PDF with one finding per category. */
export function auditedWith(path: string, verdicts: Verdicts, passages: Passages): AuditedDocumentReport {
  const findings = Object.entries(verdicts).map(([category, [status, severity]]) => verdictFinding(category, status, severity, passages));
  const categories = Object.fromEntries(findings.map((item) => [item.category, item.status]));
  return { path, format: 'pdf', sha256: 'f00d', pages: 4, status: 'audited', categories, findings };
}

/** A report of these documents, its summary counted from them. */
export function reportOf(documents: AuditReport['documents'], rules: number): AuditReport {
  const findings = documents.flatMap((document) => (document.status === 'audited' ? document.findings : []));
  const count = (status: ProtectionStatus): number => findings.filter((item) => item.status === status).length;
  const audited = documents.filter((document) => document.status === 'audited').length;
  return {
    schemaVersion: 1,
    tool: { name: 'contract-audit', version: '1.2.3' },
    ruleset: { name: 'core', profile: 'msp', rules },
    documents,
    summary: { documents: documents.length, audited, unreadable: documents.length - audited, present: count('present'), ambiguous: count('ambiguous'), missing: count('missing'), indeterminate: count('indeterminate') },
  };
}
