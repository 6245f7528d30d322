import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../../src/engine/evaluate-rule.js';
import { attachedLabels } from '../../src/engine/references.js';
import { UnitCache } from '../../src/engine/signals.js';
import type { ExtractedDocument, Finding, Rule } from '../../src/model/index.js';
import { ruleFrom, textDocument } from './helpers.js';

const HEAD = [
  'pack: t',
  'rules:',
  '  - id: fraud-excluded',
  '    category: criminal-acts',
  '    title: Fraud is excluded',
  '    severity: major',
  '    why: W',
  '    remediation: Add an exclusion.',
];

const RULE = ruleFrom(
  [
    ...HEAD,
    '    missing: No clause excludes liability for fraud.',
    '    present:',
    '      - label: liability for fraud is excluded',
    "        match: {all: ['not liable', fraud]}",
    '    weak-when:',
    '      - reason: The exclusion applies only as needed.',
    "        match: 'as needed'",
    '      - reason: The whole document is a draft.',
    '        scope: document',
    "        match: 'draft for discussion'",
    '    ambiguous:',
    '      - reason: Fraud is mentioned but liability for it is not excluded.',
    '        match: fraud',
    '',
  ].join('\n'),
);

function judge(rule: Rule, document: ExtractedDocument): Finding {
  return evaluateRule(rule, new UnitCache(document), { document, attached: attachedLabels(document) });
}

async function judgeText(text: string, rule: Rule = RULE): Promise<Finding> {
  return judge(rule, await textDocument(text));
}

describe('evaluateRule: present', () => {
  it('names the first signal that matched and quotes the passage', async () => {
    expect(await judgeText('The Provider is not liable for fraud.')).toEqual({
      ruleId: 'fraud-excluded',
      category: 'criminal-acts',
      severity: 'major',
      title: 'Fraud is excluded',
      remediation: 'Add an exclusion.',
      status: 'present',
      message: 'Liability for fraud is excluded.',
      evidence: [{ text: 'The Provider is not liable for fraud.', line: 1 }],
    });
  });

  it('uses a generic message for a signal without a label', async () => {
    const rule = ruleFrom([...HEAD, '    present:', '      - match: fraud', ''].join('\n'));
    const finding = await judgeText('Fraud is excluded.', rule);
    expect(finding.status).toBe('present');
    expect(finding.message).toBe('The protection is provided.');
  });

  it('wins over weakened matches, quoting only the clean ones', async () => {
    const finding = await judgeText('The Provider is not liable for fraud as needed.\n\nThe Provider is not liable for fraud by its staff.');
    expect(finding.status).toBe('present');
    expect(finding.evidence).toEqual([{ text: 'The Provider is not liable for fraud by its staff.', line: 2 }]);
  });

  it('quotes at most three passages, in document order', async () => {
    const text = [5, 4, 3, 2, 1].map((n) => `The Provider is not liable for fraud of kind ${n}.`).join('\n\n');
    expect((await judgeText(text)).evidence.map((item) => item.line)).toEqual([1, 2, 3]);
  });

  it('ignores definitions', async () => {
    const finding = await judgeText('"Excluded Loss" means loss from fraud for which the Provider is not liable.');
    expect(finding.status).toBe('missing');
  });

  it('stays present when some pages could not be read', async () => {
    const document = await textDocument('The Provider is not liable for fraud.');
    expect(judge(RULE, { ...document, unreadablePages: [{ page: 2, reason: 'no text layer' }] }).status).toBe('present');
  });
});

describe('evaluateRule: ambiguous', () => {
  it('gives the reason of the weakener that spoiled the only match', async () => {
    expect(await judgeText('The Provider is not liable for fraud as needed.')).toMatchObject({
      status: 'ambiguous',
      message: 'The exclusion applies only as needed.',
      evidence: [{ text: 'The Provider is not liable for fraud as needed.', line: 1 }],
    });
  });

  it('applies a document-scope weakener found anywhere in the document', async () => {
    const finding = await judgeText('Draft for discussion only.\n\nThe Provider is not liable for fraud.');
    expect(finding).toMatchObject({ status: 'ambiguous', message: 'The whole document is a draft.', evidence: [{ line: 2 }] });
  });

  it('names a placeholder left in the clause', async () => {
    expect(await judgeText('The Provider is not liable for fraud or [LIST OF EXCLUDED ACTS].')).toMatchObject({
      status: 'ambiguous',
      message: 'The clause still contains the placeholder "[LIST OF EXCLUDED ACTS]", so its content has not been agreed.',
    });
  });

  it('names an attachment the clause relies on that is not in the document', async () => {
    expect(await judgeText('The Provider is not liable for fraud of the kinds listed in Schedule 2.')).toMatchObject({
      status: 'ambiguous',
      message: 'The clause relies on Schedule 2, which is not part of this document, so what it provides cannot be checked.',
    });
  });

  it('accepts the reference once the schedule is attached', async () => {
    const finding = await judgeText('The Provider is not liable for fraud of the kinds listed in Schedule 2.\n\nSchedule 2 - Fraud\n\nInvoice fraud and payment diversion.');
    expect(finding.status).toBe('present');
  });

  it.each([
    ['placeholders', 'The Provider is not liable for fraud or [LIST OF EXCLUDED ACTS].'],
    ['references', 'The Provider is not liable for fraud of the kinds listed in Schedule 2.'],
  ])('skips the %s check when the rule turns it off', async (check, text) => {
    const rule = ruleFrom([...HEAD, `    checks: {${check}: false}`, '    present:', "      - match: {all: ['not liable', fraud]}", ''].join('\n'));
    expect((await judgeText(text, rule)).status).toBe('present');
  });

  it('falls back to the first ambiguous signal that matches', async () => {
    expect(await judgeText('Each party shall report fraud promptly.')).toMatchObject({
      status: 'ambiguous',
      message: 'Fraud is mentioned but liability for it is not excluded.',
      evidence: [{ text: 'Each party shall report fraud promptly.', line: 1 }],
    });
  });
});

describe('evaluateRule: missing and indeterminate', () => {
  it("gives the rule's missing message and no evidence", async () => {
    const finding = await judgeText('The Client shall pay the fees.');
    expect(finding).toMatchObject({ status: 'missing', message: 'No clause excludes liability for fraud.', evidence: [] });
  });

  it('uses a default missing message', async () => {
    const rule = ruleFrom([...HEAD, '    present:', '      - match: fraud', ''].join('\n'));
    expect((await judgeText('The Client shall pay the fees.', rule)).message).toBe('Nothing in the document provides this protection.');
  });

  it.each([
    [[{ page: 3, reason: 'no text layer' }], 'Not found in the readable text, but page 3 could not be read (no text layer); the clause may be there.'],
    [
      [
        { page: 2, reason: 'no text layer' },
        { page: 4, reason: 'no text layer' },
      ],
      'Not found in the readable text, but pages 2, 4 could not be read (no text layer); the clause may be there.',
    ],
  ])('is indeterminate instead of missing when pages %j could not be read', async (unreadablePages, message) => {
    const document = await textDocument('The Client shall pay the fees.');
    expect(judge(RULE, { ...document, unreadablePages })).toMatchObject({ status: 'indeterminate', message, evidence: [] });
  });

  it('stays ambiguous when an ambiguous signal matched despite unreadable pages', async () => {
    const document = await textDocument('Each party shall report fraud promptly.');
    expect(judge(RULE, { ...document, unreadablePages: [{ page: 1, reason: 'no text layer' }] }).status).toBe('ambiguous');
  });
});
