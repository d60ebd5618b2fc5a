// Reads a Markdown note into what the rules look at: prose blocks, sentences, tokens,
// the greeting and sign-off, template placeholders, and the word count.
import type { Root, RootContent, PhrasingContent, Paragraph, Heading, Text } from 'mdast';
import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Extension } from 'micromark-util-types';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { toNlcst } from 'mdast-util-to-nlcst';
import { VFile } from 'vfile';
import { QuickParseEnglish } from './quick-english.js';
import { tokenizeSentence, TokenOrigin, type Token } from './tokens.js';
import { NOTE_SHAPE } from '../data/note-shape.js';
import { lineIndex, lineStartsOf, pointOf } from './lines.js';
import { markerTree, type SectionReader } from './marker-tree.js';
import { movedCopy, moveNode } from './positions.js';
import { editBetween, isBlank, resplitSections, splitSections, type SectionRange, type SharedEnds, type TextEdit } from './sections.js';
import { tooDeepAt } from './nesting.js';

/** Where a piece of prose sits in the note. */
export type Role = 'greeting' | 'body' | 'signoff';

/** A prose block: a paragraph or heading outside quotes, code and HTML. */
export interface Block {
  index: number;
  type: 'paragraph' | 'heading';
  /** True when the block sits in a list item. */
  inList: boolean;
  start: number;
  end: number;
  sentences: Sentence[];
}

/** A sentence of the writer's prose, with its tokens. */
export interface Sentence {
  /** Position among all sentences of the note. */
  index: number;
  block: Block;
  role: Role;
  start: number;
  end: number;
  /** The sentence's source text. */
  text: string;
  /** Words, punctuation and verbatim spans (inline code, URLs, placeholders), in order. */
  tokens: Token[];
  /** Number of words, placeholders excluded. */
  wordCount: number;
}

/**
 * What the engine notes on a sentence as readNote makes it: the rules (bits by registry
 * position) whose sentence handler said it has nothing to do there, under the lint plan
 * (configuration) `idlePlan`. A sentence of an unchanged section is the same object at the
 * next re-read, so the marks carry over to it.
 */
export interface IdleMarks {
  idleRules: number;
  idlePlan: object | undefined;
}

/**
 * A sentence as readNote makes it. A class, not an object literal: V8 watches whether a
 * literal's objects outlive young-generation collections, and a note's sentences live for its
 * whole lint, so it started allocating them in the old generation (slower to fill, and filling
 * it brings full collections sooner). Objects made by a constructor are never moved there so.
 */
class SentenceView implements Sentence, IdleMarks {
  // Declared, not defined: the constructor sets every field once, always in this order.
  declare index: number;
  declare block: Block;
  declare role: Role;
  declare start: number;
  declare end: number;
  declare text: string;
  declare tokens: Token[];
  declare wordCount: number;
  /** For the engine: the rules that said they have nothing to do here (bits), under `idlePlan`. */
  declare idleRules: number;
  declare idlePlan: object | undefined;
  constructor(block: Block, role: Role, start: number, end: number, text: string, tokens: Token[], wordCount: number) {
    this.index = 0;
    this.block = block;
    this.role = role;
    this.start = start;
    this.end = end;
    this.text = text;
    this.tokens = tokens;
    this.wordCount = wordCount;
    this.idleRules = 0;
    this.idlePlan = undefined;
  }
}

/** A template placeholder the writer has not filled in. */
export interface Placeholder {
  start: number;
  end: number;
  text: string;
  kind: 'braces' | 'brackets' | 'angle';
}

/** A range of the source. */
export interface Range {
  start: number;
  end: number;
}

/** The note as the rules see it. */
export interface Note {
  source: string;
  /** The Markdown tree, for inline comment markers and structure. */
  tree: Root;
  /**
   * What message control reads comment markers from: the Markdown tree, or for a note read in
   * sections, the top-level nodes of those that hold a marker (see markerTree).
   */
  markerTree: Root;
  blocks: Block[];
  sentences: Sentence[];
  /** Sentences of the body: neither greeting nor sign-off. */
  bodySentences: Sentence[];
  greeting: Range | undefined;
  signoff: Range | undefined;
  placeholders: Placeholder[];
  /** Words of the body, greeting, sign-off and placeholders excluded. */
  wordCount: number;
  /** Offsets at which each line starts, for line/column look-ups. */
  lineStarts: number[];
  /** Parts of the note left unread because their lists or quotes nest too deeply, in order. */
  unread: UnreadPart[];
}

/**
 * A part of the note that was not read (its blocks, sentences and placeholders are missing)
 * because its lists or block quotes nest more than MAX_NESTING deep (see nesting.ts): the
 * section holding them, from its first character to its last that is not white space.
 */
export interface UnreadPart {
  start: number;
  end: number;
  /** Where the first line nested past the limit starts its markers. */
  deepAt: number;
}

/**
 * The Markdown tree's node for an unread part (see parseMarkdown): a node of a type of its
 * own, with a position and no children, which tree walkers pass by as they do any unknown one.
 */
const UNREAD = 'unread';

const english = new QuickParseEnglish();

/** Node types whose content is never the writer's prose. */
const NOT_PROSE = new Set(['blockquote', 'code', 'html', 'yaml', 'toml', 'definition', 'table', 'math']);

