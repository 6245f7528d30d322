import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport, AuditedDocumentReport, Evidence } from '../../src/model/index.js';
import { formatHtml } from '../../src/report/html.js';
import { reportCategories } from '../../src/report/portfolio.js';
import { HOSTILE_PATH, HOSTILE_QUOTE, auditedWith, reportOf, type Verdicts } from './verdict-report.js';

// The HTML report in a real browser: Debian's Chromium driven by playwright-core.

const CHROMIUM = '/usr/bin/chromium';
// Without Chromium the suite is skipped, unless CI is set or CONTRACT_AUDIT_BROWSER_TESTS=required (.ci/run sets it): then it fails.
const REQUIRED = Boolean(process.env.CI) || process.env.CONTRACT_AUDIT_BROWSER_TESTS === 'required';
const AVAILABLE = existsSync(CHROMIUM);
const MISSING = `${CHROMIUM} not found: install Debian's chromium package to run the browser tests of the HTML report`;
const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));

// Evidence names its document's index, so a drill-down shows whose finding it is.
function audited(index: number, path: string, verdicts: Verdicts): AuditedDocumentReport {
  const located = (category: string): Omit<Evidence, 'text'> => ({ page: index + 2, section: `${index + 7}. ${category}`, line: 40 + index });
  return auditedWith(path, verdicts, {
    evidence: (category) => ({ text: `Document ${index} clause about ${category}.`, ...located(category) }),
    nearMiss: (category) => ({ text: `Document ${index} almost covers ${category}.`, ...located(category) }),
  });
}

/** Documents in path order, as the audit emits them; the heat-map shows them as ROW_ORDER. */
function portfolio(): AuditReport {
  const hostile = audited(2, HOSTILE_PATH, { 'criminal-acts': ['missing', 'critical'], confidentiality: ['ambiguous', 'major'] });
  const quoted = hostile.findings[1];
  if (quoted) quoted.evidence = [{ text: HOSTILE_QUOTE, section: '<h1>Section</h1>', line: 5 }];
  const documents: AuditReport['documents'] = [
    audited(0, 'contracts/a-lean.docx', { 'governing-law': ['missing', 'minor'], 'data-backup': ['missing', 'minor'], 'criminal-acts': ['present', 'critical'] }),
    audited(1, 'contracts/b-tidy.pdf', { 'criminal-acts': ['present', 'critical'], confidentiality: ['ambiguous', 'major'], 'data-backup': ['indeterminate', 'minor'] }),
    hostile,
    audited(3, 'contracts/z-worst.pdf', { 'criminal-acts': ['missing', 'critical'], confidentiality: ['missing', 'major'] }),
    { path: 'contracts/scan.pdf', status: 'unreadable', error: { code: 'NO_TEXT', message: 'no text layer' } },
  ];
  return reportOf(documents, 4);
}

// Worst first: unreadable, then 2 serious gaps, 1 serious gap, 2 minor gaps, 1 minor gap.
const ROW_ORDER = [4, 3, 2, 0, 1];
const report = portfolio();
const findings = report.documents.flatMap((document) => (document.status === 'audited' ? document.findings : []));

let browser: Browser | undefined;
let folder = '';
let reportUrl = '';

interface Opened {
  page: Page;
  /** Requests to anything but the report itself. */
  foreign: string[];
  /** Console errors and warnings (Content-Security-Policy violations among them), uncaught errors and dialogs. */
  problems: string[];
}

