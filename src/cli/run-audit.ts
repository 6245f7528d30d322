import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AuditCache, TOOL_VERSION, applyWaivers, auditPaths, defaultCacheFolder, parseShard, type WaiverOutcome } from '../audit/index.js';
import { loadConfiguredRules, pathInConfig, type EffectiveConfig } from '../config/index.js';
import { CliError, USAGE_ERROR } from './cli-error.js';
import { auditSettings, resolveConfig } from './effective-options.js';
import { progressBar, wantsProgress } from './progress.js';
import type { SettingOptions } from './setting-options.js';

/** The options of every command that audits files (the audit itself and `lock`). */
export interface RunAuditOptions extends SettingOptions {
  password?: string;
  passwordFile?: string;
  quiet?: boolean;
  cache: boolean | string;
  shard?: string;
}

/** A finished audit with waivers applied, and the settings it ran with. */
export interface ConfiguredAudit extends WaiverOutcome {
  config: EffectiveConfig;
}

async function readPassword(options: RunAuditOptions): Promise<string | undefined> {
  if (options.passwordFile === undefined) return options.password;
  try {
    return (await readFile(options.passwordFile, 'utf8')).replace(/\r?\n$/, '');
  } catch (error) {
    throw new CliError(`cannot read --password-file ${options.passwordFile}: ${(error as Error).message}`, USAGE_ERROR);
  }
}

/** Today as YYYY-MM-DD (UTC), the day waivers are checked against. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Audits paths with the settings in effect (defaults < configuration file < flags), showing
 * progress on an interactive terminal, and applies the configuration's waivers.
 */
export async function runConfiguredAudit(paths: readonly string[], options: RunAuditOptions, command: Command): Promise<ConfiguredAudit> {
  // A bad configuration or rule file stops here with exit code 2, before anything is read.
  const { config } = await resolveConfig(command);
  const cacheFolder = options.cache !== false ? (typeof options.cache === 'string' ? options.cache : defaultCacheFolder()) : undefined;
  const cache = cacheFolder !== undefined ? await AuditCache.open(cacheFolder, TOOL_VERSION) : undefined;
  const ruleSet = await loadConfiguredRules(config, cache?.compiledPacks);
  const password = await readPassword(options);
  const shard = options.shard !== undefined ? parseShard(options.shard) : undefined;
  if (shard === null) throw new CliError(`--shard must be i/n with 1 <= i <= n, not '${options.shard}'`, USAGE_ERROR);
  const progress = wantsProgress(process.stderr, process.env, options.quiet === true) ? progressBar(process.stderr) : undefined;
  const report = await auditPaths(paths, {
    ...auditSettings(config),
    ...(progress ? { onProgress: progress.update } : {}),
    ruleSet,
    ...(shard ? { shard } : {}),
    ...(cacheFolder !== undefined ? { cacheFolder } : {}),
    ...(password !== undefined ? { password } : {}),
  });
  progress?.finish();
  // Waiver globs, like `paths:` globs, are relative to the configuration file's folder.
  const pathFor = config.file !== undefined ? (path: string) => pathInConfig(config, path) : undefined;
  return { config, ...applyWaivers(report, config.settings.waivers, today(), pathFor) };
}
