// Helpers for the tone rules' fixes: whether a flagged sentence is wholly the problem,
// and the part of a two-clause sentence worth keeping when only one clause is.
import type { Sentence } from './note.js';
import type { Token } from './tokens.js';
import { capitalize } from '../kit.js';
import { CLAUSE_JOINERS, CONSTRUCTIVE_LEMMAS } from '../data/constructive.js';

function isConstructive(token: Token): boolean {
  return token.kind === 'word' && token.lemmas.some((l) => CONSTRUCTIVE_LEMMAS.has(l));
}

/** Whether any token in `[from, to)` shows useful content (thanks, enthusiasm, strengths). */
export function hasConstructive(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
  for (let i = from; i < to; i++) if (isConstructive(tokens[i]!)) return true;
  return false;
}

/**
 * Whether the sentence is wholly the problem: nothing outside the flagged token range
 * `[from, to)` does useful work, so removing or replacing it loses nothing the writer needs.
 */
export function isWhollyProblem(sentence: Sentence, from: number, to: number): boolean {
  return !hasConstructive(sentence.tokens, 0, from) && !hasConstructive(sentence.tokens, to);
}

function wordCount(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'word' && !tokens[i]!.tail) n++;
  return n;
}

/** Index of each place the sentence can be cut: after a comma, semicolon or dash, before a joining word. */
function cutPoints(tokens: readonly Token[]): Array<{ left: number; right: number }> {
  const cuts: Array<{ left: number; right: number }> = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct' || ![',', ';', '\u2014', '\u2013', '-'].includes(t.norm)) continue;
    let right = i + 1;
    if (CLAUSE_JOINERS.has(tokens[right]!.norm)) right++;
    else if (t.norm === ',') continue;
    cuts.push({ left: i, right });
  }
  return cuts;
}

/**
 * When the flagged range `[from, to)` lies in one clause and another clause of the sentence
 * does useful work, the text of a sentence made of that other clause alone; otherwise undefined.
 */
export function keptClause(sentence: Sentence, from: number, to: number): string | undefined {
  const { tokens } = sentence;
  const last = tokens[tokens.length - 1]!;
  const endPunct = last.kind === 'punct' && /^[.!?]$/.test(last.norm) ? last.norm : '.';
  const stop = last.kind === 'punct' && /^[.!?]$/.test(last.norm) ? tokens.length - 1 : tokens.length;
  for (const cut of cutPoints(tokens)) {
    if (cut.left >= to && hasConstructive(tokens, cut.right, stop) && !hasConstructive(tokens, 0, cut.left)) {
      if (wordCount(tokens, cut.right, stop) < 3) continue;
      const text = sentence.text.slice(tokens[cut.right]!.start - sentence.start, tokens[stop - 1]!.end - sentence.start);
      return capitalize(text) + endPunct;
    }
    if (cut.right <= from && hasConstructive(tokens, 0, cut.left) && !hasConstructive(tokens, cut.right, stop)) {
      if (wordCount(tokens, 0, cut.left) < 3) continue;
      return sentence.text.slice(0, tokens[cut.left - 1]!.end - sentence.start) + endPunct;
    }
  }
  return undefined;
}
