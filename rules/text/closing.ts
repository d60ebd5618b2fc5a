// Finds the parts of a note that whole-note rules anchor to: the body paragraphs, the closing
// paragraph before the sign-off, and the place just after the greeting.
import type { Block, Note, Range, Sentence } from './note.js';
import { NOTE_SHAPE } from '../data/note-shape.js';
import { partsOutliveLint } from './sentence-record.js';

/** A postscript (“P.S.”, “PS:”, “P.P.S.”), which follows the close rather than being it. */
const POSTSCRIPT = /^(?:[*_]{1,2})?p\.?\s?(?:p\.?\s?)?s\b\.?/i;

/** The line break the note uses, so inserted lines match it. */
export function lineBreakOf(source: string): string {
  return source.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Whether a sentence is a valediction and signature the note reader kept in the body, because
 * the signature ran long (“Best,⏎Sam Lee, Senior Data Analyst at Northwind Traders”).
 */
function isStrayValediction(sentence: Sentence): boolean {
  const { text } = sentence;
  const br = text.indexOf('\n');
  if (br === -1) return false;
  // The first line, without the \r of a \r\n break (trim() takes it with the other spaces).
  const first = text.slice(0, br).trim();
  return NOTE_SHAPE.valediction.test(first) && !/[.!?]$/.test(first);
}

/** The first line of a block's text, trimmed. */
function firstLine(note: Note, block: Block): string {
  const br = note.source.indexOf('\n', block.start);
  return note.source.slice(block.start, br === -1 || br > block.end ? block.end : br).trim();
}

/** The body sentences of a block, up to any valediction left in it. */
export function bodySentencesOf(block: Block): Sentence[] {
  const body: Sentence[] = [];
  for (const s of block.sentences) {
    if (s.role !== 'body') continue;
    if (isStrayValediction(s)) break;
    body.push(s);
  }
  return body;
}

/** Whether a block is a postscript. */
export function isPostscript(note: Note, block: Block): boolean {
  return POSTSCRIPT.test(note.source.slice(block.start, block.end).trimStart());
}

/** Whether a block is a valediction and signature the note reader did not recognise as a sign-off. */
function isValedictionBlock(note: Note, block: Block): boolean {
  return NOTE_SHAPE.valediction.test(firstLine(note, block));
}

/**
 * Paragraphs holding body prose, in order: headings and postscripts left out, and nothing from
 * a valediction on, even one the note reader missed (“Best wishes,” then a long signature).
 * Worked out once per note (several rules ask); the list must not be changed.
 */
export function bodyParagraphs(note: Note): readonly Block[] {
  let found = paragraphsOf.get(note);
  if (!found) {
    const paragraphs: Block[] = [];
    // A one-off note's blocks are never met again: nothing is filed for them.
    const keep = partsOutliveLint();
    for (const block of note.blocks) {
      const facts = factsOfBlock(note, block, keep);
      if (block.index > 0 && facts & VALEDICTION) break;
      if (facts & BODY_PARAGRAPH) paragraphs.push(block);
    }
    paragraphsOf.set(note, (found = paragraphs));
  }
  return found;
}

const paragraphsOf = new WeakMap<Note, readonly Block[]>();

/** A block's first line is a valediction. */
const VALEDICTION = 1;
/** A block is a paragraph of body prose (not a postscript). */
const BODY_PARAGRAPH = 2;

/**
 * What `bodyParagraphs` reads of a block, by the block. The note reader hands an edited
 * document's unchanged body blocks back as the same objects, moved (see blockView), with the
 * same text and every sentence in the body: what was read of them holds, and a long document
 * is not read block by block again at every edit.
 */
const blockFacts = new WeakMap<Block, number>();

function factsOfBlock(note: Note, block: Block, keep: boolean): number {
  let facts = keep ? blockFacts.get(block) : undefined;
  if (facts === undefined) {
    facts = isValedictionBlock(note, block) ? VALEDICTION : 0;
    if (block.type === 'paragraph' && hasBodySentence(block) && !isPostscript(note, block)) facts |= BODY_PARAGRAPH;
    if (keep) blockFacts.set(block, facts);
  }
  return facts;
}

/** Whether {@link bodySentencesOf} would find any sentence in the block. */
function hasBodySentence(block: Block): boolean {
  for (const s of block.sentences) if (s.role === 'body') return !isStrayValediction(s);
  return false;
}

/** The closing paragraph: the last body paragraph before the sign-off (and any P.S.). */
export function closingParagraph(note: Note): Block | undefined {
  const paragraphs = bodyParagraphs(note);
  return paragraphs[paragraphs.length - 1];
}

/**
 * The greeting line: the one the note reader found, or a greeting opening one of the first two
 * paragraphs (a note may start with a title heading such as “# Follow-up: analyst interview”).
 */
export function greetingOf(note: Note): Range | undefined {
  if (note.greeting) return note.greeting;
  for (const block of note.blocks.slice(0, 3)) {
    if (block.type !== 'paragraph') continue;
    const line = note.source.slice(block.start, block.end).split(/\r?\n/)[0]!;
    return NOTE_SHAPE.greeting.test(line.trim()) ? { start: block.start, end: block.start + line.length } : undefined;
  }
  return undefined;
}

/**
 * Where a new first paragraph goes and how to join it: after the greeting line (keeping the
 * break that follows it), or before the first body paragraph when there is no greeting.
 * Returns the offset and the text to insert around `line`.
 */
export function openingInsertion(note: Note, line: string): { at: number; text: string } {
  const br = lineBreakOf(note.source);
  const greeting = greetingOf(note);
  if (greeting) {
    const after = note.source.slice(greeting.end);
    const gap = /^[ \t]*((?:\r?\n[ \t]*)*)/.exec(after)![1]!;
    const breaks = (gap.match(/\n/g) ?? []).length;
    // A greeting followed by a blank line gets a paragraph of its own; one on its own line, a line.
    const join = breaks === 1 && after.trim() !== '' ? br : br + br;
    return { at: greeting.end, text: join + line };
  }
  const first = bodyParagraphs(note)[0] ?? note.blocks.find((b) => bodySentencesOf(b).length > 0);
  if (!first) return { at: note.source.length, text: line + br };
  return { at: first.start, text: line + br + br };
}
