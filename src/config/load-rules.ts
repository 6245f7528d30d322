import { stat } from 'node:fs/promises';
import type { RuleSet, SourcePosition } from '../model/index.js';
import { RuleSetError, checkRuleSettings, loadRuleCatalog, selectRules, suggest, type CompiledPackStore, type RuleCatalog, type RuleFileProblem } from '../ruleset/index.js';
import { ConfigError } from './config-error.js';
import { choiceFor, loadOptions } from './rule-sources.js';
import type { EffectiveConfig, RuleChoice } from './settings.js';

/** One rule choice of the configuration: the top level (no entry) or a `paths:` entry over it. */
interface Choice {
  choice: RuleChoice;
  entry?: number;
}

/**
 * Loads the configuration's top-level rule set, after checking everything in the configuration
 * that depends on rules: its rule files exist, its profiles and overridden rule ids are known to
 * the packs they choose (top level and each `paths:` entry), and each waiver names a rule or
 * category of some chosen pack. Problems are located in the file; a broken rule file still throws
 * its own RuleSetError. With a store, packs compiled before are read back from it.
 */
export async function loadConfiguredRules(config: EffectiveConfig, store?: CompiledPackStore): Promise<RuleSet> {
  const choices: Choice[] = [{ choice: choiceFor(config, []) }, ...config.settings.paths.map((entry, index) => ({ choice: choiceFor(config, [entry]), entry: index }))];
  const missing = await missingRuleFiles(config);
  if (missing.length > 0) throw new ConfigError(missing);
  const catalogs = new Map<string, RuleCatalog>();
  for (const { choice } of choices) {
    const key = catalogKey(choice);
    if (!catalogs.has(key)) catalogs.set(key, await loadRuleCatalog(loadOptions(choice), store));
  }
  const catalogOf = (choice: RuleChoice): RuleCatalog => catalogs.get(catalogKey(choice)) as RuleCatalog;
  const problems: RuleFileProblem[] = [];
  for (const { choice, entry } of choices) {
    const catalog = catalogOf(choice);
    if (!catalog.profiles.includes(choice.profile)) {
      const hint = suggest(choice.profile, catalog.profiles);
      const match = entry !== undefined ? config.settings.paths[entry]?.match : undefined;
      const scope = match !== undefined ? ` for the documents matching '${match}'` : '';
      problems.push({ ...profilePosition(config, entry), message: `unknown profile '${choice.profile}'${scope}${hint ? ` - did you mean '${hint}'?` : ''} (known: ${catalog.profiles.join(', ')})` });
      continue;
    }
    try {
      // The top level's overrides must name its rules; an entry's own overrides, the entry's rules.
      if (entry === undefined) selectRules(catalog, loadOptions(choice));
      else checkRuleSettings(catalog.rules, config.settings.paths[entry]?.overrides ?? []);
    } catch (error) {
      if (!(error instanceof RuleSetError)) throw error;
      problems.push(...error.problems);
    }
  }
  problems.push(...unknownWaiverRules(config, [...catalogs.values()]));
  // Entries that share a problem (an unknown profile written once) report it once.
  const unique = [...new Map(problems.map((problem) => [`${problem.file}:${problem.line}:${problem.col}:${problem.message}`, problem])).values()];
  if (unique.length > 0) throw new ConfigError(unique);
  const top = choices[0] as Choice;
  return selectRules(catalogOf(top.choice), loadOptions(top.choice));
}

function catalogKey(choice: RuleChoice): string {
  return JSON.stringify([choice.packs ?? null, choice.rules]);
}

function at(config: EffectiveConfig, path: ReadonlyArray<string | number>, flag: string): SourcePosition {
  return config.file ? config.file.locate(path) : { file: flag, line: 1, col: 1 };
}

function profilePosition(config: EffectiveConfig, entry: number | undefined): SourcePosition {
  if (config.origins.profile === 'command line') return { file: '--profile', line: 1, col: 1 };
  const fromEntry = entry !== undefined && config.settings.paths[entry]?.profile !== undefined;
  return at(config, fromEntry ? ['paths', entry, 'profile'] : ['profile'], '--profile');
}

/** Rule files named in the configuration file that do not exist, at the line naming them. */
async function missingRuleFiles(config: EffectiveConfig): Promise<RuleFileProblem[]> {
  if (!config.file || config.origins.rules === 'command line') return [];
  const lists: Array<{ files: readonly string[]; where: Array<string | number> }> = [
    ...(config.origins.rules === 'file' ? [{ files: config.settings.rules, where: ['rules'] }] : []),
    ...config.settings.paths.map((entry, index) => ({ files: entry.rules ?? [], where: ['paths', index, 'rules'] })),
  ];
  const problems: RuleFileProblem[] = [];
  for (const { files, where } of lists) {
    for (const [index, file] of files.entries()) {
      if ((await stat(file).catch(() => null))?.isFile()) continue;
      problems.push({ ...at(config, [...where, index], '--rules'), message: `rule file not found: ${file}` });
    }
  }
  return problems;
}

/** Waivers whose `rule` is neither a rule id nor a category of any chosen pack. */
function unknownWaiverRules(config: EffectiveConfig, catalogs: readonly RuleCatalog[]): RuleFileProblem[] {
  const rules = catalogs.flatMap((catalog) => catalog.rules);
  const known = [...new Set([...rules.map((rule) => rule.id), ...rules.map((rule) => rule.category)])];
  return config.settings.waivers.flatMap((waiver, index) => {
    if (known.includes(waiver.rule)) return [];
    const hint = suggest(waiver.rule, known);
    return [{ ...at(config, ['waivers', index, 'rule'], 'waivers'), message: `waiver of unknown rule or category '${waiver.rule}'${hint ? ` - did you mean '${hint}'?` : ''}` }];
  });
}
