import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { collectorOf, idleCollection, shouldCollect, youngFill, YOUNG_FILL_LIMIT } from '../../server/worker/idle-collection.js';
import { serveRequests, type WorkerReply } from '../../server/worker/thread.js';

describe('collecting the lint worker young generation between jobs', () => {
  it('collects once the young generation is fuller than the limit, and only then', () => {
    expect(YOUNG_FILL_LIMIT).toBe(0.25);
    expect(shouldCollect({ used: 8, available: 24 })).toBe(false);
    expect(shouldCollect({ used: 9, available: 23 })).toBe(true);
    expect(shouldCollect({ used: 0, available: 0 })).toBe(false);
    const calls: unknown[] = [];
    let fill = { used: 1, available: 31 };
    const after = idleCollection((options) => calls.push(options), () => fill);
    expect(after()).toBe(false);
    fill = { used: 20, available: 12 };
    expect(after()).toBe(true);
    expect(calls).toEqual([{ type: 'minor' }]);
  });

  it('does nothing without a collection function, and survives one that throws', () => {
    expect(idleCollection(undefined, () => ({ used: 30, available: 2 }))()).toBe(false);
    const throwing = idleCollection(() => {
      throw new Error('no options here');
    }, () => ({ used: 30, available: 2 }));
    expect(throwing()).toBe(false);
  });

  it('gets V8 collection function without --expose-gc, and gives no later context a gc global', () => {
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
    const collect = collectorOf();
    expect(typeof collect).toBe('function');
    expect(runInNewContext('typeof gc')).toBe('undefined');
    // The global one is used when there is one.
    const own = (): void => undefined;
    expect(collectorOf({ gc: own })).toBe(own);
  });

  it('empties the young generation of garbage when called', () => {
    const collect = collectorOf()!;
    let kept: number[][] = [];
    for (let i = 0; i < 20_000; i++) kept.push([i, i + 1, i + 2, i + 3]);
    kept = [];
    const before = youngFill()!;
    collect({ type: 'minor' });
    const after = youngFill()!;
    expect(kept.length).toBe(0);
    expect(before.used).toBeGreaterThan(1_000_000);
    expect(after.used).toBeLessThan(before.used / 2);
  });

  it('runs the housekeeping after each reply is posted, errors included', () => {
    const events: string[] = [];
    let listener: ((message: { id: number; request: string }) => void) | undefined;
    const port = {
      on: (_: 'message', l: typeof listener) => (listener = l),
      postMessage: (reply: WorkerReply) => events.push(`reply ${reply.id} ${reply.ok}`),
    };
    serveRequests(
      port,
      (request: string) => {
        if (request === 'throw') throw new Error('no');
        return request;
      },
      undefined,
      () => events.push('after'),
    );
    listener!({ id: 1, request: 'ok' });
    listener!({ id: 2, request: 'throw' });
    expect(events).toEqual(['reply 1 true', 'after', 'reply 2 false', 'after']);
  });
});
