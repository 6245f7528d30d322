import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { readPack, type PackResult, type RulePack } from './read-pack.js';

/**
 * Where compiled rule packs can be kept between runs (the audit cache provides one). Reading a
 * pack's YAML, validating it and analysing its patterns is most of a short run's start-up; a
 * compiled pack read back is a few milliseconds. Failures to read or write only cost a miss.
 */
export interface CompiledPackStore {
  read(key: string): Promise<Uint8Array | undefined>;
  write(key: string, bytes: Uint8Array): Promise<void>;
}

/**
 * The pack in a rule file's text, from the store when this compiler has compiled the same text at
 * the same path before. Only valid packs are kept: a file with problems is read afresh each time,
 * so its problems are always reported in full.
 */
export async function readPackThroughStore(file: string, source: string, store: CompiledPackStore): Promise<PackResult> {
  const key = await packKey(file, source);
  const kept = await store.read(key);
  const pack = kept ? packFrom(kept, file) : undefined;
  if (pack) return { pack, problems: [] };
  const result = readPack(file, source);
  if (result.pack) await store.write(key, serialize(result.pack));
  return result;
}

/** A kept pack, or undefined when the bytes are not one (a damaged entry is simply replaced). */
function packFrom(bytes: Uint8Array, file: string): RulePack | undefined {
  try {
    const value = deserialize(bytes) as Partial<RulePack> | null;
    if (value && typeof value.name === 'string' && value.file === file && Array.isArray(value.rules) && Array.isArray(value.overrides)) return value as RulePack;
  } catch {
    // Unreadable bytes: compiled again below.
  }
  return undefined;
}

/** A key naming the compiler (see {@link compilerFingerprint}), the file's path and its text. */
async function packKey(file: string, source: string): Promise<string> {
  return createHash('sha256')
    .update(await compilerFingerprint())
    .update('\0')
    .update(file)
    .update('\0')
    .update(source)
    .digest('hex');
}

let fingerprint: Promise<string> | undefined;

/**
 * Everything a compiled pack depends on besides its file: the code of the rule compiler and of the
 * model it builds, the YAML and regular-expression parsers it uses, and the V8 that serialises it.
 * Any change makes every kept pack a miss.
 */
function compilerFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const hash = createHash('sha256').update(`v8 ${process.versions.v8}`);
    const require = createRequire(import.meta.url);
    for (const library of ['yaml', '@eslint-community/regexpp']) hash.update(`${library} ${(require(`${library}/package.json`) as { version: string }).version}`);
    for (const relative of ['./', '../model/']) {
      const folder = fileURLToPath(new URL(relative, import.meta.url));
      const names = (await readdir(folder, { recursive: true })).filter((name) => /\.(js|ts)$/.test(name)).sort();
      for (const name of names) hash.update(`${relative}${name}`).update(await readFile(join(folder, name)));
    }
    return hash.digest('hex');
  })();
  return fingerprint;
}
