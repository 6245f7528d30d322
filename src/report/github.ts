import { compareText } from '../model/index.js';
import type { AuditReport } from '../model/index.js';
import { escapeWorkflowData, escapeWorkflowProperty } from './escape.js';
import { capitalise, focusOf, policyOf, reportGaps, unreadableDocuments, type Gap, type PolicyOptions } from './gaps.js';
import { describeLocation } from './vocabulary.js';

/** GitHub shows at most this many error and this many warning annotations per step. */
export const ANNOTATION_LIMIT = 10;

interface Annotation {
  level: 'error' | 'warning';
  path: string;
  ruleId: string;
  line?: number;
  title: string;
  message: string;
}

function fromGap({ path, finding, failing }: Gap): Annotation {
  const lines = [`${capitalise(finding.status)} (${finding.severity}): ${finding.message}`];
  const focus = focusOf(finding);
  const miss = finding.nearMisses?.[0];
  if (finding.evidence[0]) lines.push(`Evidence (${describeLocation(finding.evidence[0])}): "${finding.evidence[0].text}"`);
  else if (miss) lines.push(`Closest (${describeLocation(miss)}): "${miss.text}" did not count: ${miss.reason}`);
  lines.push(`Fix: ${finding.remediation}`);
  return {
    level: failing ? 'error' : 'warning',
    path,
    ruleId: finding.ruleId,
    ...(focus ? { line: Math.max(1, focus.line) } : {}),
    title: `${finding.title} [${finding.ruleId}]`,
    message: lines.join('\n'),
  };
}

function command(annotation: Annotation): string {
  const properties = [`file=${escapeWorkflowProperty(annotation.path)}`, ...(annotation.line !== undefined ? [`line=${annotation.line}`] : []), `title=${escapeWorkflowProperty(annotation.title)}`];
  return `::${annotation.level} ${properties.join(',')}::${escapeWorkflowData(annotation.message)}`;
}

const plural = (count: number, word: string): string => `${count} more ${word}${count === 1 ? '' : 's'}`;

/**
 * The report as GitHub Actions workflow commands, one line each: an `::error` for every finding
 * that breaches the fail policy and every unreadable document, a `::warning` for every other gap
 * (waived gaps are left out), errors first, then by path and rule id. GitHub shows only
 * {@link ANNOTATION_LIMIT} of each kind, so the rest are counted in a closing `::notice`.
 */
export function formatGithub(report: AuditReport, options: PolicyOptions = {}): string {
  const policy = policyOf(options);
  const annotations: Annotation[] = reportGaps(report, policy).filter((gap) => gap.finding.waiver === undefined).map(fromGap);
  for (const document of unreadableDocuments(report)) {
    annotations.push({ level: 'error', path: document.path, ruleId: 'unreadable-document', title: `Unreadable document (${document.error.code})`, message: document.error.message });
  }
  annotations.sort((a, b) => compareText(a.level, b.level) || compareText(a.path, b.path) || compareText(a.ruleId, b.ruleId));
  const errors = annotations.filter((annotation) => annotation.level === 'error');
  const warnings = annotations.filter((annotation) => annotation.level === 'warning');
  const lines = [...errors.slice(0, ANNOTATION_LIMIT), ...warnings.slice(0, ANNOTATION_LIMIT)].map(command);
  const [moreErrors, moreWarnings] = [Math.max(0, errors.length - ANNOTATION_LIMIT), Math.max(0, warnings.length - ANNOTATION_LIMIT)];
  if (moreErrors + moreWarnings > 0) {
    const left = [moreErrors > 0 ? plural(moreErrors, 'error') : '', moreWarnings > 0 ? plural(moreWarnings, 'warning') : ''].filter(Boolean).join(' and ');
    lines.push(`::notice::${escapeWorkflowData(`${left} left out: GitHub shows at most ${ANNOTATION_LIMIT} of each per step. Read the job summary or the full report for all of them.`)}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
