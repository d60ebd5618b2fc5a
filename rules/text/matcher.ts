// Phrase patterns over lemmas, compiled once and matched against a sentence's tokens.
//
// Pattern syntax (space-separated elements):
//   give        a word, matched against each token's lemmas (give, gave, given, giving)
//   =gave       the exact normalised surface form only
//   a|the|my    alternatives
//   @neg        a word class (from the shared lexicon or the compiling rule)
//   *           any one word
//   x?          an optional element (any element above)
//   ...  / ...4 a gap of up to 3 (or N) words; gaps never cross sentence-internal
//              stops such as ; : ( ) or a dash, but may cross commas and quotes
// Patterns are data, never code: matching is bounded by sentence length times the
// gap sizes, so no entry can cause runaway backtracking.
import type { Token } from './tokens.js';
import { LEXICON_CLASSES } from '../data/lexicon.js';

interface TermElement {
  kind: 'term';
  lemmas: ReadonlySet<string>;
  surfaces: ReadonlySet<string>;
  any: boolean;
  optional: boolean;
}

interface GapElement {
  kind: 'gap';
  max: number;
}

type Element = TermElement | GapElement;

interface CompiledPattern<T> {
  entry: T;
  elements: Element[];
  /** Position in the compiled list, to keep results in a stable order. */
  order: number;
  /** Number of the matcher it belongs to. */
  owner: number;
  /** Lemmas and surfaces a match can start with; undefined when any word will do. */
  starts: StartWords | undefined;
  /** For each word the pattern cannot do without, the keys that can stand for it. */
  required: ReadonlyArray<readonly string[]>;
  /** The last look-up round that picked this pattern, so a round picks it once. */
  tried: number;
}

/** A pattern match: the entry, and the token range it covers. */
export interface Match<T> {
  entry: T;
  /** Index of the first matched token. */
  start: number;
  /** Index just past the last matched token. */
  end: number;
}

