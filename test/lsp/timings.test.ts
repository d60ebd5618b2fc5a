// Where a lint's time went, as the server reports it when asked (FOLLOWUP_LINT_TIMINGS=1): what
// bench:server prints beside each edit→diagnostics figure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../rules/index.js';
import { lintJob } from '../../server/lsp/jobs.js';
import { InlineRunner } from '../../server/lsp/lint-pool.js';
import type { TimingsParams } from '../../server/lsp/protocol.js';
import { startServer } from '../../server/lsp/server.js';
import { inProcess } from './harness.js';

const resolved = resolveConfig({});
const note = readFileSync(new URL('../../examples/after-a-rough-interview.md', import.meta.url), 'utf8');

const isTime = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n) && n >= 0;

describe('lint timings', () => {
  it('are measured by the worker for a lint of an open document, and not for a one-off text', () => {
    const kept = lintJob({ text: note, resolved, document: 'file:///timed.md', version: 1, session: 1 });
    expect(kept.timings).toBeDefined();
    for (const part of ['textMs', 'lintMs', 'encodeMs'] as const) expect(isTime(kept.timings![part])).toBe(true);
    expect(lintJob({ text: note, resolved }).timings).toBeUndefined();
  });

  it('are sent after the diagnostics when the server is asked to, and never otherwise', async () => {
    for (const timings of [true, false]) {
      const sent: TimingsParams[] = [];
      const { session, stop } = await inProcess((connection) => startServer(connection, new InlineRunner(), { timings }), { settings: { debounce: 0 } });
      session.connection.onNotification('followupLint/timings', (p: TimingsParams) => {
        sent.push(p);
      });
      try {
        await session.open('untitled:timed', note);
        await session.diagnosticsFor('untitled:timed', 1);
        // The status follows the timings on the same stream: once it is here, so are they.
        await expect.poll(() => session.statuses.length).toBe(1);
        if (!timings) {
          expect(sent).toEqual([]);
          continue;
        }
        expect(sent).toHaveLength(1);
        const [reported] = sent;
        expect(reported).toMatchObject({ uri: 'untitled:timed', version: 1 });
        for (const part of ['serverMs', 'textMs', 'lintMs', 'encodeMs'] as const) expect(isTime(reported![part])).toBe(true);
        // The server's span holds the worker's lint.
        expect(reported!.serverMs).toBeGreaterThanOrEqual(reported!.lintMs!);
      } finally {
        await stop();
      }
    }
  });
});
