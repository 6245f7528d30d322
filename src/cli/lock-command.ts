import type { Command } from 'commander';
import { createLock, formatLock, LOCK_FILE_NAME } from '../audit/index.js';
import { addAuditInputOptions } from './audit-command.js';
import { writeAtomically } from './output.js';
import { runConfiguredAudit, type RunAuditOptions } from './run-audit.js';

const EXAMPLES = `
Examples:
  $ contract-audit lock templates/                 record the accepted state in ${LOCK_FILE_NAME}
  $ contract-audit templates/ --baseline ${LOCK_FILE_NAME}   later: fail only on what got worse

Paths in the lock are as the audit reports them (relative to the folder the command runs in),
so run lock and the baseline check from the same folder, usually the repository root.`;

/** `contract-audit lock PATHS`: writes the lock file a later `--baseline` run compares with. */
export function configureLockCommand(program: Command): void {
  const command = program
    .command('lock')
    .description(`audit agreements and record, per document and rule, the verdict and a fingerprint of the evidence (${LOCK_FILE_NAME})`)
    .argument('<paths...>', 'agreements or folders, as for the audit')
    .option('-o, --output <file>', 'where to write the lock file', LOCK_FILE_NAME)
    .addHelpText('after', EXAMPLES);
  addAuditInputOptions(command).action(async (paths: string[], options: RunAuditOptions & { output: string }, self: Command) => {
    const { report } = await runConfiguredAudit(paths, options, self);
    const lock = createLock(report);
    await writeAtomically(options.output, formatLock(lock));
    const documents = Object.values(lock.documents);
    const verdicts = documents.flatMap((document) => Object.values(document.rules));
    const gaps = verdicts.filter((verdict) => verdict.status !== 'present').length;
    process.stdout.write(`Locked ${documents.length} document${documents.length === 1 ? '' : 's'} (${verdicts.length} protections, ${gaps} accepted gap${gaps === 1 ? '' : 's'}) in ${options.output}\n`);
    for (const document of report.documents) {
      if (document.status === 'unreadable') process.stderr.write(`contract-audit: ${document.path}: unreadable [${document.error.code}], not locked: ${document.error.message}\n`);
    }
    process.exitCode = report.summary.unreadable > 0 ? 3 : 0;
  });
}
