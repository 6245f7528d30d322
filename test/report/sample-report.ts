import type { AuditReport } from '../../src/model/index.js';

/** A small report with every kind of document and finding, built by hand. */
export function sampleReport(): AuditReport {
  return {
    schemaVersion: 1,
    tool: { name: 'contract-audit', version: '9.9.9' },
    ruleset: { name: 'core', profile: 'msp', rules: 2 },
    documents: [
      {
        path: 'contracts/acme.pdf',
        format: 'pdf',
        sha256: 'abc',
        pages: 3,
        status: 'audited',
        categories: { 'criminal-acts': 'missing', confidentiality: 'present' },
        findings: [
          {
            ruleId: 'confidentiality-mutual',
            category: 'confidentiality',
            severity: 'major',
            status: 'present',
            title: 'Mutual confidentiality',
            message: 'Both parties are bound.',
            remediation: 'Define it.',
            evidence: [{ text: 'Each party shall keep the other party\'s information confidential.', page: 2, section: '9. Confidentiality', line: 40 }],
          },
          {
            ruleId: 'criminal-acts-exclusion',
            category: 'criminal-acts',
            severity: 'critical',
            status: 'missing',
            title: 'No liability for criminal acts',
            message: 'No clause excludes liability for criminal acts of third parties.',
            remediation: 'Add an exclusion naming hacking, malware and fraud.',
            evidence: [],
            nearMisses: [{ text: 'Neither party is liable for delays caused by acts of God.', page: 3, section: '12. Force majeure', line: 77, reason: 'A force-majeure clause that names no criminal acts.' }],
          },
        ],
      },
      { path: 'contracts/scan.pdf', format: 'pdf', sha256: 'def', status: 'unreadable', error: { code: 'NO_TEXT', message: 'this PDF has no text layer' } },
    ],
    summary: { documents: 2, audited: 1, unreadable: 1, present: 1, ambiguous: 0, missing: 1, indeterminate: 0 },
  };
}
