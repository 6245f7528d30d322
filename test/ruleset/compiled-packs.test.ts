import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { ruleSetFingerprint } from '../../src/audit/audit-cache.js';
import { bundledRuleFiles, loadRuleSet, readPackFile, type CompiledPackStore } from '../../src/ruleset/index.js';

/** A store in memory that counts what it is asked. */
class MemoryStore implements CompiledPackStore {
  readonly entries = new Map<string, Uint8Array>();
  hits = 0;
  misses = 0;
  writes = 0;

  read(key: string): Promise<Uint8Array | undefined> {
    const bytes = this.entries.get(key);
    if (bytes) this.hits++;
    else this.misses++;
    return Promise.resolve(bytes);
  }

  write(key: string, bytes: Uint8Array): Promise<void> {
    this.writes++;
    this.entries.set(key, bytes);
    return Promise.resolve();
  }
}

const PACK = `pack: tiny
rules:
  - id: criminal-acts-exclusion
    category: criminal-acts
    title: Criminal acts of third parties are excluded
    severity: critical
    why: A provider is not an insurer against crime.
    remediation: Exclude liability for criminal acts of third parties.
    present:
      - match: {all: [criminal acts, {phrase: third parties}]}
`;

function ruleFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'contract-audit-packs-')), 'tiny.yaml');
  writeFileSync(file, text);
  return file;
}

describe('compiled rule packs kept in a store', () => {
  it('reads every bundled pack back exactly as compiled, without compiling it again', async () => {
    const store = new MemoryStore();
    const fresh = await loadRuleSet({ profile: 'break-fix' });
    const first = await loadRuleSet({ profile: 'break-fix' }, store);
    const packs = (await bundledRuleFiles()).length;
    expect({ hits: store.hits, misses: store.misses, writes: store.writes }).toEqual({ hits: 0, misses: packs, writes: packs });
    const again = await loadRuleSet({ profile: 'break-fix' }, store);
    expect({ hits: store.hits, writes: store.writes }).toEqual({ hits: packs, writes: packs });
    expect(again).toEqual(fresh);
    expect(first).toEqual(fresh);
    // Verdicts are cached under this fingerprint: a rule set read back must give the same one.
    expect(ruleSetFingerprint(again)).toBe(ruleSetFingerprint(fresh));
  });

  it('compiles a changed file afresh, and the same text at another path too (positions name the file)', async () => {
    const store = new MemoryStore();
    const file = ruleFile(PACK);
    await readPackFile(file, store);
    writeFileSync(file, PACK.replace('severity: critical', 'severity: major'));
    const changed = await readPackFile(file, store);
    expect(changed.pack?.rules[0]?.severity).toBe('major');
    const elsewhere = await readPackFile(ruleFile(PACK), store);
    expect(elsewhere.pack?.rules[0]?.severity).toBe('critical');
    expect({ hits: store.hits, writes: store.writes }).toEqual({ hits: 0, writes: 3 });
  });

  it('replaces a damaged or foreign entry instead of trusting it', async () => {
    const store = new MemoryStore();
    const file = ruleFile(PACK);
    const expected = await readPackFile(file);
    await readPackFile(file, store);
    const [key] = [...store.entries.keys()];
    for (const bad of [new Uint8Array([1, 2, 3]), serialize({ name: 'tiny', file: '/elsewhere.yaml', rules: [], overrides: [] }), serialize(null)]) {
      store.entries.set(key ?? '', bad);
      expect(await readPackFile(file, store)).toEqual(expected);
      expect(store.entries.get(key ?? '')).not.toBe(bad);
    }
  });

  it('never keeps a file with problems, so they are reported in full every time', async () => {
    const store = new MemoryStore();
    const file = ruleFile(PACK.replace('severity: critical', 'severity: dire'));
    const first = await readPackFile(file, store);
    const second = await readPackFile(file, store);
    expect(first.pack).toBeNull();
    expect(first.problems.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect(store.writes).toBe(0);
  });
});
