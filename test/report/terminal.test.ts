import { describe, expect, it } from 'vitest';
import { formatTerminal } from '../../src/report/terminal.js';
import { wrap } from '../../src/report/wrap.js';
import { sampleReport } from './sample-report.js';

const ANSI = /\u001b\[/;

describe('formatTerminal', () => {
  const plain = formatTerminal(sampleReport(), { color: false, width: 80 });

  it('prints a header per document with format, pages and profile', () => {
    expect(plain).toMatch(/^contracts\/acme\.pdf \(PDF, 3 pages, profile msp\)$/m);
  });

  it('lists missing before present, with reason, near miss and fix for the gap only', () => {
    expect(plain.indexOf('MISSING (1)')).toBeLessThan(plain.indexOf('PRESENT (1)'));
    expect(plain).toMatch(/Closest: "Neither party is liable for delays caused by acts of God\."/);
    expect(plain).toMatch(/→ A force-majeure clause that names no criminal acts\./);
    expect(plain).toMatch(/Fix: Add an exclusion naming hacking, malware and fraud\./);
    expect(plain).not.toMatch(/Fix: Define it\./);
  });

  it('quotes and locates evidence', () => {
    expect(plain).toContain('"Each party shall keep the other party\'s information confidential."');
    expect(plain).toContain('— p. 2 · 9. Confidentiality · line 40');
  });

  it('says when a gap is waived, why and until when', () => {
    const report = sampleReport();
    const document = report.documents[0];
    const gap = document?.status === 'audited' ? document.findings.find((finding) => finding.status === 'missing') : undefined;
    if (!gap) throw new Error('the sample has a missing finding');
    gap.waiver = { reason: 'Accepted by legal, ticket 123', expires: '2027-06-30' };
    expect(formatTerminal(report, { color: false, width: 80 })).toContain('Waived until 2027-06-30: Accepted by legal, ticket 123');
    expect(plain).not.toContain('Waived');
  });

  it('reports an unreadable document with its code and message', () => {
    expect(plain).toMatch(/✗ unreadable \[NO_TEXT\]: this PDF has no text layer/);
  });

  it('ends with a summary line, wrapped between items when narrow', () => {
    expect(plain.trimEnd().split('\n').slice(-2)).toEqual(['Summary: 2 documents · 1 audited · 1 unreadable · 1 present · 0 ambiguous ·', '  1 missing']);
    expect(formatTerminal(sampleReport(), { color: false, width: 120 }).trimEnd().split('\n').pop()).toBe('Summary: 2 documents · 1 audited · 1 unreadable · 1 present · 0 ambiguous · 1 missing');
  });

  it('keeps lines within the width and uses colour only when asked', () => {
    for (const line of plain.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(plain).not.toMatch(ANSI);
    expect(formatTerminal(sampleReport(), { color: true, width: 80 })).toMatch(ANSI);
  });
});

describe('wrap', () => {
  it('wraps on word boundaries with indentation', () => {
    expect(wrap('one two three four five', 12, '  ')).toBe('  one two\n  three four\n  five');
    expect(wrap('alpha beta', 40, '    ', '- ')).toBe('- alpha beta');
  });

  it('keeps a word longer than the width whole', () => {
    expect(wrap('a supercalifragilistic word', 10, '')).toBe('a\nsupercalifragilistic\nword');
  });
});
