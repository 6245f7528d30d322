import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { acceptLockedGaps, compareWithBaseline, createLock, decideOutcome, formatLock, LockFileError, parseLock } from '../audit/index.js';
import type { BaselineComparison } from '../model/index.js';
import { formatBaseline } from '../report/index.js';
import { CliError, USAGE_ERROR } from './cli-error.js';
import { emitReport } from './emit-report.js';
import { collectFormats, DEFAULT_FORMATS } from './format-targets.js';
import { writeAtomically } from './output.js';
import { runConfiguredAudit, type RunAuditOptions } from './run-audit.js';
import { addSettingOptions } from './setting-options.js';

interface AuditCommandOptions extends RunAuditOptions {
  format: string[];
  output?: string;
  color: boolean;
  summary?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  strictBaseline?: boolean;
}

/** Declares the options every auditing command shares (the audit itself and `lock`). */
export function addAuditInputOptions(command: Command): Command {
  command
    .option('-q, --quiet', 'no progress display')
    .option('--shard <i/n>', 'audit only slice i of n (deterministic by path), e.g. for a CI matrix; combine with merge')
    .option('--cache [dir]', 'keep extracted text and verdicts between runs (default: on, in the user cache folder)')
    .option('--no-cache', 'do not read or write the cache');
  return addSettingOptions(command)
    .option('--password <password>', 'password for encrypted PDFs')
    .option('--password-file <file>', 'read the password for encrypted PDFs from a file');
}

/** The lock file named by `--baseline`, or null when it does not exist yet and may be created. */
async function readBaseline(path: string, mayCreate: boolean): Promise<ReturnType<typeof parseLock> | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && mayCreate) return null;
    throw new CliError(`cannot read the baseline ${path}: ${(error as Error).message}${mayCreate ? '' : ' (create it with contract-audit lock, or add --update-baseline)'}`, USAGE_ERROR);
  }
  try {
    return parseLock(text, path);
  } catch (error) {
    if (error instanceof LockFileError) throw new CliError(error.message, USAGE_ERROR);
    throw error;
  }
}

/** Declares the default command: `contract-audit [options] <paths...>`. */
export function configureAuditCommand(program: Command): void {
  program
    .argument('[paths...]', 'agreements to audit: PDF, DOCX, .txt or .md files, or folders (PDF and DOCX inside are audited)')
    .option('-f, --format <name[=file]>', 'report format: terminal, json, csv, html, sarif, junit, markdown, github; repeatable, NAME=FILE writes to a file', collectFormats, DEFAULT_FORMATS)
    .option('-o, --output <file>', 'write the report (the --format without =FILE) to a file, atomically, instead of stdout')
    .option('--summary', 'terminal format: print only the portfolio matrix and the summary')
    .option('--baseline <lock>', 'fail only on protections that got worse than this lock file (see contract-audit lock)')
    .option('--update-baseline', 'rewrite the --baseline lock file with this run\'s verdicts')
    .option('--strict-baseline', 'also fail when the --baseline lock file is out of date')
    .option('--no-color', 'plain output without colours (also honours NO_COLOR)');
  addAuditInputOptions(program).action(async (paths: string[], options: AuditCommandOptions, command: Command) => {
    if (paths.length === 0) command.help({ error: true });
    if ((options.updateBaseline === true || options.strictBaseline === true) && options.baseline === undefined) {
      throw new CliError('--update-baseline and --strict-baseline need --baseline <lock file>', USAGE_ERROR);
    }
    const lock = options.baseline !== undefined ? await readBaseline(options.baseline, options.updateBaseline === true) : undefined;
    const audited = await runConfiguredAudit(paths, options, command);
    const { config, expired, unused } = audited;
    let { report } = audited;
    const policy = { failOn: config.settings.failOn, severity: config.settings.severity };
    let baseline: BaselineComparison | undefined;
    if (options.baseline !== undefined) {
      const fresh = createLock(report);
      if (options.updateBaseline === true) await writeAtomically(options.baseline, formatLock(fresh));
      const against = options.updateBaseline === true || !lock ? fresh : lock;
      baseline = compareWithBaseline(report, against);
      report = acceptLockedGaps(report, against, options.baseline);
      process.stderr.write(formatBaseline(baseline, options.baseline));
    }
    const outcome = decideOutcome(report, { policy, ...(baseline ? { baseline } : {}), strictBaseline: options.strictBaseline === true, expiredWaivers: expired });
    for (const waiver of unused) process.stderr.write(`contract-audit: the waiver for ${waiver.rule}${waiver.path !== undefined ? ` on ${waiver.path}` : ''} covered no gap; remove it if the gap is closed\n`);
    if (outcome.exitCode === 1 && (baseline !== undefined || expired.length > 0)) {
      process.stderr.write(`contract-audit: failing:\n${outcome.failures.map((line) => `  ${line}`).join('\n')}\n`);
    }
    await emitReport(report, { ...options, failOn: policy.failOn, severity: policy.severity }, outcome.exitCode);
  });
}
