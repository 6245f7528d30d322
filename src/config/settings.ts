import type { FailOn, Severity, SourcePosition, Waiver } from '../model/index.js';
import type { RuleSetting } from '../ruleset/index.js';

/** Every value of `failOn` (and `--fail-on`): which findings make a run fail. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['missing', 'ambiguous', 'none'];

/** What one document may cost, in the command line's units. */
export interface Limits {
  /** Largest file read, in MiB. */
  maxFileSize: number;
  /** Most PDF pages read. */
  maxPages: number;
  /** Largest size a DOCX may inflate to, in MiB. */
  maxInflatedSize: number;
  /** Seconds allowed to read one document. */
  timeout: number;
  /** Files processed at the same time (absent: decided by the audit from the CPUs). */
  jobs?: number;
}

/** Where the rules come from: the part of the settings a `paths:` entry can change. */
export interface RuleChoice {
  profile: string;
  /** Bundled packs to use, by name (absent: all of them). */
  packs?: string[];
  /** Extra rule files; paths from a configuration file are resolved against its folder. */
  rules: string[];
  /** Changes to single rules, applied after the profile. */
  overrides: RuleSetting[];
}

/** A `paths:` entry: documents matching `match` are judged with other rules. */
export interface PathSettings extends Partial<RuleChoice> {
  /** Glob relative to the configuration file's folder; without a `/` it matches a file name at any depth. */
  match: string;
}

/** Every setting of an audit, once defaults, the configuration file and flags are merged. */
export interface Settings extends RuleChoice {
  failOn: FailOn;
  /** Least severe finding that can fail the run. */
  severity: Severity;
  /** Globs: in scanned folders, audit only matching files. */
  include: string[];
  /** Globs: in scanned folders, skip matching files and folders. */
  exclude: string[];
  limits: Limits;
  /** Per-glob rule choices, applied in order over the top-level one. */
  paths: PathSettings[];
  /** Accepted gaps. */
  waivers: Waiver[];
}

/** Settings as a configuration file gives them: any of them, limits one by one. */
export type FileSettings = Partial<Omit<Settings, 'limits'>> & { limits?: Partial<Limits> };

/** Settings that command-line flags can give. */
export type FlagSettings = Partial<Pick<Settings, 'profile' | 'packs' | 'rules' | 'failOn' | 'severity' | 'include' | 'exclude'>> & { limits?: Partial<Limits> };

/** A setting's name; limits are named one by one (`limits.timeout`). */
export type SettingName = Exclude<keyof Settings, 'limits'> | `limits.${keyof Limits}`;

/** Where a setting's value came from. */
export type Origin = 'default' | 'file' | 'command line';

/** A validated configuration file. */
export interface ConfigFile {
  /** The file's path. */
  file: string;
  /** Its folder: relative paths and `paths:` globs in it are relative to this. */
  folder: string;
  settings: FileSettings;
  /**
   * Where a value sits in the file, by key path (e.g. `['paths', 0, 'profile']`), or its nearest
   * parent that does: for problems found after reading, such as an unknown profile.
   */
  locate(path: ReadonlyArray<string | number>): SourcePosition;
}

/** The settings of a run, with where each came from. */
export interface EffectiveConfig {
  settings: Settings;
  origins: Record<SettingName, Origin>;
  /** The configuration file used, if any. */
  file?: ConfigFile;
  /** Folder that `paths:` and waiver globs are relative to (the file's folder, else the working folder). */
  root: string;
}