/** Punctuation a gap may step over. */
const GAP_PASSABLE = new Set([',', '"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '-']);

const NO_MATCHES: readonly never[] = Object.freeze([]);

/** Thrown for a malformed pattern, naming it. */
export class PatternError extends Error {}

function compileElement(raw: string, classes: Readonly<Record<string, readonly string[]>>, pattern: string): Element {
  const gap = /^\.\.\.(\d*)$/.exec(raw);
  if (gap) return { kind: 'gap', max: gap[1] ? Number(gap[1]) : 3 };
  let text = raw;
  const optional = text.endsWith('?') && text.length > 1;
  if (optional) text = text.slice(0, -1);
  const lemmas = new Set<string>();
  const surfaces = new Set<string>();
  let any = false;
  for (const alt of text.split('|')) {
    if (alt === '*') any = true;
    else if (alt.startsWith('@')) {
      const members = classes[alt.slice(1)];
      if (!members) throw new PatternError(`Unknown word class "${alt}" in pattern "${pattern}"`);
      for (const m of members) lemmas.add(m);
    } else if (alt.startsWith('=')) surfaces.add(alt.slice(1).toLowerCase());
    else if (alt !== '') lemmas.add(alt.toLowerCase());
    else throw new PatternError(`Empty alternative in pattern "${pattern}"`);
  }
  return { kind: 'term', lemmas, surfaces, any, optional };
}

function termMatches(el: TermElement, token: Token): boolean {
  if (token.kind === 'punct') return false;
  if (el.any) return true;
  if (token.kind !== 'word') return false;
  if (el.surfaces.has(token.norm)) return true;
  for (const l of token.lemmas) if (el.lemmas.has(l)) return true;
  return false;
}

/** Try to match `elements[ei..]` at `tokens[ti..]`; returns the end token index or -1. */
function matchFrom(elements: readonly Element[], ei: number, tokens: readonly Token[], ti: number): number {
  if (ei === elements.length) return ti;
  const el = elements[ei]!;
  if (el.kind === 'gap') {
    // Lazy: prefer the shortest gap so spans stay tight.
    let words = 0;
    let t = ti;
    for (;;) {
      const end = matchFrom(elements, ei + 1, tokens, t);
      if (end !== -1) return end;
      const tok = tokens[t];
      if (!tok) return -1;
      if (tok.kind === 'punct') {
        if (!GAP_PASSABLE.has(tok.norm)) return -1;
      } else if (++words > el.max) return -1;
      t++;
    }
  }
  const tok = tokens[ti];
  if (tok && termMatches(el, tok)) {
    const end = matchFrom(elements, ei + 1, tokens, ti + 1);
    if (end !== -1) return end;
  }
  if (el.optional) return matchFrom(elements, ei + 1, tokens, ti);
  return -1;
}

/**
 * Words so common that a pattern element made of them says little about whether the
 * pattern can match; the prefilter prefers any other element.
 */
const COMMON = new Set([
  ...Object.values(LEXICON_CLASSES).flat(),
  'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'as', 'it', 'he', 'she', 'they',
  'them', 'him', 'and', 'or', 'but', 'if', 'what', 'how', 'get', 'go', 'make', 'take', 'say', 'one',
]);

/** How little an element narrows the sentences a pattern can match (lower is better). */
function breadth(el: TermElement): number {
  let common = 0;
  for (const l of el.lemmas) if (COMMON.has(l)) common++;
  for (const s of el.surfaces) if (COMMON.has(s)) common++;
  return common * 1000 + el.lemmas.size + el.surfaces.size;
}

/** The keys of every required word of a pattern (neither optional nor a wildcard). */
function requiredKeys(elements: readonly Element[]): string[][] {
  const out: string[][] = [];
  for (const el of elements) {
    if (el.kind === 'term' && !el.optional && !el.any) out.push([...el.lemmas, ...[...el.surfaces].map((s) => `=${s}`)]);
  }
  return out;
}

/**
 * The keys of one required element of the pattern, the narrowest: a sentence without any
 * of them cannot match, so the pattern is never tried there. Undefined when every element
 * is optional or a wildcard.
 */
function filterKeys(elements: readonly Element[]): string[] | undefined {
  let best: TermElement | undefined;
  for (const el of elements) {
    if (el.kind !== 'term' || el.optional || el.any) continue;
    if (!best || breadth(el) < breadth(best)) best = el;
  }
  return best && [...best.lemmas, ...[...best.surfaces].map((s) => `=${s}`)];
}

/**
 * The keys a match can start with: the first element's, and while elements are optional
 * the next one's too. Undefined (any word) when a wildcard or a gap can come first.
 */
function startKeys(elements: readonly Element[], from = 0): string[] | undefined {
  const el = elements[from];
  if (!el || el.kind === 'gap' || el.any) return undefined;
  const keys = [...el.lemmas, ...[...el.surfaces].map((s) => `=${s}`)];
  if (!el.optional) return keys;
  const rest = startKeys(elements, from + 1);
  return rest && [...keys, ...rest];
}

interface StartWords {
  lemmas: ReadonlySet<string>;
  surfaces: ReadonlySet<string>;
}

function startWordsOf(keys: string[] | undefined): StartWords | undefined {
  if (!keys) return undefined;
  return {
    lemmas: new Set(keys.filter((k) => !k.startsWith('='))),
    surfaces: new Set(keys.filter((k) => k.startsWith('=')).map((k) => k.slice(1))),
  };
}

/** Whether a word token can be where a match starts. */
function canStart(starts: StartWords, tok: Token): boolean {
  if (tok.kind !== 'word') return false;
  if (starts.surfaces.has(tok.norm)) return true;
  for (const l of tok.lemmas) if (starts.lemmas.has(l)) return true;
  return false;
}

/**
 * One index over every matcher's patterns (the rules compile theirs at load), so a
 * sentence's words are looked up once for all rules rather than once per matcher.
 */
const INDEX = new Map<string, Array<CompiledPattern<unknown>>>();
let matchers = 0;
let round = 0;

/** Per run of tokens, the candidate patterns of each matcher (by matcher number). */
interface Lookup {
  matchers: number;
  buckets: Array<Array<CompiledPattern<unknown>> | undefined>;
  /** Each matcher's answer for these tokens, by matcher number, once asked. */
  results: Array<readonly Match<unknown>[] | undefined>;
}

const bucketsCache = new WeakMap<readonly Token[], Lookup>();

function lookupOf(tokens: readonly Token[]): Lookup {
  const cached = bucketsCache.get(tokens);
  // A matcher compiled after the sentence was first seen (not the rules' own) needs a new look-up.
  if (cached && cached.matchers === matchers) return cached;
  const buckets: Array<Array<CompiledPattern<unknown>> | undefined> = [];

  const now = ++round;
  const present = new Set<string>();
  const look = (key: string): void => {
    present.add(key);
    const list = INDEX.get(key);
    if (!list) return;
    for (const c of list) {
      if (c.tried === now) continue;
      c.tried = now;
      (buckets[c.owner] ??= []).push(c);
    }
  };
  for (const tok of tokens) {
    if (tok.kind !== 'word') continue;
    look(`=${tok.norm}`);
    for (const l of tok.lemmas) look(l);
  }
  // A pattern whose other required words are missing cannot match: drop it before matching.
  buckets.forEach((bucket, i) => {
    const kept = bucket?.filter((c) => c.required.every((keys) => keys.some((k) => present.has(k))));
    buckets[i] = kept && kept.length > 0 ? kept : undefined;
  });
  const lookup = { matchers, buckets, results: [] };
  bucketsCache.set(tokens, lookup);
  return lookup;
}

/**
 * Whether any word of the tokens has a lemma in `set` (a Set or a Map's keys): a cheap
 * gate before a rule walks the sentence looking for one in context.
 */
export function sentenceHas(tokens: readonly Token[], set: { has(key: string): boolean }): boolean {
  for (const tok of tokens) {
    if (tok.kind !== 'word') continue;
    for (const l of tok.lemmas) if (set.has(l)) return true;
  }
  return false;
}

/**
 * A compiled set of patterns. Each is indexed by the keys of its narrowest required
 * element, so a sentence only tries the few patterns whose rare words it contains.
 */
export class Matcher<T extends { pattern: string }> {
  /** Patterns with no required word, tried on every sentence. */
  private readonly always: CompiledPattern<T>[] = [];
  private readonly id = matchers++;
  readonly size: number;

  constructor(entries: readonly T[], classes: Readonly<Record<string, readonly string[]>> = {}) {
    const allClasses = { ...LEXICON_CLASSES, ...classes };
    entries.forEach((entry, order) => {
      const parts = entry.pattern.trim().split(/\s+/);
      const elements = parts.map((p) => compileElement(p, allClasses, entry.pattern));
      const first = elements[0];
      if (!first || first.kind === 'gap') throw new PatternError(`Pattern "${entry.pattern}" must start with a word`);
      const compiled: CompiledPattern<T> = { entry, elements, order, owner: this.id, starts: startWordsOf(startKeys(elements)), required: requiredKeys(elements), tried: 0 };
      const keys = filterKeys(elements);
      if (!keys) {
        this.always.push(compiled);
        return;
      }
      for (const key of new Set(keys)) {
        let list = INDEX.get(key);
        if (!list) INDEX.set(key, (list = []));
        list.push(compiled as CompiledPattern<unknown>);
      }
    });
    this.size = entries.length;
  }

  /** The patterns that can match somewhere in the tokens, in compile order. */
  private candidates(tokens: readonly Token[]): readonly CompiledPattern<T>[] {
    const bucket = lookupOf(tokens).buckets[this.id] as CompiledPattern<T>[] | undefined;
    if (!bucket) return this.always;
    const found = this.always.length > 0 ? [...this.always, ...bucket] : bucket;
    return found.length > 1 ? [...found].sort((a, b) => a.order - b.order) : found;
  }

  /**
   * Every match in the tokens, ordered by start then by length (longest first). The answer
   * for a sentence's tokens is kept while they live: several rules ask for the same one,
   * and an editor's sentences outlive a lint when their section is unchanged.
   */
  findAll(tokens: readonly Token[]): readonly Match<T>[] {
    const { results } = lookupOf(tokens);
    return (results[this.id] ??= this.match(tokens)) as readonly Match<T>[];
  }

  private match(tokens: readonly Token[]): readonly Match<T>[] {
    const candidates = this.candidates(tokens);
    if (candidates.length === 0) return NO_MATCHES;
    const out: Match<T>[] = [];
    // Candidate by candidate, so ties in the sort below keep compile order.
    for (const c of candidates) {
      for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i]!;
        if (tok.kind === 'punct' || (c.starts && !canStart(c.starts, tok))) continue;
        const end = matchFrom(c.elements, 0, tokens, i);
        if (end > i) out.push({ entry: c.entry, start: i, end });
      }
    }
    if (out.length > 1) out.sort((a, b) => a.start - b.start || b.end - a.end);
    return out;
  }

  /** Matches that do not overlap, preferring the earliest and then the longest. */
  find(tokens: readonly Token[]): readonly Match<T>[] {
    const out: Match<T>[] = [];
    let last = -1;
    for (const m of this.findAll(tokens)) {
      if (m.start >= last) {
        out.push(m);
        last = m.end;
      }
    }
    return out;
  }
}

/** Compile patterns once, at module load, for reuse across lints. */
export function compilePatterns<T extends { pattern: string }>(
  entries: readonly T[],
  classes?: Readonly<Record<string, readonly string[]>>,
): Matcher<T> {
  return new Matcher(entries, classes);
}
