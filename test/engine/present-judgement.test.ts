import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../../src/engine/evaluate-rule.js';
import { evidenceFor } from '../../src/engine/evidence.js';
import { clearMatcherMemo } from '../../src/engine/matchers/index.js';
import { conditionTable } from '../../src/engine/prefilter/index.js';
import { attachedLabels } from '../../src/engine/references.js';
import { SignalHitStream, UnitCache, type SignalHit } from '../../src/engine/signals.js';
import { weaknessOf, type WeaknessContext } from '../../src/engine/weaknesses.js';
import { extractDocument, isExtractionFailure } from '../../src/extract/index.js';
import type { Evidence, ExtractedDocument, Rule, Signal } from '../../src/model/index.js';
import { bundledPackNames, loadRuleSet } from '../../src/ruleset/index.js';
import { ruleFrom, textDocument } from './helpers.js';

/** Every unit that satisfies a signal, read to the end of the document. */
function findSignalHits(cache: UnitCache, signal: Signal): SignalHit[] {
  const stream = new SignalHitStream(cache, signal);
  const found: SignalHit[] = [];
  for (let hit = stream.next(); hit !== null; hit = stream.next()) found.push(hit);
  return found;
}

/**
 * The verdict from present signals as the plain definition states it: every hit of every signal,
 * each judged for weaknesses; the first clean one (signals in order, units in order) names the
 * finding, and the evidence is the first three clean passages in document order.
 */
function judgeEveryHit(rule: Rule, cache: UnitCache, context: WeaknessContext): { status: string; message: string; evidence: Evidence[] } | null {
  const hits = rule.present.flatMap((signal) => findSignalHits(cache, signal).sort((a, b) => a.index - b.index));
  const weakness = (hit: SignalHit): string | null => weaknessOf(rule, hit.unit, context);
  const evidence = (keep: (hit: SignalHit) => boolean): Evidence[] => {
    const seen = new Set<number>();
    const chosen: SignalHit[] = [];
    for (const hit of [...hits].sort((a, b) => a.unit.start - b.unit.start)) {
      if (chosen.length === 3 || seen.has(hit.unit.start) || !keep(hit)) continue;
      seen.add(hit.unit.start);
      chosen.push(hit);
    }
    return chosen.map((hit) => evidenceFor(context.document, hit.unit, hit.hits));
  };
  const clean = hits.find((hit) => weakness(hit) === null);
  if (clean) {
    const label = clean.signal.label;
    return { status: 'present', message: label ? `${label[0]?.toUpperCase()}${label.slice(1)}.` : 'The protection is provided.', evidence: evidence((hit) => weakness(hit) === null) };
  }
  const first = hits[0];
  return first ? { status: 'ambiguous', message: weakness(first) ?? '', evidence: evidence(() => true) } : null;
}

/** The hits of the first three units by where they start (hits of one unit: the first). */
function firstThreePassages(hits: readonly SignalHit[]): SignalHit[] {
  const seen = new Set<number>();
  return [...hits].sort((a, b) => a.unit.start - b.unit.start || a.index - b.index).filter((hit) => !seen.has(hit.unit.start) && seen.add(hit.unit.start) !== undefined).slice(0, 3);
}

function compareOn(documents: ReadonlyArray<{ name: string; document: ExtractedDocument }>, rules: readonly Rule[]): { judged: number; present: number; ambiguous: number } {
  let judged = 0;
  let present = 0;
  let ambiguous = 0;
  for (const { name, document } of documents) {
    clearMatcherMemo();
    const cache = new UnitCache(document, conditionTable({ name: 'test', profile: 'all', profiles: [], rules: [...rules] }));
    const context = { document, attached: attachedLabels(document) };
    for (const rule of rules) {
      const expected = judgeEveryHit(rule, cache, context);
      const finding = evaluateRule(rule, cache, context);
      if (expected === null) {
        // No present passage: the first ambiguous signal with any hit names the finding, and its
        // first three passages in document order are the evidence, however many there are.
        const touched = rule.ambiguous.map((signal) => ({ signal, hits: findSignalHits(cache, signal) })).find(({ hits }) => hits.length > 0);
        if (touched) {
          ambiguous++;
          const evidence = firstThreePassages(touched.hits).map((hit) => evidenceFor(document, hit.unit, hit.hits));
          expect({ rule: rule.id, file: name, status: finding.status, message: finding.message, evidence: finding.evidence }).toEqual({ rule: rule.id, file: name, status: 'ambiguous', message: touched.signal.reason ?? 'The protection is only touched on.', evidence });
        } else expect(['missing', 'indeterminate']).toContain(finding.status);
        continue;
      }
      judged++;
      if (expected.status === 'present') present++;
      expect({ rule: rule.id, file: name, status: finding.status, message: finding.message, evidence: finding.evidence }).toEqual({ rule: rule.id, file: name, ...expected });
    }
  }
  clearMatcherMemo();
  return { judged, present, ambiguous };
}

describe('judging present signals in document order, stopping once settled', () => {
  it('gives the verdict, message and evidence of judging every hit, on every fixture agreement', async () => {
    const folder = new URL('../../fixtures/corpus/docs/', import.meta.url);
    const documents: Array<{ name: string; document: ExtractedDocument }> = [];
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.md') || file.endsWith('.docx')).sort()) {
      const extracted = await extractDocument(readFileSync(new URL(name, folder)), { fileName: name });
      if (!isExtractionFailure(extracted)) documents.push({ name, document: extracted });
    }
    expect(documents.length).toBeGreaterThan(40);
    const ruleSet = await loadRuleSet({ packs: await bundledPackNames() });
    const { judged, present, ambiguous } = compareOn(documents, ruleSet.rules);
    expect(judged).toBeGreaterThan(500);
    expect(present).toBeGreaterThan(400);
    expect(ambiguous).toBeGreaterThan(20);
  });

  it('names the finding after the first signal with a clean passage, even when a later signal matches earlier in the text', async () => {
    const rule = ruleFrom(
      [
        'pack: t',
        'rules:',
        '  - id: scope-defined',
        '    category: scope',
        '    title: Scope',
        '    severity: major',
        '    why: W',
        '    remediation: R',
        '    missing: M',
        '    present:',
        '      - label: a schedule of services',
        "        match: 'schedule of services'",
        '      - label: a list of services',
        "        match: 'services (?:are|include)'",
        '    weak-when:',
        '      - reason: Only as needed.',
        "        match: 'as needed'",
      ].join('\n'),
    );
    const lines = ['The services include backups.', 'Support is given as needed under the schedule of services.', 'The services are monitoring.', 'The schedule of services is attached.', 'The services include patching.', 'The services include help desk.'];
    const document = await textDocument(lines.join('\n\n'));
    const cache = new UnitCache(document, conditionTable({ name: 't', profile: 'all', profiles: [], rules: [rule] }));
    const finding = evaluateRule(rule, cache, { document, attached: attachedLabels(document) });
    expect(finding.status).toBe('present');
    expect(finding.message).toBe('A schedule of services.');
    expect(finding.evidence.map((item) => item.text)).toEqual([lines[0], lines[2], lines[3]]);
    compareOn([{ name: 'inline', document }], [rule]);
  });
});
