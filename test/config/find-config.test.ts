import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfigFile, loadConfig } from '../../src/config/index.js';
import { problemsOf, project } from './helpers.js';

describe('findConfigFile', () => {
  it('walks up from a sub-folder to the nearest configuration file', async () => {
    const root = project({ '.contract-audit.yaml': 'profile: msp\n', 'a/b/c/keep.txt': '' });
    expect(await findConfigFile(join(root, 'a/b/c'))).toBe(join(root, '.contract-audit.yaml'));
  });

  it('stops at the nearest file, not the outermost', async () => {
    const root = project({ '.contract-audit.yaml': '', 'team/.contract-audit.yaml': '', 'team/sub/keep.txt': '' });
    expect(await findConfigFile(join(root, 'team/sub'))).toBe(join(root, 'team/.contract-audit.yaml'));
  });

  it('accepts .contract-audit.yml, and prefers .yaml in the same folder', async () => {
    const yml = project({ '.contract-audit.yml': '' });
    expect(await findConfigFile(yml)).toBe(join(yml, '.contract-audit.yml'));
    const both = project({ '.contract-audit.yml': '', '.contract-audit.yaml': '' });
    expect(await findConfigFile(both)).toBe(join(both, '.contract-audit.yaml'));
  });

  it('skips a folder that happens to have the name', async () => {
    const root = project({ 'sub/keep.txt': '' });
    mkdirSync(join(root, 'sub/.contract-audit.yaml'));
    const found = await findConfigFile(join(root, 'sub'));
    expect(found === undefined || !found.startsWith(root)).toBe(true);
  });

  it('finds nothing when no folder up to the root has one', async () => {
    const root = project({ 'a/keep.txt': '' });
    // The temporary folder's own parents must be free of configuration files for this test.
    const outside = await findConfigFile(join(root, '..'));
    expect(await findConfigFile(join(root, 'a'))).toBe(outside);
    if (outside === undefined) expect(await loadConfig({ searchFrom: join(root, 'a') })).toBeUndefined();
  });
});

describe('loadConfig', () => {
  it('reads the file --config names, wherever it is', async () => {
    const root = project({ 'settings/audit.yaml': 'profile: break-fix\n' });
    const config = await loadConfig({ file: join(root, 'settings/audit.yaml') });
    expect(config?.settings).toEqual({ profile: 'break-fix' });
    expect(config?.folder).toBe(join(root, 'settings'));
  });

  it('reads nothing with --no-config, even next to a file', async () => {
    project({ '.contract-audit.yaml': 'profile: break-fix\n' });
    expect(await loadConfig({ none: true })).toBeUndefined();
  });

  it('reports a --config file that does not exist at file:1:1', async () => {
    const root = project({});
    const path = join(root, 'nope.yaml');
    const promise = loadConfig({ file: path });
    await expect(promise).rejects.toBeInstanceOf(ConfigError);
    expect(await problemsOf(loadConfig({ file: path }))).toEqual([`${path}:1:1: cannot read configuration file: file not found`]);
  });

  it('refuses a file over 1 MiB', async () => {
    const root = project({ 'big.yaml': `# ${'x'.repeat(1024 * 1024)}\n` });
    expect(await problemsOf(loadConfig({ file: join(root, 'big.yaml') }))).toEqual([`${join(root, 'big.yaml')}:1:1: configuration file is 1.0 MiB, over the 1 MiB limit`]);
  });
});
