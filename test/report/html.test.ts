import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AuditReport, AuditedDocumentReport } from '../../src/model/index.js';
import { formatHtml } from '../../src/report/html.js';
import { SCRIPT, abbreviations, categoryName, rankDocuments } from '../../src/report/html-parts.js';
import { sampleReport } from './sample-report.js';
import { HOSTILE_PATH, HOSTILE_QUOTE, auditedWith, reportOf, type Passages, type Verdicts } from './verdict-report.js';

// Every finding quotes the same places, so the tests look only at verdicts and escaping.
const PASSAGES: Passages = {
  evidence: (category) => ({ text: `Clause about ${category}.`, page: 2, section: '9. Confidentiality', line: 40 }),
  nearMiss: (category) => ({ text: `Almost ${category}.`, page: 3, section: '12. Force majeure', line: 77 }),
};
const audited = (path: string, verdicts: Verdicts): AuditedDocumentReport => auditedWith(path, verdicts, PASSAGES);

/** Documents in path order, as the audit emits them; the expected heat-map order is in the comments. */
function portfolio(): AuditReport {
  const hostile = audited(HOSTILE_PATH, { 'criminal-acts': ['missing', 'critical'], confidentiality: ['ambiguous', 'major'] }); // 4th: 1 serious
  const ambiguous = hostile.findings[1];
  if (ambiguous) ambiguous.evidence = [{ text: HOSTILE_QUOTE, section: '<h1>Section</h1>', line: 5 }];
  const tidy = audited('contracts/b-tidy.pdf', { 'criminal-acts': ['present', 'critical'], confidentiality: ['ambiguous', 'major'], 'data-backup': ['indeterminate', 'minor'] }); // 6th
  tidy.unreadablePages = [{ page: 4, reason: 'no text layer' }];
  const documents: AuditReport['documents'] = [
    audited('contracts/a-lean.docx', { 'governing-law': ['missing', 'minor'], 'data-backup': ['missing', 'minor'], 'criminal-acts': ['present', 'critical'] }), // 5th: 0 serious, 2 missing
    tidy,
    audited('contracts/c-tidy.pdf', { 'criminal-acts': ['present', 'critical'], confidentiality: ['ambiguous', 'major'], 'covered-assets': ['present', 'minor'] }), // 7th: ties b-tidy, path decides
    hostile,
    audited('contracts/z-worst.pdf', { 'criminal-acts': ['missing', 'critical'], confidentiality: ['missing', 'major'] }), // 3rd: 2 serious
    { path: 'contracts/zz-locked.pdf', format: 'pdf', status: 'unreadable', error: { code: 'ENCRYPTED', message: 'password-protected' } }, // 2nd: unreadable, after scan.pdf by path
    { path: 'contracts/scan.pdf', status: 'unreadable', error: { code: 'NO_TEXT', message: 'no text layer <none>' } }, // 1st: unreadable
  ];
  return reportOf(documents, 6);
}

const html = formatHtml(portfolio());
const between = (text: string, start: string, end: string): string => text.slice(text.indexOf(start), text.indexOf(end, text.indexOf(start)));
const tbody = between(html, '<tbody>', '</tbody>');
const tfoot = between(html, '<tfoot>', '</tfoot>');

/** Open and close tags pair up (void elements aside), so no report text broke out of its element. */
function unbalanced(page: string): string[] {
  const stack: string[] = [];
  const problems: string[] = [];
  const body = page.replace(/<(script|style)>[\s\S]*?<\/\1>/g, '');
  for (const [, close, name = ''] of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g)) {
    if (['meta', 'input', 'wbr', 'br', 'html'].includes(name.toLowerCase())) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) problems.push(name);
  }
  return [...problems, ...stack];
}

