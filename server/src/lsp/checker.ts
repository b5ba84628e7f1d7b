// The analysis worker as the main thread sees it: tasks sent to it and their replies, a shared
// cell to stop a check that has gone stale, and a new worker when one dies (its tasks fail; the
// server logs it and goes on).

import { Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker, WorkerReply, WorkerTask } from './worker';

export interface CheckerEvents {
  /** The worker has loaded word segmentation (`nodejieba`, or `intl` after a fallback). */
  segmenter(name: string): void;
  warn(message: string): void;
  log(message: string): void;
}

export class Checker {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>();
  /** Read by the worker between rules: the id of the task to stop. */
  private readonly stopCell = new Int32Array(new SharedArrayBuffer(4));

  constructor(
    /** The script that runs `runAnalysisWorker` in a worker thread (the server's own bundle). */
    private readonly script: string,
    private readonly events: CheckerEvents,
  ) {}

  /** Starts the worker now, so that segmentation loads while the client is still initializing. */
  start(): void {
    this.ensureWorker();
  }

  /** Sends a task; the worker does tasks one at a time, in order. */
  run(task: WorkerTask): { id: number; reply: Promise<WorkerReply> } {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const reply = new Promise<WorkerReply>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    worker.postMessage({ id, task } satisfies ToWorker);
    return { id, reply };
  }

  /** Stops task `id` if it is a check still running or waiting: it then replies without a result. */
  stop(id: number): void {
    Atomics.store(this.stopCell, 0, id);
  }

  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { stop: this.stopCell } });
    // The worker must not keep the process alive once the connection has ended.
    worker.unref();
    worker.on('message', (message: FromWorker) => {
      if ('event' in message) {
        if (message.event === 'segmenter') this.events.segmenter(message.name);
        else if (message.event === 'warn') this.events.warn(message.message);
        else this.events.log(message.message);
        return;
      }
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if ('error' in message) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.reply);
    });
    const died = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.events.log(`the analysis worker stopped (${reason}); starting a new one`);
      for (const [id, waiting] of this.pending) {
        this.pending.delete(id);
        waiting.reject(new Error(`the analysis worker stopped (${reason})`));
      }
    };
    worker.on('error', (e) => died(e instanceof Error ? e.message : String(e)));
    worker.on('exit', (code) => died(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }
}
