import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FAIL_ON_VALUES, STARTER_CONFIG, readConfig } from '../../src/config/index.js';
import { BUILT_IN_PROFILES, SEVERITIES } from '../../src/index.js';
import { bundledPackNames } from '../../src/ruleset/index.js';
import { dataKeys, schemaKeys, schemaValidator } from './schema-helpers.js';

const validate = schemaValidator('config');
const definitions = (validate.schema as { definitions: Record<string, { enum?: unknown[]; anyOf?: Array<{ enum?: unknown[] }> }> }).definitions;

/** A configuration that uses every key the reader knows. */
const EVERYTHING = `
profile: msp
packs: [core, liability, data]
rules: [rules/our-firm.yaml]
overrides:
  criminal-acts-exclusion: {severity: critical}
  staff-non-solicitation: {enabled: false}
failOn: ambiguous
severity: minor
include: ["*.docx", "*.md"]
exclude: "drafts/**"
limits: {maxFileSize: 50, maxPages: 2000, maxInflatedSize: 200, timeout: 1.5, jobs: 4}
paths:
  - match: "ndas/**"
    profile: break-fix
    packs: core
    rules: [rules/nda.yaml]
    overrides: {scope-of-services-defined: {enabled: false}}
waivers:
  - rule: insurance
    path: "templates/legacy/**"
    reason: Accepted by legal, see ticket 123
    expires: 2027-06-30
`;

function readerAccepts(source: string): boolean {
  return readConfig('/project/.contract-audit.yaml', source, ['boilerplate', 'core', 'data', 'liability', 'operations']).problems.length === 0;
}

/** The YAML example of the README's configuration section. */
function readmeExample(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const example = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '').find((block) => block.includes('$schema='));
  if (example === undefined) throw new Error('README.md has no configuration example');
  return example;
}

describe('schemas/config.schema.json', () => {
  it('accepts the init starter, with and without its examples switched on', () => {
    expect(validate(parse(STARTER_CONFIG) ?? {})).toBe(true);
    const uncommented = STARTER_CONFIG.split('\n').map((line) => (/^# (?:[a-z][A-Za-z]*:(?: |$)| {2,})/.test(line) ? line.slice(2) : line)).join('\n');
    expect(validate(parse(uncommented))).toBe(true);
  });

  it('accepts the README example, which the reader accepts too', () => {
    const example = readmeExample();
    expect(readerAccepts(example)).toBe(true);
    expect(validate(parse(example))).toBe(true);
  });

  it('accepts a configuration with every key, and declares no key it does not use', () => {
    expect(readerAccepts(EVERYTHING)).toBe(true);
    const data = parse(EVERYTHING) as unknown;
    expect(validate(data)).toBe(true);
    const own = new Set(['criminal-acts-exclusion', 'staff-non-solicitation', 'scope-of-services-defined']);
    expect([...schemaKeys(validate.schema)].sort()).toEqual([...dataKeys(data)].filter((key) => !own.has(key)).sort());
  });

  it('lists the bundled packs, built-in profiles, severities and failOn values', async () => {
    expect(definitions.packName?.enum).toEqual(await bundledPackNames());
    expect(definitions.profile?.anyOf?.[0]?.enum).toEqual([...BUILT_IN_PROFILES]);
    expect(definitions.severity?.enum).toEqual([...SEVERITIES]);
    expect((validate.schema as { properties: { failOn: { enum: unknown[] } } }).properties.failOn.enum).toEqual([...FAIL_ON_VALUES]);
  });

  it.each([
    ['an unknown key', `${EVERYTHING}\nformat: json\n`],
    ['a misspelt key', EVERYTHING.replace('failOn: ambiguous', 'failon: ambiguous')],
    ['an unknown failOn value', EVERYTHING.replace('failOn: ambiguous', 'failOn: always')],
    ['an unknown severity', EVERYTHING.replace('severity: minor', 'severity: high')],
    ['an unknown bundled pack', EVERYTHING.replace('packs: [core, liability, data]', 'packs: [core, liablity]')],
    ['an unknown limit', EVERYTHING.replace('jobs: 4}', 'jobs: 4, memory: 9}')],
    ['a limit out of range', EVERYTHING.replace('maxPages: 2000', 'maxPages: 0')],
    ['a zero timeout', EVERYTHING.replace('timeout: 1.5', 'timeout: 0')],
    ['a fractional job count', EVERYTHING.replace('jobs: 4', 'jobs: 2.5')],
    ['an unknown key in an override', EVERYTHING.replace('{severity: critical}', '{severity: critical, profiles: {}}')],
    ['an override that is not true or false', EVERYTHING.replace('staff-non-solicitation: {enabled: false}', 'staff-non-solicitation: {enabled: "no"}')],
    ['a paths entry without match', EVERYTHING.replace('  - match: "ndas/**"\n', '  - pack: x\n')],
    ['a paths entry that changes nothing', EVERYTHING.replace(/ {2}- match: "ndas\/\*\*"\n(?: {4}.*\n)+/, '  - match: "ndas/**"\n')],
    ['a waiver without a reason', EVERYTHING.replace('    reason: Accepted by legal, see ticket 123\n', '')],
    ['a waiver without a rule', EVERYTHING.replace('  - rule: insurance\n    path', '  - path')],
    ['a waiver date in another format', EVERYTHING.replace('expires: 2027-06-30', 'expires: 30/06/2027')],
    ['an unknown waiver key', EVERYTHING.replace('expires: 2027-06-30', 'expiry: 2027-06-30')],
    ['an empty profile', EVERYTHING.replace('profile: msp', "profile: ''")],
    ['include as a mapping', EVERYTHING.replace('include: ["*.docx", "*.md"]', 'include: {a: b}')],
  ])('rejects %s, as the reader does', (_name, source) => {
    expect(source).not.toBe(EVERYTHING);
    expect(readerAccepts(source)).toBe(false);
    expect(validate(parse(source))).toBe(false);
  });
});
