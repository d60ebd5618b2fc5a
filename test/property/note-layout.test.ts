// Property: a note read with a NoteCache after a run of edits (blocks and sentences copied from
// the last read's layout, renumbered, moved) is exactly the note a fresh read gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NoteCache, readNote, type Note } from '../../rules/index.js';
import { parseMarkdown } from '../../rules/text/note.js';
import { markdownSoup, mutatedNote, noteLike, runs } from './arbitraries.js';

/** Everything of a note the rules can read, with blocks and sentences by their place. */
function shape(note: Note): unknown {
  const sentence = (s: Note['sentences'][number]): unknown => [
    s.index,
    s.block.index,
    s.role,
    s.start,
    s.end,
    s.text,
    s.wordCount,
    s.tokens.map((t) => [t.kind, t.norm, t.start, t.end, t.tail ?? false]),
  ];
  return {
    blocks: note.blocks.map((b) => [b.index, b.type, b.inList, b.start, b.end, b.sentences.map((s) => s.index)]),
    sentences: note.sentences.map(sentence),
    body: note.bodySentences.map((s) => s.index),
    greeting: note.greeting,
    signoff: note.signoff,
    placeholders: note.placeholders,
    wordCount: note.wordCount,
    lineStarts: note.lineStarts,
    consistent: note.sentences.every((s, i) => s.index === i && note.blocks[s.block.index] === s.block),
  };
}

const PARAGRAPHS = [
  'Dear Ms. Park,',
  'Thank you for your time on Tuesday. I enjoyed the talk about the data team.',
  'I am so sorry, I really need this job. Please, please answer me.',
  'My last boss was an idiot who blamed everyone.',
  'I would welcome a chance to show [Company] what I can do with {{project}}.',
  '- a point about the role\n- another point',
  '```\ncode that is not prose\n```',
  '# A heading about the follow-up',
  'Best,\nSam Lee',
  'Regards,',
  'Sam',
];

/** Notes of many short sections (each paragraph its own section), which is what a cache reuses. */
const sectioned = fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 1, maxLength: 14 }).map((ps) => `${ps.join('\n\n')}\n`);

const documents = fc.oneof(sectioned, sectioned, noteLike, mutatedNote, markdownSoup);

/** An edit as offsets into the text it applies to, and the text it puts in. */
const edit = fc.record({
  at: fc.nat(),
  removed: fc.nat({ max: 60 }),
  inserted: fc.oneof(
    fc.constantFrom('', ' very', '.', ' Sorry.', '\n\n', '\n\nBest,\nSam\n', 'Hi Dana,\n\n', '```\n', '\n', 'x'),
    fc.constantFrom(...PARAGRAPHS).map((p) => `\n\n${p}\n\n`),
  ),
});

function apply(text: string, e: { at: number; removed: number; inserted: string }): string {
  const from = e.at % (text.length + 1);
  return `${text.slice(0, from)}${e.inserted}${text.slice(Math.min(text.length, from + e.removed))}`;
}

describe('note layout kept from the last read', () => {
  it('gives, after every edit of a run, the note a fresh read gives', () => {
    fc.assert(
      fc.property(documents, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const cache = new NoteCache();
        let text = start;
        expect(shape(readNote(text, cache))).toEqual(shape(readNote(text)));
        for (const e of edits) {
          text = apply(text, e);
          expect(shape(readNote(text, cache))).toEqual(shape(readNote(text)));
        }
        // The same text again reads the same.
        expect(shape(readNote(text, cache))).toEqual(shape(readNote(text)));
      }),
      runs(150),
    );
  });

  it('gives the whole note\'s Markdown tree as a parse of the whole text, fresh or after edits (a one-section note hands over the tree its prose was read from)', () => {
    fc.assert(
      fc.property(documents, fc.array(edit, { maxLength: 4 }), (start, edits) => {
        const cache = new NoteCache();
        let text = start;
        expect(readNote(text).tree).toEqual(parseMarkdown(text));
        expect(readNote(text, cache).tree).toEqual(parseMarkdown(text));
        for (const e of edits) {
          text = apply(text, e);
          expect(readNote(text, cache).tree).toEqual(parseMarkdown(text));
          expect(readNote(text).tree).toEqual(parseMarkdown(text));
        }
      }),
      runs(150),
    );
  });

  it('hands each read arrays of its own', () => {
    const cache = new NoteCache();
    const text = `${PARAGRAPHS.slice(0, 5).join('\n\n')}\n`;
    const first = readNote(text, cache);
    first.sentences.reverse();
    first.blocks.length = 0;
    first.bodySentences.pop();
    first.placeholders.length = 0;
    const edited = text.replace('enjoyed', 'really enjoyed');
    expect(shape(readNote(edited, cache))).toEqual(shape(readNote(edited)));
    expect(shape(readNote(edited, cache))).toEqual(shape(readNote(edited)));
  });

  /** A note of many sections: a greeting, `n` body paragraphs and a sign-off. */
  const long = (n: number): string =>
    `Hi Dana,\n\n${Array.from({ length: n }, (_, i) => `${PARAGRAPHS[1 + (i % 4)]} Point ${i}.`).join('\n\n')}\n\nBest,\nSam\n`;

  it('renumbers the blocks and sentences after an edit that adds or drops some', () => {
    const cache = new NoteCache();
    const text = long(12);
    readNote(text, cache);
    const more = text.replace('Point 6.', 'Point 6. It was great.\n\nA new paragraph here.');
    const note = readNote(more, cache);
    expect(shape(note)).toEqual(shape(readNote(more)));
    expect(note.sentences.map((s) => s.index)).toEqual(note.sentences.map((_, i) => i));
    expect(shape(readNote(text, cache))).toEqual(shape(readNote(text)));
    const fewer = text.replace(/Point 7\.\n\n[^\n]*Point 8\./, 'Point 8.');
    expect(shape(readNote(fewer, cache))).toEqual(shape(readNote(fewer)));
  });

  it('lays out afresh the blocks the greeting or sign-off moves into or out of', () => {
    const cache = new NoteCache();
    let text = long(10);
    const steps: Array<(t: string) => string> = [
      // Prose after the sign-off: the old sign-off block is body now.
      (t) => `${t}\nOne more thing I forgot to say about the project and the team.\n`,
      // A valediction in the last body paragraph: the sign-off starts earlier.
      (t) => t.replace('Point 9.', 'Point 9.\n\nWith every good wish,'),
      (t) => t.replace('\n\nWith every good wish,', ''),
      // The greeting goes, then comes back.
      (t) => t.replace('Hi Dana,\n\n', ''),
      (t) => `Hi Dana,\n\n${t}`,
      (t) => t.replace('Point 5.', 'Point 5.\n\nBest,\nSam'),
    ];
    // A valediction becomes a candidate for the sign-off when the paragraphs after it go; with
    // a section of no prose between (a comment), its own section is kept from the last read
    // as it stood, but its block is no longer in the body.
    const taken = `${long(8)}\nWith every good wish,\n\n<!-- x -->\n\nOne paragraph more.\n\nAnd another one here.\n\nSam\n`.replace('Best,\nSam\n\n', '');
    readNote(taken, cache);
    const after = taken.replace('One paragraph more.\n\nAnd another one here.\n\n', '');
    expect(shape(readNote(after, cache))).toEqual(shape(readNote(after)));
    expect(readNote(after).signoff?.start).toBe(after.indexOf('With every'));
    readNote(text, cache);
    for (const step of steps) {
      text = step(text);
      expect(shape(readNote(text, cache))).toEqual(shape(readNote(text)));
    }
  });
});