const PLACEHOLDER_PATTERNS: ReadonlyArray<readonly [Placeholder['kind'], RegExp]> = [
  ['braces', /\{\{[^{}\n]{1,80}\}\}|\$?\{[A-Za-z_][\w .'-]{0,60}\}/g],
  ['brackets', /\[[^[\]\n]{1,80}\]/g],
  ['angle', /<[^<>\n]{1,80}>/g],
];

/** Whether bracketed or angled text reads as a slot to fill in rather than prose. */
function isPlaceholderText(inner: string): boolean {
  if (!/[A-Za-z]/.test(inner)) return false;
  if (/^[A-Z]/.test(inner)) return true;
  return NOTE_SHAPE.placeholderWords.test(inner);
}

/**
 * Rewrites a block's inline content so that positions stay exact and verbatim spans
 * (autolinked URLs, placeholders, inline HTML) are not read as prose.
 */
function prepareInline(
  nodes: PhrasingContent[],
  source: string,
  lineStarts: readonly number[],
  placeholders: Placeholder[],
): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (node.type === 'text') {
      splitText(source.slice(start, end), start, source, lineStarts, placeholders, out);
    } else if (node.type === 'html') {
      const raw = source.slice(start, end);
      const inner = /^<([^<>/!][^<>]*)>$/.exec(raw)?.[1];
      if (inner && !NOTE_SHAPE.htmlTags.has(inner.split(/[\s/]/)[0]!.toLowerCase()) && isPlaceholderText(inner)) {
        placeholders.push({ start, end, text: raw, kind: 'angle' });
        out.push({ type: 'inlineCode', value: raw, position: node.position });
      }
    } else if (node.type === 'link' && isBareUrl(node, source.slice(start, end))) {
      out.push({ type: 'inlineCode', value: source.slice(start, end), position: node.position });
    } else if ('children' in node) {
      out.push({ ...node, children: prepareInline(node.children as PhrasingContent[], source, lineStarts, placeholders) } as PhrasingContent);
    } else {
      out.push(node);
    }
  }
  return out;
}

function isBareUrl(node: PhrasingContent & { type: 'link' }, raw: string): boolean {
  return raw.startsWith('<') || /^(https?:|mailto:|www\.)/i.test(raw) || raw.includes('@') && !raw.includes(' ');
}

/**
 * Longest text node handed to the sentence parser. mdast-util-to-nlcst spreads a node's
 * tokens into an argument list, which overflows the stack for a text of a few hundred
 * thousand words on one line; cutting long text at whitespace keeps every spread small.
 */
const MAX_TEXT_CHUNK = 8192;

/** Where the text chunk starting at `from` ends: before a whitespace run, never inside a surrogate pair. */
function chunkEnd(source: string, from: number, to: number): number {
  if (to - from <= MAX_TEXT_CHUNK) return to;
  let cut = from + MAX_TEXT_CHUNK;
  const space = source.slice(from + 1, cut).search(/\s\S*$/);
  if (space !== -1) {
    cut = from + 1 + space;
    while (cut > from + 1 && /\s/.test(source[cut - 1]!)) cut--;
  } else if (/[\uDC00-\uDFFF]/.test(source[cut]!) && /[\uD800-\uDBFF]/.test(source[cut - 1]!)) {
    cut--;
  }
  return cut;
}

/** Splits raw text at placeholders, pushing text and verbatim nodes with exact positions. */
function splitText(
  raw: string,
  base: number,
  source: string,
  lineStarts: readonly number[],
  placeholders: Placeholder[],
  out: PhrasingContent[],
): void {
  const found: Placeholder[] = [];
  for (const [kind, re] of PLACEHOLDER_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
      const inner = m[0].replace(/^[$[{<]+|[\]}>]+$/g, '');
      if (kind !== 'braces' && !isPlaceholderText(inner)) continue;
      const start = base + m.index;
      const end = start + m[0].length;
      if (found.some((p) => p.start < end && start < p.end)) continue;
      found.push({ start, end, text: m[0], kind });
    }
  }
  found.sort((a, b) => a.start - b.start);
  let cursor = base;
  const push = (type: 'text' | 'inlineCode', from: number, to: number): void => {
    for (let cut = from; cut < to; ) {
      const next = type === 'text' ? chunkEnd(source, cut, to) : to;
      const position = { start: pointOf(lineStarts, cut), end: pointOf(lineStarts, next) };
      out.push({ type, value: source.slice(cut, next), position } as Text);
      cut = next;
    }
  };
  for (const p of found) {
    push('text', cursor, p.start);
    push('inlineCode', p.start, p.end);
    placeholders.push(p);
    cursor = p.end;
  }
  push('text', cursor, base + raw.length);
}

/** Collects prose blocks in document order, skipping what is not the writer's prose. */
function collectBlocks(nodes: readonly RootContent[], inList: boolean, out: Array<{ node: Paragraph | Heading; inList: boolean }>): void {
  for (const node of nodes) {
    if (NOT_PROSE.has(node.type)) continue;
    if (node.type === 'paragraph' || node.type === 'heading') out.push({ node, inList });
    else if ('children' in node) collectBlocks(node.children as RootContent[], inList || node.type === 'listItem', out);
  }
}

/** The range of the greeting line at the top of the first block, if it is one. */
function findGreeting(source: string, first: { start: number; end: number } | undefined): Range | undefined {
  if (!first) return undefined;
  const text = source.slice(first.start, first.end);
  const lineEnd = text.search(/\r?\n|\r/);
  const line = lineEnd === -1 ? text : text.slice(0, lineEnd);
  if (!NOTE_SHAPE.greeting.test(line.trim())) return undefined;
  return { start: first.start, end: first.start + line.length };
}

