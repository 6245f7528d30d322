import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { AccuracyReport, AccuracyStats, ProtectionStatus, RuleSet } from '../model/index.js';
import { auditFile } from './audit-file.js';
import { DEFAULT_LIMITS } from './read-input.js';

/** The five categories the product is built around. */
export const CORE_CATEGORIES = ['scope-of-services', 'responsibilities', 'criminal-acts', 'unpurchased-services', 'confidentiality'] as const;

/** Hand labels: document id -> category -> expected status. */
export type Labels = Map<string, Map<string, Exclude<ProtectionStatus, 'indeterminate'>>>;

// Older label files name categories with underscores; a few names differ from the ids.
const CATEGORY_ALIASES: Record<string, string> = {
  third_party_criminal_acts: 'criminal-acts',
  unpurchased_services_excluded: 'unpurchased-services',
  security_incident_notification: 'incident-notification',
};

/** What a document got for a category: a status, "not-checked" or "unreadable:CODE". */
export type Outcome = ProtectionStatus | 'not-checked' | `unreadable:${string}`;

/** One labelled verdict compared with the tool's. */
export interface Comparison {
  document: string;
  category: string;
  expected: Exclude<ProtectionStatus, 'indeterminate'>;
  actual: Outcome;
}

/** Reads a labels file: `documents: {id: {category: {status|label: ...}}}`. */
export async function readLabels(path: string): Promise<Labels> {
  const data = parse(await readFile(path, 'utf8')) as { documents?: Record<string, Record<string, unknown>> };
  const labels: Labels = new Map();
  for (const [id, categories] of Object.entries(data.documents ?? {})) {
    const byCategory = new Map<string, Exclude<ProtectionStatus, 'indeterminate'>>();
    for (const [key, value] of Object.entries(categories)) {
      const status = (value as { status?: unknown; label?: unknown } | null)?.status ?? (value as { label?: unknown } | null)?.label;
      if (status === 'present' || status === 'ambiguous' || status === 'missing') byCategory.set(CATEGORY_ALIASES[key] ?? key.replace(/_/g, '-'), status);
    }
    labels.set(id, byCategory);
  }
  return labels;
}

/**
 * Audits every labelled document found in a folder (as `<id>.<extension>` for each extension) and
 * compares each labelled category with the tool's verdict.
 */
export async function compareWithLabels(folder: string, labels: Labels, ruleSet: RuleSet, extensions: readonly string[]): Promise<Comparison[]> {
  const present = new Set(await readdir(folder));
  const comparisons: Comparison[] = [];
  for (const [id, categories] of [...labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const extension of extensions) {
      const name = `${id}.${extension}`;
      if (!present.has(name)) continue;
      const report = await auditFile({ absolute: join(folder, name), display: name }, ruleSet, { limits: DEFAULT_LIMITS });
      for (const [category, expected] of categories) {
        const actual: Outcome = report.status === 'unreadable' ? `unreadable:${report.error.code}` : (report.categories[category] ?? 'not-checked');
        comparisons.push({ document: name, category, expected, actual });
      }
    }
  }
  return comparisons;
}

/** 3-way accuracy and gap precision/recall (NaN where undefined). */
export function accuracyStats(comparisons: readonly Comparison[]): AccuracyStats {
  let correct = 0;
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  for (const { expected, actual } of comparisons) {
    if (expected === actual) correct++;
    const expectedGap = expected !== 'present';
    const foundGap = actual === 'missing' || actual === 'ambiguous';
    if (expectedGap && foundGap) truePositive++;
    else if (!expectedGap && foundGap) falsePositive++;
    else if (expectedGap && !foundGap) falseNegative++;
  }
  return {
    total: comparisons.length,
    correct,
    accuracy: correct / comparisons.length,
    gapPrecision: truePositive / (truePositive + falsePositive),
    gapRecall: truePositive / (truePositive + falseNegative),
  };
}

/** Confusion per category, overall and core figures, and the disagreements, in a stable order. */
export function accuracyReport(comparisons: readonly Comparison[]): AccuracyReport {
  const byCategory = new Map<string, Comparison[]>();
  for (const comparison of comparisons) byCategory.set(comparison.category, [...(byCategory.get(comparison.category) ?? []), comparison]);
  const categories = [...byCategory.keys()].sort().map((category) => {
    const items = byCategory.get(category) ?? [];
    const confusion: Record<string, Record<string, number>> = {};
    for (const { expected, actual } of items) {
      const row = (confusion[expected] ??= {});
      row[actual] = (row[actual] ?? 0) + 1;
    }
    return { category, stats: accuracyStats(items), confusion };
  });
  const core: readonly string[] = CORE_CATEGORIES;
  return {
    categories,
    overall: accuracyStats(comparisons),
    core: accuracyStats(comparisons.filter((comparison) => core.includes(comparison.category))),
    disagreements: comparisons.filter((comparison) => comparison.expected !== comparison.actual).map(({ document, category, expected, actual }) => ({ document, category, expected, actual })),
  };
}
