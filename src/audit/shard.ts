import { createHash } from 'node:crypto';

/** A slice of a batch: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses "i/n" (1 <= i <= n); null when malformed. */
export function parseShard(text: string): Shard | null {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return null;
  const [index, count] = [Number(match[1]), Number(match[2])];
  return index >= 1 && count >= 1 && index <= count ? { index, count } : null;
}

/**
 * Whether a path belongs to a shard. The choice hashes the path, so it does not depend on the
 * order files are found in, and adding files to an archive moves no other file between shards.
 */
export function inShard(path: string, shard: Shard): boolean {
  const bucket = createHash('sha256').update(path).digest().readUInt32BE(0) % shard.count;
  return bucket === shard.index - 1;
}