/** A short capitalised line ending in a comma, such as an unusual closing (“With every good wish,”). */
function looksLikeValediction(line: string): boolean {
  return /^[A-Z][^.?!:;]*,$/.test(line) && line.split(/\s+/).length <= NOTE_SHAPE.signatureLineWords + 1;
}

/**
 * The range from the valediction (or bare signature) to the end of the prose, if any.
 * `candidates` are the blocks it may start in: the last two, never the first.
 */
function findSignoff(source: string, candidates: ReadonlyArray<{ start: number; end: number }>): Range | undefined {
  const last = candidates[candidates.length - 1];
  if (!last) return undefined;
  for (const block of candidates) {
    const text = source.slice(block.start, last.end);
    let offset = 0;
    for (const line of text.split(/(?<=\n)/)) {
      const trimmed = line.trim();
      if (NOTE_SHAPE.valediction.test(trimmed) || looksLikeValediction(trimmed)) {
        const rest = text.slice(offset + line.length).split('\n').filter((l) => l.trim() !== '');
        const short = rest.every((l) => l.trim().split(/\s+/).length <= NOTE_SHAPE.signatureLineWords && !/[?!]$/.test(l.trim()));
        if (rest.length <= NOTE_SHAPE.signatureLines && short) return { start: block.start + offset, end: last.end };
      }
      offset += line.length;
    }
  }
  // A bare signature: a last block of a name or two, without sentence punctuation.
  const lastText = source.slice(last.start, last.end);
  const lines = lastText.split('\n').filter((l) => l.trim() !== '');
  // A block of no-break spaces is text to Markdown but nothing to trim(): no signature there.
  if (lines.length === 0) return undefined;
  const words = lastText.trim().split(/\s+/).length;
  if (lines.length <= 3 && words <= NOTE_SHAPE.signatureLineWords && !/[.?!:;]\s*$/.test(lines[0]!.trim())) {
    return { start: last.start, end: last.end };
  }
  return undefined;
}

/** A prose block as parsed, before roles and note-wide indices are given. */
interface RawBlock {
  type: 'paragraph' | 'heading';
  inList: boolean;
  start: number;
  end: number;
  /** Tokens of each sentence the parser found. */
  sentences: Token[][];
  /** Word count of each of those sentences (see `wordsIn`). */
  words: number[];
  /** The block as last handed to rules, while it lies wholly in the body (see `blockView`). */
  view?: Block;
}

/** One section of the document, parsed on its own (see sections.ts). */
interface ParsedSection {
  /**
   * The offset its positions are currently relative to (moved when the section is reused). Its
   * tokens keep their offsets from it, so moving it moves them.
   */
  origin: TokenOrigin;
  blocks: RawBlock[];
  placeholders: Placeholder[];
  /** The section's Markdown tree, kept when the section is the whole document (see Note.tree). */
  tree?: Root;
  /** Parts of it left unread, nested too deeply; absent when there are none (nearly always). */
  unread?: UnreadPart[];
  /** Whether its tree may hold nodes without a position (see mayHoldAutolinkLiteral), once asked. */
  losesPositions?: boolean;
}

/**
 * Whether a text may hold a bare URL or e-mail address that GFM makes a link (links and
 * autolinks that are Markdown syntax aside). Such links, and the text around them, come
 * without positions in the tree.
 */
export function mayHoldAutolinkLiteral(text: string): boolean {
  return AUTOLINK_LITERAL.test(text) && AUTOLINK_LITERAL.test(text.replace(/\]\(\s*<?https?:[^\s()<>]*>?|<https?:[^\s<>]*>/gi, ''));
}

const AUTOLINK_LITERAL = /www\.|https?:|mailto:|xmpp:|@/i;

/**
 * The GFM syntax extensions, each with the test for the characters it starts with: without
 * them the extension cannot fire, and leaving it out gives the same tree faster (autolink
 * literals alone double the parse). Order is remark-gfm's.
 */
const GFM_PARTS: ReadonlyArray<{ syntax: Extension; tree: FromMarkdownExtension; may(text: string): boolean }> = [
  // Link destinations and <…> autolinks are not scanned for literals, so they do not count.
  { syntax: gfmAutolinkLiteral(), tree: gfmAutolinkLiteralFromMarkdown(), may: mayHoldAutolinkLiteral },
  { syntax: gfmFootnote(), tree: gfmFootnoteFromMarkdown(), may: (t) => t.includes('[^') },
  { syntax: gfmStrikethrough(), tree: gfmStrikethroughFromMarkdown(), may: (t) => t.includes('~') },
  { syntax: gfmTable(), tree: gfmTableFromMarkdown(), may: (t) => t.includes('|') },
  { syntax: gfmTaskListItem(), tree: gfmTaskListItemFromMarkdown(), may: (t) => /\[[ xX]\]/.test(t) },
];

type MarkdownParser = { parse(file: VFile): Root };

/** Parsers by the front matter and GFM parts a text needs, built on first use. */
const parsers = new Map<number, MarkdownParser>();

/** The parser for `text`; `atStart` when it opens the document, where front matter may be. */
function parserFor(atStart: boolean, text: string): MarkdownParser {
  const frontMatter = atStart && /^(?:---|\+\+\+)/.test(text);
  let mask = frontMatter ? 1 : 0;
  GFM_PARTS.forEach((part, i) => {
    if (part.may(text)) mask |= 2 << i;
  });
  let parser = parsers.get(mask);
  if (!parser) {
    const used = GFM_PARTS.filter((_, i) => mask & (2 << i));
    const processor = unified().use(remarkParse);
    if (frontMatter) processor.use(remarkFrontmatter, ['yaml', 'toml']);
    const data = processor.data();
    data.micromarkExtensions = [...(data.micromarkExtensions ?? []), ...used.map((p) => p.syntax)];
    data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), ...used.map((p) => p.tree)];
    parsers.set(mask, (parser = processor.freeze() as unknown as MarkdownParser));
  }
  return parser;
}

