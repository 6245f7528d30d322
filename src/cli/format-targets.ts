import { FORMAT_NAMES } from '../report/index.js';
import { CliError, USAGE_ERROR } from './cli-error.js';

/** One report to write: a format, and a file (absent: standard output). */
export interface FormatTarget {
  format: string;
  path?: string;
}

/** Collects repeated `--format` values (commander option parser). */
export function collectFormats(value: string, previous: string[] | undefined): string[] {
  // The first value replaces the default rather than adding to it.
  return previous === undefined || previous === DEFAULT_FORMATS ? [value] : [...previous, value];
}

/** What `--format` is when not given. */
export const DEFAULT_FORMATS: string[] = ['terminal'];

/**
 * Turns `--format` values (`json`, `sarif=out.sarif`) and `--output` into report targets: each
 * `name=path` goes to its file, and at most one plain name goes to `--output` or standard output.
 */
export function formatTargets(values: readonly string[], output: string | undefined): FormatTarget[] {
  const targets = values.map((value): FormatTarget => {
    const equals = value.indexOf('=');
    const format = equals < 0 ? value : value.slice(0, equals);
    const path = equals < 0 ? undefined : value.slice(equals + 1);
    if (!FORMAT_NAMES.includes(format)) throw new CliError(`unknown format '${format}' (choose from ${FORMAT_NAMES.join(', ')}; add =FILE to write it to a file)`, USAGE_ERROR);
    if (path === '') throw new CliError(`--format ${value}: give a file name after '='`, USAGE_ERROR);
    return path !== undefined ? { format, path } : { format };
  });
  const plain = targets.filter((target) => target.path === undefined);
  if (plain.length > 1) throw new CliError(`only one --format can go to ${output === undefined ? 'standard output' : output}; write the others to files with --format NAME=FILE`, USAGE_ERROR);
  return targets.map((target) => (target.path === undefined && output !== undefined ? { ...target, path: output } : target));
}
