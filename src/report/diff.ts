import { Chalk } from 'chalk';
import type { AgreementDiff, Finding, ProtectionDiff, VerdictChange } from '../model/index.js';
import { STATUS_MARKS, describeLocation } from './vocabulary.js';

/** Changes in the order a reviewer wants them: what got worse first. */
const CHANGE_ORDER: readonly VerdictChange[] = ['lost', 'weakened', 'changed', 'strengthened', 'gained'];

const CHANGE_LABELS: Readonly<Record<VerdictChange, string>> = {
  lost: 'LOST',
  weakened: 'WEAKENED',
  changed: 'CHANGED',
  strengthened: 'STRENGTHENED',
  gained: 'GAINED',
  same: 'UNCHANGED',
};

function side(label: string, finding: Finding | undefined): string[] {
  if (!finding) return [`      ${label}: rule not run`];
  const mark = `${STATUS_MARKS[finding.status]} ${finding.status}`;
  const [first] = finding.evidence;
  if (!first) return [`      ${label}: ${mark}: ${finding.message}`];
  return [`      ${label}: ${mark}: "${first.text}"`, `              (${describeLocation(first)})`];
}

/** The terminal view of `diff OLD NEW`: changed protections with the evidence on both sides. */
export function formatDiff(diff: AgreementDiff, options: { color?: boolean } = {}): string {
  const chalk = new Chalk({ level: options.color === true ? 1 : 0 });
  const worse = (change: VerdictChange): boolean => change === 'lost' || change === 'weakened' || change === 'changed';
  const lines = [chalk.bold(`${diff.old.path} → ${diff.new.path}`), ''];
  const changed = CHANGE_ORDER.flatMap((change) => diff.protections.filter((item) => item.change === change));
  for (const item of changed) {
    const finding = (item.after ?? item.before) as Finding;
    const label = CHANGE_LABELS[item.change].padEnd(12);
    lines.push(`  ${worse(item.change) ? chalk.red(label) : chalk.green(label)} ${finding.severity.padEnd(8)} ${finding.ruleId}  ${finding.title}`);
    lines.push(...side('before', item.before), ...side('after ', item.after));
    if (item.change === 'lost' || item.change === 'weakened') lines.push(`      fix: ${finding.remediation}`);
  }
  if (changed.length === 0) lines.push('  No protection changed.');
  const count = (change: VerdictChange): number => diff.protections.filter((item: ProtectionDiff) => item.change === change).length;
  lines.push('', `${count('lost')} lost, ${count('weakened')} weakened, ${count('changed')} changed, ${count('strengthened')} strengthened, ${count('gained')} gained; ${count('same')} unchanged.`);
  return `${lines.join('\n')}\n`;
}

/** The JSON view of `diff OLD NEW` (keys in a fixed order, protections sorted by category and rule). */
export function formatDiffJson(diff: AgreementDiff): string {
  const verdict = (finding: Finding | undefined): unknown =>
    finding ? { status: finding.status, message: finding.message, evidence: finding.evidence.map((item) => ({ text: item.text, ...(item.page !== undefined ? { page: item.page } : {}), ...(item.section !== undefined ? { section: item.section } : {}), line: item.line })) } : null;
  const body = {
    schemaVersion: 1,
    old: { path: diff.old.path, sha256: diff.old.sha256 },
    new: { path: diff.new.path, sha256: diff.new.sha256 },
    protections: diff.protections.map((item) => {
      const finding = (item.after ?? item.before) as Finding;
      return { ruleId: finding.ruleId, category: finding.category, severity: finding.severity, title: finding.title, change: item.change, before: verdict(item.before), after: verdict(item.after) };
    }),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
