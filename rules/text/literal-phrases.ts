// Compiles phrases a user lists in a rule's options into literal, case-insensitive matchers.
// The phrases are text, never patterns: every character is escaped before a RegExp is built,
// so an option can neither inject regex syntax nor cause runaway backtracking.

import type { OptionSchema } from '../types.js';

/** The options every phrase-based rule takes. */
export interface PhraseOptions {
  /** Extra phrases, matched literally, that the rule flags. */
  extraPhrases: string[];
  /** Phrases, matched literally, that are never flagged: a finding overlapping one is dropped. */
  allowPhrases: string[];
}

/** Default values of {@link PhraseOptions}. */
export const PHRASE_OPTION_DEFAULTS: PhraseOptions = { extraPhrases: [], allowPhrases: [] };

/** Schema of {@link PhraseOptions}; `flags` completes “more phrases … that <flags>” (“count as whining”). */
export function phraseOptionSchema(flags: string): { [K in keyof PhraseOptions]: OptionSchema } {
  return {
    extraPhrases: { type: 'array', items: { type: 'string' }, description: `More phrases, matched literally and case-insensitively, that ${flags}.` },
    allowPhrases: { type: 'array', items: { type: 'string' }, description: 'Phrases, matched literally and case-insensitively, that are never flagged.' },
  };
}

/** A literal phrase found in a span of text, in absolute offsets. */
export interface LiteralHit {
  start: number;
  end: number;
  phrase: string;
}

/** Longest phrase accepted; longer ones are ignored rather than compiled. */
const MAX_PHRASE = 200;

const APOSTROPHE_CLASS = "['\u2018\u2019\u02bc`]";

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

/** Build the source of one literal phrase's regex: spaces match any run of spaces, apostrophes any apostrophe. */
function phraseSource(phrase: string): string {
  let out = '';
  for (const c of phrase.trim()) {
    if (/\s/.test(c)) {
      if (!out.endsWith('\\s+')) out += '\\s+';
    } else if (/['\u2018\u2019\u02bc`]/.test(c)) out += APOSTROPHE_CLASS;
    else out += escapeChar(c);
  }
  // Whole words only: a phrase never matches inside a longer word.
  return `(?<![\\p{L}\\p{N}])${out}(?![\\p{L}\\p{N}])`;
}

/** A set of literal phrases, compiled once. */
export class LiteralPhrases {
  private readonly compiled: ReadonlyArray<{ phrase: string; re: RegExp }>;

  constructor(phrases: readonly unknown[]) {
    this.compiled = phrases
      .filter((p): p is string => typeof p === 'string' && p.trim() !== '' && p.length <= MAX_PHRASE)
      .map((phrase) => ({ phrase, re: new RegExp(phraseSource(phrase), 'giu') }));
  }

  /** How many usable phrases there are. */
  get size(): number {
    return this.compiled.length;
  }

  /** Every phrase found in `text`, which starts at absolute offset `base`. */
  findIn(text: string, base = 0): LiteralHit[] {
    const hits: LiteralHit[] = [];
    for (const { phrase, re } of this.compiled) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        hits.push({ start: base + m.index, end: base + m.index + m[0].length, phrase });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Whether any phrase overlaps the absolute range `[start, end)` of `text` (which starts at `base`). */
  overlaps(text: string, base: number, start: number, end: number): boolean {
    return this.findIn(text, base).some((h) => h.start < end && start < h.end);
  }
}

const cache = new Map<string, LiteralPhrases>();

/** The compiled form of an option's phrase list, cached across lints by its content. */
export function literalPhrases(option: unknown): LiteralPhrases {
  const list = Array.isArray(option) ? option : [];
  // Rules ask per sentence; most lists are empty, and the rest are the same array each time.
  if (list.length === 0) return NONE;
  const same = byArray.get(list);
  if (same) return same;
  const key = JSON.stringify(list);
  let found = cache.get(key);
  if (!found) {
    found = new LiteralPhrases(list);
    if (cache.size > 100) cache.clear();
    cache.set(key, found);
  }
  byArray.set(list, found);
  return found;
}

const NONE = new LiteralPhrases([]);
/** By list identity; an array changed in place after use is not seen (options are read-only). */
const byArray = new WeakMap<readonly unknown[], LiteralPhrases>();

/** A flagged token range in a sentence, with the absolute span it covers. */
export interface PhraseFinding<K extends string> {
  from: number;
  to: number;
  kind: K;
  start: number;
  end: number;
}

/** Minimal view of a sentence this helper needs (kept structural to avoid a dependency cycle). */
interface SentenceLike {
  start: number;
  text: string;
  tokens: ReadonlyArray<{ start: number; end: number }>;
}

/**
 * Apply a rule's `allowPhrases` and `extraPhrases` to what its own patterns found in a sentence:
 * an allowed phrase overlapping the finding cancels it; otherwise the first extra phrase not
 * itself allowed becomes a finding of `extraKind`.
 */
export function withPhraseOptions<K extends string>(
  sentence: SentenceLike,
  found: { from: number; to: number; kind: K } | undefined,
  extra: LiteralPhrases,
  allow: LiteralPhrases,
  extraKind: K,
): PhraseFinding<K> | undefined {
  const { tokens } = sentence;
  if (found) {
    const start = tokens[found.from]!.start;
    const end = tokens[found.to - 1]!.end;
    if (!allow.overlaps(sentence.text, sentence.start, start, end)) return { ...found, start, end };
  }
  if (extra.size === 0) return undefined;
  const hit = extra.findIn(sentence.text, sentence.start).find((h) => !allow.overlaps(sentence.text, sentence.start, h.start, h.end));
  if (!hit) return undefined;
  const from = Math.max(0, tokens.findIndex((t) => t.end > hit.start));
  let to = from + 1;
  while (to < tokens.length && tokens[to]!.start < hit.end) to++;
  return { from, to, kind: extraKind, start: hit.start, end: hit.end };
}
