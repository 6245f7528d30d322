import type { AccuracyReport, AccuracyStats, ProtectionStatus } from '../model/index.js';

const STATUSES: readonly ProtectionStatus[] = ['present', 'ambiguous', 'missing'];

function percent(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

function statsLine(stats: AccuracyStats): string {
  return `accuracy ${percent(stats.accuracy)} (${stats.correct}/${stats.total}), gap precision ${percent(stats.gapPrecision)}, gap recall ${percent(stats.gapRecall)}`;
}

/** Per-category confusion matrices, then overall and core figures, then every disagreement. */
export function formatAccuracy(view: AccuracyReport): string {
  const lines: string[] = [];
  for (const { category, stats, confusion } of view.categories) {
    lines.push(`${category}: ${statsLine(stats)}`, `  expected \\ actual  ${STATUSES.map((status) => status.padEnd(10)).join('')}other`);
    for (const expected of STATUSES) {
      const row = confusion[expected] ?? {};
      const other = Object.entries(row).filter(([actual]) => !STATUSES.includes(actual as ProtectionStatus)).reduce((sum, [, count]) => sum + count, 0);
      lines.push(`  ${expected.padEnd(18)}${STATUSES.map((actual) => String(row[actual] ?? 0).padEnd(10)).join('')}${other}`);
    }
    lines.push('');
  }
  lines.push(`Overall: ${statsLine(view.overall)}`, `Core five: ${statsLine(view.core)}`);
  if (view.disagreements.length > 0) {
    lines.push('', `Disagreements (${view.disagreements.length}):`);
    for (const item of view.disagreements) lines.push(`  ${item.document}  ${item.category}: expected ${item.expected}, got ${item.actual}`);
  }
  return `${lines.join('\n')}\n`;
}
