import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleSetFingerprint } from '../../src/audit/audit-cache.js';
import { packRuleSet, unpackRuleSet } from '../../src/audit/rule-transfer.js';
import { evaluateDocument } from '../../src/engine/index.js';
import { extractDocument, isExtractionFailure } from '../../src/extract/index.js';
import type { Matcher, RuleSet } from '../../src/model/index.js';
import { bundledPackNames, loadRuleSet } from '../../src/ruleset/index.js';

describe('handing compiled rules to worker threads', () => {
  it('gives back a rule set that judges every fixture agreement exactly as the original', async () => {
    const ruleSet = await loadRuleSet({ packs: await bundledPackNames(), profile: 'break-fix' });
    const bytes = packRuleSet(ruleSet);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const copy = unpackRuleSet(bytes ?? new Uint8Array());
    expect(copy).not.toBe(ruleSet);
    expect(copy).toEqual(ruleSet);
    // The cache keys verdicts by this fingerprint: a worker's copy must give the same one.
    expect(ruleSetFingerprint(copy)).toBe(ruleSetFingerprint(ruleSet));
    const patterns = (matcher: Matcher | undefined): RegExp[] =>
      !matcher ? [] : matcher.kind === 'regex' || matcher.kind === 'phrase' ? matcher.patterns : matcher.kind === 'not' || matcher.kind === 'unnegated' ? patterns(matcher.of) : matcher.of.flatMap(patterns);
    const copied = copy.rules.flatMap((rule) => rule.present.flatMap((signal) => patterns(signal.match)));
    expect(copied.length).toBeGreaterThan(100);
    expect(copied.every((pattern) => pattern instanceof RegExp && pattern.flags === 'gi')).toBe(true);

    const folder = new URL('../../fixtures/corpus/docs/', import.meta.url);
    let judged = 0;
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.md')).sort()) {
      const document = await extractDocument(readFileSync(new URL(name, folder)), { fileName: name });
      if (isExtractionFailure(document)) continue;
      expect(evaluateDocument(document, copy), name).toEqual(evaluateDocument(document, ruleSet));
      judged++;
    }
    expect(judged).toBeGreaterThan(20);
  });

  it('declines a rule set that cannot cross to a thread, so the caller can judge it in-process', async () => {
    const ruleSet = await loadRuleSet({ packs: ['core'] });
    const odd = { ...ruleSet, rules: ruleSet.rules.map((rule, index) => (index === 0 ? { ...rule, why: (() => rule.why) as unknown as string } : rule)) } satisfies RuleSet;
    expect(packRuleSet(odd)).toBeUndefined();
    expect(packRuleSet(ruleSet)).toBeInstanceOf(Uint8Array);
  });
});
