import { compareText } from '../model/index.js';
import type { AuditReport, FailPolicy, Finding } from '../model/index.js';
import { escapeMarkdown } from './escape.js';
import { policyOf, reportGaps, unreadableDocuments, type Gap, type PolicyOptions } from './gaps.js';
import { abbreviate, reportCategories, worstFirst } from './portfolio.js';
import { STATUS_MARKS, STATUS_ORDER, describeLocation } from './vocabulary.js';

// A summary for a pull-request comment or $GITHUB_STEP_SUMMARY: the verdict first, then counts, a
// matrix of the categories with gaps, and the failing findings. GitHub refuses comments over
// 65,536 characters, so the output is kept under MARKDOWN_LIMIT by cutting the lists.

/** Most characters the Markdown summary may have (under GitHub's 65,536-character comment limit). */
export const MARKDOWN_LIMIT = 60_000;
/** Most document rows in the matrix (worst first). */
const MATRIX_ROWS = 50;
/** Room kept for the unreadable documents list before the findings take the rest. */
const UNREADABLE_BUDGET = 10_000;

/** At most `max` characters, with an ellipsis where it was cut (never inside a surrogate pair). */
function clip(text: string, max: number, keepEnd = false): string {
  if (text.length <= max) return text;
  const cut = (index: number): number => (/[\uD800-\uDBFF]/.test(text.charAt(index - 1)) ? index - 1 : index);
  return keepEnd ? `…${text.slice(text.length - cut(max - 1))}` : `${text.slice(0, cut(max - 1))}…`;
}

const md = (text: string, max: number, keepEnd = false): string => escapeMarkdown(clip(text, max, keepEnd));
const count = (value: number, word: string): string => `${value} ${word}${value === 1 ? '' : 's'}`;

function describePolicy(policy: FailPolicy): string {
  if (policy.failOn === 'none') return 'nothing fails the run (fail on none)';
  const statuses = policy.failOn === 'missing' ? 'missing or indeterminate' : 'missing, indeterminate or ambiguous';
  const severity = policy.severity === 'minor' ? 'of any severity' : policy.severity === 'critical' ? 'of severity critical' : 'of severity major or critical';
  return `${statuses} protections ${severity} fail the run`;
}

function title(report: AuditReport, failing: readonly Gap[], unreadable: number): string {
  const total = report.documents.length;
  const documents = new Set(failing.map((gap) => gap.path)).size;
  const lost = `${unreadable} could not be read`;
  if (failing.length > 0) return `## ❌ ${count(failing.length, 'protection')} ${failing.length === 1 ? 'fails' : 'fail'} the policy in ${documents} of ${count(total, 'document')}${unreadable > 0 ? `; ${lost}` : ''}`;
  if (unreadable > 0) return `## ❌ No protection fails the policy, but ${unreadable} of ${count(total, 'document')} could not be read`;
  return `## ✅ No protection fails the policy in ${count(total, 'document')}`;
}

function countsTable(report: AuditReport, failing: number): string[] {
  const { summary } = report;
  const columns: Array<[string, number]> = [['documents', summary.documents], ['audited', summary.audited], ['unreadable', summary.unreadable], ['failing', failing], ...STATUS_ORDER.map((status): [string, number] => [status, summary[status]])];
  return [`| ${columns.map(([name]) => name).join(' | ')} |`, `|${' ---: |'.repeat(columns.length)}`, `| ${columns.map(([, value]) => value).join(' | ')} |`];
}

function matrix(report: AuditReport, failing: readonly Gap[]): string[] {
  const gapped = reportCategories(report).filter((category) => report.documents.some((document) => document.status === 'audited' && document.categories[category] !== undefined && document.categories[category] !== 'present'));
  if (gapped.length === 0) return [];
  const failures = new Map<string, number>();
  for (const gap of failing) failures.set(gap.path, (failures.get(gap.path) ?? 0) + 1);
  const rows = worstFirst(report.documents).map((document) => {
    const name = md(document.path, 80, true);
    if (document.status === 'unreadable') return `| ${name} | unreadable (${document.error.code}) |${' |'.repeat(gapped.length)}`;
    const marks = gapped.map((category) => {
      const status = document.categories[category];
      return status ? escapeMarkdown(STATUS_MARKS[status]) : '';
    });
    const failed = failures.get(document.path) ?? 0;
    return `| ${name} | ${failed > 0 ? `❌ ${failed} failing` : '✅'} | ${marks.join(' | ')} |`;
  });
  const legend = [...STATUS_ORDER.map((status) => `${escapeMarkdown(STATUS_MARKS[status])} ${status}`), ...gapped.map((category) => `${abbreviate(category)} ${escapeMarkdown(category)}`)].join(' · ');
  return [
    '### Gaps by document',
    '',
    `| document | verdict | ${gapped.map(abbreviate).join(' | ')} |`,
    `| --- | --- |${' :-: |'.repeat(gapped.length)}`,
    ...rows.slice(0, MATRIX_ROWS),
    ...(rows.length > MATRIX_ROWS ? ['', `…and ${count(rows.length - MATRIX_ROWS, 'more document')} (see the full report)`] : []),
    '',
    legend,
  ];
}

