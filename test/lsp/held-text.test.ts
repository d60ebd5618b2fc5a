// A code action's jobs name the document version they are about; when the worker linted that
// version last, they travel without its text and the worker reads the one it holds. A closed
// document is let go in every lane.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../rules/index.js';
import { anchorsJob, findingsJob, lintJob, runJob } from '../../server/lsp/jobs.js';
import { WorkerRunner } from '../../server/lsp/lint-pool.js';
import { STALE_BASE } from '../../server/lsp/text-sync.js';
import { toFinding } from '../../server/lsp/findings.js';
import { lintSync } from '../../rules/index.js';
import { startServer } from '../../server/lsp/server.js';
import { InlineRunner } from '../../server/lsp/lint-pool.js';
import type { Job, JobResults } from '../../server/lsp/jobs.js';
import { ensureServerBuilt, inProcess, SERVER } from './harness.js';

const resolved = resolveConfig({});
const note = readFileSync(new URL('../../examples/after-a-rough-interview.md', import.meta.url), 'utf8');
const edited = note.replace('Hi', 'Hello');
const offsets = lintSync(note, { resolved }).messages.map((m) => m.startOffset);

describe('a code action’s text held by the worker', () => {
  it('is read from the version the worker holds, and refused for any other version or session', () => {
    const kept = lintJob({ text: note, resolved, document: 'file:///held-a.md', version: 3, session: 2 }).kept!;
    expect(runJob({ kind: 'anchors', text: '', held: true, kept, offsets })).toEqual(anchorsJob(note, offsets));
    for (const other of [{ ...kept, version: 4 }, { ...kept, session: 5 }, { ...kept, document: 'file:///held-none.md' }]) {
      expect(() => runJob({ kind: 'anchors', text: '', held: true, kept: other, offsets })).toThrow(STALE_BASE);
      expect(() => findingsJob({ kept: other, indices: [0], expect: [{ start: 0, end: 0 }], text: '', held: true, resolved })).toThrow(STALE_BASE);
    }
    // Without `held`, the job's own text is read.
    expect(runJob({ kind: 'anchors', text: edited, kept, offsets })).toEqual(anchorsJob(edited, offsets));
    // A closed document is let go: nothing of it is held any more.
    expect(runJob({ kind: 'forget', document: kept.document })).toBeNull();
    expect(() => runJob({ kind: 'anchors', text: '', held: true, kept, offsets })).toThrow(STALE_BASE);
  });

  describe('through the worker pool', () => {
    let runner: WorkerRunner;
    beforeAll(() => {
      ensureServerBuilt();
      runner = new WorkerRunner(SERVER);
    }, 180_000);
    afterAll(() => runner.dispose());

    it('goes without its text when the worker linted that version last, and with it otherwise', async () => {
      const document = 'file:///held-b.md';
      const first = await runner.run({ kind: 'lint', text: note, resolved, document, version: 1, session: 1 }, 'fast');
      // The job's own text is wrong on purpose: the held version is what is read.
      const wrong = 'Hi,\n\nNothing here.\n';
      expect(await runner.run({ kind: 'anchors', text: wrong, kept: first.kept, offsets }, 'fast')).toEqual(anchorsJob(note, offsets));
      // Once a later version is linted, a job about the first one carries its text.
      await runner.run({ kind: 'lint', text: edited, resolved, document, version: 2, session: 1 }, 'fast');
      expect(await runner.run({ kind: 'anchors', text: wrong, kept: first.kept, offsets }, 'fast')).toEqual(anchorsJob(wrong, offsets));
      // A findings job about the version the worker keeps reads no text at all.
      const messages = lintSync(edited, { resolved }).messages;
      const indices = [0, 1];
      const expectOffsets = indices.map((i) => ({ start: messages[i]!.startOffset, end: messages[i]!.endOffset }));
      const second = { document, version: 2, session: 1 };
      const found = await runner.run({ kind: 'findings', kept: second, indices, expect: expectOffsets, text: wrong, resolved }, 'fast');
      expect(found).toEqual(indices.map((i) => toFinding(messages[i]!)));
      // Once the document is forgotten (closed), its text goes with every job again.
      expect(await runner.run({ kind: 'forget', document }, 'fast')).toBeNull();
      expect(await runner.run({ kind: 'anchors', text: wrong, kept: second, offsets }, 'fast')).toEqual(anchorsJob(wrong, offsets));
      // A lane that never linted the document has nothing to forget.
      expect(await runner.run({ kind: 'forget', document }, 'big')).toBeNull();
    }, 60_000);
  });

  it('is let go in every lane when the editor closes the document', async () => {
    const jobs: Job[] = [];
    class Recording extends InlineRunner {
      override run<J extends Job>(job: J): Promise<JobResults[J['kind']]> {
        jobs.push(job);
        return super.run(job);
      }
    }
    const { session, stop } = await inProcess((connection) => startServer(connection, new Recording()), { settings: { debounce: 0 } });
    try {
      await session.open('untitled:closing', note);
      await session.diagnosticsFor('untitled:closing', 1);
      expect(jobs.filter((j) => j.kind === 'forget')).toEqual([]);
      await session.close('untitled:closing');
      await expect.poll(() => jobs.filter((j) => j.kind === 'forget').length).toBe(2);
      expect(jobs.filter((j) => j.kind === 'forget')).toEqual([
        { kind: 'forget', document: 'untitled:closing' },
        { kind: 'forget', document: 'untitled:closing' },
      ]);
    } finally {
      await stop();
    }
  });
});
