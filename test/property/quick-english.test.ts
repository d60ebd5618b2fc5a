// Property: the quicker tokenizer gives toNlcst the same tree as parse-english's own, positions
// included, and cuts any string into the same nodes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import { VFile } from 'vfile';
import { QuickParseEnglish, implicitBreakAt } from '../../rules/text/quick-english.js';
import { anyInput, junk, runs } from './arbitraries.js';

const library = new ParseEnglish();

/** Units where the kinds meet: every run-joining rule and each kind of character. */
const edgeUnit = fc.constantFrom(
  'a', 'Z', '9', 'é', '\u0301', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '.', '!', '?', '…', ',', '-', '\u2014', "'", '\u2019', '"', '\u201c',
  '$', '%', '&', '+', '=', '#', '@', '/', '\\', '©', '\ud83d', '\ude00', '\ud83d\ude00', '\ud83d\udc4d\ud83c\udffd', '中', '\u200d', '\ufe0f',
);
const edgeText = fc.array(edgeUnit, { maxLength: 40 }).map((units) => units.join(''));

/** A tree without positions, to compare the tokenizers' cuts alone. */
function cuts(nodes: unknown): unknown {
  return JSON.parse(JSON.stringify(nodes, (key, value: unknown) => (key === 'position' ? undefined : value)));
}

describe('the quicker parse-english tokenizer', () => {
  it('cuts any string into the nodes the library makes', () => {
    const quick = new QuickParseEnglish();
    fc.assert(
      fc.property(fc.oneof(edgeText, junk), (text) => {
        expect(cuts(quick.tokenize(text))).toEqual(cuts(library.tokenize(text)));
      }),
      runs(3000),
    );
  });

  it('gives toNlcst the same tree, positions included', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, edgeText), (text) => {
        const file = new VFile(text);
        const tree = fromMarkdown(text);
        expect(toNlcst(tree, file, new QuickParseEnglish())).toEqual(toNlcst(tree, file, ParseEnglish));
      }),
      runs(500),
    );
  });

  it('runs the implicit-break plugin only on paragraphs it may change, with the same trees', () => {
    // Found among the library's own paragraph plugins, and guarded in the quicker parser.
    expect(implicitBreakAt(new ParseEnglish().tokenizeParagraphPlugins)).toBeTypeOf('number');
    expect(new QuickParseEnglish().guardsImplicitBreak).toBe(true);
    // White space with a blank line (between blocks of a root, or a multi-line gap toNlcst
    // fills) cuts a sentence; a single line break, \r\n included, does not.
    for (const text of ['One two\n\nthree four.', 'One two\nthree.\r\nFour\r\n\r\nfive', '- a\n\n  b\n- c', 'Hi <span\nclass="x">there</span>\nfriend', 'a\r\rb']) {
      const file = new VFile(text);
      const tree = fromMarkdown(text);
      expect(toNlcst(tree, file, new QuickParseEnglish())).toEqual(toNlcst(tree, file, ParseEnglish));
      for (const block of tree.children) {
        expect(toNlcst(block, file, new QuickParseEnglish())).toEqual(toNlcst(block, file, ParseEnglish));
      }
    }
  });

  it('finds no implicit-break plugin among plugins that do not cut the probe', () => {
    const plugins = new ParseEnglish().tokenizeParagraphPlugins;
    const at = implicitBreakAt(plugins)!;
    expect(implicitBreakAt(plugins.filter((_, i) => i !== at))).toBeUndefined();
    expect(implicitBreakAt([plugins[at]!, plugins[at]!])).toBeUndefined();
  });

  it('handles the empty string and a single unit', () => {
    const quick = new QuickParseEnglish();
    expect(quick.tokenize('')).toEqual([]);
    expect(quick.tokenize(null)).toEqual([]);
    expect(cuts(quick.tokenize('x'))).toEqual([{ type: 'WordNode', children: [{ type: 'TextNode', value: 'x' }] }]);
  });
});
