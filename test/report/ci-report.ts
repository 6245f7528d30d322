import type { AuditReport, AuditedDocumentReport, Finding, ProtectionStatus, Severity } from '../../src/model/index.js';

/** A path with a space, markup, quotes, an ampersand, a pipe, a colon, a comma, a percent sign and a control character. */
export const HOSTILE_PATH = 'contracts/Q1 deals/<b>"O\'Neil" & Co | v2: 100%, final\u0007.pdf';

/** A finding built by hand; evidence and near misses are added by the caller. */
export function finding(ruleId: string, category: string, status: ProtectionStatus, severity: Severity, extra: Partial<Finding> = {}): Finding {
  return { ruleId, category, severity, status, title: `${ruleId} title`, message: `${ruleId} is ${status}.`, remediation: `Fix ${ruleId}.`, evidence: [], ...extra };
}

function audited(path: string, findings: Finding[]): AuditedDocumentReport {
  const categories = Object.fromEntries(findings.map((item) => [item.category, item.status]));
  return { path, format: 'pdf', sha256: 'f00d', pages: 5, status: 'audited', categories, findings };
}

/**
 * Three audited documents and one unreadable one, with every status, near misses, a waived gap and
 * a hostile path. Under the default policy (missing or indeterminate, major or above) exactly
 * three findings fail: acme's criminal-acts and data-backup, and the hostile document's scope.
 */
export function ciReport(): AuditReport {
  const acme = audited('contracts/acme msa.pdf', [
    finding('confidentiality-mutual', 'confidentiality', 'present', 'major', { evidence: [{ text: 'Each party shall keep the other party\'s information confidential.', page: 2, section: '9. Confidentiality', line: 40 }] }),
    finding('criminal-acts-exclusion', 'criminal-acts', 'missing', 'critical', {
      title: 'No liability for criminal acts',
      message: 'No clause excludes liability for criminal acts of third parties.',
      remediation: 'Add an exclusion naming hacking, malware and fraud.',
      nearMisses: [{ text: 'Neither party is liable for delays caused by acts of God.', page: 3, section: '12. Force majeure', line: 77, reason: 'A force-majeure clause that names no criminal acts.' }],
    }),
    finding('data-backup-duty', 'data-backup', 'indeterminate', 'major', { message: 'Page 5 could not be read.' }),
    finding('governing-law-named', 'governing-law', 'ambiguous', 'minor', { evidence: [{ text: 'The laws of [JURISDICTION] apply.', page: 4, section: '20. Law', line: 120 }] }),
  ]);
  const hostile = audited(HOSTILE_PATH, [
    finding('scope-described', 'scope-of-services', 'missing', 'major', { message: 'No <scope> & "services" clause.\nSecond line: 50%, done' }),
    finding('confidentiality-mutual', 'confidentiality', 'ambiguous', 'major', { evidence: [{ text: 'Confidential means <i>anything</i> marked "CONFIDENTIAL" & | pipes.', section: 'Schedule 2: Terms, Misc', line: 12 }] }),
  ]);
  const tidy = audited('contracts/tidy.pdf', [
    finding('confidentiality-mutual', 'confidentiality', 'present', 'major', { evidence: [{ text: 'Mutual confidentiality applies.', line: 3 }] }),
    finding('criminal-acts-exclusion', 'criminal-acts', 'missing', 'critical', { waiver: { reason: 'Accepted by legal for the pilot.', expires: '2099-12-31' } }),
  ]);
  const documents: AuditReport['documents'] = [
    acme,
    hostile,
    { path: 'contracts/scan.pdf', format: 'pdf', status: 'unreadable', error: { code: 'NO_TEXT', message: 'this PDF has no text layer: run OCR first' } },
    tidy,
  ];
  return {
    schemaVersion: 1,
    tool: { name: 'contract-audit', version: '1.2.3' },
    ruleset: { name: 'core', profile: 'msp', rules: 6 },
    documents,
    summary: { documents: 4, audited: 3, unreadable: 1, present: 2, ambiguous: 2, missing: 3, indeterminate: 1 },
  };
}

/** One missing critical finding and one unreadable document: the smallest report with both. */
export function smallReport(): AuditReport {
  const missing = finding('criminal-acts-exclusion', 'criminal-acts', 'missing', 'critical', {
    title: 'No liability for criminal acts',
    message: 'No clause excludes liability for criminal acts of third parties.',
    remediation: 'Add an exclusion naming hacking, malware and fraud.',
    nearMisses: [{ text: 'Neither party is liable for acts of God.', page: 3, section: '12. Force majeure', line: 77, reason: 'Names no criminal acts.' }],
  });
  return {
    schemaVersion: 1,
    tool: { name: 'contract-audit', version: '0.1.0' },
    ruleset: { name: 'core', profile: 'msp', rules: 1 },
    documents: [
      audited('contracts/acme.pdf', [missing]),
      { path: 'contracts/scan.pdf', format: 'pdf', status: 'unreadable', error: { code: 'NO_TEXT', message: 'this PDF has no text layer' } },
    ],
    summary: { documents: 2, audited: 1, unreadable: 1, present: 0, ambiguous: 0, missing: 1, indeterminate: 0 },
  };
}