// Every test gets a fresh page, and fails if that page reached beyond its own file or complained.
const test = it.extend<{ opened: Opened }>({
  opened: async ({ skip }, use) => {
    if (!browser) return skip(MISSING);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // A missing element should fail a test quickly, not after Playwright's 30 s default.
    page.setDefaultTimeout(10_000);
    const foreign: string[] = [];
    const problems: string[] = [];
    const own = (url: string): boolean => url.split('#')[0] === reportUrl || url.startsWith('data:') || url.startsWith('about:');
    page.on('request', (request) => {
      if (!own(request.url())) foreign.push(request.url());
    });
    // Also stop such a request before it leaves the machine.
    await page.route('**/*', (route) => (own(route.request().url()) ? route.continue() : route.abort()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(reportUrl);
    await use({ page, foreign, problems });
    await page.close();
    expect(foreign, 'network requests').toEqual([]);
    expect(problems, 'console errors, page errors and dialogs').toEqual([]);
  },
});

// A browser global, for code that runs in the page: the project's type-check leaves out the DOM library.
declare const getComputedStyle: (element: unknown) => { opacity: string; backgroundColor: string };

const visibleCount = async (locator: Locator): Promise<number> => {
  let visible = 0;
  for (const item of await locator.all()) if (await item.isVisible()) visible++;
  return visible;
};
const opacity = (locator: Locator): Promise<string> => locator.evaluate((element) => getComputedStyle(element).opacity);

describe('HTML report in Chromium', () => {
  beforeAll(async () => {
    if (!AVAILABLE) {
      if (REQUIRED) throw new Error(`${MISSING} (required here: CI or CONTRACT_AUDIT_BROWSER_TESTS=required is set)`);
      return;
    }
    folder = mkdtempSync(join(tmpdir(), 'contract-audit-html-'));
    const file = join(folder, 'report.html');
    writeFileSync(file, formatHtml(report));
    reportUrl = pathToFileURL(file).href;
    mkdirSync(OUTPUT, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test('loads from a file URL with its own style and script, and nothing else', async ({ opened: { page } }) => {
    // The script ran (the Content-Security-Policy allowed its hash): it reveals the filters.
    await expect(page.locator('#filters').isVisible()).resolves.toBe(true);
    // The style applied: a missing cell is dark red.
    const missing = page.locator('.heatmap td.mark[data-status="missing"]').first();
    await expect(missing.evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.toBe('rgb(180, 35, 24)');
    // Hostile report text stays text.
    await expect(page.locator('iframe, main script').count()).resolves.toBe(0);
    await expect(page.locator('.heatmap tbody th.doc').allInnerTexts()).resolves.toContain(HOSTILE_PATH);
    await expect(page.locator('blockquote', { hasText: 'shall see https://evil.example/x' }).textContent()).resolves.toBe(HOSTILE_QUOTE);
    await page.screenshot({ path: join(OUTPUT, 'html-report.png'), fullPage: true });
  });

  test('shows one heat-map row per document, worst first, with each category status in its cell', async ({ opened: { page } }) => {
    const columns = reportCategories(report);
    const heads = await page.locator('.heatmap thead th[title]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('title')));
    expect(heads.slice(3).map((title) => /\(([^)]+)\)$/.exec(title ?? '')?.[1])).toEqual(columns);

    const rows = page.locator('.heatmap tbody tr');
    await expect(rows.count()).resolves.toBe(report.documents.length);
    const links = await rows.locator('th.doc a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(ROW_ORDER.map((index) => `#doc-${index}`));

    for (const [position, index] of ROW_ORDER.entries()) {
      const document = report.documents[index];
      const row = rows.nth(position);
      await expect(row.locator('th.doc').innerText()).resolves.toBe(document?.path);
      if (document?.status !== 'audited') {
        await expect(row.locator('td.error').innerText()).resolves.toContain('Unreadable: NO_TEXT');
        continue;
      }
      const cells = await row.locator('td.mark').evaluateAll((tds) => tds.map((td) => ({ status: td.getAttribute('data-status'), category: td.getAttribute('data-category'), text: td.textContent })));
      expect(cells).toEqual(columns.map((id) => {
        const status = document.categories[id];
        return status === undefined ? { status: null, category: null, text: '–' } : { status, category: id, text: { missing: '✗', indeterminate: '?', ambiguous: '~', present: '✓' }[status] };
      }));
    }
  });

  test('shows only missing findings, and dims every other cell, when the status filter says so', async ({ opened: { page } }) => {
    const all = page.locator('.finding');
    await expect(visibleCount(all)).resolves.toBe(findings.length);
    const status = page.locator('#filters fieldset', { has: page.locator('input[name="status"]') });
    await status.getByRole('button', { name: 'none' }).click();
    await expect(visibleCount(all)).resolves.toBe(0);
    await status.getByRole('checkbox', { name: 'Missing' }).check();

    const missing = findings.filter((item) => item.status === 'missing').length;
    expect(missing).toBeGreaterThan(0);
    await expect(visibleCount(all)).resolves.toBe(missing);
    await expect(visibleCount(page.locator('.finding[data-status="missing"]'))).resolves.toBe(missing);
    await expect(visibleCount(page.locator('.group:not([data-status="missing"])'))).resolves.toBe(0);
    // Rows stay; only the cells of other statuses fade.
    await expect(page.locator('.heatmap tbody tr').count()).resolves.toBe(report.documents.length);
    for (const cell of await page.locator('.heatmap td[data-status]').all()) {
      await expect(opacity(cell)).resolves.toBe((await cell.getAttribute('data-status')) === 'missing' ? '1' : '0.18');
    }

    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(() => visibleCount(all)).toBe(findings.length);
    await expect(page.locator('.heatmap .dim').count()).resolves.toBe(0);
  });

  test('drills down from the heat-map into a collapsed document and its located evidence', async ({ opened: { page } }) => {
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect(page.locator('details.doc[open]').count()).resolves.toBe(0);
    const evidence = page.locator('#doc-1-f1 blockquote');
    await expect(evidence.isVisible()).resolves.toBe(false);

    // b-tidy.pdf (document 1): its confidentiality cell links to finding 1, the ambiguous one.
    await page.locator('.heatmap tbody tr', { has: page.locator('a[href="#doc-1"]') }).locator('td[data-category="confidentiality"] a').click();
    // The page opens the document on the link's hash change: wait for it before reading the state.
    await page.waitForSelector('#doc-1[open]', { state: 'attached' });
    await expect(page.locator('details.doc[open]').evaluateAll((items) => items.map((item) => item.id))).resolves.toEqual(['doc-1']);
    await expect(evidence.isVisible()).resolves.toBe(true);
    await expect(evidence.innerText()).resolves.toBe('Document 1 clause about confidentiality.');
    await expect(page.locator('#doc-1-f1 .loc').innerText()).resolves.toBe('p. 3 · 8. confidentiality · line 41');
    await expect(visibleCount(page.locator('#doc-1 .finding'))).resolves.toBe(3);
    await expect(visibleCount(page.locator('#doc-3 .finding'))).resolves.toBe(0);

    // A document's own link opens it too, with its near misses located.
    await page.locator('.heatmap tbody th.doc a[href="#doc-3"]').click();
    await page.waitForSelector('#doc-3[open]', { state: 'attached' });
    await expect(page.locator('#doc-3').getAttribute('open')).resolves.toBe('');
    const near = page.locator('#doc-3-f0 .near li').first();
    await expect(near.isVisible()).resolves.toBe(true);
    await expect(near.locator('blockquote').innerText()).resolves.toBe('Document 3 almost covers criminal-acts.');
    await expect(near.locator('.loc').innerText()).resolves.toBe('p. 5 · 10. criminal-acts · line 43');
  });

  test('prints without controls, with every finding shown even if collapsed or filtered out', async ({ opened: { page } }) => {
    await page.getByRole('button', { name: 'Collapse all' }).click();
    const status = page.locator('#filters fieldset', { has: page.locator('input[name="status"]') });
    await status.getByRole('checkbox', { name: 'Present' }).uncheck();
    const present = page.locator('.finding[data-status="present"]');
    await expect(visibleCount(present)).resolves.toBe(0);
    await expect(visibleCount(page.locator('.finding'))).resolves.toBe(0);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#filters').isVisible()).resolves.toBe(false);
    await expect(visibleCount(page.locator('.finding'))).resolves.toBe(findings.length);
    await expect(visibleCount(present)).resolves.toBe(findings.filter((item) => item.status === 'present').length);
    for (const cell of await page.locator('.heatmap td[data-status="present"]').all()) await expect(opacity(cell)).resolves.toBe('1');
    await page.screenshot({ path: join(OUTPUT, 'html-report-print.png'), fullPage: true });
  });
});