/**
 * The Markdown tree of a whole document (CommonMark, GFM, front matter), as the server's
 * comment anchors and the engine's comment markers read it; or of a section of one, which
 * can hold front matter only when it is the document's first (`atStart`). A part nested too
 * deeply to parse stands in it as one `unread` node (see parseShallowParts).
 */
export function parseMarkdown(source: string, atStart = true): Root {
  return tooDeepAt(source) === -1 ? parseNested(source, atStart) : parseShallowParts(source, atStart);
}

/**
 * The parser's tree of a text nested no deeper than the limit.
 *
 * The parser drops a byte order mark that opens a text, and counts offsets as if it were not
 * there (lines and columns too). The text after it is read, and its tree moved past the mark,
 * so offsets are into `source` itself: with the mark counted, the prose reader would slice the
 * wrong characters (and fail on a hard break).
 */
function parseNested(source: string, atStart: boolean): Root {
  if (source.charCodeAt(0) !== 0xfeff) return parserFor(atStart, source).parse(new VFile(source));
  const rest = source.slice(1);
  const tree = parserFor(atStart, rest).parse(new VFile(rest));
  moveNode(tree, 1, 0, 1);
  return tree;
}

/**
 * The tree of a text some part of which nests lists or quotes too deeply to parse (the
 * parser's cost grows much faster than the text with depth; see nesting.ts). The text is cut
 * in its finest sections, which parse the same apart as together (see sections.ts): each is
 * parsed, or when it is nested too deeply, stands as one `unread` node (see UnreadPart) that
 * holds where its first line nested past the limit starts, as `data.deepAt`. Each section is
 * judged by its own lines, so a text cut in sections otherwise (an editor's note) gives the same
 * unread parts and the same prose.
 */
function parseShallowParts(source: string, atStart: boolean): Root {
  const lineStarts = lineStartsOf(source);
  const children: RootContent[] = [];
  for (const range of splitSections(source, 0, atStart)) {
    const text = source.slice(range.start, range.end);
    const deepAt = tooDeepAt(text);
    if (deepAt === -1) {
      const line = lineIndex(lineStarts, range.start);
      for (const kid of parseNested(text, atStart && range.start === 0).children) {
        moveNode(kid, range.start, line);
        children.push(kid);
      }
      continue;
    }
    // From the first character to the last that is not blank, as a block's position runs.
    let start = range.start;
    while (start < range.end && isBlank(source, start, start + 1)) start++;
    let end = range.end;
    while (end > start && isBlank(source, end - 1, end)) end--;
    const position = { start: pointOf(lineStarts, start), end: pointOf(lineStarts, end) };
    children.push({ type: UNREAD, position, data: { deepAt: range.start + deepAt } } as unknown as RootContent);
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: pointOf(lineStarts, source.length) } };
}

/** The parts of a tree left unread (see parseShallowParts), or undefined when there are none. */
function unreadParts(tree: Root): UnreadPart[] | undefined {
  let parts: UnreadPart[] | undefined;
  for (const node of tree.children) {
    if ((node.type as string) !== UNREAD) continue;
    const deepAt = (node.data as { deepAt: number }).deepAt;
    (parts ??= []).push({ start: node.position!.start.offset!, end: node.position!.end.offset!, deepAt });
  }
  return parts;
}

/**
 * Longest block read into sentences at once. A block is read whole, but one of megabytes
 * (no real note has one) would make a sentence tree of hundreds of megabytes; it is read
 * in pieces cut between inline nodes (long text is already cut at whitespace), so its
 * cost stays linear. A sentence that spans a cut is read as two.
 */
const MAX_PIECE = 65_536;

function pieces(block: Paragraph | Heading): Array<Paragraph | Heading> {
  const start = block.position?.start.offset ?? 0;
  const end = block.position?.end.offset ?? 0;
  if (end - start <= MAX_PIECE) return [block];
  const out: Array<Paragraph | Heading> = [];
  let group: PhrasingContent[] = [];
  let groupStart = start;
  const flush = (): void => {
    if (group.length === 0) return;
    const first = group[0]!.position!;
    const last = group[group.length - 1]!.position!;
    out.push({ ...block, children: group, position: { start: first.start, end: last.end } } as Paragraph | Heading);
    group = [];
  };
  for (const child of block.children) {
    const childStart = child.position?.start.offset ?? groupStart;
    if (group.length > 0 && childStart - groupStart >= MAX_PIECE) {
      flush();
      groupStart = childStart;
    }
    if (group.length === 0) groupStart = childStart;
    group.push(child);
  }
  flush();
  return out;
}

/**
 * Past this offset into a section, a block is read into sentences as a text of its own. Each
 * call of mdast-util-to-nlcst indexes the lines of the text it is given afresh, from its start
 * up to the block: for a section of thousands of blocks (a long list, which no blank line cuts
 * into sections) that cost grew with the square of the section's length (16,000 list items,
 * 200 kB: 2.9 of 6.7 s).
 */
const READ_ALONE_FROM = 4096;

/**
 * A block's sentence tree, and what to add to its offsets to make them the section's: a block
 * far into the section is read from a copy moved to the start of a text of its own.
 */
