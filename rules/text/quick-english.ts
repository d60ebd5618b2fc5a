// parse-english with a quicker first step. toNlcst asks the parser to cut each Markdown text
// node into words, white space, punctuation and symbols, then gives every node its position
// from the source itself. The library's tokenizer tests each character against three large
// regular expressions and builds line/column points that are thrown away; this one looks each
// UTF-16 unit's kind up in a table (filled by asking the library about that unit alone, so the
// kinds are the library's) and leaves positions to toNlcst. Runs of units join exactly as the
// library joins them; test/property/quick-english.test.ts compares the two on random text.
import type { SentenceContent } from 'nlcst';
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

/** A parser for toNlcst only: its tokenize() leaves `position` unset, as toNlcst sets it. */
export class QuickParseEnglish extends ParseEnglish {
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
