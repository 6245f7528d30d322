import { createHash } from 'node:crypto';
import type { AuditReport, AuditedDocumentReport, Evidence, Finding, NearMiss, ProtectionStatus, UnreadableDocumentReport } from '../model/index.js';
import { SEVERITIES } from '../model/index.js';
import { escapeHtml as esc } from './escape.js';
import { LABELS, PRINT_DETAILS_STYLE, SCRIPT, STYLE, abbreviations, categoryName, rankDocuments, tally, type Entry } from './html-parts.js';
import { reportCategories } from './portfolio.js';
import { DOCUMENT_FORMAT_NAMES as FORMAT_NAMES, STATUS_MARKS as MARKS, STATUS_ORDER, describeLocation as where } from './vocabulary.js';

// Every string from the report goes through esc(); everything else here is constant markup.
// Anchors are named after a document's index in the report, never after its path.

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// The page may load nothing at all: no fonts, images, frames or requests, even if a future edit
// slips one in. Only the exact inline style and script below may run.
const POLICY = `default-src 'none'; style-src ${hash(STYLE)} ${hash(PRINT_DETAILS_STYLE)}; script-src ${hash(SCRIPT)}; base-uri 'none'; form-action 'none'`;

interface Columns {
  ids: string[];
  short: Map<string, string>;
}

const docId = (index: number): string => `doc-${index}`;
const findingId = (index: number, finding: number): string => `doc-${index}-f${finding}`;
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
const chip = (status: ProtectionStatus, text: string): string => `<span class="chip s-${status}">${MARKS[status]} ${esc(text)}</span>`;
const categoryTitle = (id: string): string => `${categoryName(id)} (${id})`;

function header(report: AuditReport): string {
  const { summary, ruleset, tool } = report;
  const items = [
    `<li><b>${summary.documents}</b> ${summary.documents === 1 ? 'document' : 'documents'}</li>`,
    `<li><b>${summary.audited}</b> audited</li>`,
    `<li${summary.unreadable > 0 ? ' class="s-unreadable"' : ''}><b>${summary.unreadable}</b> unreadable</li>`,
    ...(['present', 'ambiguous', 'missing', 'indeterminate'] as const).map((status) => `<li class="s-${status}">${MARKS[status]} <b>${summary[status]}</b> ${status}</li>`),
  ];
  return `<header>
<h1>Contract audit report</h1>
<p class="muted">${esc(tool.name)} ${esc(tool.version)} · rule set <b>${esc(ruleset.name)}</b> · profile <b>${esc(ruleset.profile)}</b> · ${plural(ruleset.rules, 'rule')}</p>
<ul class="summary" aria-label="Summary">${items.join('')}</ul>
</header>`;
}

function checkboxes(name: string, legend: string, options: Array<[value: string, label: string]>): string {
  const boxes = options.map(([value, label]) => `<label><input type="checkbox" name="${name}" value="${esc(value)}" checked> ${label}</label>`);
  return `<fieldset><legend>${legend} <button type="button" data-check="all">all</button><button type="button" data-check="none">none</button></legend>${boxes.join('')}</fieldset>`;
}

// Hidden until the script runs: without it the controls would do nothing.
function filters(columns: Columns): string {
  return `<form id="filters" class="filters" hidden aria-label="Filters">
${checkboxes('status', 'Status', STATUS_ORDER.map((status) => [status, `${MARKS[status]} ${LABELS[status]}`]))}
${checkboxes('severity', 'Severity', SEVERITIES.map((severity) => [severity, severity]))}
${checkboxes('category', 'Category', columns.ids.map((id) => [id, `<b>${esc(columns.short.get(id) ?? id)}</b> ${esc(categoryName(id))}`]))}
<p><button type="reset">Reset filters</button> <button type="button" data-open="all">Expand all</button> <button type="button" data-open="none">Collapse all</button></p>
</form>`;
}

function legend(columns: Columns): string {
  const statuses = STATUS_ORDER.map((status) => `<li>${chip(status, LABELS[status].toLowerCase())}</li>`);
  const categories = columns.ids.map((id) => `<div><dt>${esc(columns.short.get(id) ?? id)}</dt><dd>${esc(categoryTitle(id))}</dd></div>`);
  return `<ul class="legend" aria-label="Status legend">${statuses.join('')}<li><span class="chip s-unreadable">⊘ unreadable</span></li><li><span class="chip">– not assessed</span></li></ul>
<p class="muted">Rows run worst first: unreadable documents, then most missing critical or major protections (✗!), then most missing (✗), then most ambiguous (~), then by path. Each cell is the category's status; follow it to the finding.</p>
<dl class="categories">${categories.join('')}</dl>`;
}

