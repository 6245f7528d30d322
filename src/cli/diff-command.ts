import { Option, type Command } from 'commander';
import { auditPaths, defaultCacheFolder, diffAgreements, diffFails } from '../audit/index.js';
import { loadConfiguredRules } from '../config/index.js';
import type { AuditedDocumentReport } from '../model/index.js';
import { formatDiff, formatDiffJson } from '../report/index.js';
import { loadRuleSet } from '../ruleset/index.js';
import { auditSettings, resolveConfig } from './effective-options.js';
import { useColor, writeAtomically } from './output.js';
import { addSettingOptions, type SettingOptions } from './setting-options.js';

interface DiffCommandOptions extends SettingOptions {
  format: 'terminal' | 'json';
  output?: string;
  color: boolean;
  cache: boolean;
}

const EXAMPLES = `
Examples:
  $ contract-audit diff msa-v3.docx msa-v4.docx
  $ git show HEAD~1:templates/msa.docx > /tmp/old.docx && contract-audit diff /tmp/old.docx templates/msa.docx

Exit codes: 0 nothing lost or weakened, 1 a protection was lost or weakened, 2 usage or rule-file
error, 3 a version could not be read.`;

/** `contract-audit diff OLD NEW`: two versions of an agreement compared protection by protection. */
export function configureDiffCommand(program: Command): void {
  const command = program
    .command('diff')
    .description('compare two versions of an agreement: protections lost, weakened, changed, strengthened, gained')
    .argument('<old>', 'the earlier version (PDF, DOCX, .txt or .md)')
    .argument('<new>', 'the later version')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['terminal', 'json']).default('terminal'))
    .option('-o, --output <file>', 'write the comparison to a file (atomically) instead of stdout')
    .option('--no-cache', 'do not read or write the cache')
    .option('--no-color', 'plain output without colours')
    .addHelpText('after', EXAMPLES);
  addSettingOptions(command).action(async (oldPath: string, newPath: string, options: DiffCommandOptions, self: Command) => {
    // The configuration's rules; with `paths:` entries, those of the new version's path, for both.
    const { config } = await resolveConfig(self);
    const { ruleSourceFor, ...settings } = auditSettings(config);
    const source = ruleSourceFor?.(newPath) ?? settings.ruleSource;
    const configured = await loadConfiguredRules(config); // also checks the configuration against the rules
    const ruleSet = ruleSourceFor && source ? await loadRuleSet(source) : configured;
    const run = { ...settings, ruleSet, jobs: 1, ...(options.cache ? { cacheFolder: defaultCacheFolder() } : {}) };
    // Each version on its own: the two paths may name the same file or the same content.
    const versions: AuditedDocumentReport[] = [];
    for (const path of [oldPath, newPath]) {
      const [document] = (await auditPaths([path], run)).documents;
      if (document?.status !== 'audited') {
        const reason = document?.status === 'unreadable' ? `[${document.error.code}] ${document.error.message}` : 'not an agreement file';
        process.stderr.write(`contract-audit: ${path}: unreadable ${reason}\n`);
        process.exitCode = 3;
        return;
      }
      versions.push(document);
    }
    const [before, after] = versions as [AuditedDocumentReport, AuditedDocumentReport];
    const diff = diffAgreements(before, after);
    const toFile = options.output !== undefined;
    const text = options.format === 'json' ? formatDiffJson(diff) : formatDiff(diff, { color: !toFile && useColor(options.color, process.stdout, process.env) });
    if (options.output !== undefined) await writeAtomically(options.output, text);
    else process.stdout.write(text);
    process.exitCode = diffFails(diff) ? 1 : 0;
  });
}
