import { describe, expect, it } from 'vitest';
import type { AuditReport, Finding } from '../../src/model/index.js';
import { abbreviate, formatPortfolio, worstFirst } from '../../src/report/portfolio.js';
import { sampleReport } from './sample-report.js';

const CATEGORIES = ['scope-of-services', 'responsibilities', 'criminal-acts', 'unpurchased-services', 'confidentiality', 'limitation-of-liability', 'consequential-damages', 'indemnification', 'warranty-disclaimer', 'service-levels', 'data-backup', 'incident-notification', 'data-protection', 'term-termination', 'governing-law', 'force-majeure', 'insurance', 'entire-agreement', 'change-control', 'non-solicitation', 'covered-assets', 'data-return', 'third-party-products', 'amendments', 'payment-terms', 'claims-period', 'compliance'];

function document(path: string, statuses: Record<string, 'present' | 'ambiguous' | 'missing'>): AuditReport['documents'][number] {
  const findings: Finding[] = Object.entries(statuses).map(([category, status]) => ({ ruleId: category, category, severity: 'critical', status, title: 't', message: 'm', remediation: 'r', evidence: [] }));
  return { path, format: 'pdf', sha256: 'x', status: 'audited', categories: statuses, findings };
}

function portfolioReport(): AuditReport {
  const all = (status: 'present' | 'missing') => Object.fromEntries(CATEGORIES.map((category) => [category, status]));
  return {
    ...sampleReport(),
    documents: [
      document('clients/very/deeply/nested/folder/for/a/client/with/a/long/name/msa.pdf', all('present')),
      document('clients/bad.pdf', all('missing')),
      document('clients/middle.pdf', { ...all('present'), 'criminal-acts': 'missing', confidentiality: 'ambiguous' }),
      { path: 'clients/scan.pdf', status: 'unreadable', error: { code: 'NO_TEXT', message: 'scanned' } },
    ],
  };
}

describe('formatPortfolio', () => {
  const text = formatPortfolio(portfolioReport(), 80);
  const lines = text.trimEnd().split('\n');

  it('fits 27 categories in 80 columns, shortening long paths from the left', () => {
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(text).toContain('…');
  });

  it('orders documents worst first: unreadable, then most critical gaps', () => {
    const rows = lines.slice(2, 6).map((line) => line.split(/\s+/)[0]);
    expect(rows).toEqual(['clients/scan.pdf', 'clients/bad.pdf', 'clients/middle.pdf', expect.stringMatching(/^….*msa\.pdf$/)]);
    expect(lines[2]).toContain('unreadable [NO_TEXT]');
  });

  it('shows one symbol per category, totals per column and a legend', () => {
    const middle = lines.find((line) => line.startsWith('clients/middle.pdf')) ?? '';
    expect(middle.slice(26).split(' ').slice(0, 5)).toEqual(['+', '+', 'x', '+', '~']);
    expect(lines.find((line) => line.startsWith('missing (x)'))?.slice(26).split(' ').slice(0, 3)).toEqual(['1', '1', '2']);
    expect(text).toContain('CR criminal-acts');
    expect(text).toContain('x missing');
  });
});

describe('helpers', () => {
  it('abbreviates known and unknown categories to two letters', () => {
    expect(abbreviate('criminal-acts')).toBe('CR');
    expect(abbreviate('export-control')).toBe('EC');
  });

  it('sorts ties by path so the order is stable', () => {
    const report = portfolioReport();
    expect(worstFirst([...report.documents].reverse()).map((item) => item.path)).toEqual(worstFirst(report.documents).map((item) => item.path));
  });
});