// The rule whose verdict the cell shows, for its link, and the severities behind that verdict,
// so a severity filter lights the cell only when the findings that made it match.
function cell(entry: Entry<AuditedDocumentReport>, id: string): string {
  const status = entry.document.categories[id];
  if (status === undefined) return '<td class="mark" title="Not assessed">–</td>';
  const inCategory = entry.document.findings.map((finding, position) => ({ finding, position })).filter(({ finding }) => finding.category === id);
  const deciding = inCategory.filter(({ finding }) => finding.status === status);
  const shown = deciding.length > 0 ? deciding : inCategory;
  const severities = SEVERITIES.filter((severity) => shown.some(({ finding }) => finding.severity === severity));
  const label = esc(`${categoryName(id)}: ${status}`);
  const mark = shown[0] ? `<a href="#${findingId(entry.index, shown[0].position)}" title="${label}" aria-label="${label}">${MARKS[status]}</a>` : `<span title="${label}">${MARKS[status]}</span>`;
  return `<td class="mark s-${esc(status)}" data-status="${esc(status)}" data-category="${esc(id)}" data-severity="${severities.join(' ')}">${mark}</td>`;
}

// "<wbr>" after each slash lets long paths wrap at folder boundaries in narrow cells.
const pathHtml = (path: string): string => path.split('/').map(esc).join('/<wbr>');

function heatmap(audited: Array<Entry<AuditedDocumentReport>>, unreadable: Array<Entry<UnreadableDocumentReport>>, columns: Columns): string {
  const heads = columns.ids.map((id) => `<th scope="col" title="${esc(categoryTitle(id))}">${esc(columns.short.get(id) ?? id)}</th>`);
  const rows = unreadable.map(({ document, index }) => `<tr><th scope="row" class="doc"><a href="#${docId(index)}">${pathHtml(document.path)}</a></th><td class="error s-unreadable" colspan="${columns.ids.length + 3}">⊘ Unreadable: <b>${esc(document.error.code)}</b> — ${esc(document.error.message)}</td></tr>`);
  for (const entry of audited) {
    const counts = tally(entry.document);
    rows.push(`<tr><th scope="row" class="doc"><a href="#${docId(entry.index)}">${pathHtml(entry.document.path)}</a></th><td class="count">${counts.serious}</td><td class="count">${counts.missing}</td><td class="count">${counts.ambiguous}</td>${columns.ids.map((id) => cell(entry, id)).join('')}</tr>`);
  }
  // Per category: how many documents have each status.
  const totals = STATUS_ORDER.map((status) => {
    const sums = columns.ids.map((id) => audited.filter((entry) => entry.document.categories[id] === status).length);
    return `<tr><th scope="row">${chip(status, LABELS[status])}</th><td></td><td></td><td></td>${sums.map((sum) => `<td>${sum}</td>`).join('')}</tr>`;
  });
  return `<div class="scroll"><table class="heatmap">
<caption class="muted">${plural(audited.length + unreadable.length, 'document')}, ${columns.ids.length === 1 ? '1 category' : `${columns.ids.length} categories`}</caption>
<thead><tr><th scope="col" class="doc">Document</th><th scope="col" title="Missing protections of critical or major severity">✗!</th><th scope="col" title="Missing protections">✗</th><th scope="col" title="Ambiguous protections">~</th>${heads.join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot>
${totals.join('\n')}
</tfoot>
</table></div>`;
}

function quote(item: Evidence): string {
  return `<blockquote>${esc(item.text)}</blockquote><div class="loc">${esc(where(item))}</div>`;
}

function nearMisses(items: readonly NearMiss[]): string {
  const entries = items.map((item) => `<li>${quote(item)}<p class="reason">Does not count: ${esc(item.reason)}</p></li>`);
  return `<p><b>Closest passages</b></p><ul class="near">${entries.join('')}</ul>`;
}

