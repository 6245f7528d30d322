import { beforeAll, describe, expect, it } from 'vitest';
import { combineStatuses, compareFindings, evaluateDocument, type DocumentEvaluation } from '../../src/engine/index.js';
import type { Finding, ProtectionStatus, RuleSet } from '../../src/model/index.js';
import { loadRuleSet } from '../../src/ruleset/load.js';
import { rulesFrom, textDocument } from './helpers.js';

const FULL_AGREEMENT = [
  "The Provider will provide remote monitoring, patch management and help desk support for the Client's servers.",
  'The Client shall provide the Provider with remote access to its systems and maintain valid licences for all software.',
  'The Provider shall not be liable for any loss arising from hacking, ransomware, malware or other criminal acts of third parties.',
  "Services not listed in this agreement are outside its scope and will be charged at the Provider's then-current hourly rates.",
  "Each party shall keep the other party's Confidential Information confidential and shall not disclose it to any third party. \"Confidential Information\" means all non-public business information disclosed by one party to the other.",
].join('\n\n');

let ruleSet: RuleSet;
beforeAll(async () => {
  ruleSet = await loadRuleSet({ packs: ['core'] });
});

async function evaluate(text: string): Promise<DocumentEvaluation> {
  return evaluateDocument(await textDocument(text), ruleSet);
}

async function finding(text: string, ruleId: string): Promise<Finding | undefined> {
  return (await evaluate(text)).findings.find((item) => item.ruleId === ruleId);
}

describe('evaluateDocument with the bundled rules', () => {
  it('finds every protection of a complete agreement present, with evidence', async () => {
    const evaluation = await evaluate(FULL_AGREEMENT);
    expect(evaluation.categories).toEqual({
      confidentiality: 'present',
      'criminal-acts': 'present',
      responsibilities: 'present',
      'scope-of-services': 'present',
      'unpurchased-services': 'present',
    });
    expect(evaluation.findings.find((item) => item.ruleId === 'criminal-acts-exclusion')?.evidence).toEqual([
      { text: 'The Provider shall not be liable for any loss arising from hacking, ransomware, malware or other criminal acts of third parties.', line: 3 },
    ]);
  });

  it('orders findings by category, then rule id, and categories alphabetically', async () => {
    const evaluation = await evaluate(FULL_AGREEMENT);
    expect(evaluation.findings.map((item) => [item.category, item.ruleId])).toEqual([
      ['confidentiality', 'confidentiality-mutual'],
      ['criminal-acts', 'criminal-acts-exclusion'],
      ['responsibilities', 'responsibilities-allocated'],
      ['scope-of-services', 'scope-of-services-defined'],
      ['unpurchased-services', 'unpurchased-services-excluded'],
    ]);
    expect(Object.keys(evaluation.categories)).toEqual(['confidentiality', 'criminal-acts', 'responsibilities', 'scope-of-services', 'unpurchased-services']);
  });

  it('reports a missing protection with its message and no evidence', async () => {
    expect(await finding('The Client shall pay all invoices within 30 days.', 'criminal-acts-exclusion')).toMatchObject({
      status: 'missing',
      severity: 'critical',
      message: 'No clause excludes or limits liability for criminal or malicious acts of third parties.',
      evidence: [],
    });
  });

  it('reports hacking named only as force majeure as ambiguous', async () => {
    const text = '12. Force Majeure\n\nNeither party is liable for delay caused by events beyond its reasonable control, including fire, flood, hacking or cyber attack.';
    expect(await finding(text, 'criminal-acts-exclusion')).toMatchObject({
      status: 'ambiguous',
      message: 'Hacking, cyber attacks or similar acts appear only in the force-majeure clause, which excuses delay in performance, not liability for the loss they cause.',
      evidence: [{ line: 2, section: '12. Force Majeure' }],
    });
  });

  it.each([
    ['a heading alone', '1. Fees\n\nThe Client shall pay the fees.\n\n9. Criminal Acts of Third Parties\n\n10. Confidentiality', ['criminal-acts-exclusion', 'confidentiality-mutual']],
    [
      'a contents line',
      'Contents\n\n1. Confidentiality .......... 2\n\n2. Hacking and Criminal Acts .......... 3\n\n1. Confidentiality\n\nThe Client shall pay the fees.',
      ['criminal-acts-exclusion', 'confidentiality-mutual'],
    ],
    [
      'a definition',
      '1. Definitions\n\n"Malware" means any malicious software, including ransomware and viruses, for which the Provider is not liable.\n\n"Confidential Information" means all information each party must keep confidential.',
      ['criminal-acts-exclusion', 'confidentiality-mutual'],
    ],
    ['a CONFIDENTIAL stamp', 'CONFIDENTIAL\n\nThe Client shall pay all invoices within 30 days.', ['confidentiality-mutual']],
    ['a negated exclusion', 'Nothing in these terms excludes liability for fraud.', ['criminal-acts-exclusion']],
  ])('never counts %s as a protection', async (_name, text, ruleIds) => {
    const evaluation = await evaluate(text);
    const statuses = ruleIds.map((id) => evaluation.findings.find((item) => item.ruleId === id)?.status);
    expect(statuses).toEqual(ruleIds.map(() => 'missing'));
  });

  it('reads a lead-in with its list item as one exclusion', async () => {
    const text = "The Provider is not responsible for loss or damage arising from:\n\n(a) the Client's own equipment;\n\n(b) unauthorised access to the Client's systems by third parties;";
    expect(await finding(text, 'criminal-acts-exclusion')).toMatchObject({
      status: 'present',
      evidence: [{ text: "The Provider is not responsible for loss or damage arising from: (b) unauthorised access to the Client's systems by third parties;", line: 1 }],
    });
  });

  it('makes a matching clause with a placeholder ambiguous, naming the placeholder', async () => {
    const text = 'The Provider shall not be liable for any loss arising from hacking or [OTHER EXCLUDED ACTS].';
    expect(await finding(text, 'criminal-acts-exclusion')).toMatchObject({
      status: 'ambiguous',
      message: 'The clause still contains the placeholder "[OTHER EXCLUDED ACTS]", so its content has not been agreed.',
      evidence: [{ text, line: 1 }],
    });
  });

  it("does not let a blank for a party's name spoil the protection", async () => {
    const text = 'The Provider shall not be liable for any loss arising from hacking or fraud by [THIRD PARTY NAME].';
    expect((await finding(text, 'criminal-acts-exclusion'))?.status).toBe('present');
  });

  it('makes scope ambiguous when it relies on a schedule that is not attached', async () => {
    expect(await finding('The Provider shall provide the managed services described in Schedule 3.', 'scope-of-services-defined')).toMatchObject({
      status: 'ambiguous',
      message: 'The clause relies on Schedule 3, which is not part of this document, so what it provides cannot be checked.',
    });
  });

  it('accepts the scope once the schedule is attached', async () => {
    const text = 'The Provider shall provide the managed services described in Schedule 3.\n\nSchedule 3 - Services\n\nThe Provider will provide 24x7 server monitoring and a help desk.';
    expect((await finding(text, 'scope-of-services-defined'))?.status).toBe('present');
  });

  it('turns missing protections into indeterminate ones when a page could not be read, and keeps the others', async () => {
    const document = await textDocument('The Provider shall not be liable for any loss arising from hacking.\n\nThe Client shall pay the fees.');
    const evaluation = evaluateDocument({ ...document, unreadablePages: [{ page: 2, reason: 'no text layer' }] }, ruleSet);
    expect(evaluation.categories).toEqual({
      confidentiality: 'indeterminate',
      'criminal-acts': 'present',
      responsibilities: 'ambiguous',
      'scope-of-services': 'indeterminate',
      'unpurchased-services': 'indeterminate',
    });
    expect(evaluation.findings.find((item) => item.ruleId === 'confidentiality-mutual')).toMatchObject({
      status: 'indeterminate',
      message: 'Not found in the readable text, but page 2 could not be read (no text layer); the clause may be there.',
      evidence: [],
    });
  });
});