describe('formatHtml', () => {
  it('is one self-contained HTML5 document that loads nothing', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    for (const forbidden of ['http://', 'https://', '<link', 'src=', 'url(', '@import', '<img', '<iframe']) expect(html).not.toContain(forbidden);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain("default-src 'none'");
  });

  it('allows exactly its own inline style and script in the Content-Security-Policy', () => {
    const policy = /content="(default-src[^"]*)"/.exec(html)?.[1] ?? '';
    const blocks = [...html.matchAll(/<(style|script)>([\s\S]*?)<\/\1>/g)].map((match) => match[2] ?? '');
    expect(blocks).toHaveLength(3);
    for (const block of blocks) expect(policy).toContain(`'sha256-${createHash('sha256').update(block).digest('base64')}'`);
  });

  it('heads the page with tool, rule set and summary counts', () => {
    expect(html).toContain('contract-audit 1.2.3 · rule set <b>core</b> · profile <b>msp</b> · 6 rules');
    for (const count of ['<b>7</b> documents', '<b>5</b> audited', '<b>2</b> unreadable', '<b>4</b> present', '<b>3</b> ambiguous', '<b>5</b> missing', '<b>1</b> indeterminate']) expect(html).toContain(count);
  });

  it('orders heat-map rows worst first, unreadable documents first, ties by path', () => {
    const order = [...tbody.matchAll(/<th scope="row" class="doc"><a href="#doc-(\d+)">/g)].map((match) => Number(match[1]));
    expect(order).toEqual([6, 5, 4, 3, 0, 1, 2]);
    // The drill-down follows the same order.
    expect([...html.matchAll(/<details class="doc" id="doc-(\d+)"/g)].map((match) => Number(match[1]))).toEqual(order);
  });

  it('marks every cell with a symbol and a colour class, links it to its finding, and dashes unassessed ones', () => {
    expect(tbody).toContain('<td class="mark s-missing" data-status="missing" data-category="criminal-acts" data-severity="critical"><a href="#doc-4-f0" title="Criminal acts: missing" aria-label="Criminal acts: missing">✗</a></td>');
    expect(tbody).toContain('data-status="indeterminate" data-category="data-backup" data-severity="minor"><a href="#doc-1-f2"');
    expect(tbody).toMatch(/s-present[^>]*><a [^>]*>✓<\/a>/);
    expect(tbody).toMatch(/s-ambiguous[^>]*><a [^>]*>~<\/a>/);
    expect(tbody).toContain('<td class="mark" title="Not assessed">–</td>');
    expect(html).toContain('id="doc-4-f0"');
  });

  it('abbreviates category headings, with the full name in the title and in a legend', () => {
    expect(html).toContain('<th scope="col" title="Criminal acts (criminal-acts)">CR</th>');
    expect(html).toContain('<th scope="col" title="Covered assets (covered-assets)">CA</th>');
    expect(html).toContain('<dt>CR</dt><dd>Criminal acts (criminal-acts)</dd>');
  });

  it('spans unreadable rows across the columns with their error code', () => {
    // 3 count columns + 5 categories.
    expect(tbody).toContain('colspan="8">⊘ Unreadable: <b>NO_TEXT</b> — no text layer &lt;none&gt;</td>');
    expect(tbody).toContain('<b>ENCRYPTED</b>');
  });

  it('totals each column by status', () => {
    const row = (label: string): number[] => [...(new RegExp(`${label}</span></th>(.*)</tr>`).exec(tfoot)?.[1] ?? '').matchAll(/<td>(\d+)<\/td>/g)].map((match) => Number(match[1]));
    // Columns in the portfolio order, core first: criminal-acts, confidentiality, data-backup, governing-law, covered-assets.
    expect(html.indexOf('title="Confidentiality')).toBeLessThan(html.indexOf('title="Governing law'));
    expect(row('Missing')).toEqual([2, 1, 1, 1, 0]);
    expect(row('Ambiguous')).toEqual([0, 3, 0, 0, 0]);
    expect(row('Present')).toEqual([3, 0, 0, 0, 1]);
    expect(row('Indeterminate')).toEqual([0, 0, 1, 0, 0]);
  });

  it('escapes a hostile path, quote and section everywhere', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toMatch(/<[^>]*\son\w+=/);
    expect(html).toContain('contracts/<wbr>&lt;script&gt;alert(&quot;pwn&quot;)&lt;/<wbr>script&gt;&#39;q&#39;&amp;.pdf');
    expect(html).toContain('<blockquote>The &quot;Provider&quot; &lt;/blockquote&gt;&lt;iframe onload=alert(1)&gt; shall see https&#58;//evil.example/x &amp; &#39;more&#39;.</blockquote>');
    expect(html).toContain('&lt;h1&gt;Section&lt;/h1&gt; · line 5');
    expect(unbalanced(html)).toEqual([]);
  });

  it('drills down per document with findings grouped by status, located evidence, near misses and fixes', () => {
    const tidy = between(html, '<details class="doc" id="doc-1"', '</details>');
    expect(tidy.indexOf('Indeterminate (1)')).toBeLessThan(tidy.indexOf('Ambiguous (1)'));
    expect(tidy.indexOf('Ambiguous (1)')).toBeLessThan(tidy.indexOf('Present (1)'));
    expect(tidy).toContain('<blockquote>Clause about confidentiality.</blockquote><div class="loc">p. 2 · 9. Confidentiality · line 40</div>');
    expect(tidy).toContain('Page 4 (no text layer) could not be read');
    expect(tidy).toContain('<code>criminal-acts-rule</code>');
    expect(tidy).toContain('<b>Fix:</b> Fix confidentiality.');
    expect(tidy).not.toContain('Fix criminal-acts.');
    const worst = between(html, '<article class="finding st-missing" id="doc-4-f0"', '</article>');
    expect(worst).toContain('data-status="missing" data-severity="critical" data-category="criminal-acts"');
    expect(worst).toContain('<span class="tag sev-critical">critical</span>');
    expect(worst).toContain('<blockquote>Almost criminal-acts.</blockquote><div class="loc">p. 3 · 12. Force majeure · line 77</div><p class="reason">Does not count: Names no criminal-acts.</p>');
    const scan = between(html, '<details class="doc" id="doc-6"', '</details>');
    expect(scan).toContain('(unknown format) ⊘ unreadable');
    expect(scan).toContain('<b>NO_TEXT</b>: no text layer &lt;none&gt;');
  });

  it('reads without JavaScript: documents open, inert filter controls hidden', () => {
    expect(html.match(/<details class="doc" id="doc-\d+" open>/g)).toHaveLength(7);
    expect(html).toContain('<form id="filters" class="filters" hidden');
    for (const value of ['missing', 'indeterminate', 'ambiguous', 'present', 'critical', 'major', 'minor', 'covered-assets']) expect(html).toContain(`value="${value}" checked>`);
  });

  it('prints without controls, expanded, unbroken and in colour', () => {
    const print = between(html, '@media print{', '\n}\n');
    expect(print).toContain('.filters{display:none!important}');
    expect(print).toContain('print-color-adjust:exact');
    expect(print).toMatch(/\.finding[^{]*\{break-inside:avoid\}/);
    expect(html).toContain("addEventListener('beforeprint'");
    // Filtering hides findings on screen only.
    expect(html).toContain('@media screen{.off{display:none}}');
  });

  it('is deterministic', () => {
    expect(formatHtml(portfolio())).toBe(html);
    expect(formatHtml(structuredClone(sampleReport()))).toBe(formatHtml(sampleReport()));
  });

  it('renders the shared sample report', () => {
    const sample = formatHtml(sampleReport());
    expect(sample).toContain('Each party shall keep the other party&#39;s information confidential.');
    expect(unbalanced(sample)).toEqual([]);
  });
});

