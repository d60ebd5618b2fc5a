// Property: reading a note section by section, and reusing sections from an earlier read
// of the same document, gives exactly what reading it whole gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent } from 'mdast';
import { lintSync, NoteCache, readNote, type LintResult } from '../../rules/index.js';
import { editBetween, resplitSections, splitSections } from '../../rules/text/sections.js';
import { lineStartsAfterEdit } from '../../rules/text/note.js';
import { lineStartsOf } from '../../rules/text/lines.js';
import { markdownSoup, mutatedNote, noteLike, runs } from './arbitraries.js';

/** Lines that open, close or continue the constructs a section cut must respect. */
const LINE = fc.constantFrom(
  '', '', '', ' ', '\t', '\u00a0',
  'Dear Ms. Park,', 'Thank you for your time on Tuesday.', 'I really need this job, please.',
  'My last boss was an idiot who blamed everyone.', 'Sorry, sorry, so sorry for the typo in my email.',
  'Best,', 'Sam Lee',
  '```', '```js', '````', '~~~', '   ```', '  ```', '``` not `a` fence',
  '    indented code', '  continued item text', '- item about the role', '1. first point', '2. second point',
  '* a starred item', '+ a plus item', '-\ttabbed item', '1) first in parens', '10. tenth point', '- ', '-', '* * *', '- - -',
  '+ + +', '- # heading in an item', '- ```', '- <div>', '- | a | b |', '<span>inline html</span> text', '| x',
  '  - nested item', '- > quoted in an item', '> - item in a quote', '- **Leadership:** I led the team', '* 1.5 years on the data team',
  '- 2019 was my first year', '- - x', '1. - x', '+ 2) x', '- ***', '* -10% churn', '- 2.', '1. 2. x',
  '> a quoted line', '>', '<!-- followup-lint disable whining -->', '<!-- followup-lint enable -->',
  '<!--', '-->', '<pre>', '</pre>', '<div>', '</div>', '<?php', '?>', '<!DOCTYPE html>', '<![CDATA[', ']]>',
  '---', '+++', 'title: Follow-up', '[Interviewer Name]', '{{company}}', '| a | b |', '|---|---|',
  'www.example.com and ~~struck~~ text', '- [ ] task item', '[portfolio]: https://example.com', '[^1]: a footnote',
  'Heading', '===', '# A heading', 'text with `code` and *emphasis*',
  '\uFEFF---', '\uFEFFThank you for your time.',
);

