// Property: comment markers read from the sections that hold them filter findings exactly as
// markers read from the whole note's Markdown tree do.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { commentMarker } from 'mdast-comment-marker';
import { messageControl } from 'unified-message-control';
import { NoteCache, readNote } from '../../rules/index.js';
import { parseMarkdown } from '../../rules/text/note.js';
import { lineStartsOf, pointAt } from '../../rules/text/lines.js';
import { endingWithContent } from '../../rules/text/marker-tree.js';
import { splitSections } from '../../rules/text/sections.js';
import { markdownSoup, mutatedNote, noteLike, runs } from './arbitraries.js';

const NAME = 'followup-lint';
const RULES = ['whining', 'begging'];

/** Lines that make and break comment markers, around the constructs a section cut respects. */
const LINE = fc.constantFrom(
  '', '', '', '',
  '<!-- followup-lint disable -->', '<!-- followup-lint enable -->', '<!-- followup-lint ignore -->',
  '<!-- followup-lint disable whining -->', '<!-- followup-lint enable whining -->', '<!-- followup-lint ignore begging whining -->',
  '<!-- followup-lint ignore no-such-rule -->', '<!--followup-lint disable begging-->', '<!-- FOLLOWUP-LINT disable -->',
  'Text with <!-- followup-lint ignore --> inside.', '  <!-- followup-lint ignore -->', '<!-- followup-lint',
  'disable -->', '<!-- followup-lint frobnicate -->', '<!-- other-tool disable -->',
  'I really need this job, please.', 'My last boss was an idiot.', 'Thank you for your time.',
  '- item about the role', '- another item', '  continued item text', '1. first point', '2. second point',
  '* star item', '> a quoted line', '    indented code', '```', '~~~', '# A heading', '---', 'title: x',
  '| a | b |', '|---|---|', '<div>', '</div>', 'Best,', 'Sam Lee',
  '\uFEFF---', '\uFEFFThank you for your time.',
  // Bare addresses GFM makes links, which come without positions, and links that do not.
  'The deck is at www.example.com/deck.', 'Write to sam@example.com any time.', 'https://example.com/portfolio',
  '- see http://example.com', '[the deck](https://example.com/deck) and <https://example.com>',
);

const lineSoup = fc
  .tuple(fc.array(LINE, { minLength: 1, maxLength: 50 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));

/** Other documents with markers put in at random lines. */
const withMarkers = fc
  .tuple(fc.oneof(markdownSoup, noteLike, mutatedNote), fc.array(fc.tuple(fc.nat(), LINE), { minLength: 1, maxLength: 6 }))
  .map(([text, inserts]) => {
    const lines = text.split('\n');
    for (const [at, line] of inserts) lines.splice(at % (lines.length + 1), 0, line);
    return lines.join('\n');
  });

const documents = fc.oneof(lineSoup, withMarkers);

/**
 * Which of a message per rule at every offset survive message control reading `tree`, with
 * the warnings it raises and the error it throws (as the engine reads them).
 */
function filtered(text: string, tree: Root): unknown {
  const file = new VFile({ value: text });
  const lineStarts = lineStartsOf(text);
  for (let offset = 0; offset <= text.length; offset++) {
    const { line, column } = pointAt(lineStarts, offset);
    for (const ruleId of RULES) {
      const message = file.message(`${ruleId} at ${offset}`, { place: { line, column }, ruleId, source: NAME });
      message.fatal = false;
    }
  }
  try {
    messageControl(endingWithContent(tree), { file, marker: commentMarker, name: NAME, known: RULES, source: NAME });
  } catch (error) {
    return { error: String(error) };
  }
  return file.messages.map((m) => `${m.ruleId ?? ''} ${m.reason} ${m.line ?? ''}:${m.column ?? ''}`);
}

describe('comment markers read from the sections that hold them', () => {
  it('filter findings at every offset as the whole tree does, read fresh or through the cache after edits', () => {
    fc.assert(
      fc.property(documents, fc.array(fc.tuple(fc.nat(), fc.nat(8), LINE), { maxLength: 3 }), (start, edits) => {
        const cache = new NoteCache();
        let text = start;
        const check = (): void => {
          const whole = filtered(text, parseMarkdown(text));
          expect(filtered(text, readNote(text, cache).markerTree)).toEqual(whole);
          expect(filtered(text, readNote(text).markerTree)).toEqual(whole);
        };
        check();
        for (const [at, removed, inserted] of edits) {
          const from = at % (text.length + 1);
          text = `${text.slice(0, from)}${inserted}\n${text.slice(from + removed)}`;
          check();
        }
      }),
      runs(200),
    );
  });

  it('reads more than one section in the documents tested (the property is not vacuous)', () => {
    const text = ['Thank you for your time.', '', '<!-- followup-lint ignore -->', '- item', '', 'I really need this job.', '', 'My last boss was an idiot.', '', 'Please.', '', 'Best,', 'Sam'].join('\n');
    const ranges = splitSections(text);
    expect(ranges.length).toBeGreaterThan(2);
    const tree = readNote(text, new NoteCache()).markerTree;
    expect(tree.children.length).toBeLessThan(parseMarkdown(text).children.length);
    expect(filtered(text, tree)).toEqual(filtered(text, parseMarkdown(text)));
  });
});
