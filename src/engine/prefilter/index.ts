import type { Matcher, RuleSet } from '../../model/index.js';
import { ConditionTable } from './condition-table.js';

export { CandidateTexts } from './candidates.js';
export { TokenIndex } from './token-index.js';
export type { ConditionTable } from './condition-table.js';

const tables = new WeakMap<RuleSet, ConditionTable>();

/** The numbered word conditions of every signal pattern in a rule set, kept as long as the rule set. */
export function conditionTable(ruleSet: RuleSet): ConditionTable {
  let table = tables.get(ruleSet);
  if (!table) {
    table = new ConditionTable();
    const register = (matcher: Matcher): void => {
      if (matcher.kind === 'regex' || matcher.kind === 'phrase') {
        for (const clauses of matcher.requiredWords ?? []) for (const clause of clauses) for (const condition of clause) table?.id(condition);
      } else if (matcher.kind === 'not' || matcher.kind === 'unnegated') register(matcher.of);
      else for (const child of matcher.of) register(child);
    };
    // Only signals are looked for through the word index. Weakeners and near-miss reasons run on
    // passages a signal already matched (or the whole text), so their words would only make the
    // table larger; were one ever asked for, its conditions would be added then.
    for (const rule of ruleSet.rules) for (const signal of [...rule.present, ...rule.ambiguous]) if (signal.match) register(signal.match);
    tables.set(ruleSet, table);
  }
  return table;
}
