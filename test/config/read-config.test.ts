import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/index.js';
import { formatProblem } from '../../src/ruleset/index.js';
import { BUNDLED } from './helpers.js';

const FILE = '/project/.contract-audit.yaml';

function read(source: string): ReturnType<typeof readConfig> {
  return readConfig(FILE, source, BUNDLED);
}

/** Problems as `line:col: message` (the file is always FILE). */
function problems(source: string): string[] {
  return read(source).problems.map((problem) => formatProblem(problem).slice(FILE.length + 1));
}

describe('readConfig: a valid file', () => {
  it('reads every key, resolving rule files against the file\'s folder', () => {
    const source = [
      'profile: msp',
      'packs: [core, liability]',
      'rules: [rules/our-firm.yaml, /abs/other.yaml]',
      'overrides:',
      '  criminal-acts-exclusion: {severity: critical}',
      '  staff-non-solicitation: {enabled: false}',
      'failOn: ambiguous',
      'severity: minor',
      'include: ["*.docx", "*.md"]',
      'exclude: "drafts/**"',
      'limits: {maxFileSize: 10, maxPages: 100, maxInflatedSize: 20, timeout: 2.5, jobs: 2}',
      'paths:',
      '  - match: "ndas/**"',
      '    packs: core',
      '    profile: break-fix',
      '    overrides: {scope-of-services-defined: {enabled: false}}',
      'waivers:',
      '  - rule: insurance',
      '    path: "templates/legacy/**"',
      '    reason: Accepted by legal, see ticket 123',
      '    expires: 2027-06-30',
      '  - rule: claims-period-limited',
      '    reason: Not negotiable with this client',
      '',
    ].join('\n');
    const result = read(source);
    expect(result.problems).toEqual([]);
    expect(result.config?.folder).toBe('/project');
    expect(result.config?.settings).toEqual({
      profile: 'msp',
      packs: ['core', 'liability'],
      rules: ['/project/rules/our-firm.yaml', '/abs/other.yaml'],
      overrides: [
        { ruleId: 'criminal-acts-exclusion', severity: 'critical', position: { file: FILE, line: 5, col: 3 } },
        { ruleId: 'staff-non-solicitation', enabled: false, position: { file: FILE, line: 6, col: 3 } },
      ],
      failOn: 'ambiguous',
      severity: 'minor',
      include: ['*.docx', '*.md'],
      exclude: ['drafts/**'],
      limits: { maxFileSize: 10, maxPages: 100, maxInflatedSize: 20, timeout: 2.5, jobs: 2 },
      paths: [{ match: 'ndas/**', packs: ['core'], profile: 'break-fix', overrides: [{ ruleId: 'scope-of-services-defined', enabled: false, position: { file: FILE, line: 16, col: 17 } }] }],
      waivers: [
        { rule: 'insurance', path: 'templates/legacy/**', reason: 'Accepted by legal, see ticket 123', expires: '2027-06-30' },
        { rule: 'claims-period-limited', reason: 'Not negotiable with this client' },
      ],
    });
  });

  it('accepts an empty file and a file of comments only', () => {
    expect(read('').config?.settings).toEqual({});
    expect(read('# nothing yet\n#profile: msp\n').config?.settings).toEqual({});
  });

  it('locates values for problems found later, falling back to the nearest parent', () => {
    const config = read('profile: strict\npaths:\n  - match: "a/**"\n    rules: one.yaml\n').config;
    expect(config?.locate(['profile'])).toEqual({ file: FILE, line: 1, col: 10 });
    expect(config?.locate(['paths', 0, 'rules', 0])).toEqual({ file: FILE, line: 4, col: 12 });
    expect(config?.locate(['waivers', 3])).toEqual({ file: FILE, line: 1, col: 1 });
  });
});

