import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractDocument } from '../../src/extract/index.js';
import { attachedLabels, danglingReferences } from '../../src/engine/references.js';
import { runMatcher } from '../../src/engine/matchers/index.js';
import { compileRegex } from '../../src/ruleset/compile-pattern.js';

async function d(t: string) { const doc = await extractDocument(new TextEncoder().encode(t), { fileName: 'x.txt' }); if ('code' in doc) throw new Error(doc.message); return doc; }
it('x', async () => {
  const bytes = readFileSync('fixtures/agreements/us-msp-msa.pdf');
  const doc = await extractDocument(bytes, { fileName: 'us-msp-msa.pdf' });
  if ('code' in doc) throw new Error('x');
  const lines = doc.text.split('\n');
  console.log(JSON.stringify(lines.slice(80, 93)));
  console.log(JSON.stringify(doc.text.slice(doc.pageStarts[5], doc.pageStarts[6]).slice(0, 600)));
  console.log(doc.sections.map(s => s.heading).join(' | '));
  for (const t of ['The services are set out in Schedule 1.\n\nSchedule 1 - Services\n\nMonitoring and patching.', 'The services are set out in Schedule 1.\n\nSchedule 1 - Services', 'Intro text.\n\nSCHEDULE 1\n\n1. Services\n\nMonitoring.', 'Exhibit A\n\nBody text here.\n\nAppendix II - Prices\n\nPrices here.']) {
    const x = await d(t);
    console.log(JSON.stringify(x.blocks.map(b => [b.kind, b.text, b.level])), [...attachedLabels(x)]);
  }
  console.log(danglingReferences('schedule a call, Schedule 1, Exhibit B, Appendix ii, annex IV, schedule in advance, SCHEDULE 2, Schedule 1', new Set(['schedule 1'])));
  const near = { kind: 'near' as const, within: 2, of: [{ kind: 'regex' as const, patterns: [compileRegex('a')] }, { kind: 'regex' as const, patterns: [compileRegex('b')] }, { kind: 'regex' as const, patterns: [compileRegex('c')] }] };
  console.log(runMatcher(near, 'b x a x c'));
});