/** Documents built from those lines, joined by any line ending. */
const lineSoup = fc
  .tuple(fc.array(LINE, { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));

const documents = fc.oneof(lineSoup, markdownSoup, noteLike, mutatedNote);

function key(result: LintResult): unknown {
  return {
    messages: result.messages.map((m) => [m.ruleId, m.startOffset, m.endOffset, m.line, m.column, m.reason, m.fixes]),
    stats: result.stats,
  };
}

const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze();

/**
 * Prose blocks of a whole-document parse with every extension, as readNote should find them.
 * The parser drops a byte order mark at the start and counts offsets without it; readNote
 * gives offsets into the text itself.
 */
function proseBlocks(source: string): Array<[string, number, number]> {
  if (source.startsWith('\uFEFF')) return proseBlocks(source.slice(1)).map(([type, start, end]) => [type, start + 1, end + 1]);
  const out: Array<[string, number, number]> = [];
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (['blockquote', 'code', 'html', 'yaml', 'toml', 'definition', 'table'].includes(node.type)) continue;
      if (node.type === 'paragraph' || node.type === 'heading') out.push([node.type, node.position!.start.offset!, node.position!.end.offset!]);
      else if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk((whole.parse(source) as Root).children);
  return out;
}

describe('section-by-section reading', () => {
  it('cuts only where the whole-document parse has the same prose blocks', () => {
    fc.assert(
      fc.property(documents, (source) => {
        const note = readNote(source, new NoteCache());
        expect(note.blocks.map((b) => [b.type, b.start, b.end])).toEqual(proseBlocks(source));
      }),
      runs(150),
    );
  });

  it('gives the same findings with the finest cuts as with a one-off read', () => {
    fc.assert(
      fc.property(documents, (source) => {
        expect(key(lintSync(source, { cache: new NoteCache() }))).toEqual(key(lintSync(source)));
      }),
      runs(100),
    );
  });

  it('gives the same findings after an edit when sections are reused from the last read', () => {
    fc.assert(
      fc.property(documents, documents, fc.nat(), (before, inserted, at) => {
        const cut = at % (before.length + 1);
        const after = `${before.slice(0, cut)}${inserted}${before.slice(cut)}`;
        const cache = new NoteCache();
        lintSync(before, { cache });
        expect(key(lintSync(after, { cache }))).toEqual(key(lintSync(after)));
        // And back again, with the sections of the edited text now in the cache.
        expect(key(lintSync(before, { cache }))).toEqual(key(lintSync(before)));
      }),
      runs(80),
    );
  });

  it('splits and finds line starts after an edit as a fresh read of the edited text does', () => {
    fc.assert(
      fc.property(documents, documents, fc.nat(), fc.nat(), (before, inserted, at, removed) => {
        // Replace any span (possibly empty) by any text (possibly empty): typing, deleting, pasting.
        const from = at % (before.length + 1);
        const to = Math.min(before.length, from + (removed % 40));
        const after = `${before.slice(0, from)}${inserted.slice(0, removed % 3 === 0 ? 0 : undefined)}${before.slice(to)}`;
        const edit = editBetween(before, after);
        const resplit = resplitSections(before, splitSections(before), after, edit);
        expect(resplit.ranges).toEqual(splitSections(after));
        expect(lineStartsAfterEdit(lineStartsOf(before), after, edit)).toEqual(lineStartsOf(after));
      }),
      runs(300),
    );
  });

  it('finds the same edit when told what a splice left untouched at both ends', () => {
    fc.assert(
      fc.property(documents, fc.string({ maxLength: 12 }), fc.nat(), fc.nat(), fc.nat(), (before, middle, a, b, c) => {
        // A splice as an editor's sync makes one: what it keeps of each end, and a middle
        // that may repeat the text beside it (so the ends it names may fall short of the longest).
        const head = a % (before.length + 1);
        const tail = b % (before.length - head + 1);
        const inserted = c % 2 === 0 ? middle : before.slice(head, before.length - tail) + middle;
        const after = before.slice(0, head) + inserted + before.slice(before.length - tail);
        const known = editBetween(before, after, { head, tail });
        expect(known).toEqual(editBetween(before, after));
        expect(lineStartsAfterEdit(lineStartsOf(before), after, known)).toEqual(lineStartsOf(after));
      }),
      runs(400),
    );
  });

  it('lints a run of edits told as splices as a fresh lint does, and ignores what is told of another text', () => {
    fc.assert(
      fc.property(noteLike, fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.constantFrom('', ' very', 'Sorry. ', '\n\n', 'I need this job.')), { minLength: 1, maxLength: 6 }), (start, edits) => {
        const told = new NoteCache();
        const compared = new NoteCache();
        let text = start;
        lintSync(text, { cache: told });
        lintSync(text, { cache: compared });
        for (const [at, removed, inserted] of edits) {
          const head = at % (text.length + 1);
          const tail = Math.max(0, text.length - head - removed);
          const after = text.slice(0, head) + inserted + text.slice(text.length - tail);
          const result = lintSync(after, { cache: told, edit: { base: text, head, tail } });
          expect(key(result)).toEqual(key(lintSync(after, { cache: compared })));
          expect(key(result)).toEqual(key(lintSync(after)));
          text = after;
        }
        // Told of a text the cache did not last read, it compares the texts itself (taken as
        // told, this would place the edit at the end of the note, not at its start).
        const other = `Sorry again for the delay.\n\n${text}`;
        expect(key(lintSync(other, { cache: told, edit: { base: 'another text', head: text.length, tail: 0 } }))).toEqual(key(lintSync(other)));
      }),
      runs(60),
    );
  });

  it('splits as a fresh read after lines are added or taken away', () => {
    fc.assert(
      fc.property(fc.array(LINE, { minLength: 1, maxLength: 40 }), fc.array(LINE, { maxLength: 3 }), fc.nat(), fc.nat(3), (lines, added, at, dropped) => {
        const i = at % (lines.length + 1);
        const before = lines.join('\n');
        const after = [...lines.slice(0, i), ...added, ...lines.slice(i + dropped)].join('\n');
        const edit = editBetween(before, after);
        expect(resplitSections(before, splitSections(before), after, edit).ranges).toEqual(splitSections(after));
      }),
      runs(400),
    );
  });

  it('keeps the sections before and after an edit, and re-reads only the changed span', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says thank you for the time.`);
    const before = `${paragraphs.join('\n\n')}\n`;
    const after = before.replace('Paragraph 20 says', 'Paragraph 20 now says');
    const resplit = resplitSections(before, splitSections(before), after, editBetween(before, after));
    expect(resplit.ranges).toEqual(splitSections(after));
    // The edited section and the one before it are scanned again; the rest stand.
    expect(resplit.head).toBe(19);
    expect(resplit.tail).toBe(19);
    // An opened fence swallows the rest: nothing after the edit can be kept.
    const fenced = before.replace('Paragraph 20 says', '```\nParagraph 20 says');
    const open = resplitSections(before, splitSections(before), fenced, editBetween(before, fenced));
    expect(open.ranges).toEqual(splitSections(fenced));
    expect(open.tail).toBe(0);
  });

  it('keeps sections that repeat apart (the same paragraph twice in a document)', () => {
    const paragraph = 'I am so sorry, I really need this job.';
    const source = `Dear Ms. Park,\n\n${paragraph}\n\n${paragraph}\n\nBest,\nSam\n`;
    const cache = new NoteCache();
    const first = lintSync(source, { cache });
    const moved = `\n\n${source}`;
    const again = lintSync(moved, { cache });
    expect(again.messages.map((m) => m.startOffset - 2)).toEqual(first.messages.map((m) => m.startOffset));
    expect(key(again)).toEqual(key(lintSync(moved)));
    expect(cache.size).toBe(splitSections(moved).length);
  });

  it('cuts a document of notes into many sections, and never inside a fence or a comment', () => {
    const fenced = '```\nDear team,\n\nnot prose\n```\n\n<!--\n\nhidden\n-->\n\nAfter.\n';
    expect(splitSections(fenced).map((r) => fenced.slice(r.start, r.end))).toEqual([
      '```\nDear team,\n\nnot prose\n```\n\n',
      '<!--\n\nhidden\n-->\n\n',
      'After.\n',
    ]);
    expect(splitSections('[a]: /url\n\nText [a].\n')).toHaveLength(1);
    expect(splitSections('---\ntitle: x\n\nmore: y\n---\n\nBody.\n')).toHaveLength(2);
  });

  it('cuts a list item by item, where an item reads the same at a section start as after the line before', () => {
    const parts = (text: string): string[] => splitSections(text).map((r) => text.slice(r.start, r.end));
    expect(parts('Points:\n- one\n  - nested\nlazy\n* two\n+ three\n1. four\n1) five\n- **Six:** bold\n- 2019 was seven\n')).toEqual([
      'Points:\n',
      '- one\n  - nested\nlazy\n',
      '* two\n',
      '+ three\n',
      '1. four\n',
      '1) five\n',
      '- **Six:** bold\n',
      '- 2019 was seven\n',
    ]);
    // Not before an item that may not interrupt a paragraph, or whose text opens with one.
    for (const line of ['2. two', '10. ten', '- 2. two', '- 2)', '- + x', '* - x', '- *', '- ', '-', '- - -', '* * *', '-item', '1.5 million']) expect(parts(`Text.\n${line}\n`)).toHaveLength(1);
    // Not after a line that may open an HTML block or a table, until a blank line.
    expect(parts('<div>\n- in the block\n')).toHaveLength(1);
    expect(parts('| a | b |\n|---|---|\n- a row\n')).toHaveLength(1);
    expect(parts('| a |\n\n- a\n- b\n')).toHaveLength(3);
  });

  it('cuts nothing after an indented fence or comment that a list item\'s end may have closed', () => {
    // The fence opens in the item and closes with it at `* * *`; the next fence line opens one.
    const text = '- x\n  ```\n* * *\n   ```\n\nI really need this job, please.\n- More.\n';
    expect(splitSections(text)).toHaveLength(1);
    expect(readNote(text, new NoteCache()).wordCount).toBe(readNote(text).wordCount);
    // Closed before any line indented less, the block is known closed.
    expect(splitSections('   ```\n   code\n   ```\n\nText.\n')).toHaveLength(2);
    expect(splitSections('- step\n  ```\n  code\n  ```\n- next\n')).toHaveLength(2);
    expect(splitSections('- x\n  <!--\n- y\n  -->\n\nText.\n')).toHaveLength(1);
  });
});
