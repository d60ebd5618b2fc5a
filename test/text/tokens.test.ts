// A word's tokens come from its spelling's memo: one token for most words, two for a
// contraction, none for a word of apostrophes alone; the same the first time and every time after.
import { describe, expect, it } from 'vitest';
import { NoteCache, readNote } from '../../rules/text/note.js';

const tokensOf = (text: string): Array<[string, string, number, number, boolean]> =>
  readNote(text).sentences.flatMap((s) => s.tokens.map((t): [string, string, number, number, boolean] => [t.kind, t.norm, t.start, t.end, t.tail === true]));

describe('word tokens', () => {
  it('splits contractions, trims elisions and possessives, and drops apostrophes alone, read after read', () => {
    const text = "I can't say the managers' notes won't help, 'cause they're fine. Cannot ' stop.";
    const expected = [
      ['word', 'i', 0, 1, false],
      ['word', 'can', 2, 4, false],
      ['word', 'not', 4, 7, true],
      ['word', 'say', 8, 11, false],
      ['word', 'the', 12, 15, false],
      ['word', 'managers', 16, 24, false],
      ['punct', "'", 24, 25, false],
      ['word', 'notes', 26, 31, false],
      ['word', 'will', 32, 34, false],
      ['word', 'not', 34, 37, true],
      ['word', 'help', 38, 42, false],
      ['punct', ',', 42, 43, false],
      ['word', 'cause', 45, 50, false],
      ['word', 'they', 51, 55, false],
      ['word', 'are', 55, 58, true],
      ['word', 'fine', 59, 63, false],
      ['punct', '.', 63, 64, false],
      ['word', 'can', 65, 68, false],
      ['word', 'not', 68, 71, true],
      ['punct', "'", 72, 73, false],
      ['word', 'stop', 74, 78, false],
      ['punct', '.', 78, 79, false],
    ];
    expect(tokensOf(text)).toEqual(expected);
    // The second read takes every spelling from the memo.
    expect(tokensOf(text)).toEqual(expected);
    // The same spellings elsewhere in a note: the same tokens, moved.
    expect(tokensOf(`Well. ${text}`).slice(2)).toEqual(expected.map(([kind, norm, start, end, tail]) => [kind, norm, (start as number) + 6, (end as number) + 6, tail]));
  });
});

describe('token and sentence records', () => {
  // A note's tokens and sentences live for its whole lint. Made at an object or array literal,
  // V8 may start making them in the old generation once it sees them outlive young collections,
  // which made tokenizing slower; made by a constructor, they stay young, and all of one shape.
  const note = readNote("Dear Ana,\n\nI can't wait. See `code` at https://example.com, please!\n\n- One item\n\nBest,\nLi\n");
  const tokens = note.sentences.flatMap((s) => s.tokens);

  it('makes every token with one constructor and the same fields in the same order', () => {
    expect(tokens.map((t) => t.kind)).toEqual(expect.arrayContaining(['word', 'punct', 'source']));
    const proto = Object.getPrototypeOf(tokens[0]);
    expect(proto).not.toBe(Object.prototype);
    for (const t of tokens) {
      expect(Object.getPrototypeOf(t)).toBe(proto);
      expect(Object.keys(t)).toEqual(['kind', 'norm', 'lemmas', 'from', 'to', 'origin', 'facts', 'tail']);
    }
  });

  it('makes every sentence with one constructor and the same fields in the same order', () => {
    const proto = Object.getPrototypeOf(note.sentences[0]);
    expect(proto).not.toBe(Object.prototype);
    for (const s of note.sentences) {
      expect(Object.getPrototypeOf(s)).toBe(proto);
      expect(Object.keys(s)).toEqual(['index', 'block', 'role', 'start', 'end', 'text', 'tokens', 'wordCount', 'idleRules', 'idlePlan']);
      expect(Array.isArray(s.tokens)).toBe(true);
    }
  });
});

describe('token offsets kept from their section', () => {
  const paragraph = (i: number): string => `I enjoyed our talk about the roadmap and the team, point ${i}.`;
  const long = (n: number): string => `Hi Dana,\n\n${Array.from({ length: n }, (_, i) => paragraph(i)).join('\n\n')}\n\nBest,\nSam\n`;
  const offsets = (text: string, cache?: NoteCache): number[][] => readNote(text, cache).sentences.map((s) => s.tokens.flatMap((t) => [t.start, t.end]));

  it('move with their section when an edit above it changes its place, the same tokens as before', () => {
    const cache = new NoteCache();
    const text = long(400);
    const first = readNote(text, cache);
    expect(cache.size).toBeGreaterThan(2);
    const lastToken = first.sentences.at(-2)!.tokens.at(-1)!;
    const at = lastToken.start;
    const spelled = text.slice(at, lastToken.end);
    for (const inserted of ['really ', '', 'a much longer insertion of several words, ']) {
      const edited = text.replace('I enjoyed', `I ${inserted}enjoyed`);
      const note = readNote(edited, cache);
      expect(offsets(edited, cache)).toEqual(offsets(edited));
      // The token was kept, not made again, and reports its new place.
      expect(note.sentences.at(-2)!.tokens.at(-1)).toBe(lastToken);
      expect(lastToken.start).toBe(at + inserted.length);
      expect(edited.slice(lastToken.start, lastToken.end)).toBe(spelled);
    }
  });
});