function findingItem(path: string, finding: Finding): string {
  const lines = [`- **${md(path, 200, true)}** · \`${finding.ruleId.replace(/`/g, "'")}\` ${md(finding.title, 200)}: ${escapeMarkdown(STATUS_MARKS[finding.status])} ${finding.status}, ${finding.severity}`, `  - Why: ${md(finding.message, 500)}`];
  const evidence = finding.evidence[0];
  const miss = finding.nearMisses?.[0];
  if (evidence) lines.push(`  - Evidence: "${md(evidence.text, 300)}" (${md(describeLocation(evidence), 200)})`);
  else if (miss) lines.push(`  - Closest: "${md(miss.text, 300)}" (${md(describeLocation(miss), 200)}) did not count: ${md(miss.reason, 300)}`);
  lines.push(`  - Fix: ${md(finding.remediation, 500)}`);
  return lines.join('\n');
}

/** As many items as fit in `budget` characters (one line break each), and how many did not. */
function fit(items: readonly string[], budget: number): { shown: string[]; omitted: number } {
  const shown: string[] = [];
  let used = 0;
  for (const item of items) {
    if (used + item.length + 1 > budget) break;
    shown.push(item);
    used += item.length + 1;
  }
  return { shown, omitted: items.length - shown.length };
}

const more = (omitted: number): string[] => (omitted > 0 ? ['', `…and ${omitted} more (see the full report)`] : []);

/**
 * The report as a compact Markdown summary: the verdict under the fail policy, a counts table, a
 * documents × categories matrix of the categories with a gap anywhere, the failing findings and
 * the unreadable documents. Under {@link MARKDOWN_LIMIT} characters: lists that do not fit end
 * with "…and N more (see the full report)".
 */
export function formatMarkdown(report: AuditReport, options: PolicyOptions = {}): string {
  const policy = policyOf(options);
  const gaps = reportGaps(report, policy);
  const failing = gaps.filter((gap) => gap.failing);
  const unreadable = unreadableDocuments(report);
  const head = [
    title(report, failing, unreadable.length),
    `${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)} · rules ${md(report.ruleset.name, 100)} (profile ${md(report.ruleset.profile, 100)}) · ${describePolicy(policy)}`,
    countsTable(report, failing.length).join('\n'),
    matrix(report, failing).join('\n'),
  ];
  const lost = fit(unreadable.map((document) => `- **${md(document.path, 200, true)}**: ${document.error.code}, ${md(document.error.message, 300)}`), UNREADABLE_BUDGET);
  const lostBlock = unreadable.length > 0 ? ['### Unreadable documents', '', ...lost.shown, ...more(lost.omitted)].join('\n') : '';
  const others = gaps.length - failing.length;
  const tail = others > 0 ? `${count(others, 'other gap')} (below the policy threshold or waived) ${others === 1 ? 'is' : 'are'} in the full report.` : '';
  // 200 characters stay free for block breaks, the section heading and the "…and N more" line.
  const budget = MARKDOWN_LIMIT - [...head, lostBlock, tail].reduce((sum, block) => sum + block.length, 0) - 200;
  const sorted = [...failing].sort((a, b) => compareText(a.path, b.path) || compareText(a.finding.ruleId, b.finding.ruleId));
  const shown = fit(sorted.map((gap) => findingItem(gap.path, gap.finding)), budget);
  const failingBlock = failing.length > 0 ? ['### Failing protections', '', ...shown.shown, ...more(shown.omitted)].join('\n') : '';
  return `${[...head, failingBlock, lostBlock, tail].filter(Boolean).join('\n\n')}\n`;
}
