import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_PATH, DEFAULT_SETTINGS, STARTER_CONFIG, loadConfigFile, loadConfiguredRules, mergeSettings } from '../../src/config/index.js';
import { project } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The starter with its commented examples switched on: lines of YAML after "# ", not prose. */
function uncommented(text: string): string {
  return text
    .split('\n')
    .map((line) => (/^# (?:[a-z][A-Za-z]*:(?: |$)| {2,})/.test(line) ? line.slice(2) : line))
    .join('\n');
}

describe('the init starter', () => {
  it('points editors at the schema shipped in the package', () => {
    expect(STARTER_CONFIG.split('\n')[0]).toBe(`# yaml-language-server: $schema=${CONFIG_SCHEMA_PATH}`);
    expect(CONFIG_SCHEMA_PATH).toBe('./node_modules/contract-audit/schemas/config.schema.json');
    expect(existsSync(join(ROOT, CONFIG_SCHEMA_PATH.replace('./node_modules/contract-audit/', '')))).toBe(true);
  });

  it('loads without problems and gives the default settings', async () => {
    const root = project({ '.contract-audit.yaml': STARTER_CONFIG });
    const config = mergeSettings(await loadConfigFile(join(root, '.contract-audit.yaml')), {}, root);
    expect(config.settings).toEqual(DEFAULT_SETTINGS);
    expect(config.origins.profile).toBe('file');
    await expect(loadConfiguredRules(config)).resolves.toMatchObject({ profile: 'msp' });
  });

  it('has commented examples that are valid once switched on', async () => {
    const text = uncommented(STARTER_CONFIG);
    expect(text).toMatch(/^waivers:$/m);
    const root = project({ '.contract-audit.yaml': text, 'rules/our-firm.yaml': 'pack: our-firm\noverrides:\n  confidentiality-mutual: {severity: critical}\n' });
    const config = mergeSettings(await loadConfigFile(join(root, '.contract-audit.yaml')), {}, root);
    expect(Object.entries(config.origins).filter(([, origin]) => origin === 'default').map(([name]) => name)).toEqual([]);
    await expect(loadConfiguredRules(config)).resolves.toMatchObject({ name: 'core+liability+data+operations+boilerplate+our-firm' });
  });
});
