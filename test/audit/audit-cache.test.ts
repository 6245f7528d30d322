import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionCache, defaultCacheFolder } from '../../src/audit/extraction-cache.js';
import { extractDocument } from '../../src/extract/index.js';

async function sample(): Promise<Exclude<Awaited<ReturnType<typeof extractDocument>>, { code: string }>> {
  const bytes = await readFile(new URL('../../fixtures/agreements/mutual-nda.md', import.meta.url));
  const document = await extractDocument(bytes, { fileName: 'mutual-nda.md' });
  if ('code' in document) throw new Error(document.message);
  return document;
}

describe('ExtractionCache', () => {
  it('returns what was stored for the same content and version, and nothing for another version', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-cache-'));
    const document = await sample();
    const cache = await ExtractionCache.open(folder, '1.0.0');
    expect(await cache.get('abc')).toBeUndefined();
    await cache.set('abc', document);
    expect(await cache.get('abc')).toEqual(document);
    expect(await (await ExtractionCache.open(folder, '1.0.1')).get('abc')).toBeUndefined();
  });

  it('ignores a corrupt entry and rewrites it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-cache-'));
    const cache = await ExtractionCache.open(folder, '1.0.0');
    const document = await sample();
    await cache.set('abc', document);
    const [shard] = readdirSync(folder);
    const [entry] = readdirSync(join(folder, shard ?? ''));
    writeFileSync(join(folder, shard ?? '', entry ?? ''), '{"text": 1');
    expect(await cache.get('abc')).toBeUndefined();
    await cache.set('abc', document);
    expect(await cache.get('abc')).toEqual(document);
  });

  it('survives concurrent writers of the same entry', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-audit-cache-'));
    const document = await sample();
    const caches = await Promise.all([1, 2, 3, 4].map(() => ExtractionCache.open(folder, '1.0.0')));
    await Promise.all(caches.map((cache) => cache.set('same', document)));
    expect(await caches[0]?.get('same')).toEqual(document);
    expect(readdirSync(join(folder, readdirSync(folder)[0] ?? '')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('lives in the per-user cache folder', () => {
    expect(defaultCacheFolder({ XDG_CACHE_HOME: '/x/cache' }, 'linux')).toBe('/x/cache/contract-audit');
    expect(defaultCacheFolder({}, 'linux')).toMatch(/\.cache\/contract-audit$/);
  });
});
