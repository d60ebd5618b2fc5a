// Turns an nlcst sentence into normalised tokens: lowercase, straight apostrophes,
// contractions split into their words, and candidate lemmas for each word.
import type { Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { lemmatizer } from './lemmatizer.js';
import { Slots } from './slots.js';
import { SpellingMemo } from './spelling-memo.js';

/** What a token stands for. */
export type TokenKind = 'word' | 'punct' | 'source';

/** One unit of a sentence as rules see it. */
export interface Token {
  kind: TokenKind;
  /** Normalised surface form: lowercase, straight apostrophes, contractions expanded (`n't` → `not`). */
  norm: string;
  /** Candidate lemmas, the normalised form first (`was` → `was`, `be`). */
  lemmas: readonly string[];
  /** Absolute offsets of the span in the source this token covers. */
  readonly start: number;
  readonly end: number;
  /** True for the second half of a contraction (`n't` of “don't”), which is not a word of its own. */
  tail?: boolean;
  /**
   * What rules keep about the word (see `wordFacts()`), shared by every token of its spelling;
   * undefined for punctuation and source, and for tokens made elsewhere (tests).
   */
  facts?: WordFacts | undefined;
}

/**
 * What rules work out from a word's spelling and lemmas, one record per spelling, so a rule
 * reads its answer from the token instead of looking the word up; `wordFacts()` hands out the
 * slots.
 */
export class WordFacts extends Slots {}

/** Contraction endings and the words they stand for. */
const SUFFIXES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ["n't", 'not', ['not']],
  ["'re", 'are', ['are', 'be']],
  ["'m", 'am', ['am', 'be']],
  ["'ve", 'have', ['have']],
  ["'ll", 'will', ['will']],
  ["'d", 'would', ['would', 'had', 'have']],
  ["'s", "'s", ["'s", 'is', 'be', 'has', 'have']],
];

/** The lemma lists given to contraction endings instead of the usual ones. */
const ENDING_LEMMAS: ReadonlySet<readonly string[]> = new Set(SUFFIXES.map(([, , lemmas]) => lemmas));

/** Most distinct words a per-word memo keeps (the lemma cache's bound too). */
const WORD_MEMO_LIMIT = 50_000;

/**
 * A memo of something worked out from a word token's spelling and lemmas. A word with the
 * usual lemmas of its spelling (every word but a contraction's ending) is kept by spelling,
 * up to a bound; any other token is worked out each time.
 */
export function wordMemo<V>(compute: (token: Token) => V): (token: Token) => V {
  const memo = new Map<string, V>();
  return (token) => {
    if (token.kind !== 'word' || ENDING_LEMMAS.has(token.lemmas)) return compute(token);
    if (memo.has(token.norm)) return memo.get(token.norm) as V;
    const value = compute(token);
    if (memo.size >= WORD_MEMO_LIMIT) memo.clear();
    memo.set(token.norm, value);
    return value;
  };
}

/** Whole-word contractions whose first part is not a plain prefix. */
// A Map, not an object: a word such as "constructor" must not find Object.prototype's.
const IRREGULAR: ReadonlyMap<string, readonly [string, string]> = new Map([
  ["can't", ['can', 'not']],
  ["won't", ['will', 'not']],
  ["shan't", ['shall', 'not']],
  ["ain't", ['be', 'not']],
  ['cannot', ['can', 'not']],
]);

const lemmaCache = new Map<string, readonly string[]>();

/** Candidate lemmas of a lowercase word, cached for the life of the process. */
export function lemmasOf(word: string): readonly string[] {
  let cached = lemmaCache.get(word);
  if (cached) return cached;
  const set = new Set<string>([word]);
  if (/^[a-z]+$/.test(word)) {
    set.add(lemmatizer.verb(word));
    set.add(lemmatizer.noun(word));
    set.add(lemmatizer.adjective(word));
  }
  cached = [...set];
  if (lemmaCache.size < WORD_MEMO_LIMIT) lemmaCache.set(word, cached);
  return cached;
}

