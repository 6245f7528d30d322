import type { ExtractedDocument, Finding, ProtectionStatus, RuleSet } from '../model/index.js';
import { STATUS_WEAKNESS, compareText } from '../model/index.js';
import { evaluateRule } from './evaluate-rule.js';
import { clearMatcherMemo } from './matchers/index.js';
import { conditionTable } from './prefilter/index.js';
import { attachedLabels } from './references.js';
import { UnitCache } from './signals.js';

export { findPlaceholders } from './placeholders.js';
export { locate } from './locate.js';
export { runMatcher } from './matchers/index.js';

/** The verdicts on one document. */
export interface DocumentEvaluation {
  categories: Record<string, ProtectionStatus>;
  findings: Finding[];
}

/** Compares findings by category, then rule id: the report's fixed order. */
export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.category, b.category) || compareText(a.ruleId, b.ruleId);
}


/** A category takes the status of its weakest rule. */
export function combineStatuses(statuses: readonly ProtectionStatus[]): ProtectionStatus {
  return statuses.reduce<ProtectionStatus>((weakest, status) => (STATUS_WEAKNESS[status] > STATUS_WEAKNESS[weakest] ? status : weakest), 'present');
}

/** Runs every rule of a rule set over a document. Pure: no I/O. */
export function evaluateDocument(document: ExtractedDocument, ruleSet: RuleSet): DocumentEvaluation {
  clearMatcherMemo();
  try {
    return evaluateWithMemo(document, ruleSet);
  } finally {
    clearMatcherMemo();
  }
}

function evaluateWithMemo(document: ExtractedDocument, ruleSet: RuleSet): DocumentEvaluation {
  const cache = new UnitCache(document, conditionTable(ruleSet));
  const context = { document, attached: attachedLabels(document) };
  const findings = ruleSet.rules.map((rule) => evaluateRule(rule, cache, context)).sort(compareFindings);
  const byCategory = new Map<string, ProtectionStatus[]>();
  for (const finding of findings) byCategory.set(finding.category, [...(byCategory.get(finding.category) ?? []), finding.status]);
  const categories: Record<string, ProtectionStatus> = {};
  for (const category of [...byCategory.keys()].sort(compareText)) categories[category] = combineStatuses(byCategory.get(category) ?? []);
  return { categories, findings };
}