describe('readConfig: problems at file:line:col', () => {
  it('reports unknown keys with a "did you mean", at every level', () => {
    expect(problems('profle: msp\n')).toEqual(["1:1: unknown key 'profle' in the configuration - did you mean 'profile'? (allowed: profile, packs, rules, overrides, failOn, severity, include, exclude, limits, paths, waivers)"]);
    expect(problems('limits:\n  maxFileSize: 5\n  timout: 5\n')).toEqual(["3:3: unknown key 'timout' in 'limits' - did you mean 'timeout'? (allowed: maxFileSize, maxPages, maxInflatedSize, timeout, jobs)"]);
    expect(problems('overrides:\n  criminal-acts-exclusion:\n    severty: minor\n')).toEqual(["3:5: unknown key 'severty' in override of 'criminal-acts-exclusion' - did you mean 'severity'? (allowed: severity, enabled)"]);
    expect(problems('paths:\n  - match: "a/**"\n    pack: [core]\n')).toContain("3:5: unknown key 'pack' in a 'paths' entry - did you mean 'packs'? (allowed: match, profile, packs, rules, overrides)");
    expect(problems('waivers:\n  - rule: insurance\n    reason: r\n    expiry: 2027-01-01\n')).toEqual(["4:5: unknown key 'expiry' in a waiver - did you mean 'expires'? (allowed: rule, path, reason, expires)"]);
  });

  it('reports wrong values with what is allowed', () => {
    expect(problems('failOn: ambigous\n')).toEqual(["1:9: 'failOn' must be one of missing, ambiguous, none, not 'ambigous' - did you mean 'ambiguous'?"]);
    expect(problems('severity: high\n')).toEqual(["1:11: 'severity' must be one of critical, major, minor, not 'high'"]);
    expect(problems('packs: [core, liablity]\n')).toEqual(["1:15: unknown bundled pack 'liablity' - did you mean 'liability'? (bundled: boilerplate, core, data, liability, operations); add your own packs with 'rules:'"]);
    expect(problems('limits: {maxPages: 0, timeout: 0, jobs: 2.5}\n')).toEqual([
      "1:20: 'limits.maxPages' must be a whole number from 1 to 1000000",
      "1:32: 'limits.timeout' must be a number above 0 and at most 86400",
      "1:41: 'limits.jobs' must be a whole number from 1 to 64",
    ]);
    expect(problems('overrides:\n  criminal-acts-exclusion: {enabled: "no"}\n')).toEqual(["2:38: 'enabled' must be true or false"]);
    expect(problems('include: {a: 1}\n')).toEqual(["1:10: 'include' must be a string or a list of strings"]);
    expect(problems('- profile: msp\n')).toEqual(['1:1: the configuration must be a mapping of keys to values']);
  });

  it('sorts problems by position', () => {
    expect(problems('failOn: nope\nfoo: 1\nseverity: nope\n').map((problem) => problem.split(':').slice(0, 2).join(':'))).toEqual(['1:9', '2:1', '3:11']);
  });

  it('reports YAML errors, duplicate keys and aliases', () => {
    expect(problems('profile: msp\nprofile: break-fix\n')[0]).toMatch(/^2:1: Map keys must be unique/);
    expect(problems('include: [a\n')[0]).toMatch(/^\d+:\d+: /);
    expect(problems('include: &globs ["*.md"]\nexclude: *globs\n')).toEqual(['2:10: aliases (*globs) are not allowed in configuration files; repeat the value']);
  });

  it('needs a glob and a change in every paths entry', () => {
    expect(problems('paths:\n  - packs: [core]\n')).toEqual(["2:5: a 'paths' entry needs 'match': a glob of the documents it applies to, relative to this file's folder"]);
    expect(problems('paths:\n  - match: "a/**"\n')).toEqual(["2:5: the 'paths' entry for 'a/**' changes nothing; give it profile, packs, rules, overrides"]);
  });
});

describe('readConfig: waivers', () => {
  it('needs a reason and a rule', () => {
    expect(problems('waivers:\n  - rule: insurance\n')).toEqual(["2:5: a waiver needs 'reason': why the gap is accepted (shown with the finding)"]);
    expect(problems('waivers:\n  - reason: fine\n')).toEqual(["2:5: a waiver needs 'rule': the rule id or category id it accepts"]);
    expect(problems('waivers:\n  - rule: insurance\n    reason: "  "\n')).toEqual(["3:13: 'reason' must be a non-empty string"]);
  });

  it.each([
    ['2027-02-30', 'a day that does not exist'],
    ['2027-6-30', 'no leading zeros'],
    ['20270630', 'digits only'],
    ['30/06/2027', 'another format'],
    ['2027-06-30T10:00:00Z', 'a time'],
  ])('refuses expires: %s (%s)', (date) => {
    expect(problems(`waivers:\n  - rule: insurance\n    reason: ok\n    expires: ${date}\n`)).toEqual([`4:14: 'expires' must be a date written YYYY-MM-DD, such as 2027-06-30, not '${date}'`]);
  });

  it('accepts a quoted date and a leap day', () => {
    expect(read('waivers:\n  - {rule: insurance, reason: ok, expires: "2028-02-29"}\n').config?.settings.waivers).toEqual([{ rule: 'insurance', reason: 'ok', expires: '2028-02-29' }]);
  });

  it('must be a list', () => {
    expect(problems('waivers:\n  rule: insurance\n')).toEqual(["2:3: 'waivers' must be a list"]);
  });
});