const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`]/g;

/** Normalise a word's surface: lowercase with straight apostrophes and hyphens. */
export function normalizeWord(surface: string): string {
  return surface.replace(APOSTROPHES, "'").replace(/[\u2010\u2011]/g, '-').toLowerCase();
}

/**
 * One token a word's spelling gives: offsets relative to the word's start. A spelling gives one
 * or two (a contraction), chained by `next`: the first is reached straight from the memo, with
 * no array between (one cache miss fewer per word of a note).
 */
interface WordPiece {
  norm: string;
  lemmas: readonly string[];
  from: number;
  to: number;
  tail: boolean;
  facts: WordFacts;
  next: WordPiece | undefined;
}

function piece(out: WordPiece[], norm: string, from: number, to: number, lemmas?: readonly string[], tail = false): void {
  if (norm === '') return;
  const made: WordPiece = { norm, lemmas: lemmas ?? lemmasOf(norm), from, to, tail, facts: new WordFacts(), next: undefined };
  const last = out[out.length - 1];
  if (last) last.next = made;
  out.push(made);
}

/** Split a word's source text into tokens, normalised and with contractions expanded. */
function splitWord(surface: string): WordPiece[] {
  const out: WordPiece[] = [];
  const norm = normalizeWord(surface);
  const end = surface.length;
  const irregular = IRREGULAR.get(norm);
  if (irregular) {
    const cut = norm === 'cannot' ? 3 : norm.length - 3;
    piece(out, irregular[0], 0, cut);
    piece(out, irregular[1], cut, end, undefined, true);
    return out;
  }
  if (norm.includes("'")) {
    for (const [suffix, word, lemmas] of SUFFIXES) {
      if (norm.length > suffix.length && norm.endsWith(suffix)) {
        const cut = end - suffix.length;
        piece(out, norm.slice(0, -suffix.length), 0, cut);
        piece(out, word, cut, end, lemmas, true);
        return out;
      }
    }
    // A plural possessive (“managers'”) or a leading elision (“'cause”).
    const trimmed = norm.replace(/^'+|'+$/g, '');
    const lead = norm.length - norm.replace(/^'+/, '').length;
    piece(out, trimmed, lead, lead + trimmed.length);
    return out;
  }
  piece(out, norm, 0, end);
  return out;
}

/**
 * A word's first piece by its source text (null when it gives none): notes repeat their words,
 * and splitting is the costly part.
 */
const wordPieces = new SpellingMemo<WordPiece | null>();

function piecesOf(surface: string): WordPiece | null {
  let first = wordPieces.get(surface);
  if (first !== undefined) return first;
  first = splitWord(surface)[0] ?? null;
  if (wordPieces.size >= WORD_MEMO_LIMIT) wordPieces.clear();
  wordPieces.add(surface, first);
  return first;
}

/**
 * Where a run of tokens (a section's) sits in its text: the tokenizer keeps each token's offsets
 * relative to it, so moving the run (an editor's re-read moves every section after an edit)
 * changes one number rather than every token's two.
 */
export class TokenOrigin {
  base = 0;
}

/**
 * A token as the tokenizer makes it. A class, not an object literal: V8 tracks whether the
 * objects made at a literal outlive young-generation collections and, when most do (a note's
 * tokens live for its whole lint), makes that literal's objects in the old generation from
 * then on ("pretenuring"). Tokenizing a note then took about 2.5 times as long, in the bench's
 * setting, until a full collection happened to reset that choice. Objects made by a
 * constructor are never pretenured.
 */
class TokenRecord implements Token {
  // Declared, not defined: the constructor sets every field once, always in this order.
  declare kind: TokenKind;
  declare norm: string;
  declare lemmas: readonly string[];
  /** Offsets from `origin.base`. */
  declare from: number;
  declare to: number;
  declare origin: TokenOrigin;
  declare facts: WordFacts | undefined;
  declare tail: boolean;
  constructor(kind: TokenKind, norm: string, lemmas: readonly string[], from: number, to: number, origin: TokenOrigin, facts: WordFacts | undefined, tail: boolean) {
    this.kind = kind;
    this.norm = norm;
    this.lemmas = lemmas;
    this.from = from;
    this.to = to;
    this.origin = origin;
    this.facts = facts;
    this.tail = tail;
  }

  get start(): number {
    return this.origin.base + this.from;
  }

  get end(): number {
    return this.origin.base + this.to;
  }
}

/** Add the tokens of a word whose source text spans `[start, …)`. */
function wordTokens(out: Token[], surface: string, start: number, origin: TokenOrigin): void {
  for (let p: WordPiece | null | undefined = piecesOf(surface); p; p = p.next) {
    out.push(new TokenRecord('word', p.norm, p.lemmas, start + p.from, start + p.to, origin, p.facts, p.tail));
  }
}

/** The lemma list of a punctuation or symbol token, one list per spelling (never changed). */
const PUNCT_LEMMAS = new Map<string, readonly string[]>();

function punctLemmas(value: string): readonly string[] {
  let lemmas = PUNCT_LEMMAS.get(value);
  if (!lemmas) {
    lemmas = [value];
    if (PUNCT_LEMMAS.size >= WORD_MEMO_LIMIT) PUNCT_LEMMAS.clear();
    PUNCT_LEMMAS.set(value, lemmas);
  }
  return lemmas;
}

/**
 * Tokens of one nlcst sentence, in order, their offsets moved `base` on from `origin` (whose
 * own base moves them all later); whitespace is dropped.
 */
export function tokenizeSentence(sentence: NlcstSentence, base: number, origin: TokenOrigin): Token[] {
  // Not `[]`: an array literal's arrays are moved to the old generation like a literal's
  // objects (see TokenRecord), and a sentence's tokens live as long as its note's lint.
  const out = new Array<Token>();
  for (const child of sentence.children) addChild(out, child, base, origin);
  return out;
}

function addChild(out: Token[], child: SentenceContent, base: number, origin: TokenOrigin): void {
  const startAt = child.position?.start.offset;
  const endAt = child.position?.end.offset;
  if (startAt === undefined || endAt === undefined) return;
  const start = startAt + base;
  const end = endAt + base;
  switch (child.type) {
    case 'WordNode': {
      // Most words are one text node; toString would build and join an array for each.
      const only = child.children.length === 1 ? child.children[0]! : undefined;
      wordTokens(out, only?.type === 'TextNode' ? only.value : toString(child), start, origin);
      return;
    }
    case 'PunctuationNode':
    case 'SymbolNode':
      out.push(new TokenRecord('punct', child.value, punctLemmas(child.value), start, end, origin, undefined, false));
      return;
    case 'SourceNode':
      out.push(new TokenRecord('source', child.value, [], start, end, origin, undefined, false));
      return;
    default:
      return;
  }
}
