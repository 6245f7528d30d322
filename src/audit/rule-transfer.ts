import { deserialize, serialize } from 'node:v8';
import type { RuleSet } from '../model/index.js';

/**
 * A compiled rule set as bytes a worker thread can read back (`v8.serialize`, which keeps regular
 * expressions), made once for every worker of a pool. Reading it back costs a few milliseconds;
 * loading the rule files again would cost each worker hundreds (YAML, validation, pattern
 * analysis). Undefined for a rule set holding something a thread cannot receive, such as a
 * function in one built by a caller.
 */
export function packRuleSet(ruleSet: RuleSet): Uint8Array | undefined {
  try {
    return serialize(ruleSet);
  } catch {
    return undefined;
  }
}

/** The rule set {@link packRuleSet} packed. */
export function unpackRuleSet(bytes: Uint8Array): RuleSet {
  return deserialize(bytes) as RuleSet;
}
