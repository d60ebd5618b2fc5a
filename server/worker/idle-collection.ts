// Collecting a lint worker's young generation between jobs rather than during them. A scavenge
// copies what is alive when it runs: between jobs that is what the last lint keeps (an editor's
// cached note, its messages), a few MB; in the middle of a lint of a long document it is that
// plus everything the lint has built so far, and the pause lands on the edit the user waits on.
// Collected after a job's reply is posted, the pause overlaps the diagnostics' trip to the
// editor and the debounce before the next edit's lint.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's collection function, as `--expose-gc` provides it. */
type CollectGarbage = (options?: { type?: 'minor' | 'major'; execution?: 'sync' | 'async' }) => unknown;

/**
 * V8's collection function for this thread: the global one when Node was started with
 * `--expose-gc`, else one read from a fresh context made while the flag is briefly on (the flag
 * only decides whether a new context gets the function; it is turned off again at once, so no
 * other context gains a `gc` global). Undefined when neither works.
 */
export function collectorOf(globals: { gc?: unknown } = globalThis as { gc?: unknown }): CollectGarbage | undefined {
  if (typeof globals.gc === 'function') return globals.gc as CollectGarbage;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as CollectGarbage) : undefined;
  } catch {
    return undefined;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/** The young generation's fill: bytes in use, and bytes it can take before a scavenge. */
export interface YoungFill {
  used: number;
  available: number;
}

/** This thread's young generation, from V8's heap statistics. */
export function youngFill(): YoungFill | undefined {
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name === 'new_space') return { used: space.space_used_size, available: space.space_available_size };
  }
  return undefined;
}

/**
 * The share of the young generation in use past which it is collected between jobs. An edit of
 * a 1 MB document puts about 4 MB in it and the big lane's holds 32 MB: collected once a quarter
 * of it is used, every edit starts with at least three quarters free, several times what it
 * needs, and the collection runs every second or third edit.
 */
export const YOUNG_FILL_LIMIT = 0.25;

/** Whether a young generation this full should be collected now. */
export function shouldCollect(fill: YoungFill, limit = YOUNG_FILL_LIMIT): boolean {
  const size = fill.used + fill.available;
  return size > 0 && fill.used > size * limit;
}

/**
 * What to call after each job: collects the young generation with `collect` (see `collectorOf`)
 * when it is fuller than the limit. Does nothing without a collection function.
 */
export function idleCollection(collect: CollectGarbage | undefined, fill: () => YoungFill | undefined = youngFill): () => boolean {
  if (!collect) return () => false;
  return () => {
    const now = fill();
    if (!now || !shouldCollect(now)) return false;
    try {
      collect({ type: 'minor' });
    } catch {
      // A V8 that takes no options would run a full collection; one that throws, none.
      return false;
    }
    return true;
  };
}
