import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatConfig, loadConfigFile, mergeSettings, readConfig } from '../../src/config/index.js';
import { BUNDLED, project } from './helpers.js';

const SOURCE = [
  'profile: break-fix',
  'rules: [rules/ours.yaml]',
  'overrides:',
  '  criminal-acts-exclusion: {severity: critical}',
  'limits: {jobs: 2}',
  'paths:',
  '  - match: "ndas/**"',
  '    packs: [core]',
  'waivers:',
  '  - {rule: insurance, path: "legacy/**", reason: Accepted by legal, expires: 2027-06-30}',
  '',
].join('\n');

describe('formatConfig', () => {
  it('prints every setting with where it came from', async () => {
    const root = project({ '.contract-audit.yaml': SOURCE });
    const config = mergeSettings(await loadConfigFile(join(root, '.contract-audit.yaml')), { severity: 'minor', limits: { timeout: 5 } }, root);
    const text = formatConfig(config, { cwd: root, bundledPacks: BUNDLED });
    expect(text.split('\n')).toEqual([
      '# Effective configuration: built-in defaults < configuration file < command line.',
      `# Configuration file: ${root}/.contract-audit.yaml`,
      '',
      'profile: break-fix # from .contract-audit.yaml',
      'packs: [boilerplate, core, data, liability, operations] # default: every bundled pack',
      'rules: [rules/ours.yaml] # from .contract-audit.yaml',
      'overrides: # from .contract-audit.yaml',
      '  criminal-acts-exclusion:',
      '    severity: critical',
      'failOn: missing # default',
      'severity: minor # from the command line',
      'include: [] # default',
      'exclude: [] # default',
      'limits:',
      '  maxFileSize: 50 # default',
      '  maxPages: 2000 # default',
      '  maxInflatedSize: 200 # default',
      '  timeout: 5 # from the command line',
      '  jobs: 2 # from .contract-audit.yaml',
      'paths: # from .contract-audit.yaml',
      '  - match: ndas/**',
      '    packs: [core]',
      'waivers: # from .contract-audit.yaml',
      '  - rule: insurance',
      '    path: legacy/**',
      '    reason: Accepted by legal',
      '    expires: 2027-06-30',
      '',
    ]);
  });

  it('says when no file was found, or none was read', () => {
    const config = mergeSettings(undefined, {}, '/work');
    expect(formatConfig(config, { cwd: '/work', bundledPacks: BUNDLED, searchedFrom: '/work' })).toContain('# No configuration file found in /work or the folders above it.\n');
    expect(formatConfig(config, { cwd: '/work', bundledPacks: BUNDLED })).toContain('# No configuration file read.\n');
  });

  it('prints a valid configuration file that gives the same settings', async () => {
    const root = project({ '.contract-audit.yaml': SOURCE });
    const original = mergeSettings(await loadConfigFile(join(root, '.contract-audit.yaml')), {}, root);
    const printed = readConfig(join(root, 'printed.yaml'), formatConfig(original, { cwd: root, bundledPacks: BUNDLED }), BUNDLED);
    expect(printed.problems).toEqual([]);
    const again = mergeSettings(printed.config ?? undefined, {}, root);
    const withoutPositions = (settings: typeof original.settings): unknown => JSON.parse(JSON.stringify({ ...settings, packs: settings.packs ?? BUNDLED }, (key, value: unknown) => (key === 'position' ? undefined : value)));
    expect(withoutPositions(again.settings)).toEqual(withoutPositions(original.settings));
  });
});
