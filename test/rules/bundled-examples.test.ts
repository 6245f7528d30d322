import { describe, expect, it } from 'vitest';
import { runRuleExamples } from '../../src/audit/rule-examples.js';
import { loadRuleSet } from '../../src/ruleset/index.js';

// Every bundled rule carries examples that must come out present, ambiguous and missing.
const ruleSet = await loadRuleSet();
const results = await runRuleExamples(ruleSet);

describe('bundled rule examples', () => {
  it('covers every status each rule can produce', () => {
    expect(results.filter((result) => result.text === undefined)).toEqual([]);
  });

  it.each(results.filter((result) => result.text !== undefined).map((result) => ({ ...result, name: `${result.ruleId} ${result.expected}: ${result.text?.slice(0, 60)}` })))('$name', (result) => {
    expect({ actual: result.actual, message: result.message }).toMatchObject({ actual: result.expected });
  });

  it('has rules for the five core categories', () => {
    const categories = new Set(ruleSet.rules.map((rule) => rule.category));
    for (const category of ['scope-of-services', 'responsibilities', 'criminal-acts', 'unpurchased-services', 'confidentiality']) expect(categories).toContain(category);
  });
});
