import { Worker } from 'node:worker_threads';

/** What a pool worker answers: the task's result, or the message of an error it threw. */
export interface WorkerReply<Result> {
  id: number;
  result?: Result;
  error?: string;
}

interface Task<Payload, Result> {
  id: number;
  payload: Payload;
  resolve: (result: Result) => void;
}

interface Slot<Payload, Result> {
  worker: Worker;
  task: Task<Payload, Result> | undefined;
  timer: NodeJS.Timeout | undefined;
}

/** How a pool turns the ways a task can fail into results. */
export interface WorkerPoolOptions<Payload, Result> {
  script: string;
  size: number;
  timeoutMs: number;
  /** The result for a task that ran out of time (its worker is ended and replaced). */
  onTimeout: (payload: Payload) => Result;
  /** The result for a task whose worker threw or crashed. */
  onError: (message: string, payload: Payload) => Result;
  /** Passed to every worker once, at start. */
  workerData?: unknown;
}

/**
 * Runs tasks in at most `size` worker threads, one task per worker at a time, each within a time
 * limit. A task over the limit is answered by `onTimeout` and its worker is terminated, so one
 * pathological document cannot stall a batch. Workers are created on demand and do not keep the
 * process alive.
 */
export class WorkerPool<Payload, Result> {
  private readonly slots: Array<Slot<Payload, Result>> = [];
  private readonly queue: Array<Task<Payload, Result>> = [];
  private nextId = 0;

  constructor(private readonly options: WorkerPoolOptions<Payload, Result>) {}

  run(payload: Payload): Promise<Result> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, payload, resolve });
      this.dispatch();
    });
  }

  /** Ends every worker (call when the batch is done). */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((candidate) => !candidate.task) ?? (this.slots.length < this.options.size ? this.spawn() : undefined);
      if (!slot) return;
      const task = this.queue.shift() as Task<Payload, Result>;
      slot.task = task;
      slot.timer = setTimeout(() => this.finish(slot, this.options.onTimeout(task.payload), true), this.options.timeoutMs);
      slot.worker.postMessage({ id: task.id, payload: task.payload });
    }
  }

  private spawn(): Slot<Payload, Result> {
    // A host started with flags that only apply to its entry point (node --input-type=module -e ...)
    // must not pass them on: a worker refuses to start with them.
    const worker = new Worker(this.options.script, {
      workerData: this.options.workerData,
      // A smaller young generation than V8's default (48 MiB) makes short-lived garbage (pages,
      // sentences, word indexes) collected sooner: measured, peak RSS of a two-worker batch drops
      // by about 50 MiB at no cost in speed.
      resourceLimits: { maxYoungGenerationSizeMb: 16 },
      execArgv: process.execArgv.filter((flag) => !flag.startsWith('--input-type')),
    });
    const slot: Slot<Payload, Result> = { worker, task: undefined, timer: undefined };
    worker.on('message', (reply: WorkerReply<Result>) => {
      const task = slot.task;
      if (task?.id !== reply.id) return;
      this.finish(slot, reply.result !== undefined ? reply.result : this.options.onError(reply.error ?? 'unknown error', task.payload), false);
    });
    worker.on('error', (error) => {
      if (slot.task) this.finish(slot, this.options.onError(error.message, slot.task.payload), true);
    });
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot<Payload, Result>, result: Result, replaceWorker: boolean): void {
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
