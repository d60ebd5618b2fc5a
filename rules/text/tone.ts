// The machinery tone rules share: find an idea in a body sentence (patterns over lemmas,
// negation, conditional framing, the user's own phrases), and offer sentence-level fixes.
import type { Fix, Rule, RuleMeta } from '../types.js';
import type { Note, Sentence } from './note.js';
import type { Matcher } from './matcher.js';
import { sentenceMemo, type Token } from './tokens.js';
import { clauseEnd, clauseStart, isNegated } from './context.js';
import { literalPhrases, type PhraseOptions } from './literal-phrases.js';
import { quote, removeSentenceFix, rewriteSentenceFix } from '../kit.js';
import { LEXICON_CLASSES } from '../data/lexicon.js';

/** A pattern entry of a tone rule's data. */
export interface ToneEntry {
  pattern: string;
  /** False when the negation is part of the idea (“I don't deserve”, “no other options”). */
  negatable?: boolean;
  /** True for a weak signal that is reported only when another one corroborates it in the note. */
  weak?: boolean;
  /** True when an `if`/`whether` before the match does not soften it (“I don't know what I'll do if…”). */
  conditional?: boolean;
}

/** One finding inside a sentence: token indices, and the entry that matched (none for a user phrase). */
export interface ToneHit<T> {
  start: number;
  end: number;
  entry: T | undefined;
}

const NEGATORS = new Set(LEXICON_CLASSES['neg']);
const CONDITIONALS = new Set(['if', 'whether', 'unless', 'suppose', 'supposing', 'lest']);

/** Whether a negator sits inside the match or just before it in its clause. */
function negatedMatch(tokens: readonly Token[], start: number, end: number): boolean {
  if (isNegated(tokens, start)) return true;
  for (let i = start; i < end; i++) if (NEGATORS.has(tokens[i]!.norm)) return true;
  return false;
}

/** Whether the clause before the match opens a condition (“if I seemed desperate…”). */
function conditionalMatch(tokens: readonly Token[], start: number): boolean {
  for (let i = clauseStart(tokens, start); i < start; i++) if (CONDITIONALS.has(tokens[i]!.norm)) return true;
  return false;
}

/** The token range an absolute span covers, if it covers any token. */
function tokenRange(tokens: readonly Token[], span: { start: number; end: number }): { start: number; end: number } | undefined {
  const start = tokens.findIndex((t) => t.end > span.start);
  if (start === -1 || tokens[start]!.start >= span.end) return undefined;
  let end = start + 1;
  while (end < tokens.length && tokens[end]!.start < span.end) end++;
  return { start, end };
}

/** Find the rule's idea in one sentence, honouring negation, conditions and the user's phrases. */
export function findToneHits<T extends ToneEntry>(
  sentence: Sentence,
  matcher: Matcher<T>,
  options: PhraseOptions,
  accept?: (sentence: Sentence, hit: ToneHit<T>) => boolean,
): readonly ToneHit<T>[] {
  // Without the user's phrases, hits depend on the tokens alone (`accept` reads only the
  // sentence itself) and are token indices: kept while the tokens live.
  const patternsOnly = literalPhrases(options.extraPhrases).size === 0 && literalPhrases(options.allowPhrases).size === 0;
  if (!patternsOnly) return computeToneHits(sentence, matcher, options, accept);
  return toneHits(sentence.tokens, matcher, () => computeToneHits(sentence, matcher, options, accept)) as readonly ToneHit<T>[];
}

const toneHits = sentenceMemo<object, readonly ToneHit<unknown>[]>();