describe('html helpers', () => {
  it('abbreviates every catalog category uniquely', () => {
    const ids = ['scope-of-services', 'responsibilities', 'criminal-acts', 'unpurchased-services', 'confidentiality', 'limitation-of-liability', 'consequential-damages', 'indemnification', 'warranty-disclaimer', 'service-levels', 'data-backup', 'incident-notification', 'data-protection', 'term-termination', 'governing-law', 'force-majeure', 'insurance', 'entire-agreement', 'change-control', 'non-solicitation', 'covered-assets', 'compliance', 'claims-period'];
    const short = abbreviations(ids);
    expect(new Set(short.values()).size).toBe(ids.length);
    expect([short.get('limitation-of-liability'), short.get('confidentiality'), short.get('criminal-acts'), short.get('covered-assets')]).toEqual(['LL', 'CF', 'CR', 'CA']);
    expect(abbreviations(['x', 'x-', 'X']).size).toBe(3);
    expect(new Set(abbreviations(['x', 'x-', 'X']).values()).size).toBe(3);
  });

  it('names categories from their ids', () => {
    expect(categoryName('limitation-of-liability')).toBe('Limitation of liability');
    expect(categoryName('non-solicitation')).toBe('Non-solicitation');
  });

  it('ranks documents by serious missing, missing, ambiguous, then path', () => {
    const { audited: ranked, unreadable } = rankDocuments(portfolio());
    expect(ranked.map((entry) => entry.document.path)).toEqual(['contracts/z-worst.pdf', HOSTILE_PATH, 'contracts/a-lean.docx', 'contracts/b-tidy.pdf', 'contracts/c-tidy.pdf']);
    expect(unreadable.map((entry) => entry.index)).toEqual([6, 5]);
  });
});

