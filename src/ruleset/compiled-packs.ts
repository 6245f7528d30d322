import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { readPack, type PackResult, type RulePack } from './read-pack.js';

/**
 * Where compiled rule packs can be kept between runs (the audit cache provides one). Reading a
 * pack's YAML, validating it and analysing its patterns is most of a short run's start-up; a
 * compiled pack read back is a few milliseconds. Failures to read or write only cost a miss.
 *
 * Keys name a rule file's path and text only: a store must keep the packs of one build of the
 * compiler apart from another's (the audit cache keys them by the compiler's code, its parsers and
 * the V8 that serialised them).
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
  const key = packKey(file, source);
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

/** The key of a rule file's pack: its path (positions name the file) and its text. */
function packKey(file: string, source: string): string {
  return createHash('sha256').update(file).update('\0').update(source).digest('hex');
}
