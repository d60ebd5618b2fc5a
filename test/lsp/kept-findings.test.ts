// An open document's lint leaves its findings in the worker, and hands the server their offsets;
// code actions fetch the few at their range.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSync, resolveConfig } from '../../rules/index.js';
import { toFinding } from '../../server/lsp/findings.js';
import { findingsJob, lintJob } from '../../server/lsp/jobs.js';

const resolved = resolveConfig({});
const note = readFileSync(new URL('../../examples/after-a-rough-interview.md', import.meta.url), 'utf8');
const other = 'Hi Ann,\n\nPlease, please give me another chance. I really need this job.\n\nBest,\nSam\n';

/** Indices of the findings that have fixes, with what a findings job expects of each and the findings it should give. */
function asked(text: string): { indices: number[]; expect: Array<{ start: number; end: number }>; findings: unknown[] } {
  const messages = lintSync(text, { resolved }).messages;
  const indices = messages.flatMap((m, i) => (m.fixes.length > 0 ? [i] : []));
  return {
    indices,
    expect: indices.map((i) => ({ start: messages[i]!.startOffset, end: messages[i]!.endOffset })),
    findings: indices.map((i) => toFinding(messages[i]!)),
  };
}

describe('findings kept in the worker', () => {
  it('leaves an open document’s findings out of its lint, with their offsets, and gives them back by index', () => {
    const outcome = lintJob({ text: note, resolved, document: 'file:///kept-a.md', version: 4, session: 1 });
    expect(outcome.kept).toEqual({ document: 'file:///kept-a.md', version: 4, session: 1 });
    expect(outcome.findings).toEqual([]);
    const messages = lintSync(note, { resolved }).messages;
    expect(Array.from(outcome.spans!)).toEqual(messages.flatMap((m) => [m.startOffset, m.endOffset]));
    expect(outcome.encoded!.ends.length).toBe(messages.length);
    const want = asked(note);
    expect(want.indices.length).toBeGreaterThan(2);
    const got = findingsJob({ kept: outcome.kept!, indices: want.indices, expect: want.expect, text: note, resolved });
    expect(got).toEqual(want.findings);
    expect(got.every((f) => f !== null && f.fixes.length > 0)).toBe(true);
  });

  it('keeps every finding, with its fixes, in a lint of no open document', () => {
    const outcome = lintJob({ text: note, resolved });
    expect(outcome.kept).toBeUndefined();
    expect(outcome.spans).toBeUndefined();
    expect(outcome.findings).toEqual(lintSync(note, { resolved }).messages.map((m) => toFinding(m)));
    expect(outcome.findings.some((f) => f.fixes.length > 0)).toBe(true);
  });

  it('lints the text again when it no longer keeps that version, and never mixes up two sessions', () => {
    const first = lintJob({ text: note, resolved, document: 'file:///kept-b.md', version: 1, session: 7 });
    // The document is closed and opened again with other text: versions restart, the session does not.
    lintJob({ text: other, resolved, document: 'file:///kept-b.md', version: 1, session: 8 });
    const want = asked(note);
    expect(findingsJob({ kept: first.kept!, indices: want.indices, expect: want.expect, text: note, resolved })).toEqual(want.findings);
    const wantOther = asked(other);
    expect(wantOther.indices.length).toBeGreaterThan(0);
    expect(findingsJob({ kept: { document: 'file:///never-linted.md', version: 3 }, indices: wantOther.indices, expect: wantOther.expect, text: other, resolved })).toEqual(wantOther.findings);
  });

  it('gives nothing for a finding that is not the one expected', () => {
    const outcome = lintJob({ text: note, resolved, document: 'file:///kept-c.md', version: 2, session: 3 });
    const want = asked(note);
    const wrong = want.expect.map((e) => ({ ...e, start: e.start + 1 }));
    expect(findingsJob({ kept: outcome.kept!, indices: want.indices, expect: wrong, text: note, resolved })).toEqual(want.indices.map(() => null));
    expect(findingsJob({ kept: outcome.kept!, indices: [9999], expect: [want.expect[0]!], text: note, resolved })).toEqual([null]);
  });
});
