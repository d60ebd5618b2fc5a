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

/** A compiled set of patterns with an index on their first word. */
export class Matcher<T extends { pattern: string }> {
  private readonly byFirst = new Map<string, CompiledPattern<T>[]>();
  private readonly unindexed: CompiledPattern<T>[] = [];
  readonly size: number;

  constructor(entries: readonly T[], classes: Readonly<Record<string, readonly string[]>> = {}) {
    const allClasses = { ...LEXICON_CLASSES, ...classes };
    for (const entry of entries) {
      const parts = entry.pattern.trim().split(/\s+/);
      const elements = parts.map((p) => compileElement(p, allClasses, entry.pattern));
      const first = elements[0];
      if (!first || first.kind === 'gap') throw new PatternError(`Pattern "${entry.pattern}" must start with a word`);
      const compiled = { entry, elements };
      if (first.any || first.optional || first.surfaces.size > 0) {
        this.unindexed.push(compiled);
        continue;
      }
      for (const lemma of first.lemmas) {
        let list = this.byFirst.get(lemma);
        if (!list) this.byFirst.set(lemma, (list = []));
        list.push(compiled);
      }
    }
    this.size = entries.length;
  }

  /** Every match in the tokens, ordered by start then by length (longest first). */
  findAll(tokens: readonly Token[]): Match<T>[] {
    const out: Match<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (tok.kind === 'punct') continue;
      const seen = new Set<CompiledPattern<T>>();
      const candidates: CompiledPattern<T>[] = [...this.unindexed];
      for (const l of tok.lemmas) {
        const list = this.byFirst.get(l);
        if (!list) continue;
        for (const c of list) {
          if (seen.has(c)) continue;
          seen.add(c);
          candidates.push(c);
        }
      }
      for (const c of candidates) {
        const end = matchFrom(c.elements, 0, tokens, i);
        if (end > i) out.push({ entry: c.entry, start: i, end });
      }
    }
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    return out;
  }

  /** Matches that do not overlap, preferring the earliest and then the longest. */
  find(tokens: readonly Token[]): Match<T>[] {
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
