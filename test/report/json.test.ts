import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/model/index.js';
import { formatJson } from '../../src/report/json.js';
import { sampleReport } from './sample-report.js';

describe('formatJson', () => {
  it('prints the report with a final newline and parses back to the same data', () => {
    const text = formatJson(sampleReport());
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(sampleReport());
  });

  it('writes keys in the documented order whatever order objects were built in', () => {
    const report = sampleReport();
    const shuffled = JSON.parse(JSON.stringify(report, Object.keys(report).reverse())) as AuditReport;
    const document = report.documents[0];
    if (document?.status !== 'audited') throw new Error('fixture changed');
    const finding = document.findings[0];
    if (!finding) throw new Error('fixture changed');
    const reordered: AuditReport = {
      ...report,
      documents: [{ ...document, findings: [{ evidence: finding.evidence, remediation: finding.remediation, message: finding.message, title: finding.title, status: finding.status, severity: finding.severity, category: finding.category, ruleId: finding.ruleId }, ...document.findings.slice(1)] }, ...report.documents.slice(1)],
    };
    expect(formatJson(reordered)).toBe(formatJson(report));
    expect(shuffled).toBeDefined();
    const parsed = JSON.parse(formatJson(reordered)) as AuditReport;
    const first = parsed.documents[0];
    expect(first?.status === 'audited' && Object.keys(first.findings[0] ?? {})).toEqual(['ruleId', 'category', 'severity', 'status', 'title', 'message', 'remediation', 'evidence']);
  });

  it('omits absent optional fields instead of writing null', () => {
    const text = formatJson(sampleReport());
    expect(text).not.toContain('null');
    expect(text).not.toContain('undefined');
    const unreadable = (JSON.parse(text) as AuditReport).documents[1];
    expect(Object.keys(unreadable ?? {})).toEqual(['path', 'format', 'sha256', 'status', 'error']);
  });
});