function findingHtml(finding: Finding, id: string): string {
  const parts = [
    `<article class="finding st-${esc(finding.status)}" id="${id}" data-status="${esc(finding.status)}" data-severity="${esc(finding.severity)}" data-category="${esc(finding.category)}">`,
    `<h4>${MARKS[finding.status]} ${esc(finding.title)} <span class="tag sev-${esc(finding.severity)}">${esc(finding.severity)}</span></h4>`,
    `<p class="muted"><code>${esc(finding.ruleId)}</code> · ${esc(categoryName(finding.category))}</p>`,
    `<p>${esc(finding.message)}</p>`,
    ...finding.evidence.map((item) => `<figure>${quote(item)}</figure>`),
    finding.nearMisses && finding.nearMisses.length > 0 ? nearMisses(finding.nearMisses) : '',
    finding.status !== 'present' ? `<p><b>Fix:</b> ${esc(finding.remediation)}</p>` : '',
    '</article>',
  ];
  return parts.filter(Boolean).join('\n');
}

function auditedHtml({ document, index }: Entry<AuditedDocumentReport>): string {
  const counts = tally(document);
  const facts = [FORMAT_NAMES[document.format], document.pages !== undefined ? plural(document.pages, 'page') : null].filter(Boolean).join(', ');
  const marks = STATUS_ORDER.map((status) => `${MARKS[status]} ${counts[status]}`).join(' · ');
  const body: string[] = [`<p class="muted">sha256 <code>${esc(document.sha256)}</code></p>`];
  if (document.unreadablePages && document.unreadablePages.length > 0) {
    const pages = document.unreadablePages.map((page) => `${page.page} (${page.reason})`).join(', ');
    body.push(`<p class="warn">${document.unreadablePages.length === 1 ? 'Page' : 'Pages'} ${esc(pages)} could not be read; protections that may sit there are indeterminate.</p>`);
  }
  for (const status of STATUS_ORDER) {
    const findings = document.findings.map((finding, position) => ({ finding, position })).filter(({ finding }) => finding.status === status);
    if (findings.length === 0) continue;
    body.push(`<section class="group" data-status="${status}"><h3>${chip(status, `${LABELS[status]} (${findings.length})`)}</h3>`, ...findings.map(({ finding, position }) => findingHtml(finding, findingId(index, position))), '</section>');
  }
  if (document.findings.length === 0) body.push('<p>No findings.</p>');
  return `<details class="doc" id="${docId(index)}" open>
<summary>${pathHtml(document.path)} <span class="muted">(${esc(facts)}) ${marks}</span></summary>
<div class="body">
${body.join('\n')}
</div>
</details>`;
}

function unreadableHtml({ document, index }: Entry<UnreadableDocumentReport>): string {
  const format = document.format ? FORMAT_NAMES[document.format] : 'unknown format';
  return `<details class="doc" id="${docId(index)}" open>
<summary>${pathHtml(document.path)} <span class="muted">(${esc(format)}) ⊘ unreadable</span></summary>
<div class="body">
<p class="warn"><b>${esc(document.error.code)}</b>: ${esc(document.error.message)}</p>
<p>Nothing in this document was audited.</p>
</div>
</details>`;
}

/**
 * The HTML report: one self-contained page (inline style and script, no external resources, no
 * URLs) with a summary, a portfolio heat-map, filters and a per-document drill-down. It reads
 * fully without JavaScript and prints to PDF with every document expanded. Pure and
 * deterministic: the same report gives the same bytes.
 */
export function formatHtml(report: AuditReport): string {
  const ids = reportCategories(report);
  const columns: Columns = { ids, short: abbreviations(ids) };
  const { audited, unreadable } = rankDocuments(report);
  const documents = [...unreadable.map(unreadableHtml), ...audited.map(auditedHtml)];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<title>Contract audit: ${esc(report.ruleset.name)} (${plural(report.summary.documents, 'document')})</title>
<style>${STYLE}</style>
<style>${PRINT_DETAILS_STYLE}</style>
</head>
<body>
${header(report)}
${filters(columns)}
<main>
<section class="portfolio" aria-labelledby="portfolio"><h2 id="portfolio">Portfolio</h2>
${legend(columns)}
${heatmap(audited, unreadable, columns)}
</section>
<section aria-labelledby="documents"><h2 id="documents">Documents</h2>
${documents.join('\n')}
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
