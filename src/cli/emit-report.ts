import { exitCodeFor, type FailOn } from '../audit/index.js';
import type { AuditReport, Severity } from '../model/index.js';
import { FORMATTERS } from '../report/index.js';
import { CliError, USAGE_ERROR } from './cli-error.js';
import { useColor, writeAtomically } from './output.js';

/** The options that decide how a finished report is shown and what exit code it gives. */
export interface EmitOptions {
  format: string;
  output?: string;
  color: boolean;
  summary?: boolean;
  failOn: FailOn;
  severity: Severity;
}

/** Renders a report in the chosen format to stdout or a file, and sets the exit code. */
export async function emitReport(report: AuditReport, options: EmitOptions): Promise<void> {
  const formatter = FORMATTERS[options.format];
  if (!formatter) throw new CliError(`unknown format '${options.format}'`, USAGE_ERROR);
  const toFile = options.output !== undefined;
  const text = formatter(report, {
    color: !toFile && useColor(options.color, process.stdout, process.env),
    width: Math.min(process.stdout.columns ?? 100, 120),
    ...(options.summary === true ? { summaryOnly: true } : {}),
  });
  if (options.output !== undefined) await writeAtomically(options.output, text);
  else process.stdout.write(text);
  process.exitCode = exitCodeFor(report, { failOn: options.failOn, severity: options.severity });
}
