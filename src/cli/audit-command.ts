import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { auditPaths, defaultCacheFolder, parseShard } from '../audit/index.js';
import { loadConfiguredRules } from '../config/index.js';
import { FORMAT_NAMES } from '../report/index.js';
import { CliError, USAGE_ERROR } from './cli-error.js';
import { auditSettings, resolveConfig } from './effective-options.js';
import { emitReport } from './emit-report.js';
import { progressBar, wantsProgress } from './progress.js';
import { addSettingOptions, type SettingOptions } from './setting-options.js';

interface AuditCommandOptions extends SettingOptions {
  format: string;
  output?: string;
  password?: string;
  passwordFile?: string;
  color: boolean;
  summary?: boolean;
  quiet?: boolean;
  cache: boolean | string;
  shard?: string;
}

async function readPassword(options: AuditCommandOptions): Promise<string | undefined> {
  if (options.passwordFile === undefined) return options.password;
  try {
    return (await readFile(options.passwordFile, 'utf8')).replace(/\r?\n$/, '');
  } catch (error) {
    throw new CliError(`cannot read --password-file ${options.passwordFile}: ${(error as Error).message}`, USAGE_ERROR);
  }
}

/** Declares the default command: `contract-audit [options] <paths...>`. */
export function configureAuditCommand(program: Command): void {
  program
    .argument('[paths...]', 'agreements to audit: PDF, DOCX, .txt or .md files, or folders (PDF and DOCX inside are audited)')
    .addOption(new Option('-f, --format <name>', 'report format').choices(FORMAT_NAMES).default('terminal'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--summary', 'terminal format: print only the portfolio matrix and the summary')
    .option('-q, --quiet', 'no progress display')
    .option('--shard <i/n>', 'audit only slice i of n (deterministic by path), e.g. for a CI matrix; combine with merge')
    .option('--cache [dir]', 'keep extracted text between runs (default: on, in the user cache folder)')
    .option('--no-cache', 'do not read or write the extraction cache');
  addSettingOptions(program)
    .option('--password <password>', 'password for encrypted PDFs')
    .option('--password-file <file>', 'read the password for encrypted PDFs from a file')
    .option('--no-color', 'plain output without colours (also honours NO_COLOR)')
    .action(async (paths: string[], options: AuditCommandOptions, command: Command) => {
      if (paths.length === 0) {
        command.help({ error: true });
      }
      // Defaults < configuration file < flags; a bad configuration stops here with exit code 2.
      const { config } = await resolveConfig(command);
      const ruleSet = await loadConfiguredRules(config);
      const password = await readPassword(options);
      const shard = options.shard !== undefined ? parseShard(options.shard) : undefined;
      if (shard === null) throw new CliError(`--shard must be i/n with 1 <= i <= n, not '${options.shard}'`, USAGE_ERROR);
      const progress = wantsProgress(process.stderr, process.env, options.quiet === true) ? progressBar(process.stderr) : undefined;
      const report = await auditPaths(paths, {
        ...auditSettings(config),
        ...(progress ? { onProgress: progress.update } : {}),
        ruleSet,
        ...(shard ? { shard } : {}),
        ...(options.cache !== false ? { cacheFolder: typeof options.cache === 'string' ? options.cache : defaultCacheFolder() } : {}),
        ...(password !== undefined ? { password } : {}),
      });
      progress?.finish();
      await emitReport(report, { ...options, failOn: config.settings.failOn, severity: config.settings.severity });
    });
}
