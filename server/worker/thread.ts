// One worker thread that answers one request at a time, and says so when it dies: the piece
// the CLI's pool and the language server's lanes share. Queues and policies stay with them.
import type { ResourceLimits, Worker } from 'node:worker_threads';

/** What a worker posts back for each request. */
export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** A request as it travels to the worker. */
export interface WorkerRequest<R> {
  id: number;
  request: R;
}

/** The worker exited or failed while a request was in flight; that request's work is lost. */
export class WorkerDiedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerDiedError';
  }
}

/** How to start the worker. */
export interface WorkerThreadOptions {
  /** The script the thread runs (a path or a file URL). */
  script: string | URL;
  /** Handed to the worker as `workerData`. */
  workerData?: unknown;
  /**
   * Where the worker's stdout and stderr go. Never the parent's stdout: it may carry a
   * protocol (the language server) or a machine-readable report (the CLI).
   */
  output: NodeJS.WritableStream;
  /** Let the process exit while the worker is idle (the language server wants this). */
  unref?: boolean;
  /** The worker's heap limits (see `Worker`'s `resourceLimits`); V8's defaults when absent. */
  resourceLimits?: ResourceLimits;
}

interface InFlight {
  id: number;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** A worker thread, started on the first request and again after it dies or is stopped. */
export class WorkerThread<Req, Res> {
  private worker: Worker | undefined;
  private inFlight: InFlight | undefined;
  private nextId = 1;

  constructor(private readonly options: WorkerThreadOptions) {}

  /** Whether a request is in flight. */
  get busy(): boolean {
    return this.inFlight !== undefined;
  }

  /**
   * Send one request. Resolves with the worker's answer; rejects with an Error carrying the
   * worker's message when the handler threw, or a WorkerDiedError when the worker died.
   * @throws Error when a request is already in flight (one at a time, so it can be cut short).
   */
  request(request: Req): Promise<Res> {
    if (this.inFlight) return Promise.reject(new Error('the worker is busy'));
    return new Promise<Res>((resolve, reject) => {
      const id = this.nextId++;
      this.inFlight = { id, resolve: resolve as (value: unknown) => void, reject };
      try {
        this.worker ??= this.spawn();
        this.worker.postMessage({ id, request } satisfies WorkerRequest<Req>);
      } catch (error) {
        this.inFlight = undefined;
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** Stop the worker now; a request in flight is rejected with `reason`. The next request starts a fresh one. */
  async stop(reason: Error): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.settle()?.reject(reason);
    await worker?.terminate();
  }

  private settle(): InFlight | undefined {
    const inFlight = this.inFlight;
    this.inFlight = undefined;
    return inFlight;
  }

  private spawn(): Worker {
    const { script } = this.options;
    // Loaded here, when a worker is first wanted: a run on the main thread alone never loads it.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const worker = new Worker(typeof script === 'string' && script.startsWith('file:') ? new URL(script) : script, {
      workerData: this.options.workerData,
      stdout: true,
      stderr: true,
      ...(this.options.resourceLimits ? { resourceLimits: this.options.resourceLimits } : {}),
    });
    worker.stdout.pipe(this.options.output, { end: false });
    worker.stderr.pipe(this.options.output, { end: false });
    if (this.options.unref) worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      if (this.worker !== worker || this.inFlight?.id !== reply.id) return;
      const inFlight = this.settle()!;
      if (reply.ok) inFlight.resolve(reply.value);
      else inFlight.reject(new Error(reply.error));
    });
    const died = (reason: string): void => {
      // A worker stopped on purpose is no news; its request was settled by stop().
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.settle()?.reject(new WorkerDiedError(reason));
    };
    worker.on('error', (error) => died(`The lint worker failed: ${error.message}`));
    worker.on('exit', (code) => died(`The lint worker stopped (exit code ${code})`));
    return worker;
  }
}

/** The port a worker answers on (`parentPort`, or a stand-in in tests). */
export interface RequestPort<Req> {
  on(event: 'message', listener: (message: WorkerRequest<Req>) => void): void;
  postMessage(reply: WorkerReply, transfer?: readonly ArrayBuffer[]): void;
}

/**
 * The worker side: answer each request with `handle`'s value, or with the message of what it
 * threw. `transferOf` names the buffers of a value that are handed over rather than copied
 * (the worker must not touch them again). `afterReply` runs once each reply is posted, while the
 * other side reads it (housekeeping that would otherwise delay the next request).
 */
export function serveRequests<Req>(
  port: RequestPort<Req>,
  handle: (request: Req) => unknown,
  transferOf?: (value: unknown) => ArrayBuffer[],
  afterReply?: () => void,
): void {
  port.on('message', ({ id, request }) => {
    let reply: WorkerReply;
    let transfer: ArrayBuffer[] = [];
    try {
      const value = handle(request);
      reply = { id, ok: true, value };
      if (transferOf) transfer = transferOf(value);
    } catch (error) {
      reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    if (transfer.length > 0) port.postMessage(reply, transfer);
    else port.postMessage(reply);
    afterReply?.();
  });
}
