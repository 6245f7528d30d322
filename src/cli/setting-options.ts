import { Option, type Command } from 'commander';
import { DEFAULT_SETTINGS, FAIL_ON_VALUES, LIMIT_RANGES, type Limits } from '../config/index.js';
import { SEVERITIES, type FailOn, type Severity } from '../model/index.js';
import { collect, integerIn, positiveSeconds, splitList } from './parse-options.js';

/** The values of the options {@link addSettingOptions} declares, as commander parses them. */
export interface SettingOptions {
  /** A file name, false for `--no-config`, absent to search for the nearest file. */
  config?: string | false;
  failOn: FailOn;
  severity: Severity;
  rules?: string[];
  include?: string[];
  exclude?: string[];
  pack?: string[];
  profile: string;
  jobs?: number;
  maxFileSize: number;
  maxPages: number;
  maxInflatedSize: number;
  timeout: number;
}

function limitParser(key: Exclude<keyof Limits, 'timeout'>): (value: string) => number {
  return integerIn(LIMIT_RANGES[key].min, LIMIT_RANGES[key].max);
}

/**
 * Declares the options that a configuration file can also set, plus `--config` and
 * `--no-config`. Defaults shown in the help are the built-in ones; a value given here wins over
 * the configuration file's.
 */
export function addSettingOptions(command: Command): Command {
  const { limits } = DEFAULT_SETTINGS;
  return command
    .option('--config <file>', 'read settings from this file instead of the nearest .contract-audit.yaml')
    .option('--no-config', 'ignore configuration files')
    .addOption(new Option('--fail-on <status>', 'which findings make the exit code 1').choices([...FAIL_ON_VALUES]).default(DEFAULT_SETTINGS.failOn))
    .addOption(new Option('--severity <level>', 'least severe finding that can fail the run').choices([...SEVERITIES]).default(DEFAULT_SETTINGS.severity))
    .option('-r, --rules <file>', "add a rule pack (repeatable); a pack with a bundled pack's name replaces it", collect)
    .option('--include <glob>', 'in folders, audit only files matching this glob (repeatable; e.g. "*.md")', collect)
    .option('--exclude <glob>', 'in folders, skip files and folders matching this glob (repeatable)', collect)
    .option('--pack <names>', 'use only these bundled packs (comma-separated, e.g. core,liability)', splitList)
    .option('-p, --profile <name>', 'profile: msp (ongoing managed services) or break-fix (reactive / project work)', DEFAULT_SETTINGS.profile)
    .option('-j, --jobs <n>', 'files processed at the same time', limitParser('jobs'))
    .option('--max-file-size <MiB>', 'refuse files larger than this', limitParser('maxFileSize'), limits.maxFileSize)
    .option('--max-pages <n>', 'refuse PDFs with more pages than this', limitParser('maxPages'), limits.maxPages)
    .option('--max-inflated-size <MiB>', 'refuse DOCX files that would inflate to more than this', limitParser('maxInflatedSize'), limits.maxInflatedSize)
    .option('--timeout <seconds>', 'time allowed to read one document before it is reported as TIMEOUT', positiveSeconds, limits.timeout);
}
