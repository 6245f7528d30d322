import type { ProtectionStatus, Rule, RuleSet } from '../model/index.js';
import { evaluateDocument } from '../engine/index.js';
import { extractDocument, isExtractionFailure } from '../extract/index.js';

/** The outcome of one rule example, or a coverage gap (no example for a status). */
export interface ExampleResult {
  ruleId: string;
  expected: Exclude<ProtectionStatus, 'indeterminate'>;
  /** The snippet; absent for coverage gaps. */
  text?: string;
  actual?: ProtectionStatus;
  /** Why the rule decided as it did. */
  message?: string;
  ok: boolean;
}

const STATUSES = ['present', 'ambiguous', 'missing'] as const;

/** A status needs an example when the rule can produce it. */
function canProduce(rule: Rule, status: (typeof STATUSES)[number]): boolean {
  if (status !== 'ambiguous') return true;
  return rule.ambiguous.length > 0 || rule.weakeners.length > 0 || rule.checkPlaceholders || rule.checkReferences;
}

/**
 * Runs every example of every rule through the real text pipeline (as a plain-text document) and
 * that rule alone, and reports mismatches and missing examples, like a linter's rule tests.
 */
export async function runRuleExamples(ruleSet: RuleSet): Promise<ExampleResult[]> {
  const results: ExampleResult[] = [];
  for (const rule of ruleSet.rules) {
    const single: RuleSet = { ...ruleSet, rules: [rule] };
    for (const expected of STATUSES) {
      const examples = rule.examples[expected] ?? [];
      if (examples.length === 0) {
        if (canProduce(rule, expected)) results.push({ ruleId: rule.id, expected, ok: false, message: `no '${expected}' example` });
        continue;
      }
      for (const text of examples) {
        const document = await extractDocument(new TextEncoder().encode(text), { fileName: 'example.txt' });
        if (isExtractionFailure(document)) {
          results.push({ ruleId: rule.id, expected, text, ok: false, message: document.message });
          continue;
        }
        const finding = evaluateDocument(document, single).findings[0];
        const actual = finding?.status;
        results.push({ ruleId: rule.id, expected, text, ok: actual === expected, ...(actual ? { actual } : {}), ...(finding ? { message: finding.message } : {}) });
      }
    }
  }
  return results;
}
