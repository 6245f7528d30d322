import { resolve } from 'node:path';
import { isMap, isScalar, isSeq, type Pair } from 'yaml';
import { SEVERITIES, type Severity } from '../model/index.js';
import { suggest, type RuleSetting, type YamlFile } from '../ruleset/index.js';
import { booleanValue, enumValue } from './fields.js';
import type { RuleChoice } from './settings.js';

/** Keys that choose rules, at the top level and in `paths:` entries. */
export const RULE_CHOICE_KEYS = ['profile', 'packs', 'rules', 'overrides'] as const;

/** What reading a configuration file needs to know beyond the file. */
export interface ReadContext {
  file: YamlFile;
  /** The file's folder, which relative rule-file paths are resolved against. */
  folder: string;
  /** Names of the bundled packs, which `packs:` may name. */
  bundledPacks: readonly string[];
}

/** Reads the rule-choice keys present in `fields`; absent keys stay absent. */
export function readRuleChoice(context: ReadContext, fields: ReadonlyMap<string, Pair<unknown, unknown>>): Partial<RuleChoice> {
  const { file } = context;
  const choice: Partial<RuleChoice> = {};
  const value = (key: string): unknown => fields.get(key)?.value;
  if (fields.has('profile')) {
    const profile = file.string(value('profile'), "'profile'");
    if (profile !== undefined) choice.profile = profile;
  }
  if (fields.has('packs')) choice.packs = readPacks(context, value('packs'));
  if (fields.has('rules')) choice.rules = file.strings(value('rules'), "'rules'").map((path) => resolve(context.folder, path));
  if (fields.has('overrides')) choice.overrides = readSettings(file, value('overrides'));
  return choice;
}

function readPacks(context: ReadContext, node: unknown): string[] {
  const { file, bundledPacks } = context;
  if (!isSeq(node) && !isScalar(node)) {
    file.report(node, "'packs' must be a pack name or a list of names");
    return [];
  }
  return (isSeq(node) ? node.items : [node]).flatMap((item) => {
    const name = file.string(item, isSeq(node) ? "each entry of 'packs'" : "'packs'");
    if (name === undefined) return [];
    if (bundledPacks.includes(name)) return [name];
    const hint = suggest(name, bundledPacks);
    file.report(item, `unknown bundled pack '${name}'${hint ? ` - did you mean '${hint}'?` : ''} (bundled: ${bundledPacks.join(', ')}); add your own packs with 'rules:'`);
    return [];
  });
}

/** `overrides:` of a configuration file: rule id -> {severity?, enabled?}. */
function readSettings(file: YamlFile, node: unknown): RuleSetting[] {
  if (!isMap(node)) {
    file.report(node, "'overrides' must map rule ids to {severity, enabled}");
    return [];
  }
  return (node.items as Array<Pair<unknown, unknown>>).flatMap((pair) => {
    const ruleId = isScalar(pair.key) ? String(pair.key.value) : '';
    const fields = file.pairs(pair.value, ['severity', 'enabled'], `override of '${ruleId}'`);
    if (!fields) return [];
    const setting: RuleSetting = { ruleId, position: file.positionOf(pair.key) };
    if (fields.has('severity')) {
      const severity = enumValue<Severity>(file, fields.get('severity')?.value, SEVERITIES, "'severity'");
      if (severity !== undefined) setting.severity = severity;
    }
    if (fields.has('enabled')) {
      const enabled = booleanValue(file, fields.get('enabled')?.value, "'enabled'");
      if (enabled !== undefined) setting.enabled = enabled;
    }
    return [setting];
  });
}
