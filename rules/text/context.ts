// Helpers that read the context around a match: negation, first-person framing, clause limits.
import type { Token } from './tokens.js';
import { CLAUSE_BREAKERS, LEXICON_CLASSES } from '../data/lexicon.js';

const NEGATORS = new Set(LEXICON_CLASSES['neg']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'mine', 'we', 'us', 'our']);
const HARD_STOPS = new Set([';', ':', '(', ')', '\u2014', '\u2013', '!', '?', '.']);

function isClauseEdge(tok: Token): boolean {
  return (tok.kind === 'punct' && (HARD_STOPS.has(tok.norm) || tok.norm === ',')) || CLAUSE_BREAKERS.has(tok.norm);
}

/** Index of the first token of the clause holding `index` (commas, semicolons and conjunctions bound it). */
export function clauseStart(tokens: readonly Token[], index: number): number {
  let i = index - 1;
  while (i >= 0 && !isClauseEdge(tokens[i]!)) i--;
  return i + 1;
}

/** Index just past the clause holding `index`. */
export function clauseEnd(tokens: readonly Token[], index: number): number {
  let i = index + 1;
  while (i < tokens.length && !isClauseEdge(tokens[i]!)) i++;
  return i;
}

/**
 * Whether the word at `index` is negated: a negator within `window` words before it
 * in the same clause (“I am not blaming”, “it was never unfair”).
 */
export function isNegated(tokens: readonly Token[], index: number, window = 4): boolean {
  const from = Math.max(clauseStart(tokens, index), index - window);
  for (let i = from; i < index; i++) if (NEGATORS.has(tokens[i]!.norm)) return true;
  return false;
}

/** Whether any first-person word occurs in the token range. */
export function hasFirstPerson(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
  for (let i = from; i < to; i++) if (FIRST_PERSON.has(tokens[i]!.norm)) return true;
  return false;
}

/** Whether the clause holding `index` has a first-person word before `index`. */
export function firstPersonInClause(tokens: readonly Token[], index: number): boolean {
  return hasFirstPerson(tokens, clauseStart(tokens, index), index);
}

/** Index of the first token whose lemmas include one of `words`, or -1. */
export function indexOfLemma(tokens: readonly Token[], words: ReadonlySet<string>, from = 0, to = tokens.length): number {
  for (let i = from; i < to; i++) for (const l of tokens[i]!.lemmas) if (words.has(l)) return i;
  return -1;
}
