import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedDocument } from '../model/index.js';

/**
 * A cache of extracted documents, keyed by the file's content hash and by a fingerprint of the
 * extractor (its code and the options that change its output), so a re-run over an unchanged
 * folder skips extraction and a changed extractor never reads stale entries. Entries are written
 * atomically (temporary file, then rename), so concurrent runs are safe; an entry that cannot be
 * parsed is ignored and rewritten.
 */
export class ExtractionCache {
  private constructor(private readonly folder: string, private readonly fingerprint: string) {}

  /** Opens (creating lazily) a cache in `folder` for this build of the extractor. */
  static async open(folder: string, version: string): Promise<ExtractionCache> {
    return new ExtractionCache(folder, await extractorFingerprint(version));
  }

  private path(sha256: string): string {
    const key = createHash('sha256').update(`${this.fingerprint}\n${sha256}`).digest('hex');
    return join(this.folder, key.slice(0, 2), `${key}.json`);
  }

  /** The cached document for these bytes, or undefined (missing or unreadable entry). */
  async get(sha256: string): Promise<ExtractedDocument | undefined> {
    try {
      const value = JSON.parse(await readFile(this.path(sha256), 'utf8')) as Partial<ExtractedDocument>;
      return isDocument(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores a document; failures to write only cost a cache miss next time. */
  async set(sha256: string, document: ExtractedDocument): Promise<void> {
    const path = this.path(sha256);
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(temporary, JSON.stringify(document));
      await rename(temporary, path);
    } catch {
      await unlink(temporary).catch(() => undefined);
    }
  }
}

function isDocument(value: Partial<ExtractedDocument>): value is ExtractedDocument {
  return typeof value.text === 'string' && typeof value.format === 'string' && Array.isArray(value.blocks) && Array.isArray(value.sections) && Array.isArray(value.sentences) && Array.isArray(value.pageStarts) && Array.isArray(value.unreadablePages);
}

/** Hash of the tool version and of the extractor's own code: any change to either starts afresh. */
async function extractorFingerprint(version: string): Promise<string> {
  const hash = createHash('sha256').update(version);
  const folder = fileURLToPath(new URL('../extract/', import.meta.url));
  for (const name of (await readdir(folder)).filter((file) => /\.(js|ts)$/.test(file)).sort()) hash.update(name).update(await readFile(join(folder, name)));
  return hash.digest('hex').slice(0, 16);
}

/** The per-user cache folder: XDG_CACHE_HOME, ~/Library/Caches, LOCALAPPDATA, or ~/.cache. */
export function defaultCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'contract-audit');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'contract-audit');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'contract-audit', 'cache');
  return join(homedir(), '.cache', 'contract-audit');
}
