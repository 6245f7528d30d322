import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

// Hundreds of damaged copies of real fixtures (bytes flipped, truncated, zip entries overwritten)
// go through the real extractors: each must come back as a document or as a failure with a code,
// never as an exception or a hang.
const FIXTURES = ['agreements/us-msp-msa.pdf', 'agreements/one-page-agreement.pdf', 'agreements/saas-terms.docx', 'agreements/mutual-nda.docx'];
const CODES = ['ENCRYPTED', 'NO_TEXT', 'CORRUPT', 'EMPTY', 'UNSUPPORTED_FORMAT', 'TOO_LARGE', 'TIMEOUT', 'READ_ERROR'];
const PER_FILE = 100;

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(original: Buffer, seed: number): Buffer {
  const next = random(seed);
  const bytes = Buffer.from(original);
  switch (seed % 3) {
    case 0: // flip a few bytes anywhere
      for (let i = 0; i < 1 + Math.floor(next() * 20); i++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      return bytes;
    case 1: // cut the file short
      return bytes.subarray(0, Math.floor(next() * bytes.length));
    default: {
      // overwrite a run in the middle (a damaged zip entry or PDF object)
      const start = Math.floor(next() * bytes.length);
      bytes.fill(Math.floor(next() * 256), start, Math.min(bytes.length, start + 1 + Math.floor(next() * 512)));
      return bytes;
    }
  }
}

async function withinSeconds<T>(promise: Promise<T>, seconds: number): Promise<T | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), seconds * 1000);
  });
  try {
    return await Promise.race([promise, hang]);
  } finally {
    clearTimeout(timer);
  }
}

describe('fuzzed inputs', () => {
  it.each(FIXTURES)('never crash or hang the extractor: %s', async (fixture) => {
    const original = readFileSync(new URL(`../../fixtures/${fixture}`, import.meta.url));
    const outcomes = new Map<string, number>();
    for (let seed = 1; seed <= PER_FILE; seed++) {
      const damaged = mutate(original, seed * 7919 + fixture.length);
      const result = await withinSeconds(extractDocument(damaged, { fileName: fixture }), 20);
      expect(result, `seed ${seed}`).not.toBe('hung');
      if (result === 'hung') continue;
      const outcome = 'code' in result ? result.code : 'audited';
      if ('code' in result) {
        expect(CODES, `seed ${seed}`).toContain(result.code);
        expect(result.message.length, `seed ${seed}`).toBeGreaterThan(10);
      } else {
        expect(result.blocks.length, `seed ${seed}`).toBeGreaterThan(0);
      }
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    // Damage must actually be noticed some of the time, or the test would prove nothing.
    expect([...outcomes.keys()].some((key) => key !== 'audited')).toBe(true);
  }, 240_000);
});
