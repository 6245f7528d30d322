import { exitCodeFor, type FailOn } from '../audit/index.js';
import type { AuditReport, Severity } from '../model/index.js';
import { FORMATTERS } from '../report/index.js';
import { CliError, USAGE_ERROR } from './cli-error.js';
import { formatTargets } from './format-targets.js';
import { useColor, writeAtomically } from './output.js';

/** The options that decide how a finished report is shown and what exit code it gives. */
export interface EmitOptions {
  /** `--format` values: names, or `name=file`. */
  format: string | readonly string[];
  output?: string;
  color: boolean;
  summary?: boolean;
  failOn: FailOn;
  severity: Severity;
}

/** Renders a report in every chosen format (to stdout or files) and sets the exit code. */
export async function emitReport(report: AuditReport, options: EmitOptions, exitCode = exitCodeFor(report, { failOn: options.failOn, severity: options.severity })): Promise<void> {
  const targets = formatTargets(typeof options.format === 'string' ? [options.format] : options.format, options.output);
  for (const target of targets) {
    const formatter = FORMATTERS[target.format];
    if (!formatter) throw new CliError(`unknown format '${target.format}'`, USAGE_ERROR);
    const text = formatter(report, {
      color: target.path === undefined && useColor(options.color, process.stdout, process.env),
      width: Math.min(process.stdout.columns ?? 100, 120),
      ...(options.summary === true ? { summaryOnly: true } : {}),
      failPolicy: { failOn: options.failOn, severity: options.severity },
    });
    if (target.path !== undefined) await writeAtomically(target.path, text);
    else process.stdout.write(text);
  }
  process.exitCode = exitCode;
}
