import { basename, isAbsolute, relative } from 'node:path';
import { Document, isCollection, isMap, isScalar, visit, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { RuleSetting } from '../ruleset/index.js';
import type { EffectiveConfig, Origin, PathSettings, SettingName } from './settings.js';

/** What the printout needs besides the configuration. */
export interface FormatConfigOptions {
  /** Folder that rule-file paths are shown relative to. */
  cwd: string;
  /** The bundled packs, shown when every one of them is used. */
  bundledPacks: readonly string[];
  /** The folder a search for a configuration file started from, when one was made. */
  searchedFrom?: string;
}

/**
 * The effective configuration as YAML, each setting commented with where its value came from. The
 * output is itself a valid configuration file (relative paths are relative to `cwd`).
 */
export function formatConfig(config: EffectiveConfig, options: FormatConfigOptions): string {
  const { settings, origins } = config;
  const show = (path: string): string => {
    const inside = relative(options.cwd, path);
    return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
  };
  const values: Record<string, unknown> = {
    profile: settings.profile,
    packs: settings.packs ?? options.bundledPacks,
    rules: settings.rules.map(show),
    overrides: overridesMap(settings.overrides),
    failOn: settings.failOn,
    severity: settings.severity,
    include: settings.include,
    exclude: settings.exclude,
    limits: settings.limits,
    paths: settings.paths.map((entry) => pathEntry(entry, show)),
    waivers: settings.waivers,
  };
  const document = new Document(values);
  const fileName = config.file ? basename(config.file.file) : '';
  const note = (name: SettingName): string => {
    const origin: Origin = origins[name];
    if (origin === 'file') return ` from ${fileName}`;
    if (origin === 'command line') return ' from the command line';
    return name === 'packs' ? ' default: every bundled pack' : ' default';
  };
  // Lists of plain values read best on one line.
  visit(document, {
    Seq: (_key, node) => {
      if (node.items.every(isScalar)) node.flow = true;
    },
  });
  for (const pair of (document.contents as YAMLMap<Scalar<string>, unknown>).items) {
    const key = pair.key.value;
    if (key === 'limits' && isMap(pair.value)) {
      for (const limit of pair.value.items as Array<Pair<Scalar<string>, unknown>>) comment(limit, note(`limits.${limit.key.value}` as SettingName));
    } else comment(pair, note(key as SettingName));
  }
  const header = [
    ' Effective configuration: built-in defaults < configuration file < command line.',
    config.file ? ` Configuration file: ${config.file.file}` : options.searchedFrom !== undefined ? ` No configuration file found in ${options.searchedFrom} or the folders above it.` : ' No configuration file read.',
  ];
  document.commentBefore = header.join('\n');
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function overridesMap(settings: readonly RuleSetting[]): Record<string, { severity?: string; enabled?: boolean }> {
  const map: Record<string, { severity?: string; enabled?: boolean }> = {};
  for (const { ruleId, severity, enabled } of settings) map[ruleId] = { ...map[ruleId], ...(severity !== undefined ? { severity } : {}), ...(enabled !== undefined ? { enabled } : {}) };
  return map;
}

function pathEntry(entry: PathSettings, show: (path: string) => string): Record<string, unknown> {
  return {
    match: entry.match,
    ...(entry.profile !== undefined ? { profile: entry.profile } : {}),
    ...(entry.packs !== undefined ? { packs: entry.packs } : {}),
    ...(entry.rules !== undefined ? { rules: entry.rules.map(show) } : {}),
    ...(entry.overrides !== undefined ? { overrides: overridesMap(entry.overrides) } : {}),
  };
}

/** A comment after the value when it fits on the key's line, else after the key. */
function comment(pair: Pair<Scalar<string>, unknown>, text: string): void {
  const value = pair.value;
  if (isCollection(value) && value.items.length === 0) value.flow = true;
  if (isScalar(value) || (isCollection(value) && value.flow === true)) value.comment = text;
  else pair.key.comment = text;
}
