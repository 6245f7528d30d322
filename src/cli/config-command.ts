import type { Command } from 'commander';
import { formatConfig, loadConfiguredRules } from '../config/index.js';
import { bundledPackNames } from '../ruleset/index.js';
import { resolveConfig } from './effective-options.js';
import { addSettingOptions } from './setting-options.js';

/** `contract-audit config print`. */
export function configureConfigCommand(program: Command): void {
  const config = program.command('config').description('show the configuration in effect');
  addSettingOptions(config.command('print').description('print the effective configuration (defaults < configuration file < flags) as YAML, each setting with its origin')).action(
    async (_options: unknown, command: Command) => {
      const { config: effective, searchedFrom } = await resolveConfig(command);
      // Checked as an audit would check it, so a configuration that prints is one that runs.
      await loadConfiguredRules(effective);
      const text = formatConfig(effective, { cwd: process.cwd(), bundledPacks: await bundledPackNames(), ...(searchedFrom !== undefined ? { searchedFrom } : {}) });
      process.stdout.write(text);
    },
  );
}