function sentenceTree(piece: Paragraph | Heading, text: string, file: VFile): { nlcst: NlcstRoot; base: number } {
  const start = piece.position!.start;
  const from = start.offset!;
  if (from < READ_ALONE_FROM) return { nlcst: toNlcst(piece, file, english) as NlcstRoot, base: 0 };
  const alone = new VFile(text.slice(from, piece.position!.end.offset!));
  return { nlcst: toNlcst(movedCopy(piece, -from, 1 - start.line), alone, english) as NlcstRoot, base: from };
}

/**
 * Parse one section with offsets relative to its own start. `whole` (the section is the
 * whole document) keeps its Markdown tree, which is then the note's.
 */
function parseSection(text: string, atStart: boolean, whole = false): ParsedSection {
  const file = new VFile(text);
  const tree = parseMarkdown(text, atStart);
  const lineStarts = lineStartsOf(text);
  const found: Array<{ node: Paragraph | Heading; inList: boolean }> = [];
  collectBlocks(tree.children, false, found);
  const origin = new TokenOrigin();
  const placeholders: Placeholder[] = [];
  const blocks = found.map(({ node, inList }): RawBlock => {
    const prepared = { ...node, children: prepareInline(node.children, text, lineStarts, placeholders) } as Paragraph | Heading;
    const sentences: Token[][] = [];
    const words: number[] = [];
    // Each block as the tree itself: a parent node would spread all of the block's
    // tokens into one argument list (see MAX_TEXT_CHUNK). A huge block goes in pieces.
    for (const piece of pieces(prepared)) {
      const { nlcst, base } = sentenceTree(piece, text, file);
      for (const paragraph of nlcst.children) {
        if (paragraph.type !== 'ParagraphNode') continue;
        for (const child of paragraph.children) {
          if (child.type !== 'SentenceNode') continue;
          const tokens = tokenizeSentence(child as NlcstSentence, base, origin);
          if (tokens.length > 0) {
            sentences.push(tokens);
            words.push(wordsIn(tokens));
          }
        }
      }
    }
    return { type: node.type, inList, start: node.position!.start.offset!, end: node.position!.end.offset!, sentences, words };
  });
  const section: ParsedSection = whole ? { origin, blocks, placeholders, tree } : { origin, blocks, placeholders };
  const unread = unreadParts(tree);
  if (unread) section.unread = unread;
  return section;
}

/** Move a parsed section so its offsets are relative to `base`. */
function moveSection(section: ParsedSection, base: number): void {
  const delta = base - section.origin.base;
  if (delta === 0) return;
  // The tokens' offsets follow their origin.
  section.origin.base = base;
  for (const block of section.blocks) {
    block.start += delta;
    block.end += delta;
    // A kept view spans the block and its sentences their tokens, so they move with them.
    if (block.view) {
      block.view.start = block.start;
      block.view.end = block.end;
      for (const sentence of block.view.sentences) {
        sentence.start += delta;
        sentence.end += delta;
      }
    }
  }
  for (const p of section.placeholders) {
    p.start += delta;
    p.end += delta;
  }
  for (const part of section.unread ?? []) {
    part.start += delta;
    part.end += delta;
    part.deepAt += delta;
  }
}

/** What a read of the document is made from: its sections, parsed, and its line starts. */
interface ReadParts {
  source: string;
  ranges: SectionRange[];
  sections: ParsedSection[];
  lineStarts: number[];
  /** How the read before this one laid out its sections, and which of them this one keeps. */
  reuse?: Reuse;
  /** How readNote laid out these sections, for the next read (see Layout). */
  layout?: Layout;
}

/**
 * Sections a read keeps from the one before: its first `head` sections are the last read's
 * first `head`, in place, and its last `tail` are the last read's last `tail`, moved.
 */
interface Reuse {
  layout: Layout;
  head: number;
  tail: number;
}

/**
 * What the last read of a document was (an editor's) parsed, so the next read after an edit
 * parses only the sections the edit touched: the sections before it stand, the ones after
 * it move, and only the changed span is split and scanned for line starts again. Not
 * shared between documents.
 */
export class NoteCache {
  private last: ReadParts | undefined;

  /**
   * @internal The text the last read came from (the one before it), how many characters at its
   * start and at its end that read found unchanged (never overlapping), and how far the
   * unchanged end moved (the new length minus the old); none after a first read.
   */
  change: { before: string; prefix: number; suffix: number; delta: number } | undefined;

  /** Number of sections held. */
  get size(): number {
    return this.last?.sections.length ?? 0;
  }

  /** @internal The parts of `source`, worked out from the last read where the edit left them. */
  read(source: string, known?: KnownEdit): ReadParts {
    const last = this.last;
    if (last?.source === source) {
      this.change = { before: source, prefix: source.length, suffix: 0, delta: 0 };
      return last;
    }
    if (!last) {
      this.change = undefined;
      const ranges = splitSections(source);
      const sections = ranges.map((r) => parseSection(source.slice(r.start, r.end), r.start === 0, ranges.length === 1));
      return (this.last = { source, ranges, sections, lineStarts: lineStartsOf(source) });
    }
    // What the caller says of the edit holds only against the text it names.
    const edit = editBetween(last.source, source, known?.base === last.source ? known : undefined);
    this.change = { before: last.source, prefix: edit.prefix, suffix: edit.suffix, delta: edit.delta };
    const { ranges, head, tail } = resplitSections(last.source, last.ranges, source, edit);
    // A section of the changed span may repeat one the last read had there (text moved, or
    // a cut that came back): reuse it, taking equal texts in document order.
    const spare = new Map<string, ParsedSection[]>();
    for (let i = head; i < last.sections.length - tail; i++) {
      const r = last.ranges[i]!;
      const key = sectionKey(last.source, r);
      const list = spare.get(key);
      if (list) list.push(last.sections[i]!);
      else spare.set(key, [last.sections[i]!]);
    }
    const sections = last.sections.slice(0, head);
    for (let i = head; i < ranges.length - tail; i++) {
      const r = ranges[i]!;
      sections.push(spare.get(sectionKey(source, r))?.shift() ?? parseSection(source.slice(r.start, r.end), r.start === 0, ranges.length === 1));
    }
    for (let i = last.sections.length - tail; i < last.sections.length; i++) sections.push(last.sections[i]!);
    const reuse = last.layout && { layout: last.layout, head, tail };
    return (this.last = { source, ranges, sections, lineStarts: lineStartsAfterEdit(last.lineStarts, source, edit), reuse });
  }
}

