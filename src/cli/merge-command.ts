import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { MergeError, mergeReports, type FailOn } from '../audit/index.js';
import { SEVERITIES, type Severity } from '../model/index.js';
import { FORMAT_NAMES } from '../report/index.js';
import { CliError, USAGE_ERROR } from './cli-error.js';
import { emitReport } from './emit-report.js';

interface MergeCommandOptions {
  format: string;
  output?: string;
  summary?: boolean;
  failOn: FailOn;
  severity: Severity;
  color: boolean;
}

/** `contract-audit merge a.json b.json ...`: combines shard reports and renders any format. */
export function configureMergeCommand(program: Command): void {
  program
    .command('merge')
    .description('combine JSON reports (e.g. from --shard runs) into one report, in any format')
    .argument('<reports...>', 'JSON reports written with --format json')
    .addOption(new Option('-f, --format <name>', 'report format').choices(FORMAT_NAMES).default('terminal'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--summary', 'terminal format: print only the portfolio matrix and the summary')
    .addOption(new Option('--fail-on <status>', 'which findings make the exit code 1').choices(['missing', 'ambiguous', 'none']).default('missing'))
    .addOption(new Option('--severity <level>', 'least severe finding that can fail the run').choices([...SEVERITIES]).default('major'))
    .option('--no-color', 'plain output without colours')
    .action(async (files: string[], options: MergeCommandOptions) => {
      const parts = await Promise.all(
        files.map(async (name) => {
          try {
            return { name, report: JSON.parse(await readFile(name, 'utf8')) as unknown };
          } catch (error) {
            throw new CliError(`cannot read report ${name}: ${(error as Error).message}`, USAGE_ERROR);
          }
        }),
      );
      let report;
      try {
        report = mergeReports(parts);
      } catch (error) {
        if (error instanceof MergeError) throw new CliError(error.message, USAGE_ERROR);
        throw error;
      }
      await emitReport(report, options);
    });
}
