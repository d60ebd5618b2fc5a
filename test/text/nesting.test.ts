// The nesting guard: a section whose lists or quotes nest past MAX_NESTING is never given to the
// Markdown parser and is reported once; every other part of the note lints as it always did.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import { fixSync, lintSync, NoteCache, readNote, type LintMessage, type LintResult } from '../../rules/index.js';
import { parseMarkdown } from '../../rules/text/note.js';
import { MAX_NESTING, tooDeepAt } from '../../rules/text/nesting.js';
import { anchorsOf } from '../../server/lsp/anchors.js';
import { runs } from '../property/arbitraries.js';
import { resultProblems } from '../property/invariants.js';

const SORRY = 'I am so sorry I was late, the traffic was terrible.';

/** A list nested `depth` deep, one indented item per line (as in extremes.test.ts). */
const indentedList = (depth: number): string => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- ${SORRY}`).join('\n');

/** Nested `depth` levels on one line. */
const onOneLine = (open: string, depth: number): string => open.repeat(depth) + SORRY;

const DEEP_CASES: Record<string, string> = {
  '1000-deep indented list': indentedList(1000),
  '1000 nested blockquotes': onOneLine('> ', 1000),
  '1000 nested list markers on one line': onOneLine('- ', 1000),
  '1000 nested ordered lists on one line': onOneLine('1. ', 1000),
  '1000 alternating quotes and lists': onOneLine('> - ', 500),
};

const gfm = unified().use(remarkParse).use(remarkGfm).freeze();

/** The deepest nesting of list items, quotes and footnote definitions in a tree. */
function containerDepth(node: Nodes, depth = 0): number {
  const here = node.type === 'listItem' || node.type === 'blockquote' || node.type === 'footnoteDefinition' ? depth + 1 : depth;
  if (!('children' in node)) return here;
  let deepest = here;
  for (const child of node.children) deepest = Math.max(deepest, containerDepth(child as Nodes, here));
  return deepest;
}

/** The least limit a text passes: the guard's estimate of how deep it nests. */
const estimate = (text: string): number => {
  let limit = 0;
  while (tooDeepAt(text, limit) !== -1) limit++;
  return limit;
};

const key = (result: LintResult): unknown => result.messages.map((m) => [m.ruleId, m.startOffset, m.endOffset, m.line, m.column, m.reason, m.fixes]);

/** The texts the Markdown parser is given while `run` runs. */
function parsedTexts(run: () => void): string[] {
  const parse = vi.spyOn(Object.getPrototypeOf(unified()) as { parse(file: unknown): unknown }, 'parse');
  try {
    run();
    return parse.mock.calls.map(([file]) => String(file));
  } finally {
    parse.mockRestore();
  }
}

describe('the nesting estimate', () => {
  it('is exact for a list nested one indented item per line, and for nesting on one line', () => {
    expect(estimate(indentedList(40))).toBe(40);
    expect(estimate(onOneLine('> ', 40))).toBe(40);
    expect(estimate(onOneLine('>', 40))).toBe(40);
    expect(estimate(onOneLine('* ', 40))).toBe(40);
    expect(estimate(onOneLine('10) ', 40))).toBe(40);
    expect(estimate(onOneLine('[^a]: ', 40))).toBe(40);
    expect(estimate(Array.from({ length: 40 }, (_, i) => `${'\t'.repeat(i)}- ${SORRY}`).join('\n'))).toBeGreaterThanOrEqual(40);
  });

  it('finds where the first line past the limit starts its markers', () => {
    const text = indentedList(40);
    const line = text.split('\n')[MAX_NESTING]!;
    expect(tooDeepAt(text)).toBe(text.indexOf(line) + 2 * MAX_NESTING);
    expect(tooDeepAt(indentedList(MAX_NESTING))).toBe(-1);
  });

  it('does not count indentation that no list before it can explain', () => {
    const wide = ' '.repeat(200);
    expect(tooDeepAt(`${SORRY}\n${wide}${SORRY}\n\n${wide}code\n\n${'\t'.repeat(50)}more code`)).toBe(-1);
    // A line at column 0 after a blank line closes every list: the indentation after it is code.
    expect(tooDeepAt(`${indentedList(30)}\n\n${SORRY}\n${wide}- ${SORRY}`)).toBe(-1);
    expect(tooDeepAt(`${indentedList(30)}\n${wide}- ${SORRY}`)).toBe(-1);
    expect(tooDeepAt(`${indentedList(MAX_NESTING)}\n${wide}- ${SORRY}`)).not.toBe(-1);
    // So does a list item at column 0 that may interrupt a paragraph, where sections are cut too;
    // one that may not (numbered from 2) is the last item's text, and closes nothing.
    expect(tooDeepAt(`${indentedList(MAX_NESTING)}\n- ${SORRY}\n${wide}- ${SORRY}`)).toBe(-1);
    expect(tooDeepAt(`${indentedList(MAX_NESTING)}\n2. ${SORRY}\n${wide}- ${SORRY}`)).not.toBe(-1);
    // Rules, dashes and emphasis are not list markers.
    expect(tooDeepAt(`${'-'.repeat(200)}\n${'*'.repeat(200)}\n${'1.'.repeat(100)} ${SORRY}`)).toBe(-1);
  });

  it('is never below the depth the parser finds', () => {
    const piece = fc.constantFrom('', ' ', '  ', '   ', '    ', '\t', ' \t', '>', '> ', '>  ', '- ', '-', '* ', '+ ', '1. ', '2) ', '10. ', '[^a]: ', '[^b]:');
    const content = fc.constantFrom('text', '', 'more text', '```', '~~~', '---', '***', '<!--', '-->', '    code', '- ', '1.');
    const line = fc.tuple(fc.array(piece, { maxLength: 8 }), content).map(([prefix, rest]) => prefix.join('') + rest);
    const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));
    fc.assert(
      fc.property(text, (source) => {
        expect(estimate(source)).toBeGreaterThanOrEqual(containerDepth(gfm.parse(source) as Root));
      }),
      runs(300),
    );
  });
});