/**
 * What a caller knows of an edit (an editor's incremental sync): the text before it, `base`,
 * and how much of it stands untouched at the start and end of the text after it.
 */
export interface KnownEdit extends SharedEnds {
  base: string;
}

/** A section's text, marked when it opens the document (read with front matter in mind). */
function sectionKey(source: string, r: SectionRange): string {
  const text = source.slice(r.start, r.end);
  return r.start === 0 ? `\u0000${text}` : text;
}

/** Line starts of `source` from those of the text before `edit`: only the changed span is scanned. */
export function lineStartsAfterEdit(before: readonly number[], source: string, edit: TextEdit): number[] {
  // Whether an offset starts a line depends on the characters before it and at it only.
  const out = [0];
  let i = 1;
  while (i < before.length && before[i]! <= edit.prefix - 1) out.push(before[i++]!);
  const sharedFrom = source.length - edit.suffix + 1;
  for (let x = Math.max(edit.prefix, 1); x < sharedFrom && x <= source.length; x++) {
    const c = source.charCodeAt(x - 1);
    if (c === 10 || (c === 13 && source.charCodeAt(x) !== 10)) out.push(x);
  }
  while (i < before.length && before[i]! + edit.delta < sharedFrom) i++;
  while (i < before.length) out.push(before[i++]! + edit.delta);
  return out;
}

/** Section size for a one-off read: big enough that per-parse overhead is small. */
const ONE_OFF_SECTION = 2048;

/**
 * The note's blocks, sentences and placeholders in document order, as the rules get them,
 * and for each section (and one past the last) how many of each, and of body words, come
 * before it. A section whose blocks all lie in the body keeps its block views from one read
 * to the next, so a re-read copies a run of such sections from the last layout, renumbering
 * only when the count before the run changed, instead of visiting every block and sentence.
 */
interface Layout {
  blocks: Block[];
  sentences: Sentence[];
  bodySentences: Sentence[];
  placeholders: Placeholder[];
  wordCount: number;
  blockAt: Int32Array;
  sentenceAt: Int32Array;
  placeholderAt: Int32Array;
  wordsAt: Int32Array;
  /** Per section: 1 when every block of it lay wholly in the body (so its view was kept). */
  body: Uint8Array;
}

/** An array to be filled to about `size` items: made at that size rather than grown a push at a time. */
function sized<T>(size: number): T[] {
  return size > 0 ? new Array<T>(size) : [];
}

/** Builds a layout section by section. */
class LayoutBuilder {
  private readonly blocks: Block[];
  private readonly sentences: Sentence[];
  private readonly bodySentences: Sentence[];
  private readonly placeholders: Placeholder[];
  private blockCount = 0;
  private sentenceCount = 0;
  private bodyCount = 0;
  private placeholderCount = 0;
  private wordCount = 0;
  private section = 0;
  private readonly blockAt: Int32Array;
  private readonly sentenceAt: Int32Array;
  private readonly placeholderAt: Int32Array;
  private readonly wordsAt: Int32Array;
  private readonly body: Uint8Array;

  /** For `sections` sections; `like` is a layout of about the same note (the last one), for sizes. */
  constructor(
    private readonly source: string,
    private readonly greeting: Range | undefined,
    private readonly signoff: Range | undefined,
    sections: number,
    like?: Layout,
  ) {
    this.blocks = sized(like?.blocks.length ?? 0);
    this.sentences = sized(like?.sentences.length ?? 0);
    this.bodySentences = sized(like?.bodySentences.length ?? 0);
    this.placeholders = sized(like?.placeholders.length ?? 0);
    this.blockAt = new Int32Array(sections + 1);
    this.sentenceAt = new Int32Array(sections + 1);
    this.placeholderAt = new Int32Array(sections + 1);
    this.wordsAt = new Int32Array(sections + 1);
    this.body = new Uint8Array(sections);
  }

  private mark(): void {
    const s = this.section;
    this.blockAt[s] = this.blockCount;
    this.sentenceAt[s] = this.sentenceCount;
    this.placeholderAt[s] = this.placeholderCount;
    this.wordsAt[s] = this.wordCount;
  }

  /** Lay out one section block by block. */
  add(section: ParsedSection): void {
    this.mark();
    let body = 1;
    for (const r of section.blocks) {
      const block = blockView(r, this.blockCount, this.source, this.greeting, this.signoff);
      if (!r.view) body = 0;
      this.blocks[this.blockCount++] = block;
      for (const sentence of block.sentences) {
        sentence.index = this.sentenceCount;
        this.sentences[this.sentenceCount++] = sentence;
        if (sentence.role === 'body') {
          this.bodySentences[this.bodyCount++] = sentence;
          this.wordCount += sentence.wordCount;
        }
      }
    }
    for (const p of section.placeholders) this.placeholders[this.placeholderCount++] = p;
    this.body[this.section++] = body;
  }

