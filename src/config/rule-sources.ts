import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { LoadRuleSetOptions } from '../ruleset/index.js';
import type { EffectiveConfig, PathSettings, RuleChoice } from './settings.js';

/** How to load a rule choice (plain data, as worker threads need). */
export function loadOptions(choice: RuleChoice): LoadRuleSetOptions {
  return {
    profile: choice.profile,
    ...(choice.packs ? { packs: choice.packs } : {}),
    ...(choice.rules.length > 0 ? { ruleFiles: choice.rules } : {}),
    ...(choice.overrides.length > 0 ? { overrides: choice.overrides } : {}),
  };
}

/**
 * The top-level rule choice with `paths:` entries applied in order: each replaces `profile`,
 * `packs` and `rules` and adds its `overrides` (later ones win per rule). A setting given on the
 * command line is not replaced: flags win over the whole file. Under entries, overrides of rules
 * that the entries' packs lack are skipped (each was checked against the packs where it was written).
 */
export function choiceFor(config: EffectiveConfig, entries: readonly PathSettings[]): RuleChoice {
  const { settings, origins } = config;
  const choice: RuleChoice = { profile: settings.profile, rules: settings.rules, overrides: settings.overrides, ...(settings.packs ? { packs: settings.packs } : {}) };
  for (const entry of entries) {
    if (entry.profile !== undefined && origins.profile !== 'command line') choice.profile = entry.profile;
    if (entry.packs !== undefined && origins.packs !== 'command line') choice.packs = entry.packs;
    if (entry.rules !== undefined && origins.rules !== 'command line') choice.rules = entry.rules;
    if (entry.overrides !== undefined) choice.overrides = [...choice.overrides, ...entry.overrides];
  }
  if (entries.length > 0) choice.overrides = choice.overrides.map((setting) => ({ ...setting, optional: true }));
  return choice;
}

/** A path relative to the configuration's root folder, `/`-separated; undefined when outside it. */
export function pathInConfig(config: Pick<EffectiveConfig, 'root'>, path: string): string | undefined {
  const inside = relative(config.root, resolve(path));
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return inside.split(sep).join('/');
}

/** A matcher for a configuration glob: without a `/` it matches a file name at any depth, as in .gitignore. */
export function globMatcher(glob: string): (path: string) => boolean {
  return picomatch(glob, { dot: true, basename: !glob.includes('/') });
}

/**
 * Each document's rule source: the top-level choice with the `paths:` entries whose glob matches
 * the document's path (relative to the configuration's folder). Documents outside that folder get
 * the top-level choice.
 */
export function ruleSourceResolver(config: EffectiveConfig): (path: string) => LoadRuleSetOptions {
  const entries = config.settings.paths.map((entry) => ({ entry, matches: globMatcher(entry.match) }));
  return (path) => {
    const inside = pathInConfig(config, path);
    const matching = inside === undefined ? [] : entries.filter(({ matches }) => matches(inside)).map(({ entry }) => entry);
    return loadOptions(choiceFor(config, matching));
  };
}
