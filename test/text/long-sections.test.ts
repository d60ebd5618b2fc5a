// A section of thousands of blocks (a long list: no blank line cuts it into sections) is read
// in time that grows with its length, not its square: the blocks far into it are read into
// sentences as texts of their own (rules/text/note.ts), and micromark's edit map, patched in
// patches/, edits the end of its event list without copying the rest. Within one long
// paragraph, micromark's text resolver (patched too) merges runs of plain text in one pass,
// and its label end (patched) reads a label only when something is defined.
import { describe, expect, it } from 'vitest';
import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';
import { readNote, type Note } from '../../rules/index.js';
import { parseMarkdown } from '../../rules/text/note.js';

const ITEMS = [
  'I really need this job and I am desperate.',
  'My old boss was an idiot, and it was all *his\nfault*.',
  'TODO: add the [portfolio link](https://example.com/p) and `the repo`.',
  'Thanks for the time, <Name>; see {{company}} and www.example.com.',
  'An image ![the chart](x.png) and **bold** text.  \nA hard break above.',
  "I'm sorry. I apologise.",
];

/** Each block's sentences as tokens, with offsets from the block's start. */
function blockTokens(note: Note): unknown[] {
  return note.blocks.map((b) => b.sentences.map((s) => s.tokens.map((t) => [t.kind, t.norm, t.start - b.start, t.end - b.start, t.tail])));
}

const shapes: Record<string, (item: string, i: number) => string> = {
  list: (item) => `- ${item}\n`,
  nested: (item, i) => (i % 3 ? `  - ${item}\n` : `- ${item}\n`),
  ordered: (item, i) => `${i + 1}. ${item}\n   and more: ${item}\n`,
  'list with lazy lines': (item) => `- ${item}\nlazy ${item}\n`,
  'CRLF list': (item) => `- ${item.replace(/\n/g, '\r\n')}\r\n`,
};

describe('a long section', () => {
  for (const [name, shape] of Object.entries(shapes)) {
    it(`reads each block of a ${name} as it reads the block alone`, () => {
      const lines = Array.from({ length: 500 }, (_, i) => shape(ITEMS[i % ITEMS.length]!, i));
      const long = readNote(`Hi Dana,\n\n${lines.join('')}`);
      // One section past the offset where blocks are read alone.
      expect(long.source.length).toBeGreaterThan(20_000);
      const alone = lines.flatMap((line) => blockTokens(readNote(`Hi Dana,\n\n${line}`)).slice(1));
      expect(blockTokens(long).slice(1)).toEqual(alone);
    });
  }
});

describe("micromark's edit map (patched)", () => {
  it('applies edits near the end of a long event list without reading the rest', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => i as unknown as Event);
    let reads = 0;
    const counted = new Proxy(events, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const map = new EditMap();
    map.add(99_990, 0, [-1 as unknown as Event]);
    map.add(99_995, 3, []);
    map.consume(counted);
    expect(events.length).toBe(100_000 - 2);
    expect(events.slice(99_988)).toEqual([99_988, 99_989, -1, 99_990, 99_991, 99_992, 99_993, 99_994, 99_998, 99_999]);
    expect(events[0]).toBe(0);
    expect(reads).toBeLessThan(100);
  });
});

/**
 * Parses one paragraph after a greeting while `count` is added up for every call of the method
 * `name` of `owner` (a built-in prototype, put back afterwards): a measure of work that does not
 * depend on the machine's speed. Returns the paragraph's text and the total.
 */
function parseCounting<T extends object, K extends keyof T>(owner: T, name: K, count: (self: unknown, args: unknown[]) => number, paragraph: string): { text: string; total: number } {
  const original = owner[name] as unknown as (...args: unknown[]) => unknown;
  let total = 0;
  (owner as Record<K, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    total += count(this, args);
    return original.apply(this, args);
  };
  let tree;
  try {
    tree = parseMarkdown(`Hi,\n\n${paragraph}\n`);
  } finally {
    (owner as Record<K, unknown>)[name] = original;
  }
  const last = tree.children[1]!;
  const text = last.type === 'paragraph' ? last.children.map((c) => (c.type === 'text' ? c.value : c.type)).join('') : last.type;
  return { text, total };
}

describe("micromark's text resolver (patched)", () => {
  it('merges the runs of plain text in a long paragraph without moving the rest of it each time', () => {
    // Brackets and parentheses that never make a link: two thousand runs of plain text.
    const paragraph = '[a]('.repeat(2000);
    // What every splice moves: unpatched, each run moved the rest of the paragraph's events
    // (16,016,116 elements here); merged in one pass, 20,116 move in all.
    const moved = (self: unknown, args: unknown[]): number => Math.max(0, (self as unknown[]).length - Number(args[0] ?? 0));
    const { text, total } = parseCounting(Array.prototype, 'splice', moved, paragraph);
    expect(total).toBeLessThan(200_000);
    expect(text).toBe(paragraph);
  });
});

describe("micromark's label end (patched)", () => {
  it('does not read each nested label again when nothing is defined', () => {
    const depth = 2000;
    const brackets = `${'['.repeat(depth)}a${']'.repeat(depth)}`;
    // A label is read to look it up among the definitions (normalised, so lower-cased):
    // unpatched, every \`]\` read its whole label, 4,000,000 characters here; patched, none.
    const { text, total } = parseCounting(String.prototype, 'toLowerCase', (self) => (self as string).length, brackets);
    expect(total).toBeLessThan(100_000);
    expect(text).toBe(brackets);
  });

  it('still reads a label when something is defined', () => {
    const tree = parseMarkdown('See [the  Role] and [other].\n\n[the role]: https://example.com/role\n');
    const first = tree.children[0]!;
    expect(first.type === 'paragraph' && first.children.map((c) => c.type)).toEqual(['text', 'linkReference', 'text']);
  });
});
