import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateDocument } from '../../src/engine/index.js';
import { findNearMisses } from '../../src/engine/near-misses.js';
import { UnitCache } from '../../src/engine/signals.js';
import type { Finding, NearMiss, RuleSet } from '../../src/model/index.js';
import { loadRuleSet } from '../../src/ruleset/load.js';
import { ruleFrom, textDocument } from './helpers.js';

const RULE = ruleFrom(
  [
    'pack: t',
    'rules:',
    '  - id: fraud-excluded',
    '    category: criminal-acts',
    '    title: Fraud is excluded',
    '    severity: major',
    '    why: W',
    '    remediation: R',
    '    present:',
    '      - not-in-section: force majeure',
    '        match:',
    '          all:',
    "            - {regex: 'not liable', label: an exclusion}",
    '            - {regex: fraud, label: fraud}',
    '            - not: {regex: unless}',
    '',
  ].join('\n'),
);

async function nearMisses(text: string): Promise<NearMiss[]> {
  return findNearMisses(RULE, new UnitCache(await textDocument(text)));
}

describe('findNearMisses: reasons', () => {
  it.each([
    [
      'a definition',
      '"Excluded Loss" means loss from fraud for which the Provider is not liable.',
      { text: '"Excluded Loss" means loss from fraud for which the Provider is not liable.', line: 1, reason: 'Only in a definition, which names the term but creates no obligation or exclusion.' },
    ],
    [
      'a clause in an excluded section',
      '1. Fees\n\nThe Client shall pay.\n\n2. Force Majeure\n\nThe Provider is not liable for fraud.',
      { text: 'The Provider is not liable for fraud.', line: 4, section: '2. Force Majeure', reason: 'Only in "2. Force Majeure", a clause that does not provide this protection.' },
    ],
    ['part of the combination', 'The Provider is not liable for delay.', { text: 'The Provider is not liable for delay.', line: 1, reason: 'Mentions an exclusion but has no fraud.' }],
    [
      'an empty heading',
      '1. Fees\n\nThe Client shall pay.\n\n2. Fraud\n\n3. Liability\n\nSomething else entirely.',
      { text: '2. Fraud', line: 3, section: '2. Fraud', reason: 'A heading with no text under it.' },
    ],
    [
      'a heading over unrelated text',
      '1. Fraud\n\nSomething else entirely.\n\n2. Fees\n\nThe Client shall pay.',
      { text: '1. Fraud', line: 1, section: '1. Fraud', reason: 'Only in a heading; the text under it does not provide the protection.' },
    ],
  ])('explains %s', async (_name, text, expected) => {
    expect(await nearMisses(text)).toEqual([expected]);
  });

  it('does not count a passage that only satisfies a `not` condition', async () => {
    expect(await nearMisses('The Client shall pay the fees.')).toEqual([]);
  });

  it('keeps the three closest passages: definitions, then empty headings, then partial matches', async () => {
    const text = [
      'The Provider is not liable for delay.',
      '"Excluded Loss" means loss from fraud for which the Provider is not liable.',
      '1. Fraud',
      '2. Fees',
      'The Provider is not liable for strikes.',
      'The Provider is not liable for floods.',
    ].join('\n\n');
    expect((await nearMisses(text)).map((miss) => [miss.line, miss.reason])).toEqual([
      [2, 'Only in a definition, which names the term but creates no obligation or exclusion.'],
      [3, 'A heading with no text under it.'],
      [1, 'Mentions an exclusion but has no fraud.'],
    ]);
  });
});

describe('near misses of the bundled criminal-acts rule', () => {
  let ruleSet: RuleSet;
  beforeAll(async () => {
    ruleSet = await loadRuleSet({ packs: ['core'] });
  });

  async function criminalActs(text: string): Promise<Finding | undefined> {
    return evaluateDocument(await textDocument(text), ruleSet).findings.find((finding) => finding.ruleId === 'criminal-acts-exclusion');
  }

  const FORCE_MAJEURE_REASON =
    "A force-majeure clause that names no criminal or cyber acts (only events such as acts of God, war, strikes or utility failures); it excuses delay, not liability for crime.";

  it('explains that a force-majeure clause naming only acts of God does not exclude crime', async () => {
    const finding = await criminalActs('11. Fees\n\nThe Client shall pay the fees.\n\n12. Force Majeure\n\nNeither party is liable for delays caused by acts of God, war, strikes or failures of public utilities.');
    expect(finding?.status).toBe('missing');
    expect(finding?.message).toBe('No clause excludes or limits liability for criminal or malicious acts of third parties.');
    expect(finding?.nearMisses).toEqual([
      {
        text: 'Neither party is liable for delays caused by acts of God, war, strikes or failures of public utilities.',
        line: 4,
        section: '12. Force Majeure',
        reason: FORCE_MAJEURE_REASON,
      },
    ]);
  });

  it('gives at most three near misses, each with a reason', async () => {
    const text = ['acts of God', 'natural disasters', 'strikes', 'utility failures', 'events beyond its reasonable control']
      .map((cause) => `Neither party is liable for delays caused by ${cause}.`)
      .join('\n\n');
    const finding = await criminalActs(text);
    expect(finding?.status).toBe('missing');
    expect(finding?.nearMisses?.map((miss) => [miss.line, miss.reason])).toEqual([
      [1, FORCE_MAJEURE_REASON],
      [2, FORCE_MAJEURE_REASON],
      [3, FORCE_MAJEURE_REASON],
    ]);
  });

  it('leaves near misses out of a finding with nothing close', async () => {
    const finding = await criminalActs('The Client shall pay the fees within 30 days.');
    expect(finding?.status).toBe('missing');
    expect(finding && 'nearMisses' in finding).toBe(false);
  });
});
