// Small helpers rules share to build fixes and messages, so every rule words and edits alike.
import type { Fix, FixEffect } from './types.js';
import type { Block, Note, Sentence } from './text/note.js';

/** Quote a span of the note for a message, shortened to `max` characters. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat}”`;
}

/** A fix that replaces one span. */
export function replaceFix(start: number, end: number, text: string, label: string, effect: FixEffect, safe = false): Fix {
  return { label, effect, safe, edits: [{ start, end, text }] };
}

/** A fix that inserts text at an offset. */
export function insertFix(at: number, text: string, label: string, safe = false): Fix {
  return { label, effect: 'insert', safe, edits: [{ start: at, end: at, text }] };
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/** The range that removing a whole block takes, with the blank lines that separate it. */
function blockRemovalRange(source: string, block: Block): { start: number; end: number } {
  let start = block.start;
  const end = block.end;
  // Take the line's indentation and any list marker only when the block is alone on its lines.
  while (start > 0 && isBlank(source[start - 1])) start--;
  // Swallow following blank lines; if there are none (end of file), swallow preceding ones.
  let after = end;
  while (after < source.length && /[\r\n \t]/.test(source[after]!)) after++;
  if (after < source.length) return { start, end: after };
  while (start > 0 && /[\r\n \t]/.test(source[start - 1]!)) start--;
  return { start, end: source.length };
}

/**
 * The range that removing a sentence takes: the sentence and the space after it, or the
 * space before it when it ends its block, or the whole block when it is the only sentence.
 */
export function sentenceRemovalRange(note: Note, sentence: Sentence): { start: number; end: number } {
  const { source } = note;
  // The block's only sentence: remove the block. (Never filter the block's sentences here:
  // a block may hold thousands, and every finding in it asks.)
  if (sentence.block.sentences.length === 1) return blockRemovalRange(source, sentence.block);
  let end = sentence.end;
  while (end < source.length && isBlank(source[end])) end++;
  if (end < sentence.block.end && end > sentence.end) return { start: sentence.start, end };
  // Last sentence on its line: remove the space before it instead, keep the line break.
  let start = sentence.start;
  while (start > sentence.block.start && isBlank(source[start - 1])) start--;
  return { start, end: sentence.end };
}

/** A fix that removes a whole sentence. */
export function removeSentenceFix(note: Note, sentence: Sentence, label = 'Remove this sentence', safe = false): Fix {
  const { start, end } = sentenceRemovalRange(note, sentence);
  return { label, effect: 'remove', safe, edits: [{ start, end, text: '' }] };
}

/** A fix that rewrites a whole sentence, keeping the text around it. */
export function rewriteSentenceFix(sentence: Sentence, text: string, label?: string, safe = false): Fix {
  return {
    label: label ?? `Rewrite as: ${quote(text, 80)}`,
    effect: 'rewrite',
    safe,
    edits: [{ start: sentence.start, end: sentence.end, text }],
  };
}

/** Upper-case the first letter, for text moved to a sentence start. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
