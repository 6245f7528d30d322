import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { auditPaths, defaultCacheFolder, parseShard, type FailOn } from '../audit/index.js';
import { SEVERITIES, type Severity } from '../model/index.js';
import { FORMAT_NAMES } from '../report/index.js';
import { loadRuleSet } from '../ruleset/index.js';
import { CliError, USAGE_ERROR } from './cli-error.js';
import { emitReport } from './emit-report.js';
import { progressBar, wantsProgress } from './progress.js';
import { collect, integerIn, positiveSeconds, splitList } from './parse-options.js';

interface AuditCommandOptions {
  format: string;
  output?: string;
  failOn: FailOn;
  severity: Severity;
  rules?: string[];
  pack?: string[];
  include?: string[];
  exclude?: string[];
  profile: string;
  password?: string;
  passwordFile?: string;
  jobs?: number;
  maxFileSize: number;
  maxPages: number;
  maxInflatedSize: number;
  timeout: number;
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
    .option('--no-cache', 'do not read or write the extraction cache')
    .addOption(new Option('--fail-on <status>', 'which findings make the exit code 1').choices(['missing', 'ambiguous', 'none']).default('missing'))
    .addOption(new Option('--severity <level>', 'least severe finding that can fail the run').choices([...SEVERITIES]).default('major'))
    .option('-r, --rules <file>', 'add a rule pack (repeatable); a pack with a bundled pack\'s name replaces it', collect)
    .option('--include <glob>', 'in folders, audit only files matching this glob (repeatable; e.g. "*.md")', collect)
    .option('--exclude <glob>', 'in folders, skip files and folders matching this glob (repeatable)', collect)
    .option('--pack <names>', 'use only these bundled packs (comma-separated, e.g. core,liability)', splitList)
    .option('-p, --profile <name>', 'profile: msp (ongoing managed services) or break-fix (reactive / project work)', 'msp')
    .option('--password <password>', 'password for encrypted PDFs')
    .option('--password-file <file>', 'read the password for encrypted PDFs from a file')
    .option('-j, --jobs <n>', 'files processed at the same time', integerIn(1, 64))
    .option('--max-file-size <MiB>', 'refuse files larger than this', integerIn(1, 4096), 50)
    .option('--max-pages <n>', 'refuse PDFs with more pages than this', integerIn(1, 1_000_000), 2000)
    .option('--max-inflated-size <MiB>', 'refuse DOCX files that would inflate to more than this', integerIn(1, 65536), 200)
    .option('--timeout <seconds>', 'time allowed to read one document before it is reported as TIMEOUT', positiveSeconds, 60)
    .option('--no-color', 'plain output without colours (also honours NO_COLOR)')
    .action(async (paths: string[], options: AuditCommandOptions, command: Command) => {
      if (paths.length === 0) {
        command.help({ error: true });
      }
      const ruleSource = { profile: options.profile, ...(options.rules ? { ruleFiles: options.rules } : {}), ...(options.pack ? { packs: options.pack } : {}) };
      const ruleSet = await loadRuleSet(ruleSource);
      const password = await readPassword(options);
      const shard = options.shard !== undefined ? parseShard(options.shard) : undefined;
      if (shard === null) throw new CliError(`--shard must be i/n with 1 <= i <= n, not '${options.shard}'`, USAGE_ERROR);
      const progress = wantsProgress(process.stderr, process.env, options.quiet === true) ? progressBar(process.stderr) : undefined;
      const report = await auditPaths(paths, {
        ...(progress ? { onProgress: progress.update } : {}),
        ruleSet,
        ruleSource,
        timeoutMs: options.timeout * 1000,
        ...(shard ? { shard } : {}),
        ...(options.cache !== false ? { cacheFolder: typeof options.cache === 'string' ? options.cache : defaultCacheFolder() } : {}),
        discover: { ...(options.include ? { include: options.include } : {}), ...(options.exclude ? { exclude: options.exclude } : {}) },
        limits: { maxFileBytes: options.maxFileSize * 1048576, maxPages: options.maxPages, maxInflatedBytes: options.maxInflatedSize * 1048576 },
        ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
        ...(password !== undefined ? { password } : {}),
      });
      progress?.finish();
      await emitReport(report, options);
    });
}
