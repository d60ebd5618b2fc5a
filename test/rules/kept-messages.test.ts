// An editor's re-lint hands out a message of the last lint again when its rule made the same
// report in the unchanged start of the text, and with moveMessages in its unchanged end, moved;
// everywhere else the message is made anew. Either way every field of every message is what a
// fresh lint of the text gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lintSync, NoteCache, resolveConfig, RULES, type LintMessage, type LintResult } from '../../rules/index.js';
import { noteLike, runs } from '../property/arbitraries.js';

/** Every enumerable field of every message, fixes and place included. */
const full = (result: LintResult): unknown => result.messages.map((m) => ({ ...m }));

const note = (body: readonly string[]): string => `Hi Dana,\n\n${body.join('\n\n')}\n\nBest,\nLee\n`;
const paragraphs = Array.from({ length: 40 }, (_, i) =>
  i % 4 === 1 ? `Paragraph ${i}: I really need this job, and sorry again for the late start.` : `Paragraph ${i} covers the roadmap review and the data model we sketched together.`,
);

/** The messages of `after` that are the very objects `before` had. */
function keptFrom(before: LintResult, after: LintResult): LintMessage[] {
  const last = new Set(before.messages);
  return after.messages.filter((m) => last.has(m));
}

describe('messages kept across an editor’s re-lints', () => {
  it('hands out the messages above an edit again and makes the ones below it anew', () => {
    const cache = new NoteCache();
    const before = lintSync(note(paragraphs), { cache });
    const edited = note(paragraphs.map((p, i) => (i === 20 ? p.replace('roadmap', 'quarterly roadmap') : p)));
    const editAt = edited.indexOf('quarterly');
    const after = lintSync(edited, { cache });
    expect(full(after)).toEqual(full(lintSync(edited)));
    const kept = keptFrom(before, after);
    const above = after.messages.filter((m) => m.endOffset < editAt && m.fixes.every((f) => f.edits.every((e) => e.end < editAt)));
    expect(above.length).toBeGreaterThan(10);
    // too-long's finding above the edit counts the note's words, which the edit changed.
    expect(kept).toEqual(above.filter((m) => m.ruleId !== 'too-long'));
    expect(above.some((m) => m.ruleId === 'too-long')).toBe(true);
  });

  it('makes a message anew when its fixes change though its finding does not', () => {
    // Once the note says the rewrite desperation offers, its fix for the first sentence
    // becomes a removal; the finding's place and wording stay.
    const cache = new NoteCache();
    const before = lintSync(note(paragraphs), { cache });
    const text = note([...paragraphs, "I'm very interested in this role."]);
    const after = lintSync(text, { cache });
    expect(full(after)).toEqual(full(lintSync(text)));
    const first = (r: LintResult): LintMessage => r.messages.find((m) => m.ruleId === 'desperation')!;
    expect(first(after).startOffset).toBe(first(before).startOffset);
    expect(first(after).fixes.map((f) => f.label)).not.toEqual(first(before).fixes.map((f) => f.label));
    expect(first(after)).not.toBe(first(before));
  });

  it('follows a long note through edits that make, move and break the rewrite desperation offers', () => {
    // Long enough that the search for the rewrite looks only around each edit (already-says.ts).
    const long = Array.from({ length: 1200 }, (_, i) => paragraphs[i % paragraphs.length]!);
    const offered = "I'm very interested in this role.";
    const steps = [
      note(long),
      note([...long.slice(0, 600), offered, ...long.slice(600)]),
      note([`${long[0]!} Also:`, ...long.slice(1, 600), offered, ...long.slice(600)]),
      note([`${long[0]!} Also:`, ...long.slice(1, 600), offered.replace('interested in', 'interested, in'), ...long.slice(600)]),
      note([`${long[0]!} Also:`, ...long.slice(1, 600), offered.replace('interested in', 'interested\nin'), ...long.slice(600)]),
      note([`${long[0]!} Also:`, ...long.slice(1, 600), 'x', ...long.slice(600)]),
    ];
    expect(steps[0]!.length).toBeGreaterThan(70_000);
    const cache = new NoteCache();
    const saidIn: boolean[] = [];
    for (const text of steps) {
      const result = lintSync(text, { cache, moveMessages: true });
      expect(full(result)).toEqual(full(lintSync(text)));
      // The rewrite is offered only while the note does not say it already.
      saidIn.push(!result.messages.find((m) => m.ruleId === 'desperation')!.fixes.some((f) => f.label.startsWith('Rewrite as')));
    }
    expect(saidIn).toEqual([false, true, true, false, true, false]);
  });

  it('makes every message anew under another configuration or file path', () => {
    const text = note(paragraphs);
    const edited = `${text}\nP.S. Thanks.\n`;
    const cache = new NoteCache();
    const before = lintSync(text, { cache, filePath: 'a.md' });
    const moved = lintSync(edited, { cache, filePath: 'b.md' });
    expect(keptFrom(before, moved)).toEqual([]);
    expect(full(moved)).toEqual(full(lintSync(edited, { filePath: 'b.md' })));
    const resolved = resolveConfig({ rules: { desperation: 'error' } });
    const other = lintSync(text, { cache, filePath: 'b.md', resolved });
    expect(keptFrom(moved, other)).toEqual([]);
    expect(full(other)).toEqual(full(lintSync(text, { filePath: 'b.md', resolved })));
    // With the registry's rules passed as the rule list, nothing is kept either.
    const listed = lintSync(edited, { cache, filePath: 'b.md', resolved, rules: RULES });
    expect(keptFrom(other, listed)).toEqual([]);
  });

  it('with moveMessages, moves the messages below an edit and hands them out again', () => {
    const cache = new NoteCache();
    const before = lintSync(note(paragraphs), { cache, moveMessages: true });
    const belowBefore = new Map(before.messages.map((m) => [m, { start: m.startOffset, line: m.line, column: m.column }]));
    // Two more lines and nine more characters in paragraph 20.
    const edited = note(paragraphs.map((p, i) => (i === 20 ? p.replace('roadmap', 'quarterly\n\nroadmap') : p)));
    const editEnd = edited.indexOf('roadmap', edited.indexOf('quarterly'));
    const after = lintSync(edited, { cache, moveMessages: true });
    expect(full(after)).toEqual(full(lintSync(edited)));
    const moved = after.messages.filter((m) => m.startOffset > editEnd && belowBefore.has(m));
    expect(moved.length).toBeGreaterThan(10);
    for (const m of moved) {
      const was = belowBefore.get(m)!;
      expect(m.startOffset).toBe(was.start + 11);
      expect(m.line).toBe(was.line + 2);
      expect(m.column).toBe(was.column);
    }
    // Without the option, the messages below the edit are new objects, and the last lint's stand.
    const plain = new NoteCache();
    const first = lintSync(note(paragraphs), { cache: plain });
    const offsets = first.messages.map((m) => m.startOffset);
    const second = lintSync(edited, { cache: plain });
    expect(second.messages.filter((m) => m.startOffset > editEnd && first.messages.includes(m))).toEqual([]);
    expect(first.messages.map((m) => m.startOffset)).toEqual(offsets);
  });

  it('with moveMessages, gives a moved message its report\'s fixes and leaves the last lint\'s fixes as they were', () => {
    const cache = new NoteCache();
    const before = lintSync(note(paragraphs), { cache, moveMessages: true });
    const fixesBefore = new Map(before.messages.map((m) => [m, { fixes: m.fixes, starts: m.fixes.map((f) => f.edits.map((e) => e.start)) }]));
    const opening = 'A new opening line.\n\n';
    const edited = `Hi Dana,\n\n${opening}${note(paragraphs).slice('Hi Dana,\n\n'.length)}`;
    const after = lintSync(edited, { cache, moveMessages: true });
    expect(full(after)).toEqual(full(lintSync(edited)));
    const moved = after.messages.filter((m) => m.startOffset > edited.indexOf(opening) + opening.length && fixesBefore.has(m) && m.fixes.length > 0);
    expect(moved.length).toBeGreaterThan(5);
    for (const m of moved) {
      const was = fixesBefore.get(m)!;
      expect(m.fixes).not.toBe(was.fixes);
      expect(m.fixes.map((f) => f.edits.map((e) => e.start))).toEqual(was.starts.map((s) => s.map((x) => x + opening.length)));
      expect(was.fixes.map((f) => f.edits.map((e) => e.start))).toEqual(was.starts);
    }
  });

  it('hands a rule findings about unchanged sentences out again only under the same note-level key', () => {
    // Each repeated apology is worded with its place among the note's apologies: one added
    // above changes every later finding's text, though their sentences are unchanged.
    const body = Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? `Paragraph ${i}: I am so sorry about the delay on the demo.` : `Paragraph ${i} covers the roadmap and the data model.`));
    for (const moveMessages of [false, true]) {
      const cache = new NoteCache();
      const before = lintSync(note(body), { cache, moveMessages });
      const ordinals = (r: LintResult): string[] => r.messages.filter((m) => m.ruleId === 'over-apologizing').map((m) => m.reason);
      expect(ordinals(before).some((r) => r.includes('the second apology'))).toBe(true);
      const edited = note(['Sorry for the trouble, truly.', ...body]);
      const after = lintSync(edited, { cache, moveMessages });
      expect(full(after)).toEqual(full(lintSync(edited)));
      expect(ordinals(after)).not.toEqual(ordinals(before));
      // An edit that leaves the count alone hands the same findings out again.
      const again = note(['Sorry for the trouble, truly.', ...body.map((p, i) => (i === 1 ? p.replace('roadmap', 'quarterly roadmap') : p))]);
      const third = lintSync(again, { cache, moveMessages });
      expect(full(third)).toEqual(full(lintSync(again)));
      const kept = keptFrom(after, third).filter((m) => m.ruleId === 'over-apologizing');
      expect(kept.length).toBeGreaterThan(moveMessages ? 3 : 0);
    }
  });

  it('hands nothing out again for a sentence whose section was reused elsewhere (a note of repeated paragraphs)', () => {
    // A section of the changed span is reused wherever the new text repeats it, so one
    // sentence may now stand where another equal one stood: its findings must follow it.
    const paragraph = 'I am so sorry to bother you again. My last manager was a total idiot, honestly.\n\n';
    const edits: Array<(t: string) => string> = [
      (t) => t.replace('again. My', 'again. Truly, my'),
      (t) => {
        const at = t.indexOf(paragraph, 200);
        return t.slice(0, at) + t.slice(at + paragraph.length + 20);
      },
      (t) => `Please, please answer me. ${t}`,
      // Two paragraphs joined: the one before the edit is parsed again as part of a longer
      // one, and its old section is reused by a later paragraph that repeats it.
      (t) => {
        const at = t.indexOf('\n\n', t.indexOf(paragraph, 300));
        return `${t.slice(0, at)} ${t.slice(at + 2)}`;
      },
      () => `Hi Sam,\n\n${paragraph.repeat(50)}Thanks again,\nAna\n`,
      (t) => {
        const at = t.indexOf('\n\n', 900);
        return `${t.slice(0, at)}\n\n# A heading\n\n${t.slice(at)}`;
      },
    ];
    for (const moveMessages of [false, true]) {
      const cache = new NoteCache();
      let text = `Hi Sam,\n\n${paragraph.repeat(60)}Best,\nAna\n`;
      lintSync(text, { cache, moveMessages });
      for (const edit of edits) {
        text = edit(text);
        expect(full(lintSync(text, { cache, moveMessages }))).toEqual(full(lintSync(text)));
      }
    }
  });

  it('gives what a fresh lint gives through any run of edits of a note that repeats its paragraphs', () => {
    const pool = [
      'I am so sorry to bother you again. My last manager was a total idiot, honestly.',
      'I really need this job, and sorry again for the late start.',
      'We covered the roadmap and the data model together.',
      "The traffic made me late, which wasn't my fault. I'm very interested in this role.",
    ];
    const body = fc.array(fc.nat(pool.length - 1), { minLength: 3, maxLength: 14 }).map((ix) => ix.map((i) => pool[i]!));
    fc.assert(
      fc.property(
        body,
        fc.array(fc.oneof(fc.tuple(fc.nat(), fc.nat(120), fc.constantFrom('', ' very', '\n\n', `\n\n${pool[0]}\n\n`, `${pool[1]} `)), body), { minLength: 1, maxLength: 5 }),
        (start, edits) => {
          const moving = new NoteCache();
          const plain = new NoteCache();
          let text = note(start);
          lintSync(text, { cache: moving, moveMessages: true });
          lintSync(text, { cache: plain });
          for (const edit of edits) {
            if (typeof edit[0] === 'number') {
              const [at, removed, inserted] = edit as [number, number, string];
              const from = at % (text.length + 1);
              text = text.slice(0, from) + inserted + text.slice(Math.min(text.length, from + removed));
            } else text = note(edit as string[]);
            const fresh = full(lintSync(text));
            expect(full(lintSync(text, { cache: moving, moveMessages: true }))).toEqual(fresh);
            expect(full(lintSync(text, { cache: plain }))).toEqual(fresh);
          }
        },
      ),
      runs(60),
    );
  });

  it('gives what a fresh lint gives through any run of edits', () => {
    fc.assert(
      fc.property(
        noteLike,
        fc.array(fc.tuple(fc.nat(), fc.nat(30), fc.constantFrom('', 'x', ' very', 'Sorry. ', '\n\n', 'I really need this job.', "I'm very interested in this role.")), {
          minLength: 1,
          maxLength: 6,
        }),
        (start, edits) => {
          const cache = new NoteCache();
          const moving = new NoteCache();
          let text = start;
          lintSync(text, { cache });
          lintSync(text, { cache: moving, moveMessages: true });
          for (const [at, removed, inserted] of edits) {
            const from = at % (text.length + 1);
            text = text.slice(0, from) + inserted + text.slice(Math.min(text.length, from + removed));
            const fresh = full(lintSync(text));
            expect(full(lintSync(text, { cache }))).toEqual(fresh);
            expect(full(lintSync(text, { cache: moving, moveMessages: true }))).toEqual(fresh);
          }
        },
      ),
      runs(80),
    );
  });
});
