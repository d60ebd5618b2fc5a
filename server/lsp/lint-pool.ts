// Runs lint jobs off the main thread, in two lanes: short notes in one worker and very large
// documents in another, so a slow document never holds up the others and the server keeps
// answering. A worker that dies or hangs is replaced; its job fails with a clear error.
import { serveRequests, WorkerThread, type RequestPort } from '../worker/thread.js';
import { collectorOf, idleCollection } from '../worker/idle-collection.js';
import { runJob, transferOf, type Job, type JobResults } from './jobs.js';
import { spliceOf, STALE_BASE, type KeptEnds } from './text-sync.js';
import type { TextView } from './open-document.js';

/** Which worker a job runs in. */
export type Lane = 'fast' | 'big';

/** A job that was cancelled before it finished (a newer version superseded it). */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** What stayed at the ends of a document's text from one version to another, when known. */
export type VersionHistory = (from: number, to: number) => KeptEnds | undefined;

/** A lint job's open-document version, as far as the runner needs it to send only a change. */
export interface DocumentVersion {
  kept: VersionHistory;
  /** The job's text, read in parts without joining it into one string. */
  text: TextView;
}

/** Something that runs jobs. */
export interface JobRunner {
  /**
   * Run a job. For a lint of a version of an open document, `version` lets a worker that
   * holds an earlier version be sent only what changed since.
   */
  run<J extends Job>(job: J, lane: Lane, key?: string, version?: DocumentVersion): Promise<JobResults[J['kind']]>;
  /** Cancel the queued or running job filed under `key`, if any. */
  cancel(key: string): void;
  dispose(): void;
}

interface Pending {
  job: Job;
  key: string | undefined;
  version: DocumentVersion | undefined;
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

/**
 * The big lane's young generation, in MB (V8's default is 48: 16 MB semi-spaces). An edit of a
 * 1 MB document allocates about 9 MB, and each scavenge copies what the last lint left alive:
 * over 60 such edits the default scavenged 27 times, 96 MB 13 times. LSP 1 MB edit, three rounds
 * alternating with the default: median 62.8/61.8/55.5 -> 62.1/58.1/45.8 ms, p95 90/91/96 ->
 * 82/80/87 ms. It costs 20 to 25 MB more at the peak (an engine loop over that document:
 * 377 and 383 MB against 397 and 408 MB). Short notes allocate little, so the fast lane keeps
 * the default.
 */
const BIG_LANE_YOUNG_GENERATION_MB = 96;

/** One worker thread and its queue: one job in flight at a time, so it can be cut short. */
class WorkerLane {
  private readonly thread: WorkerThread<Job, unknown>;
  private readonly queue: Pending[] = [];
  private current: Pending | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** The version of each document the worker was last sent, and its length. */
  private readonly holds = new Map<string, { session: number | undefined; version: number; length: number }>();

  constructor(
    script: string,
    private readonly lane: Lane,
  ) {
    // A worker's output would otherwise join the server's stdout, which is the LSP channel
    // under --stdio: anything a dependency prints goes to stderr (the editor's log) instead.
    this.thread = new WorkerThread({
      script,
      workerData: { role: 'lint-worker' },
      output: process.stderr,
      unref: true,
      ...(lane === 'big' ? { resourceLimits: { maxYoungGenerationSizeMb: BIG_LANE_YOUNG_GENERATION_MB } } : {}),
    });
  }

  push(pending: Pending): void {
    // Nothing to forget where the document was never sent (and no worker to start for it).
    if (pending.job.kind === 'forget' && !this.holds.has(pending.job.document)) {
      pending.resolve(null);
      return;
    }
    this.queue.push(pending);
    this.next();
  }

  cancel(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i]!.key === key) this.queue.splice(i, 1)[0]!.reject(new CancelledError());
    }
    // Only the big lane cuts a running job short: restarting a worker costs more than a short lint.
    if (this.lane === 'big' && this.current?.key === key) this.stopWorker(new CancelledError());
  }

  /** Stop the worker; what it held goes with it. */
  private stopWorker(reason: Error): void {
    this.holds.clear();
    void this.thread.stop(reason);
  }

  /**
   * The job as it goes to the worker: a lint of a document version the worker holds an
   * earlier version of travels as a splice of that version, when the history bridges them.
   */
  private wire(pending: Pending, whole: boolean): Job {
    const { job } = pending;
    if (job.kind === 'forget') this.holds.delete(job.document);
    if (job.kind === 'findings' || job.kind === 'anchors') {
      // A code action's text is the version the worker linted last, more often than not: it
      // need not be copied over again (2 MB for a 1 MB document, twice per request).
      const held = job.kept && this.holds.get(job.kept.document);
      const same = !whole && held !== undefined && held.session !== undefined && held.session === job.kept!.session && held.version === job.kept!.version;
      return same ? { ...job, text: '', held: true } : job;
    }
    if (job.kind !== 'lint' || job.document === undefined || job.version === undefined) return job;
    const held = this.holds.get(job.document);
    this.holds.set(job.document, { session: job.session, version: job.version, length: job.text.length });
    const kept = whole || !held || held.session === undefined || held.session !== job.session ? undefined : pending.version?.kept(held.version, job.version);
    if (!held || !kept) return job;
    // The middle is read from the version's parts: reading it from the job's text would join
    // the whole text into one string first.
    return { ...job, text: '', splice: spliceOf(pending.version?.text ?? job.text, held.version, held.length, kept) };
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.current = undefined;
    setImmediate(() => this.next());
  }

  private next(): void {
    if (this.current) return;
    const pending = this.queue.shift();
    if (!pending) return;
    this.current = pending;
    this.timer = setTimeout(() => this.stopWorker(new Error(`Linting took longer than ${TIMEOUT[this.lane] / 1000} s and was stopped`)), TIMEOUT[this.lane]);
    const settle = (outcome: Promise<unknown>): void => {
      outcome.then(
        (value) => {
          this.finish();
          pending.resolve(value);
        },
        (error: Error) => {
          this.finish();
          pending.reject(error);
        },
      );
    };
    const sent = this.thread.request(this.wire(pending, false));
    // A worker that no longer holds the version a splice was made against (it was replaced,
    // or dropped the document) is sent the whole text.
    settle(sent.catch((error: Error) => (error.message === STALE_BASE && this.current === pending ? this.thread.request(this.wire(pending, true)) : Promise.reject(error))));
  }

  dispose(): void {
    for (const p of this.queue.splice(0)) p.reject(new CancelledError());
    this.stopWorker(new CancelledError());
  }
}

/** Runs jobs in worker threads started from `script` (the bundled server itself). */
export class WorkerRunner implements JobRunner {
  private readonly lanes: Record<Lane, WorkerLane>;

  constructor(script: string) {
    this.lanes = { fast: new WorkerLane(script, 'fast'), big: new WorkerLane(script, 'big') };
  }

  run<J extends Job>(job: J, lane: Lane, key?: string, version?: DocumentVersion): Promise<JobResults[J['kind']]> {
    return new Promise((resolve, reject) => {
      this.lanes[lane].push({ job, key, version, resolve: resolve as (v: unknown) => void, reject });
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

/**
 * The worker side: answer each job posted by the server, and collect the young generation
 * between jobs once it is a quarter full (see idle-collection.ts).
 */
export function serveJobs(port: RequestPort<Job>): void {
  serveRequests(port, runJob, transferOf, idleCollection(collectorOf()));
}
