import { readFile, stat } from 'node:fs/promises';
import { bundledPackNames } from '../ruleset/index.js';
import { ConfigError } from './config-error.js';
import { findConfigFile } from './find-config.js';
import { readConfig } from './read-config.js';
import type { ConfigFile } from './settings.js';

/** A configuration file is a page of settings; one far larger is a mistake. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Which configuration file to use. */
export type ConfigChoice = { file: string } | { searchFrom: string } | { none: true };

/** Reads and validates one configuration file; throws {@link ConfigError} with every problem. */
export async function loadConfigFile(path: string): Promise<ConfigFile> {
  const fail = (message: string): never => {
    throw new ConfigError([{ file: path, line: 1, col: 1, message }]);
  };
  let source = '';
  try {
    const { size } = await stat(path);
    if (size > MAX_CONFIG_BYTES) fail(`configuration file is ${(size / 1048576).toFixed(1)} MiB, over the 1 MiB limit`);
    source = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    fail(`cannot read configuration file: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message}`);
  }
  const result = readConfig(path, source, await bundledPackNames());
  if (!result.config) throw new ConfigError(result.problems);
  return result.config;
}

/** The chosen configuration file, the nearest one found, or none. */
export async function loadConfig(choice: ConfigChoice): Promise<ConfigFile | undefined> {
  if ('none' in choice) return undefined;
  const path = 'file' in choice ? choice.file : await findConfigFile(choice.searchFrom);
  return path === undefined ? undefined : loadConfigFile(path);
}
