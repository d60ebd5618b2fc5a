// The parser is set up once per list of extensions, not once per text (patches/ for micromark
// and mdast-util-from-markdown): the constructs micromark combines and the compiler
// mdast-util-from-markdown makes (its handlers configured) are kept by the list they came from. An editor's long
// document is parsed section by section, thousands of short texts, where that set-up cost a
// third of each parse. Kept, they must give the very trees made afresh.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMarkdown, type Extension as TreeExtension } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { parse } from 'micromark';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { anyInput, runs, SEED_NOTES } from '../property/arbitraries.js';

const SYNTAX = [gfmFootnote(), gfmTable(), frontmatter(['yaml'])];
const TREES = [gfmFootnoteFromMarkdown(), gfmTableFromMarkdown(), frontmatterFromMarkdown(['yaml'])];

describe('the parser’s set-up, kept by extension list (patched)', () => {
  it('combines micromark’s constructs once for a list, and again when the list changes', () => {
    const list = [gfmTable()];
    const first = parse({ extensions: list }).constructs;
    expect(parse({ extensions: list }).constructs).toBe(first);
    // Each parse still has its own state.
    expect(parse({ extensions: list }).defined).not.toBe(parse({ extensions: list }).defined);
    list.push(gfmFootnote());
    const changed = parse({ extensions: list }).constructs;
    expect(changed).not.toBe(first);
    expect(changed.document).not.toEqual(first.document);
    expect(parse({}).constructs).toBe(parse({ extensions: [] }).constructs);
  });

  it('configures mdast-util-from-markdown’s handlers once for a list, and again when the list changes', () => {
    let reads = 0;
    const counting: TreeExtension = {
      get enter() {
        reads++;
        return {};
      },
    };
    const list: TreeExtension[] = [counting];
    for (let i = 0; i < 5; i++) fromMarkdown('Some *text*.', { mdastExtensions: list });
    expect(reads).toBe(1);
    list.push(gfmTableFromMarkdown());
    fromMarkdown('Some *text*.', { mdastExtensions: list });
    expect(reads).toBe(2);
  });

  it('makes the compiler once for a list, and gives each compile state of its own', () => {
    // What the handlers see as `this`, parse after parse: the compiler's methods and its state.
    const seen: Array<{ enter: unknown; data: unknown }> = [];
    const watching: TreeExtension = {
      enter: {
        paragraph(token) {
          seen.push({ enter: this.enter, data: this.data });
          this.enter({ type: 'paragraph', children: [] }, token);
        },
      },
    };
    const list: TreeExtension[] = [watching];
    fromMarkdown('One.', { mdastExtensions: list });
    fromMarkdown('Two.', { mdastExtensions: list });
    fromMarkdown('Three.', { mdastExtensions: [watching] });
    expect(seen).toHaveLength(3);
    // The same list: the same compiler, so the same methods; another list: a compiler of its own.
    expect(seen[1]!.enter).toBe(seen[0]!.enter);
    expect(seen[2]!.enter).not.toBe(seen[0]!.enter);
    // Every compile starts from empty state, as a compiler made for one text does.
    expect(seen[1]!.data).not.toBe(seen[0]!.data);
  });

  it('gives the trees a set-up made afresh gives, text after text', () => {
    const extensions = [...SYNTAX];
    const mdastExtensions = [...TREES];
    const check = (text: string): void => {
      // Copies of the lists are new keys: their set-up is made afresh for this text.
      const fresh = fromMarkdown(text, { extensions: [...extensions], mdastExtensions: [...mdastExtensions] });
      const kept = fromMarkdown(text, { extensions, mdastExtensions });
      expect(kept).toEqual(fresh);
    };
    for (const note of SEED_NOTES) check(note);
    // Texts that leave state behind mid-parse if any were kept: references, character
    // references, code fences, setext headings, hard breaks, footnotes, tables, front matter.
    for (const text of ['[a]\n\n[a]: b', '&amp; &#35;', '```js\nx\n```', 'Title\n===', 'a  \nb', '[^1]\n\n[^1]: n', '| a |\n| - |\n| b |', '---\nk: v\n---\n\nx']) check(text);
    fc.assert(fc.property(anyInput, (text) => check(text)), runs(150));
  });
});
