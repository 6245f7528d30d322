import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundledRuleFiles, readPack } from '../../src/ruleset/index.js';
import { dataKeys, schemaKeys, schemaValidator } from './schema-helpers.js';

const validate = schemaValidator('rules');

/** A pack that uses every key and matcher kind the rule reader accepts. */
const EVERYTHING = `
pack: everything
description: Every key of the rule language.
terms:
  act: {regex: ['hack(?:ing)?', 'fraud'], label: criminal act}
  denial: {phrase: [not liable, no liability]}
  both: {all: [{term: act}, {term: denial}]}
  either: {any: ['ransomware', {term: act}]}
  close: {near: [{term: denial}, {term: act}], within: 10, label: close}
  clean: {unnegated: {match: {term: denial}, negators: ['nothing in'], within: 8}}
  other: {not: {regex: 'force majeure'}}
  plain: 'malware'
rules:
  - id: every-key
    category: criminal-acts
    title: T
    severity: major
    why: W
    remediation: R
    missing: Nothing here.
    present:
      - label: an exclusion
        scope: paragraph
        in-section: 'liabil'
        not-in-section: 'force majeure'
        reason: present reason
        include-definitions: false
        match: {all: [{term: both}, {term: other}]}
    ambiguous:
      - reason: Only a heading.
        empty-section: 'exclu'
        scope: section
      - reason: Defined only.
        include-definitions: true
        match: {term: either}
    weak-when:
      - reason: Vague.
        match: {term: close}
        scope: document
    near-miss:
      - reason: Near.
        match: {term: clean}
        scope: sentence
    checks: {placeholders: false, references: true}
    profiles:
      break-fix: {severity: minor}
      strict: {enabled: false}
    examples:
      present: ['The provider is not liable for hacking.']
      ambiguous: Some text.
      missing: []
overrides:
  every-key:
    severity: critical
    enabled: true
    profiles: {break-fix: {severity: major, enabled: true}}
`;

function readerAccepts(source: string): boolean {
  return readPack('pack.yaml', source).problems.length === 0;
}

describe('schemas/rules.schema.json', () => {
  it('accepts every bundled pack', async () => {
    for (const file of await bundledRuleFiles()) {
      const valid = validate(parse(readFileSync(file, 'utf8')));
      expect({ file, valid, errors: validate.errors ?? null }).toEqual({ file, valid: true, errors: null });
    }
  });

  it('accepts a pack that uses every key the reader knows, and declares no key the pack does not use', () => {
    expect(readPack('pack.yaml', EVERYTHING).problems).toEqual([]);
    const data = parse(EVERYTHING) as unknown;
    expect(validate(data)).toBe(true);
    // Term names, rule ids and profile names are the pack's own; everything else is a key of the language.
    const own = new Set(['act', 'denial', 'both', 'either', 'close', 'clean', 'other', 'plain', 'every-key', 'break-fix', 'strict']);
    const used = new Set([...dataKeys(data)].filter((key) => !own.has(key)));
    expect([...schemaKeys(validate.schema)].sort()).toEqual([...used].sort());
  });

  it.each([
    ['a misspelt rule key', EVERYTHING.replace('    missing: Nothing here.', '    mising: Nothing here.')],
    ['an unknown top-level key', `${EVERYTHING}\nauthor: me\n`],
    ['an unknown matcher kind', EVERYTHING.replace("plain: 'malware'", 'plain: {regx: malware}')],
    ['two kinds in one matcher', EVERYTHING.replace("plain: 'malware'", 'plain: {regex: a, phrase: b}')],
    ['a matcher with a label only', EVERYTHING.replace("plain: 'malware'", 'plain: {label: x}')],
    ['near with one matcher', EVERYTHING.replace('near: [{term: denial}, {term: act}]', 'near: [{term: denial}]')],
    ['within on a regex', EVERYTHING.replace("plain: 'malware'", 'plain: {regex: malware, within: 3}')],
    ['within out of range', EVERYTHING.replace('within: 10', 'within: 0')],
    ['an empty all', EVERYTHING.replace("plain: 'malware'", 'plain: {all: []}')],
    ['an empty regex list', EVERYTHING.replace("plain: 'malware'", 'plain: {regex: []}')],
    ['unnegated without negators', EVERYTHING.replace("negators: ['nothing in'], ", '')],
    ['an unknown key in unnegated', EVERYTHING.replace('within: 8}', 'within: 8, extra: 1}')],
    ['an ambiguous signal without a reason', EVERYTHING.replace('      - reason: Only a heading.\n', '      - label: heading\n')],
    ['a signal with match and empty-section', EVERYTHING.replace("        empty-section: 'exclu'", "        empty-section: 'exclu'\n        match: x")],
    ['a signal with neither match nor empty-section', EVERYTHING.replace("        empty-section: 'exclu'\n", '')],
    ['include-definitions on a present signal', EVERYTHING.replace('include-definitions: false', 'include-definitions: true')],
    ['an unknown signal key', EVERYTHING.replace('        scope: paragraph', '        scope: paragraph\n        where: x')],
    ['an unknown signal scope', EVERYTHING.replace('scope: paragraph', 'scope: page')],
    ['a weakener scope that is for signals', EVERYTHING.replace('scope: document', 'scope: section')],
    ['a weakener without a reason', EVERYTHING.replace('      - reason: Vague.\n        match: {term: close}', '      - match: {term: close}')],
    ['an unknown severity', EVERYTHING.replace('severity: major\n    why', 'severity: high\n    why')],
    ['a rule id that is not kebab-case', EVERYTHING.replace('id: every-key', 'id: Every_Key')],
    ['an empty title', EVERYTHING.replace('title: T', "title: ''")],
    ['a rule without present signals', EVERYTHING.replace(/ {4}present:\n(?: {6}.*\n)+?(?= {4}ambiguous)/, '    present: []\n')],
    ['a rule without why', EVERYTHING.replace('    why: W\n', '')],
    ['checks that are not booleans', EVERYTHING.replace('placeholders: false', 'placeholders: "no"')],
    ['an unknown example status', EVERYTHING.replace('      missing: []', '      indeterminate: []')],
    ['an unknown key in a profile', EVERYTHING.replace('strict: {enabled: false}', 'strict: {enabled: false, title: x}')],
    ['an unknown key in an override', EVERYTHING.replace('    enabled: true\n    profiles', '    enable: true\n    profiles')],
    ['a pack without a name', EVERYTHING.replace('pack: everything\n', '')],
    ['a pack without rules or overrides', 'pack: empty\ndescription: nothing\n'],
  ])('rejects %s, as the reader does', (_name, source) => {
    expect(source).not.toBe(EVERYTHING);
    expect(readerAccepts(source)).toBe(false);
    expect(validate(parse(source))).toBe(false);
  });
});
