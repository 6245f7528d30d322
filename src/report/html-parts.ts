import type { AuditReport, AuditedDocumentReport, DocumentReport, ProtectionStatus, UnreadableDocumentReport } from '../model/index.js';
import { SEVERITY_RANK } from '../model/index.js';
import { abbreviate, worstFirst } from './portfolio.js';

// Vocabulary, ordering and the inline style and script of the HTML report (see html.ts).

export const LABELS: Readonly<Record<ProtectionStatus, string>> = { missing: 'Missing', indeterminate: 'Indeterminate', ambiguous: 'Ambiguous', present: 'Present' };

/** "limitation-of-liability" → "Limitation of liability"; "non-solicitation" keeps its hyphen. */
export function categoryName(id: string): string {
  const words = id.split('-').filter(Boolean).join(' ').replace(/\bnon /g, 'non-');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Column headings: the same two-letter abbreviations as the terminal's portfolio matrix. */
export function abbreviations(ids: readonly string[]): Map<string, string> {
  // Unknown categories could share initials; a number keeps every heading unique.
  const seen = new Map<string, number>();
  return new Map(ids.map((id) => {
    const short = abbreviate(id);
    const count = (seen.get(short) ?? 0) + 1;
    seen.set(short, count);
    return [id, count > 1 ? `${short}${count}` : short];
  }));
}

/** Finding counts of one document; `serious` is missing findings of critical or major severity. */
export interface Tally extends Record<ProtectionStatus, number> {
  serious: number;
}

export function tally(document: AuditedDocumentReport): Tally {
  const counts: Tally = { present: 0, ambiguous: 0, missing: 0, indeterminate: 0, serious: 0 };
  for (const finding of document.findings) {
    counts[finding.status]++;
    if (finding.status === 'missing' && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.major) counts.serious++;
  }
  return counts;
}

/** A document with its index in the report, which names its anchors whatever order it is shown in. */
export interface Entry<T extends DocumentReport = DocumentReport> {
  document: T;
  index: number;
}

/**
 * Documents in the portfolio matrix's order (unreadable first, then worst first), each with its
 * index in the report, which names its anchors whatever order it is shown in.
 */
export function rankDocuments(report: AuditReport): { audited: Array<Entry<AuditedDocumentReport>>; unreadable: Array<Entry<UnreadableDocumentReport>> } {
  const indexOf = new Map(report.documents.map((document, index) => [document, index]));
  const audited: Array<Entry<AuditedDocumentReport>> = [];
  const unreadable: Array<Entry<UnreadableDocumentReport>> = [];
  for (const document of worstFirst(report.documents)) {
    const index = indexOf.get(document) ?? 0;
    if (document.status === 'audited') audited.push({ document, index });
    else unreadable.push({ document, index });
  }
  return { audited, unreadable };
}

// Status colours run from pale (present) to dark (missing), so even a greyscale print keeps the
// heat-map's gradient; the marks carry the exact meaning. In print the heat-map gets landscape
// pages where the browser supports named pages, and a compact grid everywhere.
export const STYLE = `
:root{color-scheme:light;--line:#c8ccd2;--muted:#555e69;--panel:#f5f6f8}
*{box-sizing:border-box}
body{margin:0 auto;max-width:90rem;padding:1rem 1.5rem 3rem;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1b1f24;background:#fff}
h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line)}
h3{font-size:1rem;margin:1rem 0 .4rem}
h4{font-size:.98rem;margin:0}
code{font-size:.85em;overflow-wrap:anywhere}
.muted{color:var(--muted)}
.s-present{background:#d3eed9;color:#14532d}
.s-ambiguous{background:#f7d774;color:#4a3600}
.s-indeterminate{background:#c9b8e8;color:#2e1a5c}
.s-missing{background:#b42318;color:#fff}
.s-unreadable{background:#dde0e4;color:#1b1f24}
.chip{display:inline-block;border-radius:.35rem;padding:.05rem .5rem}
.summary{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:.6rem 0}
.summary li{border:1px solid var(--line);border-radius:.35rem;padding:.15rem .6rem}
.filters{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.4rem 1.5rem;align-items:flex-start;background:var(--panel);border:1px solid var(--line);border-radius:.35rem;padding:.5rem .75rem;margin:1rem 0}
.filters[hidden]{display:none}
.filters fieldset{border:0;margin:0;padding:0;max-width:60rem}
.filters legend{font-weight:600;padding:0}
.filters label{display:inline-block;margin-right:.7rem;white-space:nowrap}
.filters button{font:inherit;font-size:.8rem;margin-left:.2rem}
.legend{display:flex;flex-wrap:wrap;gap:.3rem;list-style:none;padding:0;margin:.4rem 0;font-size:.85rem}
.categories{columns:16rem;font-size:.85rem;margin:.4rem 0 .8rem}
.categories div{break-inside:avoid}
.categories dt{display:inline;font-weight:700}
.categories dd{display:inline;margin:0 0 0 .4rem}
.categories dd::after{content:"";display:block}
.scroll{overflow-x:auto}
.heatmap{border-collapse:collapse;font-size:.8rem}
.heatmap th,.heatmap td{border:1px solid var(--line);padding:.15rem .3rem;text-align:center}
.heatmap thead th{font-weight:600;background:var(--panel)}
.heatmap .doc{text-align:left;font-weight:400;min-width:12rem;max-width:24rem;overflow-wrap:anywhere}
.heatmap .mark{min-width:2rem;font-weight:700}
.heatmap .mark a{display:block;color:inherit;text-decoration:none}
.heatmap .count{color:var(--muted)}
.heatmap .error{text-align:left}
.heatmap tfoot th{text-align:left;white-space:nowrap}
.heatmap .dim{opacity:.18}
details.doc{border:1px solid var(--line);border-radius:.35rem;margin:.8rem 0}
details.doc>summary{cursor:pointer;padding:.45rem .75rem;background:var(--panel);font-weight:600;overflow-wrap:anywhere}
details.doc>summary .muted{font-weight:400}
.body{padding:0 .9rem .6rem}
.finding{border-left:.35rem solid var(--line);background:#fafbfc;padding:.45rem .8rem;margin:.5rem 0}
.finding.st-missing{border-color:#b42318}
.finding.st-ambiguous{border-color:#d4a514}
.finding.st-indeterminate{border-color:#7a5cb8}
.finding.st-present{border-color:#3f9a5a}
.finding p{margin:.3rem 0}
.tag{display:inline-block;font-size:.75rem;font-weight:400;border:1px solid currentColor;border-radius:.3rem;padding:0 .35rem;margin-left:.35rem;vertical-align:middle}
.sev-critical{color:#a11a10;font-weight:700}
.sev-major{color:#7a4b00}
.sev-minor{color:var(--muted)}
figure{margin:.4rem 0}
blockquote{margin:0;padding:.3rem .7rem;border-left:3px solid #8a96a3;background:#fff;overflow-wrap:anywhere}
figcaption,.loc{font-size:.8rem;color:var(--muted)}
.near{margin:.4rem 0;padding-left:1.1rem}
.near li{margin:.3rem 0}
.reason{font-style:italic}
.warn{background:#f1ebfa;border-left:.35rem solid #7a5cb8;padding:.35rem .7rem}
@media screen{.off{display:none}}
@media print{
@page{margin:12mm}
@page portfolio{size:landscape}
.portfolio{page:portfolio}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{max-width:none;padding:0;font-size:10pt}
.filters{display:none!important}
.scroll{overflow:visible}
.heatmap{font-size:7pt}
.heatmap th,.heatmap td{padding:.05rem .15rem}
.heatmap .mark{min-width:0}
.heatmap .doc{min-width:0;max-width:11rem}
.heatmap .dim{opacity:1}
.heatmap thead{display:table-header-group}
.heatmap tfoot{display:table-row-group}
.heatmap tr,.finding,figure,.near li,.categories div{break-inside:avoid}
h2,h3,h4,summary{break-after:avoid}
details.doc{break-inside:auto}
details.doc>summary{list-style:none}
a{color:inherit;text-decoration:none}
}
`;

// Collapsed documents print expanded where the browser lets CSS reach a closed <details>; the
// script below does the same in every scripted browser. A separate block, so a browser that
// does not know the selector drops only this rule.
export const PRINT_DETAILS_STYLE = `@media print{details::details-content{content-visibility:visible;display:block}}
`;

// No report text ever goes in here: the script is constant, so it cannot be injected into, and its
// hash in the Content-Security-Policy never changes. Without it the page is complete, only unfiltered.
export const SCRIPT = `
(function () {
  'use strict';
  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = [].filter.call(document.querySelectorAll('details'), function (item) { return !item.open; });
    opened.forEach(function (item) { item.open = true; });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (item) { item.open = false; });
    opened = [];
  });
  function reveal() {
    var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    var holder = target && target.closest('details');
    if (holder) holder.open = true;
  }
  window.addEventListener('hashchange', reveal);
  reveal();
  var form = document.getElementById('filters');
  if (!form) return;
  function picked(name) {
    var set = {};
    form.querySelectorAll('input[name="' + name + '"]:checked').forEach(function (box) { set[box.value] = true; });
    return set;
  }
  function apply() {
    var status = picked('status'), severity = picked('severity'), category = picked('category');
    document.querySelectorAll('.finding').forEach(function (item) {
      var data = item.dataset;
      item.classList.toggle('off', !(status[data.status] && severity[data.severity] && category[data.category]));
    });
    document.querySelectorAll('.group').forEach(function (group) {
      group.classList.toggle('off', !group.querySelector('.finding:not(.off)'));
    });
    document.querySelectorAll('td[data-status]').forEach(function (cell) {
      var data = cell.dataset;
      var severe = (data.severity || '').split(' ').some(function (name) { return severity[name]; });
      cell.classList.toggle('dim', !(status[data.status] && category[data.category] && severe));
    });
  }
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[type="button"]') : null;
    if (!button) return;
    if (button.dataset.check) {
      button.closest('fieldset').querySelectorAll('input').forEach(function (box) { box.checked = button.dataset.check === 'all'; });
      apply();
    } else if (button.dataset.open) {
      document.querySelectorAll('details.doc').forEach(function (item) { item.open = button.dataset.open === 'all'; });
    }
  });
  form.hidden = false;
  apply();
})();
`;
