import type { RuleSet } from '../model/index.js';
import { loadRuleSet, type CompiledPackStore, type LoadRuleSetOptions } from '../ruleset/index.js';
import type { InputFile } from './discover.js';

/** Files judged with the same rules. */
export interface RuleGroup {
  ruleSet: RuleSet;
  /** How `ruleSet` was loaded, when known: files with equal sources share a group. */
  ruleSource?: LoadRuleSetOptions;
  files: InputFile[];
}

/** Names the rules a file is judged with; undefined means the batch's own. */
export type RuleSourceFor = (path: string) => LoadRuleSetOptions | undefined;

/**
 * Splits a batch by the rules each file is judged with (e.g. a configuration's per-folder
 * packs). Files whose rule sources are equal share a group, and each group's rule set is loaded
 * once; the batch's own rule set serves every file whose source is the batch's. Groups come in
 * the order of their first file, so a run is repeatable. Rules are read through `store` when given.
 */
export async function groupByRules(files: readonly InputFile[], batch: Omit<RuleGroup, 'files'>, ruleSourceFor?: RuleSourceFor, store?: CompiledPackStore): Promise<RuleGroup[]> {
  if (!ruleSourceFor) return [{ ...batch, files: [...files] }];
  const batchKey = batch.ruleSource ? JSON.stringify(batch.ruleSource) : '';
  const groups = new Map<string, { ruleSource?: LoadRuleSetOptions; files: InputFile[] }>();
  for (const file of files) {
    const ruleSource = ruleSourceFor(file.absolute);
    // Sources are plain data built the same way each time, so equal sources give equal keys.
    const key = ruleSource ? JSON.stringify(ruleSource) : batchKey;
    const group = groups.get(key) ?? { ...(ruleSource && key !== batchKey ? { ruleSource } : {}), files: [] };
    group.files.push(file);
    groups.set(key, group);
  }
  return Promise.all(
    [...groups.values()].map(async (group) => (group.ruleSource ? { ruleSet: await loadRuleSet(group.ruleSource, store), ruleSource: group.ruleSource, files: group.files } : { ...batch, files: group.files })),
  );
}
