import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractedDocument, ExtractionFailure } from '../model/index.js';
import { extractDocument, type ExtractOptions } from '../extract/index.js';
import type { ExtractRequest } from './extract-worker.js';

type ExtractResult = ExtractedDocument | ExtractionFailure;

interface Task {
  request: ExtractRequest;
  resolve: (result: ExtractResult) => void;
}

interface Slot {
  worker: Worker;
  task: Task | undefined;
  timer: NodeJS.Timeout | undefined;
}

const WORKER_SCRIPT = fileURLToPath(new URL('./extract-worker.js', import.meta.url));

/**
 * Extracts documents in worker threads, at most `size` at a time, each within `timeoutMs`. A
 * document that takes too long gets TIMEOUT and its worker is ended and replaced, so one
 * pathological file cannot stall a batch. When the compiled worker is not available (running from
 * TypeScript sources) extraction runs in-process and a late result is still reported as TIMEOUT.
 */
export class ExtractorPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private readonly useWorkers = existsSync(WORKER_SCRIPT);

  constructor(private readonly size: number, private readonly timeoutMs: number) {}

  extract(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractResult> {
    if (!this.useWorkers) return this.extractInProcess(bytes, options);
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, bytes, options }, resolve });
      this.dispatch();
    });
  }

  /** Ends every worker (call when the batch is done). */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private timeoutFailure(): ExtractionFailure {
    return { code: 'TIMEOUT', message: `reading this document took longer than ${this.timeoutMs / 1000} s and was stopped; the file may be malformed (raise the limit with --timeout)` };
  }

  private async extractInProcess(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<ExtractResult>((resolve) => {
      timer = setTimeout(() => resolve(this.timeoutFailure()), this.timeoutMs);
    });
    try {
      return await Promise.race([extractDocument(bytes, options), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((candidate) => !candidate.task) ?? (this.slots.length < this.size ? this.spawn() : undefined);
      if (!slot) return;
      const task = this.queue.shift() as Task;
      slot.task = task;
      slot.timer = setTimeout(() => this.finish(slot, this.timeoutFailure(), true), this.timeoutMs);
      // The bytes are copied (not transferred): the caller still hashes and may reuse them.
      slot.worker.postMessage(task.request);
    }
  }

  private spawn(): Slot {
    // A host started with flags that only apply to its entry point (node --input-type=module -e ...)
    // must not pass them on: a worker refuses to start with them.
    const worker = new Worker(WORKER_SCRIPT, { execArgv: process.execArgv.filter((flag) => !flag.startsWith('--input-type')) });
    const slot: Slot = { worker, task: undefined, timer: undefined };
    worker.on('message', (message: { id: number; result?: ExtractResult; error?: string }) => {
      if (slot.task?.request.id !== message.id) return;
      this.finish(slot, message.result ?? { code: 'CORRUPT', message: `the file could not be read (${message.error ?? 'unknown error'})` }, false);
    });
    worker.on('error', (error) => this.finish(slot, { code: 'CORRUPT', message: `the reader failed on this file (${error.message})` }, true));
    // Workers are ended by close() or by a timeout; neither should keep the process alive.
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, result: ExtractResult, replaceWorker: boolean): void {
    const task = slot.task;
    if (!task) return;
    clearTimeout(slot.timer);
    slot.task = undefined;
    if (replaceWorker) {
      this.slots.splice(this.slots.indexOf(slot), 1);
      void slot.worker.terminate();
    }
    task.resolve(result);
    this.dispatch();
  }
}