function computeToneHits<T extends ToneEntry>(
  sentence: Sentence,
  matcher: Matcher<T>,
  options: PhraseOptions,
  accept?: (sentence: Sentence, hit: ToneHit<T>) => boolean,
): ToneHit<T>[] {
  const { tokens } = sentence;
  const hits: ToneHit<T>[] = [];
  // Filter every match before choosing among overlapping ones, so a negated long reading
  // (“my sister and I aren't speaking after a big argument”) does not hide a valid short one.
  let reach = -1;
  for (const m of matcher.findAll(tokens)) {
    if (m.start < reach) continue;
    if (m.entry.negatable !== false && negatedMatch(tokens, m.start, m.end)) continue;
    if (!m.entry.conditional && conditionalMatch(tokens, m.start)) continue;
    const hit = { start: m.start, end: m.end, entry: m.entry };
    if (accept && !accept(sentence, hit)) continue;
    hits.push(hit);
    reach = m.end;
  }
  const extra = literalPhrases(options.extraPhrases);
  for (const p of extra.findIn(sentence.text, sentence.start)) {
    const range = tokenRange(tokens, p);
    if (range && !hits.some((h) => h.start < range.end && range.start < h.end)) hits.push({ ...range, entry: undefined });
  }
  const allow = literalPhrases(options.allowPhrases);
  if (allow.size > 0) {
    const allowed = allow.findIn(sentence.text, sentence.start);
    return hits
      .filter((h) => !allowed.some((a) => a.start < tokens[h.end - 1]!.end && tokens[h.start]!.start < a.end))
      .sort((a, b) => a.start - b.start);
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Source offsets of a hit, stretched to the end of its clause when that is only a few
 * words further, so the quote reads as a phrase (“I'm terrible at interviews”, not “I'm terrible at”).
 */
export function hitOffsets(sentence: Sentence, hit: { start: number; end: number }, reach = 3): { start: number; end: number } {
  const { tokens } = sentence;
  let end = hit.end;
  const limit = clauseEnd(tokens, hit.end - 1);
  if (limit - hit.end <= reach) end = limit;
  while (end > hit.end && tokens[end - 1]!.kind === 'punct') end--;
  return { start: tokens[hit.start]!.start, end: tokens[end - 1]!.end };
}

/**
 * Whether the hits' clauses make up the whole sentence, give or take `slack` words
 * (“Honestly, I really need this job.”): then rewriting or removing the sentence loses nothing else.
 */
export function hitsFillSentence(sentence: Sentence, hits: ReadonlyArray<{ start: number; end: number }>, slack = 2): boolean {
  const { tokens } = sentence;
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const h of hits) {
    for (let i = clauseStart(tokens, h.start); i < clauseEnd(tokens, h.end - 1); i++) covered[i] = true;
  }
  let outside = 0;
  tokens.forEach((t, i) => {
    if (!covered[i] && t.kind === 'word' && !t.tail && !CLAUSE_GLUE.has(t.norm)) outside++;
  });
  return outside <= slack;
}

/** Conjunctions that join two flagged clauses and carry nothing of their own. */
const CLAUSE_GLUE = new Set(['and', 'but', 'so', 'because', 'since', 'though', 'although', 'while', 'yet']);

/** Whether the note already says `text` (ignoring case, spacing and final punctuation). */
export function noteAlreadySays(note: Note, text: string): boolean {
  // A note is flattened once, and each rewrite looked for once: rewrites come from a
  // short list, and a long document may have thousands of findings.
  let said = alreadySaid.get(note);
  if (!said) alreadySaid.set(note, (said = { flat: flatten(note.source), answers: new Map() }));
  let answer = said.answers.get(text);
  if (answer === undefined) said.answers.set(text, (answer = said.flat.includes(flatten(text).replace(/[.!]$/, ''))));
  return answer;
}

const flatten = (s: string): string => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');

const alreadySaid = new WeakMap<Note, { flat: string; answers: Map<string, boolean> }>();

/**
 * The usual pair of fixes, best first: rewrite the sentence to `rewrite`, or remove it.
 * Removal comes first (and alone) when the note already carries the rewrite, or `duplicate`
 * says it does in other words. Either is safe only
 * when the flagged clauses are the whole sentence and `safe` allows it.
 */
export function rewriteOrRemove(
  note: Note,
  sentence: Sentence,
  hits: ReadonlyArray<{ start: number; end: number }>,
  rewrite: string,
  safe: boolean,
  duplicate = noteAlreadySays(note, rewrite),
): Fix[] {
  const whole = hitsFillSentence(sentence, hits);
  const remove = removeSentenceFix(note, sentence, 'Remove this sentence', safe && whole && duplicate);
  if (duplicate) return [remove];
  return [rewriteSentenceFix(sentence, rewrite, undefined, safe && whole), remove];
}

/** How a phrase-based tone rule words its finding and fixes. */
export interface ToneRuleSpec<T extends ToneEntry> {
  meta: RuleMeta<PhraseOptions>;
  matcher: Matcher<T>;
  /** Extra checks a match must pass (scope, subject, job context). */
  accept?: (sentence: Sentence, hit: ToneHit<T>) => boolean;
  /** What was found, given the quoted span and the first hit's entry. */
  found: (quoted: string, entry: T | undefined) => string;
  /** What to do instead. */
  instead: string;
  /** The fixes for a flagged sentence, best first. */
  fixes: (note: Note, sentence: Sentence, hits: ReadonlyArray<ToneHit<T>>) => Fix[];
}

/**
 * A tone rule that flags each body sentence carrying the idea once. Weak signals
 * (entries marked `weak`) are held back until the note has a second signal of the rule.
 */
export function createToneRule<T extends ToneEntry>(spec: ToneRuleSpec<T>): Rule<PhraseOptions> {
  return {
    meta: spec.meta,
    create(context) {
      const flagged: Array<{ sentence: Sentence; hits: readonly ToneHit<T>[] }> = [];
      const report = (sentence: Sentence, hits: readonly ToneHit<T>[]): void => {
        const first = hits[0]!;
        const span = hitOffsets(sentence, first);
        context.report({
          ...span,
          found: spec.found(quote(context.source.slice(span.start, span.end)), first.entry),
          instead: spec.instead,
          fixes: spec.fixes(context.note, sentence, hits),
        });
      };
      return {
        sentence(sentence) {
          if (sentence.role !== 'body') return;
          const hits = findToneHits(sentence, spec.matcher, context.options, spec.accept);
          if (hits.length > 0) flagged.push({ sentence, hits });
        },
        end() {
          const strong = flagged.filter((f) => f.hits.some((h) => !h.entry?.weak));
          const weakCount = flagged.reduce((n, f) => n + f.hits.filter((h) => h.entry?.weak).length, 0);
          // A weak signal stands when anything else in the note backs it up.
          const keepWeak = strong.length > 0 || weakCount >= 2;
          for (const f of flagged) {
            const isStrong = f.hits.some((h) => !h.entry?.weak);
            if (isStrong || keepWeak) report(f.sentence, isStrong ? f.hits.filter((h) => !h.entry?.weak) : f.hits);
          }
        },
      };
    },
  };
}
