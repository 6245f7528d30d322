import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractedDocument, ExtractionFailure } from '../model/index.js';
import { extractDocument, type ExtractOptions } from '../extract/index.js';
import type { ExtractPayload } from './extract-worker.js';
import { WorkerPool } from './worker-pool.js';

type ExtractResult = ExtractedDocument | ExtractionFailure;

const WORKER_SCRIPT = fileURLToPath(new URL('./extract-worker.js', import.meta.url));

/** The failure given to a document whose reading ran out of time. */
export function timeoutFailure(timeoutMs: number): ExtractionFailure {
  return { code: 'TIMEOUT', message: `reading this document took longer than ${timeoutMs / 1000} s and was stopped; the file may be malformed (raise the limit with --timeout)` };
}

/**
 * Extracts documents in worker threads within a time limit (see {@link WorkerPool}). When the
 * compiled worker is not available (running from TypeScript sources) extraction runs in-process
 * and a late result is still reported as TIMEOUT.
 */
export class ExtractorPool {
  private readonly pool: WorkerPool<ExtractPayload, ExtractResult> | undefined;

  constructor(size: number, private readonly timeoutMs: number) {
    this.pool = existsSync(WORKER_SCRIPT)
      ? new WorkerPool<ExtractPayload, ExtractResult>({
          script: WORKER_SCRIPT,
          size,
          timeoutMs,
          onTimeout: () => timeoutFailure(timeoutMs),
          onError: (message) => ({ code: 'CORRUPT', message: `the reader failed on this file (${message})` }),
        })
      : undefined;
  }

  extract(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractResult> {
    return this.pool ? this.pool.run({ bytes, options }) : this.extractInProcess(bytes, options);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }

  private async extractInProcess(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<ExtractResult>((resolve) => {
      timer = setTimeout(() => resolve(timeoutFailure(this.timeoutMs)), this.timeoutMs);
    });
    try {
      return await Promise.race([extractDocument(bytes, options), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
