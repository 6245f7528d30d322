import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditCache, defaultCacheFolder, ruleSetFingerprint, type CachedVerdict } from '../../src/audit/audit-cache.js';
import { evaluateDocument } from '../../src/engine/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { loadRuleSet } from '../../src/ruleset/index.js';

async function sample(): Promise<Exclude<Awaited<ReturnType<typeof extractDocument>>, { code: string }>> {
  const bytes = await readFile(new URL('../../fixtures/agreements/mutual-nda.md', import.meta.url));
  const document = await extractDocument(bytes, { fileName: 'mutual-nda.md' });
  if ('code' in document) throw new Error(document.message);
  return document;
}

describe('AuditCache', () => {
  it('returns what was stored for the same content and version, and nothing for another version', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-cache-'));
    const document = await sample();
    const cache = await AuditCache.open(folder, '1.0.0');
    expect(await cache.getDocument('abc')).toBeUndefined();
    await cache.setDocument('abc', document);
    expect(await cache.getDocument('abc')).toEqual(document);
    expect(await (await AuditCache.open(folder, '1.0.1')).getDocument('abc')).toBeUndefined();
  });

  it('keeps compiled rule packs as bytes, written whole or not at all', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-cache-'));
    const cache = await AuditCache.open(folder, '1.0.0');
    expect(await cache.compiledPacks.read('pack key')).toBeUndefined();
    const bytes = new Uint8Array([0xff, 0x0f, 0, 7, 42]);
    await cache.compiledPacks.write('pack key', bytes);
    expect(new Uint8Array((await cache.compiledPacks.read('pack key')) ?? [])).toEqual(bytes);
    expect(await cache.compiledPacks.read('another key')).toBeUndefined();
    // Another build of the tool compiles rules its own way.
    expect(await (await AuditCache.open(folder, '1.0.1')).compiledPacks.read('pack key')).toBeUndefined();
    // The entry sits apart from documents and verdicts, and no temporary file is left behind.
    const entries = readdirSync(folder, { recursive: true }).map(String).filter((name) => name.includes('.'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(/\.bin$/);
  });

  it('ignores a corrupt entry and rewrites it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-cache-'));
    const cache = await AuditCache.open(folder, '1.0.0');
    const document = await sample();
    await cache.setDocument('abc', document);
    const [shard] = readdirSync(folder);
    const [entry] = readdirSync(join(folder, shard ?? ''));
    writeFileSync(join(folder, shard ?? '', entry ?? ''), '{"text": 1');
    expect(await cache.getDocument('abc')).toBeUndefined();
    await cache.setDocument('abc', document);
    expect(await cache.getDocument('abc')).toEqual(document);
  });

  it('survives concurrent writers of the same entry', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-cache-'));
    const document = await sample();
    const caches = await Promise.all([1, 2, 3, 4].map(() => AuditCache.open(folder, '1.0.0')));
    await Promise.all(caches.map((cache) => cache.setDocument('same', document)));
    expect(await caches[0]?.getDocument('same')).toEqual(document);
    expect(readdirSync(join(folder, readdirSync(folder)[0] ?? '')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps verdicts per rule set: another profile or a changed pattern never reads them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-cache-'));
    const cache = await AuditCache.open(folder, '1.0.0');
    const document = await sample();
    const msp = await loadRuleSet({ profile: 'msp' });
    const { categories, findings } = evaluateDocument(document, msp);
    const verdict: CachedVerdict = { format: document.format, sha256: 'abc', status: 'audited', categories, findings };
    await cache.setVerdict('abc', msp, verdict);
    expect(await cache.getVerdict('abc', msp)).toEqual(verdict);
    expect(await cache.getVerdict('abc', await loadRuleSet({ profile: 'msp' }))).toEqual(verdict);
    expect(await cache.getVerdict('abc', await loadRuleSet({ profile: 'break-fix' }))).toBeUndefined();
    expect(await (await AuditCache.open(folder, '1.0.1')).getVerdict('abc', msp)).toBeUndefined();
    // A rule set that differs only in one pattern has another fingerprint.
    const changed = await loadRuleSet({ profile: 'msp' });
    const rule = changed.rules[0];
    const signal = rule?.present[0];
    if (signal?.match?.kind === 'regex' || signal?.match?.kind === 'phrase') signal.match.patterns[0] = /changed/gi;
    else if (signal?.match && 'of' in signal.match && Array.isArray(signal.match.of)) signal.match.of.push({ kind: 'regex', patterns: [/changed/gi] });
    expect(ruleSetFingerprint(changed)).not.toBe(ruleSetFingerprint(msp));
    expect(await cache.getVerdict('abc', changed)).toBeUndefined();
    // A verdict entry of the wrong shape is ignored.
    expect(await cache.getDocument('abc')).toBeUndefined();
  });

  it('lives in the per-user cache folder', () => {
    expect(defaultCacheFolder({ XDG_CACHE_HOME: '/x/cache' }, 'linux')).toBe('/x/cache/contract-audit');
    expect(defaultCacheFolder({}, 'linux')).toMatch(/\.cache\/contract-audit$/);
  });
});
