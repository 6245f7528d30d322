import { resolve } from 'node:path';
import { DEFAULT_SETTINGS, LIMIT_RANGES } from './defaults.js';
import type { ConfigFile, EffectiveConfig, FileSettings, FlagSettings, Limits, Origin, SettingName, Settings } from './settings.js';

const KEYS = ['profile', 'packs', 'rules', 'overrides', 'failOn', 'severity', 'include', 'exclude', 'paths', 'waivers'] as const satisfies ReadonlyArray<Exclude<keyof Settings, 'limits'>>;
const LIMIT_KEYS = Object.keys(LIMIT_RANGES) as Array<keyof Limits>;

/**
 * The settings of a run: built-in defaults < configuration file < command-line flags. A flag
 * replaces the file's value whole (a list included); limits are taken one by one.
 */
export function mergeSettings(file: ConfigFile | undefined, flags: FlagSettings, cwd: string): EffectiveConfig {
  const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  // Keys are read and written by name; each source holds the same type under the same key.
  const target = settings as unknown as Record<string, unknown>;
  const origins: Partial<Record<SettingName, Origin>> = {};
  const layers: ReadonlyArray<[Origin, Record<string, unknown>]> = [
    ['command line', flags as Record<string, unknown>],
    ['file', (file?.settings ?? {}) as FileSettings as Record<string, unknown>],
  ];
  for (const key of KEYS) {
    const [origin, layer] = layers.find(([, values]) => values[key] !== undefined) ?? ['default', {}];
    if (origin !== 'default') target[key] = layer[key];
    origins[key] = origin;
  }
  for (const key of LIMIT_KEYS) {
    const fromFlags = flags.limits?.[key];
    const fromFile = file?.settings.limits?.[key];
    const value = fromFlags ?? fromFile;
    if (value !== undefined) settings.limits[key] = value;
    origins[`limits.${key}`] = fromFlags !== undefined ? 'command line' : fromFile !== undefined ? 'file' : 'default';
  }
  return {
    settings,
    origins: origins as Record<SettingName, Origin>,
    ...(file ? { file } : {}),
    root: file?.folder ?? resolve(cwd),
  };
}
