import { dirname, resolve } from 'node:path';
import type { Pair } from 'yaml';
import { SEVERITIES, type Severity, type SourcePosition } from '../model/index.js';
import { YamlFile, type RuleFileProblem } from '../ruleset/index.js';
import { LIMIT_RANGES } from './defaults.js';
import { enumValue, numberIn } from './fields.js';
import { RULE_CHOICE_KEYS, readRuleChoice, type ReadContext } from './read-rule-choice.js';
import { readWaivers } from './read-waivers.js';
import { FAIL_ON_VALUES, type ConfigFile, type FileSettings, type Limits, type PathSettings } from './settings.js';

const CONFIG_KEYS = [...RULE_CHOICE_KEYS, 'failOn', 'severity', 'include', 'exclude', 'limits', 'paths', 'waivers'];
const LIMIT_KEYS = Object.keys(LIMIT_RANGES) as Array<keyof Limits>;

/** A configuration file, or everything wrong with it. */
export type ConfigResult = { config: ConfigFile; problems: [] } | { config: null; problems: RuleFileProblem[] };

/**
 * Parses and validates a configuration file as strictly as a rule file: unknown keys (with a
 * "did you mean"), wrong types, unknown bundled packs and bad dates are problems at `file:line:col`.
 * Rule ids and profiles are checked later, against the rules the file chooses.
 */
export function readConfig(file: string, source: string, bundledPacks: readonly string[]): ConfigResult {
  const yaml = new YamlFile(file, source, 'configuration');
  if (yaml.problems.length > 0) return { config: null, problems: yaml.problems };
  const folder = dirname(resolve(file));
  const context: ReadContext = { file: yaml, folder, bundledPacks };
  const root = yaml.document.contents;
  // A file of comments only (such as a fresh starter with everything commented out) is valid.
  const fields = root === null ? new Map<string, Pair<unknown, unknown>>() : yaml.pairs(root, CONFIG_KEYS, 'the configuration');
  if (!fields) return { config: null, problems: yaml.problems };
  const value = (key: string): unknown => fields.get(key)?.value;
  const settings: FileSettings = readRuleChoice(context, fields);
  if (fields.has('failOn')) assign(settings, 'failOn', enumValue(yaml, value('failOn'), FAIL_ON_VALUES, "'failOn'"));
  if (fields.has('severity')) assign(settings, 'severity', enumValue<Severity>(yaml, value('severity'), SEVERITIES, "'severity'"));
  if (fields.has('include')) settings.include = yaml.strings(value('include'), "'include'");
  if (fields.has('exclude')) settings.exclude = yaml.strings(value('exclude'), "'exclude'");
  if (fields.has('limits')) settings.limits = readLimits(yaml, value('limits'));
  if (fields.has('paths')) settings.paths = yaml.items(value('paths'), "'paths'").flatMap((item) => readPathEntry(context, item) ?? []);
  if (fields.has('waivers')) settings.waivers = readWaivers(yaml, value('waivers'));
  if (yaml.problems.length > 0) return { config: null, problems: [...yaml.problems].sort((a, b) => a.line - b.line || a.col - b.col) };
  const locate = (path: ReadonlyArray<string | number>): SourcePosition => {
    // A path that is not there (`rules.0` when `rules` is one string) falls back to its nearest parent.
    for (let length = path.length; length > 0; length--) {
      const node = yaml.document.getIn(path.slice(0, length), true);
      if (node !== undefined && node !== null) return yaml.positionOf(node);
    }
    return yaml.positionOf(undefined);
  };
  return { config: { file, folder, settings, locate }, problems: [] };
}

function assign<K extends keyof FileSettings>(settings: FileSettings, key: K, value: FileSettings[K] | undefined): void {
  if (value !== undefined) settings[key] = value;
}

function readLimits(file: YamlFile, node: unknown): Partial<Limits> {
  const fields = file.pairs(node, LIMIT_KEYS, "'limits'");
  const limits: Partial<Limits> = {};
  for (const key of LIMIT_KEYS) {
    const pair = fields?.get(key);
    if (!pair) continue;
    const number = numberIn(file, pair.value, `'limits.${key}'`, LIMIT_RANGES[key]);
    if (number !== undefined) limits[key] = number;
  }
  return limits;
}

function readPathEntry(context: ReadContext, node: unknown): PathSettings | null {
  const { file } = context;
  const fields = file.pairs(node, ['match', ...RULE_CHOICE_KEYS], "a 'paths' entry");
  if (!fields) return null;
  if (!fields.has('match')) file.report(node, "a 'paths' entry needs 'match': a glob of the documents it applies to, relative to this file's folder");
  const match = fields.has('match') ? file.string(fields.get('match')?.value, "'match'") : undefined;
  if (fields.size === 1 && match !== undefined) file.report(node, `the 'paths' entry for '${match}' changes nothing; give it ${RULE_CHOICE_KEYS.join(', ')}`);
  const choice = readRuleChoice(context, fields);
  return match === undefined ? null : { match, ...choice };
}

