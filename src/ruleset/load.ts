import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rule, RuleSet } from '../model/index.js';
import { readPackThroughStore, type CompiledPackStore } from './compiled-packs.js';
import { RuleSetError, suggest, type RuleFileProblem } from './problems.js';
import type { RuleOverride } from './read-overrides.js';
import { readPack, type RulePack } from './read-pack.js';
import { checkRuleSettings, settingsById, type RuleSetting } from './rule-settings.js';

/** Profiles every rule set knows; packs may add more through rule `profiles:` entries. */
export const BUILT_IN_PROFILES = ['msp', 'break-fix'] as const;
export const DEFAULT_PROFILE = 'msp';

/** The bundled packs together are a few hundred KiB; a rule file far larger is a mistake or an attack. */
export const MAX_RULE_FILE_BYTES = 5 * 1024 * 1024;

/** Folder of the bundled rule packs (shipped with the package). */
export const BUNDLED_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

/** Options for {@link loadRuleSet}. */
export interface LoadRuleSetOptions {
  /** Extra rule files; a pack with the same name as a bundled one replaces it. */
  ruleFiles?: readonly string[];
  /** Load the bundled packs (default true). */
  bundled?: boolean;
  /** Only these bundled packs, by name (default: all of them). */
  packs?: readonly string[];
  /** Profile to apply (default `msp`). */
  profile?: string;
  /**
   * Changes to single rules (a configuration file's `overrides:`), applied last: after the packs'
   * own overrides and after the profile. Plain data, like every option here, so that a
   * configuration's per-folder rule sources can be compared.
   */
  overrides?: readonly RuleSetting[];
}

/** Every rule of the selected packs, with the packs' overrides applied but no profile yet. */
export interface RuleCatalog {
  /** The packs' names joined with `+` (the rule set's name). */
  name: string;
  rules: Rule[];
  /** Profiles a rule set made from these rules can use. */
  profiles: string[];
}

/**
 * Reads one rule file from disk; problems include unreadable files. With a store, a pack this
 * compiler has already compiled from the same text is read back from it.
 */
export async function readPackFile(path: string, store?: CompiledPackStore): Promise<{ pack: RulePack | null; problems: RuleFileProblem[] }> {
  let source: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_RULE_FILE_BYTES) {
      return { pack: null, problems: [{ file: path, line: 1, col: 1, message: `rule file is ${(size / 1048576).toFixed(1)} MiB, over the ${MAX_RULE_FILE_BYTES / 1048576} MiB limit for rule files; split it into packs` }] };
    }
    source = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    return { pack: null, problems: [{ file: path, line: 1, col: 1, message: `cannot read rule file: ${reason}` }] };
  }
  return store ? readPackThroughStore(path, source, store) : readPack(path, source);
}

/** The bundled rule files, in name order. */
export async function bundledRuleFiles(): Promise<string[]> {
  const names = await readdir(BUNDLED_RULES_DIR);
  return names.filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(BUNDLED_RULES_DIR, name));
}

/**
 * Loads, validates and combines rule packs, then applies a profile. Throws {@link RuleSetError}
 * listing every problem in every file when anything is wrong.
 */
export async function loadRuleSet(options: LoadRuleSetOptions = {}, store?: CompiledPackStore): Promise<RuleSet> {
  return selectRules(await loadRuleCatalog(options, store), options);
}

/** Loads and validates the packs (the slow part of {@link loadRuleSet}), before any profile. */
export async function loadRuleCatalog(options: Pick<LoadRuleSetOptions, 'ruleFiles' | 'bundled' | 'packs'> = {}, store?: CompiledPackStore): Promise<RuleCatalog> {
  const bundled = options.bundled === false ? [] : await selectBundled(options.packs);
  const files = [...bundled, ...(options.ruleFiles ?? [])];
  const results = await Promise.all(files.map((file) => readPackFile(file, store)));
  const problems = results.flatMap((result) => result.problems);
  if (problems.length > 0) throw new RuleSetError(problems);
  const packs = new Map<string, RulePack>();
  for (const result of results) if (result.pack) packs.set(result.pack.name, result.pack);
  const rules = applyOverrides([...packs.values()].flatMap((pack) => pack.rules), [...packs.values()].flatMap((pack) => pack.overrides));
  checkUniqueIds(rules);
  return { name: [...packs.keys()].join('+') || 'empty', rules, profiles: knownProfiles(rules) };
}

