import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { CONFIG_FILE_NAMES, STARTER_CONFIG } from '../config/index.js';
import { CliError, USAGE_ERROR } from './cli-error.js';
import { writeAtomically } from './output.js';

/** `contract-audit init`: writes a commented starter configuration in the current folder. */
export function configureInitCommand(program: Command): void {
  program
    .command('init')
    .description(`write a commented starter ${CONFIG_FILE_NAMES[0]} in the current folder`)
    .option('--force', 'overwrite an existing configuration file')
    .action(async (options: { force?: boolean }) => {
      const folder = process.cwd();
      const existing = CONFIG_FILE_NAMES.map((name) => join(folder, name)).filter((path) => existsSync(path));
      if (existing.length > 0 && options.force !== true) {
        throw new CliError(`${existing.join(' and ')} already exists; edit it, or run init --force to replace it with the starter`, USAGE_ERROR);
      }
      const path = join(folder, CONFIG_FILE_NAMES[0]);
      await writeAtomically(path, STARTER_CONFIG);
      process.stdout.write(`Wrote ${path}:\n\n${STARTER_CONFIG}`);
      // The .yaml file wins over a .yml one in the same folder, so the old file is now ignored.
      const shadowed = existing.filter((other) => other !== path);
      if (shadowed.length > 0) process.stderr.write(`contract-audit: ${shadowed.join(', ')} is now ignored in favour of ${path}; delete it\n`);
    });
}