describe('a note nested past the limit', () => {
  beforeEach(() => vi.restoreAllMocks());
  afterEach(() => vi.restoreAllMocks());

  for (const [name, source] of Object.entries(DEEP_CASES)) {
    it(`is reported once, and never given to the parser: ${name}`, () => {
      let result: LintResult | undefined;
      const texts = parsedTexts(() => (result = lintSync(source)));
      expect(texts.filter((t) => tooDeepAt(t) !== -1)).toEqual([]);
      expect(result!.messages.map((m) => m.ruleId)).toEqual(['nesting-limit']);
      const notice = result!.messages[0]!;
      expect(notice.startOffset).toBe(tooDeepAt(source));
      expect(notice.endOffset).toBe(notice.startOffset);
      expect(notice.severity).toBe('warn');
      expect(notice.fixes).toEqual([]);
      expect(notice.url).toMatch(/\/docs\/cli\.md#what-gets-linted$/);
      expect(resultProblems(source, result!)).toEqual([]);
      expect(fixSync(source).output).toBe(source);
    });
  }

  it('names the lines not checked and where the nesting passes the limit', () => {
    const [notice] = lintSync(indentedList(1000)).messages as [LintMessage];
    expect([notice.line, notice.column]).toEqual([MAX_NESTING + 1, 2 * MAX_NESTING + 1]);
    expect(notice.reason).toBe(`Lists or block quotes nest more than ${MAX_NESTING} levels deep here, so lines 1 to 1000 were not checked; nest them less deeply to have them checked.`);
    expect(lintSync(onOneLine('> ', 40)).messages[0]!.reason).toContain(', so line 1 was not checked;');
  });

  it('lints a note just under the limit as before: every item is read', () => {
    const source = indentedList(MAX_NESTING);
    const texts = parsedTexts(() => lintSync(source));
    expect(texts).toEqual([source]);
    const note = readNote(source);
    expect(note.unread).toEqual([]);
    expect(note.blocks.map((b) => [b.start, b.end, b.inList])).toEqual(
      source.split('\n').map((line, i) => {
        const start = source.indexOf(line) + 2 * i + 2;
        return [start, start + SORRY.length, true];
      }),
    );
    const result = lintSync(source);
    expect(result.messages.some((m) => m.ruleId === 'nesting-limit')).toBe(false);
    // Each item's apology is read where it is.
    const apologies = result.messages.filter((m) => m.ruleId === 'over-apologizing');
    expect(apologies.length).toBeGreaterThanOrEqual(MAX_NESTING - 1);
    for (const m of apologies) expect(m.actual).toBe(source.slice(m.startOffset, m.endOffset));
  });

  /** A note with ordinary sections around a deep one, each cut off by a blank line. */
  const before = `Hi Sam,\n\nI am so sorry I was late. I'm really desperate for this job.\n\n`;
  const deep = `${indentedList(100)}\n\n`;
  const after = `Sorry again, I really need this job.\n\nBest,\nJo\n`;

  it('reads the rest of the note as if the deep part were not there, offsets exact', () => {
    const source = before + deep + after;
    const result = lintSync(source);
    const without = lintSync(before + after);
    const back = (offset: number): number => (offset >= before.length ? offset - deep.length : offset);
    const notice = result.messages.filter((m) => m.ruleId === 'nesting-limit');
    expect(notice.map((m) => m.startOffset)).toEqual([before.length + tooDeepAt(deep)]);
    expect(notice[0]!.reason).toContain('lines 5 to 104 were not checked');
    const found = result.messages.filter((m) => m.ruleId !== 'nesting-limit');
    expect(found.map((m) => [m.ruleId, back(m.startOffset), back(m.endOffset), m.reason, m.actual])).toEqual(
      without.messages.map((m) => [m.ruleId, m.startOffset, m.endOffset, m.reason, m.actual]),
    );
    for (const m of found) expect(source.slice(m.startOffset, m.endOffset)).toBe(m.actual);
    expect(result.messages.length).toBeGreaterThan(2);
    expect(resultProblems(source, result)).toEqual([]);
  });

  it('fixes the rest of the note and leaves the deep part as it was', () => {
    const source = before + deep + after;
    const fixed = fixSync(source);
    expect(fixed.fixed).toBeGreaterThan(0);
    expect(fixed.output).toContain(deep);
    expect(fixed.output.replace(deep, '')).toBe(fixSync(before + after).output);
  });

  it('gives the same findings in the editor, over edits that make a part deep and shallow again', () => {
    const shallow = `${indentedList(MAX_NESTING)}\n\n`;
    const versions = [
      before + after,
      before + shallow + after,
      before + deep + after,
      before + deep + 'A new paragraph, so sorry.\n\n' + after,
      before.replace('late', 'very late') + deep + after,
      before + deep.replace('terrible', 'awful') + after,
      before + shallow + after,
      deep + before + after,
      before + deep + after + `\n${' '.repeat(80)}- ${SORRY}\n`,
    ];
    const cache = new NoteCache();
    for (const version of versions) {
      const texts = parsedTexts(() => expect(key(lintSync(version, { cache }))).toEqual(key(lintSync(version))));
      expect(texts.filter((t) => tooDeepAt(t) !== -1)).toEqual([]);
    }
  });

  it('gives the same findings fresh and through the cache, whatever is around the deep parts and however they are edited', () => {
    const chunk = fc.constantFrom(
      'Hi Sam,', 'Best,\nJo', SORRY, 'I really need this job.', '```\n- code\n```', '<!-- followup-lint disable whining -->',
      indentedList(3), indentedList(MAX_NESTING), indentedList(MAX_NESTING + 2), onOneLine('> ', 40), onOneLine('- ', 40),
      `${indentedList(MAX_NESTING + 1)}\nlazy ${SORRY}`, `> ${onOneLine('> - ', 20)}\n>\n> ${SORRY}`,
    );
    const doc = fc.tuple(fc.array(chunk, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n')).map(([chunks, sep]) => chunks.join(sep));
    fc.assert(
      fc.property(fc.array(doc, { minLength: 2, maxLength: 4 }), (versions) => {
        const cache = new NoteCache();
        for (const version of versions) {
          const fresh = lintSync(version);
          expect(key(lintSync(version, { cache }))).toEqual(key(fresh));
          expect(resultProblems(version, fresh)).toEqual([]);
        }
      }),
      runs(60),
    );
  });

  it('never parses the deep part for comment markers or the editor\'s comment anchors, and reads no marker in it', () => {
    const lines = indentedList(100).split('\n');
    lines[50] = `${'  '.repeat(50)}- <!-- followup-lint disable desperation -->`;
    const marked = `${lines.join('\n')}\n\n`;
    const source = `<!-- followup-lint disable over-apologizing -->\n\n${before}${marked}${after}`;
    const texts = parsedTexts(() => {
      const result = lintSync(source);
      expect(result.messages.map((m) => m.ruleId)).toEqual(['missing-thanks', 'desperation', 'nesting-limit', 'missing-strengths', 'negative-ending', 'desperation']);
      const anchors = anchorsOf(source, result.messages.map((m) => m.startOffset));
      expect(anchors.ignore[2]!.at).toBe(source.indexOf(marked));
      expect(anchors.ignore[5]!.at).toBe(source.indexOf(after));
    });
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => tooDeepAt(t) !== -1)).toEqual([]);
  });

  it('stands in the Markdown tree as one unread node, positioned where the part is', () => {
    const source = before + deep + after;
    const tree = parseMarkdown(source);
    const unread = tree.children.filter((n) => (n.type as string) === 'unread');
    expect(unread.map((n) => [n.position!.start.offset, n.position!.end.offset])).toEqual([[before.length, before.length + deep.trimEnd().length]]);
    expect(unread[0]!.position!.start).toMatchObject({ line: 5, column: 1 });
    const kept = tree.children.filter((n) => (n.type as string) !== 'unread');
    const whole = gfm.parse(before + after) as Root;
    expect(kept.map((n) => [n.type, n.position!.start.offset! - (n.position!.start.offset! > before.length ? deep.length : 0)])).toEqual(
      whole.children.map((n) => [n.type, n.position!.start.offset]),
    );
  });
});
