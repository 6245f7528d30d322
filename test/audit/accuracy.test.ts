import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accuracyReport, accuracyStats, readLabels, type Comparison } from '../../src/audit/accuracy.js';

const compare = (expected: Comparison['expected'], actual: Comparison['actual'], category = 'criminal-acts'): Comparison => ({ document: 'a.pdf', category, expected, actual });

describe('readLabels', () => {
  it('reads status or label keys and maps underscore category names to ids', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'contract-audit-labels-')), 'labels.yaml');
    writeFileSync(path, [
      'documents:',
      '  acme:',
      '    third_party_criminal_acts: {label: ambiguous, quote: "x"}',
      '    scope_of_services: {label: present}',
      '    security_incident_notification: {label: missing}',
      '    confidentiality: {status: missing, why: "y"}',
      '    traps: ["ignored"]',
    ].join('\n'));
    const labels = await readLabels(path);
    expect(Object.fromEntries(labels.get('acme') ?? [])).toEqual({
      'criminal-acts': 'ambiguous',
      'scope-of-services': 'present',
      'incident-notification': 'missing',
      confidentiality: 'missing',
    });
  });
});

describe('accuracyStats', () => {
  it('computes 3-way accuracy and gap precision/recall', () => {
    const stats = accuracyStats([
      compare('present', 'present'),
      compare('missing', 'missing'),
      compare('ambiguous', 'missing'), // a gap found, wrong kind
      compare('present', 'ambiguous'), // a false gap
      compare('missing', 'present'), // a missed gap
      compare('missing', 'indeterminate'), // not reported as a gap
    ]);
    expect(stats).toEqual({ total: 6, correct: 2, accuracy: 2 / 6, gapPrecision: 2 / 3, gapRecall: 2 / 4 });
  });
});

describe('accuracyReport', () => {
  it('builds confusion per category, core figures and the disagreements', () => {
    const report = accuracyReport([compare('present', 'present', 'confidentiality'), compare('missing', 'ambiguous', 'confidentiality'), compare('present', 'present', 'insurance')]);
    expect(report.categories.map((item) => item.category)).toEqual(['confidentiality', 'insurance']);
    expect(report.categories[0]?.confusion).toEqual({ present: { present: 1 }, missing: { ambiguous: 1 } });
    expect(report.core.total).toBe(2);
    expect(report.overall.correct).toBe(2);
    expect(report.disagreements).toEqual([{ document: 'a.pdf', category: 'confidentiality', expected: 'missing', actual: 'ambiguous' }]);
  });
});
