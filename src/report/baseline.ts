import type { BaselineChange, BaselineComparison } from '../model/index.js';

function describe(item: BaselineChange): string {
  const first = item.after.evidence[0];
  const where = first ? ` (line ${first.line}${first.section ? `, ${first.section}` : ''})` : '';
  return `  ${item.change.padEnd(12)} ${item.path}: ${item.after.ruleId} ${item.before.status} → ${item.after.status}${where}`;
}

/**
 * What a run with `--baseline` found against the lock: regressions, improvements, documents and
 * rules the lock does not know, and whether the lock needs updating.
 */
export function formatBaseline(comparison: BaselineComparison, lockName: string): string {
  const lines: string[] = [];
  if (comparison.regressions.length > 0) lines.push(`Worse than ${lockName}:`, ...comparison.regressions.map(describe));
  if (comparison.improvements.length > 0) lines.push(`Better than ${lockName} (run with --update-baseline to record):`, ...comparison.improvements.map(describe));
  if (comparison.newDocuments.length > 0) lines.push(`Not in ${lockName} (judged by --fail-on): ${comparison.newDocuments.join(', ')}`);
  if (comparison.newRules.length > 0) lines.push(`Rules not in ${lockName} (judged by --fail-on): ${comparison.newRules.map((item) => `${item.path}: ${item.finding.ruleId}`).join(', ')}`);
  if (comparison.removedDocuments.length > 0) lines.push(`In ${lockName} but not audited: ${comparison.removedDocuments.join(', ')}`);
  if (lines.length === 0) lines.push(`Every protection is as recorded in ${lockName}.`);
  else if (comparison.stale) lines.push(`${lockName} is out of date; contract-audit --update-baseline rewrites it.`);
  return `${lines.join('\n')}\n`;
}