/** A rule set from a catalog: the profile applied, then the rule settings. */
export function selectRules(catalog: RuleCatalog, options: Pick<LoadRuleSetOptions, 'profile' | 'overrides'> = {}): RuleSet {
  const profile = options.profile ?? DEFAULT_PROFILE;
  if (!catalog.profiles.includes(profile)) {
    throw new RuleSetError([{ file: '--profile', line: 1, col: 1, message: `unknown profile '${profile}' (known: ${catalog.profiles.join(', ')})` }]);
  }
  checkRuleSettings(catalog.rules, options.overrides ?? []);
  return { name: catalog.name, profile, profiles: catalog.profiles, rules: applyProfile(catalog.rules, profile, options.overrides) };
}

/** Applies `overrides:` entries in load order; an override of an unknown rule is an error. */
function applyOverrides(rules: Rule[], overrides: readonly RuleOverride[]): Rule[] {
  const byId = new Map(rules.map((rule, index) => [rule.id, index]));
  const problems: RuleFileProblem[] = [];
  const result = [...rules];
  for (const override of overrides) {
    const index = byId.get(override.ruleId);
    const rule = index !== undefined ? result[index] : undefined;
    if (index === undefined || !rule) {
      const hint = suggest(override.ruleId, [...byId.keys()]);
      problems.push({ ...override.position, message: `override of unknown rule '${override.ruleId}'${hint ? ` - did you mean '${hint}'?` : ''}` });
      continue;
    }
    const profiles = { ...rule.profiles };
    for (const [name, change] of Object.entries(override.profiles)) profiles[name] = { ...profiles[name], ...change };
    result[index] = {
      ...rule,
      ...(override.severity ? { severity: override.severity } : {}),
      ...(override.enabled !== undefined ? { enabled: override.enabled } : {}),
      profiles,
    };
  }
  if (problems.length > 0) throw new RuleSetError(problems);
  return result;
}

/** Names of the bundled packs (their file names), in name order. */
export async function bundledPackNames(): Promise<string[]> {
  return (await bundledRuleFiles()).map(packName);
}

function packName(file: string): string {
  return basename(file).replace(/\.ya?ml$/, '');
}

/** The bundled rule files, or only the named packs (an unknown name is an error). */
async function selectBundled(packs: readonly string[] | undefined): Promise<string[]> {
  const files = await bundledRuleFiles();
  if (!packs) return files;
  const byName = new Map(files.map((file) => [packName(file), file]));
  const unknown = packs.filter((name) => !byName.has(name));
  if (unknown.length > 0) {
    throw new RuleSetError(unknown.map((name) => ({ file: '--pack', line: 1, col: 1, message: `unknown bundled pack '${name}' (bundled: ${[...byName.keys()].join(', ')})` })));
  }
  return packs.map((name) => byName.get(name) ?? '');
}

function checkUniqueIds(rules: readonly Rule[]): void {
  const seen = new Map<string, Rule>();
  const problems: RuleFileProblem[] = [];
  for (const rule of rules) {
    const first = seen.get(rule.id);
    if (first) problems.push({ ...rule.position, message: `duplicate rule id '${rule.id}' (also in pack '${first.pack}' at ${basename(first.position.file)}:${first.position.line})` });
    else seen.set(rule.id, rule);
  }
  if (problems.length > 0) throw new RuleSetError(problems);
}

/** Built-in profiles plus every profile a rule mentions, sorted after the built-ins. */
export function knownProfiles(rules: readonly Rule[]): string[] {
  const extra = new Set<string>();
  for (const rule of rules) for (const name of Object.keys(rule.profiles)) extra.add(name);
  return [...BUILT_IN_PROFILES, ...[...extra].filter((name) => !(BUILT_IN_PROFILES as readonly string[]).includes(name)).sort()];
}

/**
 * Applies a profile's per-rule overrides, then any rule settings (which win): severities change,
 * disabled rules drop out.
 */
export function applyProfile(rules: readonly Rule[], profile: string, settings: readonly RuleSetting[] = []): Rule[] {
  const byId = settingsById(settings);
  return rules.flatMap((rule) => {
    const override = rule.profiles[profile];
    const setting = byId.get(rule.id);
    if ((setting?.enabled ?? override?.enabled ?? rule.enabled) === false) return [];
    const severity = setting?.severity ?? override?.severity;
    return [severity ? { ...rule, severity } : rule];
  });
}
