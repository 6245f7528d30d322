import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditedDocumentReport, ExtractedDocument, RuleSet } from '../model/index.js';
import type { CompiledPackStore } from '../ruleset/index.js';

/** What a cached verdict holds: an audited document's report without its path. */
export type CachedVerdict = Omit<AuditedDocumentReport, 'path'>;

/**
 * What a re-run over unchanged files can skip, keyed by each file's content hash:
 * - extracted documents, also keyed by a fingerprint of the extractor (its code and the tool
 *   version), so a changed extractor never reads stale text;
 * - verdicts, also keyed by the rule engine's code and by the whole compiled rule set, so a
 *   changed rule, profile or override never reads stale findings;
 * - compiled rule packs, keyed by the rule compiler (its code, its parsers, V8), so a short run
 *   does not parse and analyse the same rule files each time.
 * Entries are written atomically (temporary file, then rename), so concurrent runs are safe; an
 * entry that cannot be parsed is ignored and rewritten.
 */
export class AuditCache {
  private constructor(
    private readonly folder: string,
    private readonly version: string,
    private readonly extractor: string,
    private readonly engine: string,
  ) {}

  /** Opens (creating lazily) a cache in `folder` for this build of the tool. */
  static async open(folder: string, version: string): Promise<AuditCache> {
    const [extractor, engine] = await Promise.all([codeFingerprint(version, ['../extract/']), codeFingerprint(version, ['../engine/', '../model/'])]);
    return new AuditCache(folder, version, extractor, engine);
  }

  /** The cached document for these bytes, or undefined (missing or unreadable entry). */
  async getDocument(sha256: string): Promise<ExtractedDocument | undefined> {
    const value = await this.read<Partial<ExtractedDocument>>(this.documentKey(sha256));
    return value && isDocument(value) ? value : undefined;
  }

  /** Stores a document; failures to write only cost a cache miss next time. */
  async setDocument(sha256: string, document: ExtractedDocument): Promise<void> {
    await this.write(this.documentKey(sha256), document);
  }

  /** The cached verdict on these bytes under these rules, or undefined. */
  async getVerdict(sha256: string, ruleSet: RuleSet): Promise<CachedVerdict | undefined> {
    const value = await this.read<Partial<CachedVerdict>>(this.verdictKey(sha256, ruleSet));
    return value && isVerdict(value) ? value : undefined;
  }

  async setVerdict(sha256: string, ruleSet: RuleSet, verdict: CachedVerdict): Promise<void> {
    await this.write(this.verdictKey(sha256, ruleSet), verdict);
  }

  /** Compiled rule packs, kept beside the documents and verdicts. */
  readonly compiledPacks: CompiledPackStore = {
    read: async (key) => {
      try {
        return await readFile(this.path(await this.compiledPackKey(key), 'bin'));
      } catch {
        return undefined;
      }
    },
    write: async (key, bytes) => this.write(await this.compiledPackKey(key), bytes),
  };

  private async compiledPackKey(key: string): Promise<string> {
    // Compiled packs are V8-serialised objects built by the rule compiler with its YAML and
    // regular-expression parsers: all of them name the build (looked up only when packs are asked for).
    const require = createRequire(import.meta.url);
    const parsers = ['yaml', '@eslint-community/regexpp'].map((name) => `${name} ${(require(`${name}/package.json`) as { version: string }).version}`);
    const compiler = await codeFingerprint([this.version, `v8 ${process.versions.v8}`, ...parsers].join('\n'), ['../ruleset/', '../model/']);
    return `compiled-pack\n${compiler}\n${key}`;
  }

  private documentKey(sha256: string): string {
    return `document\n${this.extractor}\n${sha256}`;
  }

  private verdictKey(sha256: string, ruleSet: RuleSet): string {
    return `verdict\n${this.extractor}\n${this.engine}\n${ruleSetFingerprint(ruleSet)}\n${sha256}`;
  }

  private path(key: string, extension = 'json'): string {
    const hash = createHash('sha256').update(key).digest('hex');
    return join(this.folder, hash.slice(0, 2), `${hash}.${extension}`);
  }

  private async read<T>(key: string): Promise<T | undefined> {
    try {
      return JSON.parse(await readFile(this.path(key), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  /** Writes JSON, or bytes as they are (kept under another extension). */
  private async write(key: string, value: unknown): Promise<void> {
    const bytes = value instanceof Uint8Array;
    const path = this.path(key, bytes ? 'bin' : 'json');
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(temporary, bytes ? value : JSON.stringify(value));
      await rename(temporary, path);
    } catch {
      await unlink(temporary).catch(() => undefined);
    }
  }
}

function isDocument(value: Partial<ExtractedDocument>): value is ExtractedDocument {
  return typeof value.text === 'string' && typeof value.format === 'string' && Array.isArray(value.blocks) && Array.isArray(value.sections) && Array.isArray(value.sentences) && Array.isArray(value.pageStarts) && Array.isArray(value.unreadablePages);
}

function isVerdict(value: Partial<CachedVerdict>): value is CachedVerdict {
  return value.status === 'audited' && typeof value.sha256 === 'string' && typeof value.format === 'string' && typeof value.categories === 'object' && value.categories !== null && Array.isArray(value.findings);
}

const ruleSetFingerprints = new WeakMap<RuleSet, string>();

/** Hash of everything a compiled rule set holds (patterns as source and flags). */
export function ruleSetFingerprint(ruleSet: RuleSet): string {
  let fingerprint = ruleSetFingerprints.get(ruleSet);
  if (!fingerprint) {
    const text = JSON.stringify(ruleSet, (_key, value: unknown) => (value instanceof RegExp ? `/${value.source}/${value.flags}` : value));
    fingerprint = createHash('sha256').update(text).digest('hex').slice(0, 16);
    ruleSetFingerprints.set(ruleSet, fingerprint);
  }
  return fingerprint;
}

const codeFingerprints = new Map<string, Promise<string>>();

/**
 * Hash of a version and of the code in some folders (recursively): any change starts afresh. Read
 * once per process, however many caches are opened.
 */
function codeFingerprint(version: string, folders: readonly string[]): Promise<string> {
  const key = JSON.stringify([version, folders]);
  let fingerprint = codeFingerprints.get(key);
  if (!fingerprint) {
    fingerprint = hashCode(version, folders);
    codeFingerprints.set(key, fingerprint);
  }
  return fingerprint;
}

async function hashCode(version: string, folders: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(version);
  for (const relative of folders) {
    const folder = fileURLToPath(new URL(relative, import.meta.url));
    const names = (await readdir(folder, { recursive: true })).filter((file) => /\.(js|ts)$/.test(file)).sort();
    for (const name of names) hash.update(`${relative}${name}`).update(await readFile(join(folder, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The per-user cache folder: XDG_CACHE_HOME, ~/Library/Caches, LOCALAPPDATA, or ~/.cache. */
export function defaultCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'contract-audit');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'contract-audit');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'contract-audit', 'cache');
  return join(homedir(), '.cache', 'contract-audit');
}
