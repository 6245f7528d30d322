import { it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { loadRuleSet } from '../../src/ruleset/load.js';
import { findNearMisses } from '../../src/engine/near-misses.js';
import { UnitCache } from '../../src/engine/signals.js';
import { compileRegex } from '../../src/ruleset/compile-pattern.js';

async function d(t: string) { const doc = await extractDocument(new TextEncoder().encode(t), { fileName: 'x.txt' }); if ('code' in doc) throw new Error(doc.message); return doc; }
it('x', async () => {
  console.log(compileRegex('a|b').source);
  const rs = await loadRuleSet();
  const rule = rs.rules.find(r => r.id === 'criminal-acts-exclusion')!;
  console.log(rule.present[0]!.notInSection!.source, rule.present.length);
  const doc = await d('11. Fees\n\nThe Client shall pay the fees.\n\n12. Force Majeure\n\nNeither party is liable for delays caused by acts of God, war, strikes or failures of public utilities.');
  console.log(findNearMisses(rule, new UnitCache(doc)));
});
