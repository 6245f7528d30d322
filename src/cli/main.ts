import { Command, CommanderError } from 'commander';
import { TOOL_VERSION } from '../audit/index.js';
import { ConfigError } from '../config/index.js';
import { RuleSetError, formatProblem } from '../ruleset/index.js';
import { configureAuditCommand } from './audit-command.js';
import { CliError, USAGE_ERROR } from './cli-error.js';
import { configureConfigCommand } from './config-command.js';
import { configureDiffCommand } from './diff-command.js';
import { configureExplainCommand } from './explain-command.js';
import { configureExtractCommand } from './extract-command.js';
import { configureInitCommand } from './init-command.js';
import { configureLockCommand } from './lock-command.js';
import { exitCleanlyOnInterrupt } from './interrupt.js';
import { configureMergeCommand } from './merge-command.js';
import { configureRulesCommand } from './rules-command.js';

const EXAMPLES = `
Examples:
  $ contract-audit agreement.pdf                   audit one contract
  $ contract-audit contracts/ --format json -o report.json
  $ contract-audit template.docx --fail-on ambiguous --severity critical
  $ contract-audit extract agreement.pdf           show the text the rules see
  $ contract-audit explain criminal-acts-exclusion  why a protection matters, how to fix it
  $ contract-audit contracts/ --shard 1/2 -f json -o a.json   (and 2/2 -o b.json)
  $ contract-audit merge a.json b.json --format html -o portfolio.html
  $ contract-audit lock templates/                 record the accepted state of templates
  $ contract-audit templates/ --baseline contract-audit.lock.json --format sarif=out.sarif
  $ contract-audit diff msa-v3.docx msa-v4.docx    protections lost or gained between versions
  $ contract-audit rules list --profile break-fix
  $ contract-audit init                            write a starter .contract-audit.yaml
  $ contract-audit config print                    settings in effect, and where each came from

Exit codes: 0 no finding at the threshold, 1 findings at the threshold,
2 usage, configuration or rule-file error, 3 some inputs unreadable.`;

function buildProgram(): Command {
  const program = new Command('contract-audit')
    .description('Audit IT / managed-service agreements: which protections are present, ambiguous or missing.')
    .version(TOOL_VERSION, '-V, --version')
    .option('--debug', 'show stack traces for unexpected errors')
    .showHelpAfterError('(run contract-audit --help for usage)')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    // Root options (the audit's) must come before a sub-command, so `rules list -p x` reaches `rules list`.
    .enablePositionalOptions()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  configureAuditCommand(program);
  configureExtractCommand(program);
  configureExplainCommand(program);
  configureMergeCommand(program);
  configureLockCommand(program);
  configureDiffCommand(program);
  configureRulesCommand(program);
  configureInitCommand(program);
  configureConfigCommand(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code; the only place errors become exit codes. */
export async function run(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  exitCleanlyOnInterrupt();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are successful exits.
      return error.exitCode === 0 ? 0 : USAGE_ERROR;
    }
    if (error instanceof RuleSetError) {
      for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
      const what = error instanceof ConfigError ? 'the configuration has' : 'rule files have';
      process.stderr.write(`contract-audit: ${what} ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; nothing was audited\n`);
      return USAGE_ERROR;
    }
    if (error instanceof CliError) {
      process.stderr.write(`contract-audit: ${error.message}\n`);
      return error.exitCode;
    }
    const debug = program.opts<{ debug?: boolean }>().debug === true;
    process.stderr.write(`contract-audit: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    else process.stderr.write('(run again with --debug for details)\n');
    return USAGE_ERROR;
  }
}
