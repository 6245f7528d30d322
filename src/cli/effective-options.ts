import type { Command } from 'commander';
import type { AuditOptions } from '../audit/index.js';
import { choiceFor, loadConfig, loadOptions, mergeSettings, ruleSourceResolver, type ConfigChoice, type EffectiveConfig, type FlagSettings, type Limits } from '../config/index.js';
import type { SettingOptions } from './setting-options.js';

/** The settings of a run, and where the search for a configuration file started (if one was made). */
export interface ResolvedConfig {
  config: EffectiveConfig;
  searchedFrom?: string;
}

/**
 * Merges the built-in defaults, the configuration file (the one `--config` names, else the
 * nearest one, unless `--no-config`) and the flags the user actually typed: commander fills in
 * defaults, so only options whose value came from the command line count as flags.
 */
export async function resolveConfig(command: Command): Promise<ResolvedConfig> {
  const options = command.opts<SettingOptions>();
  const given = (name: keyof SettingOptions): boolean => ['cli', 'env'].includes(command.getOptionValueSource(name) ?? '');
  const flags: FlagSettings = {};
  if (given('profile')) flags.profile = options.profile;
  if (given('pack') && options.pack) flags.packs = options.pack;
  if (given('rules') && options.rules) flags.rules = options.rules;
  if (given('failOn')) flags.failOn = options.failOn;
  if (given('severity')) flags.severity = options.severity;
  if (given('include') && options.include) flags.include = options.include;
  if (given('exclude') && options.exclude) flags.exclude = options.exclude;
  const limits: Partial<Limits> = {};
  for (const key of ['maxFileSize', 'maxPages', 'maxInflatedSize', 'timeout', 'jobs'] as const) {
    const value = options[key];
    if (given(key) && value !== undefined) limits[key] = value;
  }
  if (Object.keys(limits).length > 0) flags.limits = limits;
  const cwd = process.cwd();
  const choice: ConfigChoice = options.config === false ? { none: true } : options.config !== undefined ? { file: options.config } : { searchFrom: cwd };
  const config = mergeSettings(await loadConfig(choice), flags, cwd);
  return { config, ...('searchFrom' in choice ? { searchedFrom: cwd } : {}) };
}

/** The audit options that the settings decide: rules (per path too), discovery and limits. */
export function auditSettings(config: EffectiveConfig): Pick<AuditOptions, 'ruleSource' | 'ruleSourceFor' | 'discover' | 'limits' | 'timeoutMs' | 'jobs'> {
  const { include, exclude, limits, paths } = config.settings;
  return {
    ruleSource: loadOptions(choiceFor(config, [])),
    ...(paths.length > 0 ? { ruleSourceFor: ruleSourceResolver(config) } : {}),
    discover: { ...(include.length > 0 ? { include } : {}), ...(exclude.length > 0 ? { exclude } : {}) },
    limits: { maxFileBytes: limits.maxFileSize * 1048576, maxPages: limits.maxPages, maxInflatedBytes: limits.maxInflatedSize * 1048576 },
    timeoutMs: limits.timeout * 1000,
    ...(limits.jobs !== undefined ? { jobs: limits.jobs } : {}),
  };
}