// A stand-in for the few DOM calls the inline script makes, to check its filtering and printing
// without a browser.
describe('inline script', () => {
  type Handler = (event?: unknown) => void;
  const on = (): { handlers: Record<string, Handler[]>; addEventListener: (type: string, handler: Handler) => void } => {
    const handlers: Record<string, Handler[]> = {};
    return { handlers, addEventListener: (type, handler) => (handlers[type] ??= []).push(handler) };
  };
  const node = (dataset: Record<string, string> = {}) => {
    const classes = new Set<string>();
    return { dataset, classes, classList: { toggle: (name: string, force: boolean) => (force ? classes.add(name) : classes.delete(name)) } };
  };

  function run() {
    const findings = [node({ status: 'missing', severity: 'critical', category: 'criminal-acts' }), node({ status: 'present', severity: 'minor', category: 'confidentiality' })];
    const groups = findings.map((finding) => ({ ...node(), querySelector: () => (finding.classes.has('off') ? null : finding) }));
    const cells = [node({ status: 'missing', severity: 'critical major', category: 'criminal-acts' }), node({ status: 'present', severity: 'minor', category: 'confidentiality' })];
    const details = [{ open: true }, { open: false }];
    const boxes = ['status:missing', 'status:present', 'severity:critical', 'severity:major', 'severity:minor', 'category:criminal-acts', 'category:confidentiality'].map((key) => {
      const [name = '', value = ''] = key.split(':');
      return { name, value, checked: true };
    });
    const form = { ...on(), hidden: true, querySelectorAll: (selector: string) => boxes.filter((box) => box.checked && selector.includes(`"${box.name}"`)) };
    const window = on();
    const lists: Record<string, unknown[]> = { '.finding': findings, '.group': groups, 'td[data-status]': cells, details, 'details.doc': details };
    const document = { getElementById: (id: string) => (id === 'filters' ? form : null), querySelectorAll: (selector: string) => lists[selector] ?? [] };
    new Function('window', 'document', 'location', SCRIPT)(window, document, { hash: '' });
    const fire = (target: { handlers: Record<string, Handler[]> }, type: string, event?: unknown): void => target.handlers[type]?.forEach((handler) => handler(event));
    const uncheck = (key: string): void => {
      const box = boxes.find((item) => `${item.name}:${item.value}` === key);
      if (box) box.checked = false;
      fire(form, 'change');
    };
    return { findings, groups, cells, details, form, window, fire, uncheck };
  }

  it('shows its controls and leaves everything visible until a filter is changed', () => {
    const page = run();
    expect(page.form.hidden).toBe(false);
    expect([...page.findings, ...page.groups, ...page.cells].every((item) => item.classes.size === 0)).toBe(true);
  });

  it('hides findings and empty groups, and dims cells, that a filter excludes', () => {
    const page = run();
    page.uncheck('status:present');
    expect(page.findings.map((item) => item.classes.has('off'))).toEqual([false, true]);
    expect(page.groups.map((item) => item.classes.has('off'))).toEqual([false, true]);
    expect(page.cells.map((item) => item.classes.has('dim'))).toEqual([false, true]);
    page.uncheck('severity:critical');
    // The cell's verdict also rests on a major finding, so it stays lit.
    expect(page.findings[0]?.classes.has('off')).toBe(true);
    expect(page.cells[0]?.classes.has('dim')).toBe(false);
    page.uncheck('category:criminal-acts');
    expect(page.cells[0]?.classes.has('dim')).toBe(true);
  });

  it('opens every document for printing and restores them afterwards', () => {
    const page = run();
    page.fire(page.window, 'beforeprint');
    expect(page.details.map((item) => item.open)).toEqual([true, true]);
    page.fire(page.window, 'afterprint');
    expect(page.details.map((item) => item.open)).toEqual([true, false]);
  });
});

describe('caption', () => {
  it('counts documents and categories in plain English', () => {
    expect(formatHtml(sampleReport())).toMatch(/<caption class="muted">2 documents, 2 categories<\/caption>/);
  });
});