  /** Lay out sections `from` to `to` of `last` as they were there: all in the body, all views kept. */
  copy(last: Layout, from: number, to: number): void {
    const blockShift = this.blockCount - last.blockAt[from]!;
    const sentenceShift = this.sentenceCount - last.sentenceAt[from]!;
    const placeholderShift = this.placeholderCount - last.placeholderAt[from]!;
    const wordShift = this.wordCount - last.wordsAt[from]!;
    for (let j = from; j < to; j++) {
      const s = this.section++;
      this.blockAt[s] = last.blockAt[j]! + blockShift;
      this.sentenceAt[s] = last.sentenceAt[j]! + sentenceShift;
      this.placeholderAt[s] = last.placeholderAt[j]! + placeholderShift;
      this.wordsAt[s] = last.wordsAt[j]! + wordShift;
      this.body[s] = 1;
    }
    for (let k = last.blockAt[from]!, end = last.blockAt[to]!; k < end; k++) {
      const block = last.blocks[k]!;
      if (blockShift !== 0) block.index = k + blockShift;
      this.blocks[this.blockCount++] = block;
    }
    for (let k = last.sentenceAt[from]!, end = last.sentenceAt[to]!; k < end; k++) {
      const sentence = last.sentences[k]!;
      if (sentenceShift !== 0) sentence.index = k + sentenceShift;
      this.sentences[this.sentenceCount++] = sentence;
      this.bodySentences[this.bodyCount++] = sentence;
    }
    for (let k = last.placeholderAt[from]!, end = last.placeholderAt[to]!; k < end; k++) this.placeholders[this.placeholderCount++] = last.placeholders[k]!;
    this.wordCount += last.wordsAt[to]! - last.wordsAt[from]!;
  }

  /** Whether a block lies wholly in the body. */
  private inBody(r: RawBlock): boolean {
    return !(this.greeting && r.start < this.greeting.end) && !(this.signoff && r.end > this.signoff.start);
  }

  /**
   * Lay out `sections[from..to)`, which are `last`'s sections from `lastFrom` on, in the same
   * order: runs of sections that were and still are wholly in the body are copied. Blocks
   * outside the body sit at the start (greeting) and end (sign-off) of the note, so a run
   * whose first and last blocks lie in the body lies there whole.
   */
  reuse(sections: readonly ParsedSection[], from: number, to: number, last: Layout, lastFrom: number): void {
    let i = from;
    while (i < to) {
      const j = i - from + lastFrom;
      if (!last.body[j]) {
        this.add(sections[i++]!);
        continue;
      }
      let end = i + 1;
      while (end < to && last.body[end - from + lastFrom]) end++;
      while (i < end && !this.startsInBody(sections[i]!)) this.add(sections[i++]!);
      let stop = end;
      while (stop > i && !this.endsInBody(sections[stop - 1]!)) stop--;
      if (i < stop) this.copy(last, i - from + lastFrom, stop - from + lastFrom);
      for (let k = stop; k < end; k++) this.add(sections[k]!);
      i = end;
    }
  }

  private startsInBody(section: ParsedSection): boolean {
    const first = section.blocks[0];
    return first !== undefined && this.inBody(first);
  }

  private endsInBody(section: ParsedSection): boolean {
    const last = section.blocks[section.blocks.length - 1];
    return last !== undefined && this.inBody(last);
  }

  finish(): Layout {
    this.mark();
    // Arrays made at the last layout's sizes lose what they did not use.
    this.blocks.length = this.blockCount;
    this.sentences.length = this.sentenceCount;
    this.bodySentences.length = this.bodyCount;
    this.placeholders.length = this.placeholderCount;
    return {
      blocks: this.blocks,
      sentences: this.sentences,
      bodySentences: this.bodySentences,
      placeholders: this.placeholders,
      wordCount: this.wordCount,
      blockAt: this.blockAt,
      sentenceAt: this.sentenceAt,
      placeholderAt: this.placeholderAt,
      wordsAt: this.wordsAt,
      body: this.body,
    };
  }
}

/** The first prose block of the note, and the last two after it (where a sign-off may start). */
function edgeBlocks(sections: readonly ParsedSection[]): { first: RawBlock | undefined; ending: RawBlock[] } {
  let first: RawBlock | undefined;
  for (const section of sections) {
    if ((first = section.blocks[0])) break;
  }
  const ending: RawBlock[] = [];
  for (let i = sections.length - 1; i >= 0 && ending.length < 3; i--) {
    const blocks = sections[i]!.blocks;
    for (let k = blocks.length - 1; k >= 0 && ending.length < 3; k--) ending.unshift(blocks[k]!);
  }
  // The sign-off never starts in the first block, which holds the greeting or the opening.
  ending.shift();
  return { first, ending };
}

/**
 * How the comment markers' tree reads the sections of a note (see markerTree). Whether a
 * section may hold a bare URL is kept with the section: an editor's re-read keeps most
 * sections, and testing them all again took 3 ms an edit of a 1 MB document.
 */
function markdownReader(parsed: readonly ParsedSection[]): SectionReader {
  return { parse: parseMarkdown, mayLosePositions: (text, i) => (parsed[i]!.losesPositions ??= mayHoldAutolinkLiteral(text)) };
}