describe('evaluateDocument with several rules in a category', () => {
  const rules = rulesFrom(
    [
      'pack: t',
      'rules:',
      ...[
        ['z-fraud', 'b-crime', 'fraud'],
        ['a-theft', 'b-crime', 'theft'],
        ['m-fees', 'a-money', 'fees'],
      ].flatMap(([id, category, word]) => [`  - id: ${id}`, `    category: ${category}`, '    title: T', '    severity: major', '    why: W', '    remediation: R', '    present:', `      - match: ${word}`]),
      '',
    ].join('\n'),
  );

  it('sorts findings and gives each category its weakest status', async () => {
    const evaluation = evaluateDocument(await textDocument('Fraud and fees.'), { name: 't', profile: 'msp', profiles: ['msp'], rules });
    expect(evaluation.findings.map((item) => [item.ruleId, item.status])).toEqual([
      ['m-fees', 'present'],
      ['a-theft', 'missing'],
      ['z-fraud', 'present'],
    ]);
    expect(evaluation.categories).toEqual({ 'a-money': 'present', 'b-crime': 'missing' });
  });
});

describe('combineStatuses', () => {
  it.each<[ProtectionStatus[], ProtectionStatus]>([
    [['present'], 'present'],
    [['present', 'present'], 'present'],
    [['present', 'ambiguous'], 'ambiguous'],
    [['ambiguous', 'missing', 'present'], 'missing'],
    [['missing', 'indeterminate'], 'indeterminate'],
    [['indeterminate', 'present'], 'indeterminate'],
    [['present', 'ambiguous', 'missing', 'indeterminate'], 'indeterminate'],
  ])('combines %j into %s', (statuses, expected) => {
    expect(combineStatuses(statuses)).toBe(expected);
  });
});

describe('compareFindings', () => {
  const make = (category: string, ruleId: string): Finding => ({ ruleId, category, severity: 'major', status: 'present', title: 'T', message: 'M', remediation: 'R', evidence: [] });

  it('orders by category first, then by rule id, in code-point order', () => {
    const findings = [make('b', 'a'), make('a', 'z'), make('a', 'B'), make('a', 'b')];
    expect([...findings].sort(compareFindings).map((item) => `${item.category}/${item.ruleId}`)).toEqual(['a/B', 'a/b', 'a/z', 'b/a']);
  });
});
