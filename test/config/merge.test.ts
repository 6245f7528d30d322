import { describe, expect, it } from 'vitest';
import { DEFAULT_FAIL_POLICY, DEFAULT_LIMITS, DEFAULT_TIMEOUT_MS } from '../../src/audit/index.js';
import { DEFAULT_SETTINGS, mergeSettings, readConfig, type ConfigFile } from '../../src/config/index.js';
import { BUNDLED } from './helpers.js';

function configFile(source: string): ConfigFile {
  const result = readConfig('/project/.contract-audit.yaml', source, BUNDLED);
  if (!result.config) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

describe('DEFAULT_SETTINGS', () => {
  it('agree with the audit\'s own defaults', () => {
    const { limits } = DEFAULT_SETTINGS;
    expect({ maxFileBytes: limits.maxFileSize * 1048576, maxPages: limits.maxPages, maxInflatedBytes: limits.maxInflatedSize * 1048576 }).toEqual(DEFAULT_LIMITS);
    expect(limits.timeout * 1000).toBe(DEFAULT_TIMEOUT_MS);
    expect({ failOn: DEFAULT_SETTINGS.failOn, severity: DEFAULT_SETTINGS.severity }).toEqual(DEFAULT_FAIL_POLICY);
  });
});

describe('mergeSettings: defaults < file < command line', () => {
  it('gives the defaults without a file or flags, relative to the working folder', () => {
    const merged = mergeSettings(undefined, {}, '/work/here');
    expect(merged.settings).toEqual(DEFAULT_SETTINGS);
    expect(Object.values(merged.origins).every((origin) => origin === 'default')).toBe(true);
    expect(merged.root).toBe('/work/here');
    expect(merged.file).toBeUndefined();
  });

  it('takes the file\'s values over the defaults, and its folder as the root', () => {
    const file = configFile('profile: break-fix\nfailOn: ambiguous\nlimits: {timeout: 5}\n');
    const merged = mergeSettings(file, {}, '/elsewhere');
    expect(merged.settings).toMatchObject({ profile: 'break-fix', failOn: 'ambiguous', severity: 'major', limits: { timeout: 5, maxPages: 2000 } });
    expect(merged.origins).toMatchObject({ profile: 'file', failOn: 'file', severity: 'default', 'limits.timeout': 'file', 'limits.maxPages': 'default' });
    expect(merged.root).toBe('/project');
  });

  it('takes flags over the file, limits one by one', () => {
    const file = configFile('profile: break-fix\nfailOn: ambiguous\nrules: [a.yaml]\nlimits: {timeout: 5, maxPages: 10}\n');
    const merged = mergeSettings(file, { profile: 'msp', rules: ['b.yaml'], limits: { timeout: 9 } }, '/elsewhere');
    expect(merged.settings).toMatchObject({ profile: 'msp', failOn: 'ambiguous', rules: ['b.yaml'], limits: { timeout: 9, maxPages: 10 } });
    expect(merged.origins).toMatchObject({ profile: 'command line', failOn: 'file', rules: 'command line', 'limits.timeout': 'command line', 'limits.maxPages': 'file' });
  });

  it('never changes the defaults it starts from', () => {
    const merged = mergeSettings(undefined, { include: ['*.md'] }, '/x');
    merged.settings.rules.push('mutated.yaml');
    merged.settings.limits.timeout = 1;
    expect(DEFAULT_SETTINGS.rules).toEqual([]);
    expect(DEFAULT_SETTINGS.limits.timeout).toBe(60);
  });
});
