import { describe, expect, it } from 'vitest';
import { mergeSettings, pathInConfig, readConfig, ruleSourceResolver, type FlagSettings } from '../../src/config/index.js';
import { BUNDLED } from './helpers.js';

const FILE = '/project/.contract-audit.yaml';
const at = (line: number, col: number): { file: string; line: number; col: number } => ({ file: FILE, line, col });

function resolver(source: string, flags: FlagSettings = {}): (path: string) => unknown {
  const result = readConfig(FILE, source, BUNDLED);
  if (!result.config) throw new Error(JSON.stringify(result.problems));
  return ruleSourceResolver(mergeSettings(result.config, flags, '/project'));
}

const CONFIG = [
  'packs: [core, liability]',
  'overrides:',
  '  criminal-acts-exclusion: {severity: major}',
  'paths:',
  '  - match: "ndas/**"',
  '    packs: [core]',
  '    overrides: {scope-of-services-defined: {enabled: false}}',
  '  - match: "*.md"',
  '    profile: break-fix',
  '  - match: "ndas/legacy/**"',
  '    rules: [legacy.yaml]',
  '    overrides: {criminal-acts-exclusion: {severity: minor}}',
  '',
].join('\n');

describe('per-path rule sources', () => {
  const sourceFor = resolver(CONFIG);

  it('gives the top-level choice to documents no entry matches', () => {
    expect(sourceFor('/project/contracts/msa.pdf')).toEqual({ profile: 'msp', packs: ['core', 'liability'], overrides: [{ ruleId: 'criminal-acts-exclusion', severity: 'major', position: at(3, 3) }] });
  });

  it('applies a matching entry over the top level, relative to the configuration\'s folder', () => {
    // Under an entry, overrides of rules its packs lack are skipped rather than refused.
    expect(sourceFor('/project/ndas/acme.pdf')).toEqual({
      profile: 'msp',
      packs: ['core'],
      overrides: [
        { ruleId: 'criminal-acts-exclusion', severity: 'major', position: at(3, 3), optional: true },
        { ruleId: 'scope-of-services-defined', enabled: false, position: at(7, 17), optional: true },
      ],
    });
    // The glob is relative to the configuration's folder, not to any folder named ndas.
    expect(sourceFor('/project/archive/ndas/acme.pdf')).toEqual(sourceFor('/project/contracts/msa.pdf'));
  });

  it('matches a glob without a slash against the file name at any depth', () => {
    expect(sourceFor('/project/deep/down/notes.md')).toMatchObject({ profile: 'break-fix', packs: ['core', 'liability'] });
  });

  it('applies every matching entry in order, later ones winning', () => {
    expect(sourceFor('/project/ndas/legacy/old.md')).toEqual({
      profile: 'break-fix',
      packs: ['core'],
      ruleFiles: ['/project/legacy.yaml'],
      overrides: [
        { ruleId: 'criminal-acts-exclusion', severity: 'major', position: at(3, 3), optional: true },
        { ruleId: 'scope-of-services-defined', enabled: false, position: at(7, 17), optional: true },
        { ruleId: 'criminal-acts-exclusion', severity: 'minor', position: at(12, 17), optional: true },
      ],
    });
  });

  it('gives documents outside the configuration\'s folder the top-level choice', () => {
    expect(sourceFor('/elsewhere/ndas/acme.pdf')).toEqual(sourceFor('/project/contracts/msa.pdf'));
    expect(pathInConfig({ root: '/project' }, '/elsewhere/x.pdf')).toBeUndefined();
    expect(pathInConfig({ root: '/project' }, '/project/a/b.pdf')).toBe('a/b.pdf');
  });

  it('lets flags given on the command line win over the entries too', () => {
    const withFlags = resolver(CONFIG, { packs: ['data'], profile: 'msp' });
    expect(withFlags('/project/ndas/legacy/old.md')).toMatchObject({ profile: 'msp', packs: ['data'], ruleFiles: ['/project/legacy.yaml'] });
  });

  it('gives equal sources for documents with the same entries, so they share a group', () => {
    expect(JSON.stringify(sourceFor('/project/ndas/a.pdf'))).toBe(JSON.stringify(sourceFor('/project/ndas/sub/b.docx')));
  });
});
