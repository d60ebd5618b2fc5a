// Runs lint jobs off the main thread, in two lanes: short notes in one worker and very large
// documents in another, so a slow document never holds up the others and the server keeps
// answering. A worker that dies or hangs is replaced; its job fails with a clear error.
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobResults } from './jobs.js';

/** Which worker a job runs in. */
export type Lane = 'fast' | 'big';

/** A job that was cancelled before it finished (a newer version superseded it). */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Something that runs jobs. */
export interface JobRunner {
  run<J extends Job>(job: J, lane: Lane, key?: string): Promise<JobResults[J['kind']]>;
  /** Cancel the queued or running job filed under `key`, if any. */
  cancel(key: string): void;
  dispose(): void;
}

/** A message from a worker. */
export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

interface Pending {
  id: number;
  job: Job;
  key: string | undefined;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** Runs jobs inline on the main thread (when workers are unavailable, and in unit tests). */
export class InlineRunner implements JobRunner {
  run<J extends Job>(job: J): Promise<JobResults[J['kind']]> {
    return new Promise((resolve, reject) => {
      setImmediate(() => {
        try {
          resolve(runJob(job) as JobResults[J['kind']]);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
  }
  cancel(): void {}
  dispose(): void {}
}

/** How long a job may run before its worker is replaced. */
const TIMEOUT: Record<Lane, number> = { fast: 30_000, big: 180_000 };

/** One worker thread and its queue: one job in flight at a time, so it can be cut short. */
class WorkerLane {
  private worker: Worker | undefined;
  private readonly queue: Pending[] = [];
  private current: Pending | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly script: string,
    private readonly lane: Lane,
  ) {}

  push(pending: Pending): void {
    this.queue.push(pending);
    this.next();
  }

  cancel(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i]!.key === key) this.queue.splice(i, 1)[0]!.reject(new CancelledError());
    }
    // Only the big lane cuts a running job short: restarting a worker costs more than a short lint.
    if (this.lane === 'big' && this.current?.key === key) this.restart(new CancelledError());
  }

  private spawn(): Worker {
    // A worker's output would otherwise join the server's stdout, which is the LSP channel
    // under --stdio: anything a dependency prints goes to stderr (the editor's log) instead.
    const worker = new Worker(this.script, { workerData: { role: 'lint-worker' }, stdout: true, stderr: true });
    worker.stdout.pipe(process.stderr);
    worker.stderr.pipe(process.stderr);
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const current = this.current;
      if (!current || current.id !== reply.id) return;
      this.finish();
      if (reply.ok) current.resolve(reply.value);
      else current.reject(new Error(reply.error));
    });
    const died = (reason: string): void => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const current = this.current;
      this.finish();
      current?.reject(new Error(reason));
    };
    worker.on('error', (error) => died(`The lint worker failed: ${error.message}`));
    worker.on('exit', (code) => died(`The lint worker stopped (exit code ${code})`));
    return worker;
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.current = undefined;
    setImmediate(() => this.next());
  }

  private restart(error: Error): void {
    const worker = this.worker;
    const current = this.current;
    this.worker = undefined;
    this.finish();
    current?.reject(error);
    void worker?.terminate();
  }

  private next(): void {
    if (this.current) return;
    const pending = this.queue.shift();
    if (!pending) return;
    this.current = pending;
    try {
      this.worker ??= this.spawn();
      this.timer = setTimeout(() => this.restart(new Error(`Linting took longer than ${TIMEOUT[this.lane] / 1000} s and was stopped`)), TIMEOUT[this.lane]);
      this.worker.postMessage({ id: pending.id, job: pending.job });
    } catch (error) {
      this.finish();
      pending.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  dispose(): void {
    for (const p of this.queue.splice(0)) p.reject(new CancelledError());
    this.restart(new CancelledError());
  }
}

/** Runs jobs in worker threads started from `script` (the bundled server itself). */
export class WorkerRunner implements JobRunner {
  private readonly lanes: Record<Lane, WorkerLane>;
  private nextId = 1;

  constructor(script: string) {
    this.lanes = { fast: new WorkerLane(script, 'fast'), big: new WorkerLane(script, 'big') };
  }

  run<J extends Job>(job: J, lane: Lane, key?: string): Promise<JobResults[J['kind']]> {
    return new Promise((resolve, reject) => {
      this.lanes[lane].push({ id: this.nextId++, job, key, resolve: resolve as (v: unknown) => void, reject });
    });
  }

  cancel(key: string): void {
    this.lanes.fast.cancel(key);
    this.lanes.big.cancel(key);
  }

  dispose(): void {
    this.lanes.fast.dispose();
    this.lanes.big.dispose();
  }
}

/** The worker side: answer each job posted by the server. */
export function serveJobs(port: { on(event: 'message', listener: (message: { id: number; job: Job }) => void): void; postMessage(reply: WorkerReply): void }): void {
  port.on('message', ({ id, job }) => {
    try {
      port.postMessage({ id, ok: true, value: runJob(job) });
    } catch (error) {
      port.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