/** Parse a Markdown note into the model the rules read. */
export function readNote(source: string, cache?: NoteCache, edit?: KnownEdit): Note {
  const parts = cache?.read(source, edit);
  const lineStarts = parts?.lineStarts ?? lineStartsOf(source);
  const ranges = parts?.ranges ?? splitSections(source, ONE_OFF_SECTION);
  const parsed = parts?.sections ?? ranges.map((r) => parseSection(source.slice(r.start, r.end), r.start === 0, ranges.length === 1));
  const reuse = parts?.reuse;
  let layout = parts?.layout;
  // With a layout kept, this is the same text again: nothing moved, and the layout stands.
  // Otherwise sections before the edit stand where they were and the others move to their place.
  if (!layout) for (let i = reuse?.head ?? 0; i < parsed.length; i++) moveSection(parsed[i]!, ranges[i]!.start);
  const { first, ending } = edgeBlocks(parsed);
  const greeting = findGreeting(source, first);
  const signoff = findSignoff(source, ending);
  if (!layout) {
    const builder = new LayoutBuilder(source, greeting, signoff, parsed.length, reuse?.layout);
    if (reuse) {
      const lastCount = reuse.layout.body.length;
      builder.reuse(parsed, 0, reuse.head, reuse.layout, 0);
      for (let i = reuse.head; i < parsed.length - reuse.tail; i++) builder.add(parsed[i]!);
      builder.reuse(parsed, parsed.length - reuse.tail, parsed.length, reuse.layout, lastCount - reuse.tail);
    } else {
      for (const section of parsed) builder.add(section);
    }
    layout = builder.finish();
    if (parts) {
      // The last read's layout is no longer needed (and holds its text): keep this one.
      parts.layout = layout;
      parts.reuse = undefined;
    }
  }

  // Copies: the sections' parts move with them on the next read.
  let unread: UnreadPart[] | undefined;
  for (const section of parsed) if (section.unread) for (const part of section.unread) (unread ??= []).push({ ...part });

  let tree: Root | undefined;
  let markers: Root | undefined;
  return {
    source,
    // The Markdown tree of the whole note is only needed for inline comment markers and
    // reference definitions. A note read as one section (most notes) already has it; a
    // longer one is parsed whole on first use.
    get tree(): Root {
      return (tree ??= (parsed.length === 1 ? parsed[0]!.tree : undefined) ?? parseMarkdown(source));
    },
    get markerTree(): Root {
      return (markers ??= (parsed.length > 1 ? markerTree(source, ranges, lineStarts, markdownReader(parsed)) : undefined) ?? this.tree);
    },
    // Copies: the layout is kept for the next read, whatever a caller does with these.
    blocks: layout.blocks.slice(),
    sentences: layout.sentences.slice(),
    bodySentences: layout.bodySentences.slice(),
    greeting,
    signoff,
    placeholders: layout.placeholders.slice(),
    wordCount: layout.wordCount,
    lineStarts,
    unread: unread ?? [],
  };
}

/**
 * The block as rules see it, numbered `index`. A block wholly in the body (the usual case)
 * keeps its view, sentences included, while its section is reused: a re-read only renumbers
 * it (moveSection moves its offsets). A block touching the greeting or sign-off is built afresh.
 */
function blockView(r: RawBlock, index: number, source: string, greeting: Range | undefined, signoff: Range | undefined): Block {
  const body = !(greeting && r.start < greeting.end) && !(signoff && r.end > signoff.start);
  const kept = body ? r.view : undefined;
  if (kept) {
    // Its offsets and its sentences' were moved with the section (see moveSection).
    kept.index = index;
    return kept;
  }
  const block: Block = { index, type: r.type, inList: r.inList, start: r.start, end: r.end, sentences: [] };
  r.sentences.forEach((tokens, k) => {
    for (const part of splitByRole(tokens, greeting, signoff)) {
      const first = part.tokens[0]!;
      const last = part.tokens[part.tokens.length - 1]!;
      // A sentence cut in two by the greeting or sign-off is counted afresh.
      const words = part.tokens === tokens ? r.words[k]! : wordsIn(part.tokens);
      block.sentences.push(new SentenceView(block, part.role, first.start, last.end, source.slice(first.start, last.end), part.tokens, words));
    }
  });
  r.view = body ? block : undefined;
  return block;
}

/** Number of words among the tokens: letters or digits, a contraction's ending not counted. */
function wordsIn(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind === 'word' && !t.tail && hasLetterOrDigit(t.norm)) n++;
  return n;
}

/** Whether a word holds a letter or a digit; most start with an ASCII one, which settles it. */
function hasLetterOrDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)) return true;
  return /[\p{L}\p{N}]/u.test(word);
}

function roleOf(offset: number, greeting: Range | undefined, signoff: Range | undefined): Role {
  if (greeting && offset < greeting.end) return 'greeting';
  if (signoff && offset >= signoff.start) return 'signoff';
  return 'body';
}

function splitByRole(tokens: Token[], greeting: Range | undefined, signoff: Range | undefined): Array<{ role: Role; tokens: Token[] }> {
  // Most sentences lie wholly in one role: hand back the parsed tokens themselves.
  const role = roleOf(tokens[0]!.start, greeting, signoff);
  if (role === roleOf(tokens[tokens.length - 1]!.start, greeting, signoff)) return [{ role, tokens }];
  const parts: Array<{ role: Role; tokens: Token[] }> = [];
  for (const token of tokens) {
    const role = roleOf(token.start, greeting, signoff);
    const last = parts[parts.length - 1];
    if (last && last.role === role) last.tokens.push(token);
    else parts.push({ role, tokens: [token] });
  }
  return parts;
}

