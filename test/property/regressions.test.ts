// Inputs the property tests once broke the engine with; each is pinned here before its fix.
import { describe, expect, it } from 'vitest';
import { lintSync, NoteCache, readNote, RULES, type Note } from '../../rules/index.js';
import { splitSections } from '../../rules/text/sections.js';
import { expectWellFormedResult } from './invariants.js';
import { editFix, reportingRule, throwingRule } from './test-rules.js';

describe('engine regressions', () => {
  it('reads a last paragraph made only of no-break spaces (Markdown text, but blank to trim())', () => {
    for (const source of ['Hi,\n\n\u00a0', '| a | b |\n\n\u00a0', 'Dear Ana,\n\nThanks.\n\n\u00a0\u2003\n']) {
      expectWellFormedResult(source, lintSync(source));
    }
  });

  it('reads words that are names of Object.prototype members ("constructor" crashed the tokenizer)', () => {
    const words = Object.getOwnPropertyNames(Object.prototype);
    const source = `Dear Ann,\n\nI was the constructor on site. ${words.map((w) => `My ${w} was awful, ${w.toLowerCase()}.`).join(' ')}\n\nBest,\nSam\n`;
    const failures: string[] = [];
    const result = lintSync(source, { onRuleError: (ruleId) => failures.push(ruleId) });
    expectWellFormedResult(source, result);
    expect(failures).toEqual([]);
  });

  it('lints a 1 MB single line of plain words without overflowing the stack', () => {
    const source = 'word '.repeat(200_000);
    const result = lintSync(source);
    expectWellFormedResult(source, result);
  });

  it('reports a rule that throws a value without a string form (a null-prototype object)', () => {
    const source = 'Hi Sam,\n\nI am so sorry I was late.';
    const result = lintSync(source, { rules: [...RULES, throwingRule('test-thrower', 'end', () => Object.create(null))] });
    expect(result.messages.filter((m) => m.ruleId === 'test-thrower')).toHaveLength(1);
    expectWellFormedResult(source, result);
  });

  it('reports a rule that throws an object whose toString throws', () => {
    const source = 'Thank you for your time.';
    const thrown = () => ({ toString: () => { throw new Error('no string'); } });
    const result = lintSync(source, { rules: [...RULES, throwingRule('test-thrower', 'sentence', thrown)] });
    expect(result.messages.filter((m) => m.ruleId === 'test-thrower')).toHaveLength(1);
  });

  it('drops fixes whose edits fall outside the note, overlap, or split a character', () => {
    const source = 'Hi \u{1F600} there.\r\nBye.';
    const fixes = [
      editFix(-1, 3, 'negative start'),
      editFix(0, 99, 'past the end'),
      editFix(4, 5, 'inside a surrogate pair'),
      editFix(13, 14, 'inside a CRLF'),
      { label: 'Overlapping edits', effect: 'rewrite' as const, safe: true, edits: [{ start: 0, end: 3, text: 'a' }, { start: 2, end: 4, text: 'b' }] },
      { label: 'No edits', effect: 'rewrite' as const, safe: true, edits: [] },
      editFix(0, 2, 'Hello'),
    ];
    const result = lintSync(source, { rules: [reportingRule('test-reporter', [{ start: 0, end: 2, found: 'A test', instead: 'ignore it', fixes }])] });
    const [message] = result.messages;
    expect(message?.fixes.map((f) => f.edits[0]?.text)).toEqual(['Hello']);
    expectWellFormedResult(source, result);
  });

  it('clamps a report with offsets that are not numbers or lie outside the note', () => {
    const source = 'Short.\r\n';
    const reports = [NaN, -5, Infinity, 3.7, 1e12].map((n) => ({ start: n, end: -n, found: 'A test', instead: 'ignore it' }));
    const result = lintSync(source, { rules: [reportingRule('test-reporter', reports)] });
    expect(result.messages).toHaveLength(5);
    expectWellFormedResult(source, result);
  });

  it('keeps findings in blank space that the comment-marker filter took for a gap in the tree', () => {
    for (const source of ['\n\n\n', ' ', 'Thank you for your time.\n\n\n\n']) {
      const at = [0, source.length - 1].map((n) => ({ start: n, end: n + 1, found: 'A test', instead: 'ignore it' }));
      const result = lintSync(source, { rules: [reportingRule('test-reporter', at)] });
      expect(result.messages.map((m) => m.startOffset)).toEqual([0, source.length - 1]);
    }
  });

  it('still lets a disable marker silence findings after it', () => {
    const source = 'Hi.\n\n<!-- followup-lint disable test-reporter -->\n\n\n';
    const reports = [0, source.length - 1].map((n) => ({ start: n, end: n, found: 'A test', instead: 'ignore it' }));
    const result = lintSync(source, { rules: [reportingRule('test-reporter', reports)] });
    expect(result.messages.map((m) => m.startOffset)).toEqual([0]);
  });

  it('reads a note that opens with a byte order mark (a hard break crashed the prose reader; findings sat one character early)', () => {
    const source = '\uFEFFI really need this job, please.\nhard  \nbreak\n\nSorry again for my late start.';
    for (const options of [{}, { cache: new NoteCache() }]) {
      const result = lintSync(source, options);
      expectWellFormedResult(source, result);
      const found = result.messages.map((m) => [m.ruleId, source.slice(m.startOffset, m.endOffset), m.line, m.column]);
      expect(found).toContainEqual(['desperation', 'I really need this job', 1, 2]);
      const ending = result.messages.find((m) => m.ruleId === 'negative-ending')!;
      expect(source.slice(ending.startOffset, ending.endOffset)).toBe('Sorry again for my late start.');
      for (const m of result.messages) for (const fix of m.fixes) for (const e of fix.edits) expect(e.start).toBeGreaterThan(0);
    }
  });

  it('never starts a section at a line that opens with a byte order mark, which the parser would drop', () => {
    const source = 'Thank you for your time.\n\n\uFEFF---\nI really need this job.\n---\n';
    expect(splitSections(source).map((r) => r.start)).toEqual([0]);
    expect(shapeOf(readNote(source, new NoteCache()))).toEqual(shapeOf(readNote(source)));
  });
});

function shapeOf(note: Note): unknown {
  return note.blocks.map((b) => [b.type, b.start, b.end, b.sentences.map((s) => s.text)]);
}
