// parse-english with a quicker first step. toNlcst asks the parser to cut each Markdown text
// node into words, white space, punctuation and symbols, then gives every node its position
// from the source itself. The library's tokenizer tests each character against three large
// regular expressions and builds line/column points that are thrown away; this one looks each
// UTF-16 unit's kind up in a table (filled by asking the library about that unit alone, so the
// kinds are the library's) and leaves positions to toNlcst. Runs of units join exactly as the
// library joins them; test/property/quick-english.test.ts compares the two on random text.
//
// One of the library's paragraph plugins, the one that cuts a sentence at white space holding
// a blank line, splits every white space node's text into lines to count them: most of what a
// paragraph's plugins allocate. It can act only on white space with two line breaks, which a
// Markdown paragraph seldom holds, so it runs only on paragraphs that have such white space.
import type { Paragraph, SentenceContent } from 'nlcst';
import { ParseEnglish } from 'parse-english';

type Kind = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode';

/** Kinds by number; 0 in KIND_OF_UNIT means not yet asked. */
const KINDS: readonly Kind[] = ['SymbolNode', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];
const KIND_NUMBER: Readonly<Record<Kind, number>> = { WhiteSpaceNode: 1, PunctuationNode: 2, WordNode: 3, SymbolNode: 4 };
const WHITE_SPACE = 1;
const WORD = 3;

/** Each UTF-16 unit's kind, as the library's tokenizer gives it for that unit alone. */
const KIND_OF_UNIT = new Uint8Array(0x10000);

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

type ParagraphPlugin = (paragraph: Paragraph) => void;

/** Whether white space may hold two line breaks: it has two line-break units (`\r\n` counts two). */
function mayHoldTwoBreaks(value: string): boolean {
  if (value.length < 2) return false;
  let breaks = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c === 10 || c === 13) && ++breaks === 2) return true;
  }
  return false;
}

/** Whether a sentence of the paragraph has white space that may hold two line breaks. */
function mayBreakImplicitly(paragraph: Paragraph): boolean {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue;
    for (const node of sentence.children) if (node.type === 'WhiteSpaceNode' && mayHoldTwoBreaks(node.value)) return true;
  }
  return false;
}

/** A paragraph of one sentence, `a`, white space with a blank line, `b`: only the implicit break changes it. */
function probeParagraph(): Paragraph {
  const word = (value: string): SentenceContent => ({ type: 'WordNode', children: [{ type: 'TextNode', value }] });
  return { type: 'ParagraphNode', children: [{ type: 'SentenceNode', children: [word('a'), { type: 'WhiteSpaceNode', value: '\n\n' }, word('b')] }] };
}

/**
 * The position of the library's implicit-break plugin among the paragraph plugins, found by
 * what it does (the library does not export it): the one plugin that cuts the probe paragraph's
 * sentence in two. Undefined when no plugin or more than one does.
 */
export function implicitBreakAt(plugins: readonly ParagraphPlugin[]): number | undefined {
  const found = plugins.flatMap((plugin, i) => {
    const paragraph = probeParagraph();
    plugin(paragraph);
    return paragraph.children.length === 3 ? [i] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** A parser for toNlcst only: its tokenize() leaves `position` unset, as toNlcst sets it. */
export class QuickParseEnglish extends ParseEnglish {
  /** Whether the implicit-break plugin runs only on paragraphs it may change. */
  readonly guardsImplicitBreak: boolean;

  constructor() {
    super();
    const plugins = this.tokenizeParagraphPlugins as ParagraphPlugin[];
    const at = implicitBreakAt(plugins);
    this.guardsImplicitBreak = at !== undefined;
    if (at !== undefined) {
      const plugin = plugins[at]!;
      plugins[at] = (paragraph) => {
        if (mayBreakImplicitly(paragraph)) plugin(paragraph);
      };
    }
  }

  private kindOf(unit: number): number {
    let kind = KIND_OF_UNIT[unit]!;
    if (kind === 0) {
      const [node] = super.tokenize(String.fromCharCode(unit));
      kind = KIND_NUMBER[node!.type as Kind];
      KIND_OF_UNIT[unit] = kind;
    }
    return kind;
  }

  override tokenize(value?: string | null): SentenceContent[] {
    const out: SentenceContent[] = [];
    if (!value) return out;
    let from = 0;
    let previousKind = this.kindOf(value.charCodeAt(0));
    let previousUnit = value.charCodeAt(0);
    for (let i = 1; i < value.length; i++) {
      const unit = value.charCodeAt(i);
      const kind = this.kindOf(unit);
      // Words and white space run on; punctuation and symbols only while the same unit repeats
      // or a surrogate half follows.
      const continues = kind === previousKind && (kind === WORD || kind === WHITE_SPACE || unit === previousUnit || isSurrogate(unit));
      if (!continues) {
        out.push(nodeOf(previousKind, value.slice(from, i)));
        from = i;
      }
      previousKind = kind;
      previousUnit = unit;
    }
    out.push(nodeOf(previousKind, value.slice(from)));
    return out;
  }
}

function nodeOf(kind: number, value: string): SentenceContent {
  const type = KINDS[kind]!;
  if (kind === WORD) return { type: 'WordNode', children: [{ type: 'TextNode', value, position: undefined }], position: undefined };
  return { type, value, position: undefined } as SentenceContent;
}
