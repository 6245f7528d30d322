import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../../src/engine/evaluate-rule.js';
import { attachedLabels } from '../../src/engine/references.js';
import { UnitCache } from '../../src/engine/signals.js';
import { readPack } from '../../src/ruleset/read-pack.js';
import { textDocument } from './helpers.js';

const RULE = (includeDefinitions: string) => `pack: t
rules:
  - id: fm
    category: force-majeure
    title: T
    severity: major
    why: W
    remediation: R
    present:
      - match: {all: ['not (?:be )?liable', 'beyond (?:its )?reasonable control']}
    ambiguous:
      - reason: Only defined.
${includeDefinitions}        match: 'force majeure event"? means'
`;

async function statusOf(text: string, includeDefinitions: string): Promise<string> {
  const result = readPack('t.yaml', RULE(includeDefinitions));
  const rule = result.pack?.rules[0];
  if (!rule) throw new Error(JSON.stringify(result.problems));
  const document = await textDocument(text);
  return evaluateRule(rule, new UnitCache(document), { document, attached: attachedLabels(document) }).status;
}

describe('include-definitions', () => {
  const definedOnly = '1. Definitions\n\n"Force Majeure Event" means an event beyond the reasonable control of a party.\n\n2. Fees\n\nThe Client shall pay the fees.';

  it('lets an ambiguous signal see a definition that would otherwise prove nothing', async () => {
    expect(await statusOf(definedOnly, '        include-definitions: true\n')).toBe('ambiguous');
    expect(await statusOf(definedOnly, '')).toBe('missing');
  });

  it('is refused on present signals, where a definition must never count', () => {
    const source = RULE('').replace("      - match: {all:", "      - include-definitions: true\n        match: {all:");
    expect(readPack('t.yaml', source).problems.map((problem) => problem.message)).toEqual(["'include-definitions' is only allowed on ambiguous signals: a definition never makes a protection present"]);
  });
});
