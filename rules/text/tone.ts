// The machinery tone rules share: find an idea in a body sentence (patterns over lemmas,
// negation, conditional framing, the user's own phrases), and offer sentence-level fixes.
import type { Fix, Rule, RuleMeta } from '../types.js';
import type { Note, Sentence } from './note.js';
import type { Matcher } from './matcher.js';
import type { Token } from './tokens.js';
import { sentenceFact } from './sentence-facts.js';
import { partsOutliveLint } from './sentence-record.js';
import { flatten, needleOf, saysNeedle } from './already-says.js';
import { clauseEnd, clauseStart, isNegated } from './context.js';
import { literalPhrases, PHRASE_OPTION_DEFAULTS, type PhraseOptions } from './literal-phrases.js';
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
  if (extra.size > 0) {
    for (const p of extra.findIn(sentence.text, sentence.start)) {
      const range = tokenRange(tokens, p);
      if (range && !hits.some((h) => h.start < range.end && range.start < h.end)) hits.push({ ...range, entry: undefined });
    }
  }
  const allow = literalPhrases(options.allowPhrases);
  if (allow.size > 0) {
    const allowed = allow.findIn(sentence.text, sentence.start);
    return hits
      .filter((h) => !allowed.some((a) => a.start < tokens[h.end - 1]!.end && tokens[h.start]!.start < a.end))
      .sort((a, b) => a.start - b.start);
  }
  return hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
}

/** Token range a hit's quote covers: stretched to the end of its clause when that is only a few words further. */
function quotedTokens(tokens: readonly Token[], hit: { start: number; end: number }, reach: number): { start: number; end: number } {
  let end = hit.end;
  const limit = clauseEnd(tokens, hit.end - 1);
  if (limit - hit.end <= reach) end = limit;
  while (end > hit.end && tokens[end - 1]!.kind === 'punct') end--;
  return { start: hit.start, end };
}

/**
 * Source offsets of a hit, stretched to the end of its clause when that is only a few
 * words further, so the quote reads as a phrase (“I'm terrible at interviews”, not “I'm terrible at”).
 */
export function hitOffsets(sentence: Sentence, hit: { start: number; end: number }, reach = 3): { start: number; end: number } {
  const { tokens } = sentence;
  const range = quotedTokens(tokens, hit, reach);
  return { start: tokens[range.start]!.start, end: tokens[range.end - 1]!.end };
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

/**
 * The usual pair of fixes, best first: rewrite the sentence to `rewrite`, or remove it.
 * Removal comes first (and alone) when `duplicate` says the note already carries the rewrite.
 * Either is safe only when the flagged clauses are the whole sentence (`whole`) and `safe` allows it.
 */
export function rewriteOrRemove(note: Note, sentence: Sentence, whole: boolean, rewrite: string, safe: boolean, duplicate: boolean): Fix[] {
  const remove = removeSentenceFix(note, sentence, 'Remove this sentence', safe && whole && duplicate);
  if (duplicate) return [remove];
  return [rewriteSentenceFix(sentence, rewrite, rewriteLabel(sentence, rewrite), safe && whole), remove];
}

/**
 * The label `rewriteSentenceFix()` gives a rewrite of `sentence` to `text`, worded once per text:
 * rules offer a few fixed rewrites, and a long document many times each.
 */
export function rewriteLabel(sentence: Sentence, text: string): string {
  let label = labels.get(text);
  if (label === undefined) {
    label = rewriteSentenceFix(sentence, text).label;
    if (labels.size < 100) labels.set(text, label);
  }
  return label;
}

const labels = new Map<string, string>();

/** What a tone rule's fixes may use besides the sentence and its hits. */
export interface ToneFixFacts {
  /** Whether the reported hits' clauses make up the whole sentence ({@link hitsFillSentence}). */
  whole: boolean;
  /**
   * Whether the note already carries what the fixes offer: the rule's `offers` text anywhere
   * in the note, or another body sentence passing its `saidBy` test.
   */
  duplicate: boolean;
}

/** How a phrase-based tone rule words its finding and fixes. */
export interface ToneRuleSpec<T extends ToneEntry> {
  meta: RuleMeta<PhraseOptions>;
  matcher: Matcher<T>;
  /** Extra checks a match must pass (scope, subject, job context); they may read the sentence alone. */
  accept?: (sentence: Sentence, hit: ToneHit<T>) => boolean;
  /** What was found, given the quoted span and the first hit's entry. */
  found: (quoted: string, entry: T | undefined) => string;
  /** What to do instead. */
  instead: string;
  /** The text the fixes offer: when the note already says it (case, spacing and final stop aside), that is a duplicate. */
  offers?: string;
  /** A body sentence that already does what the fixes offer, in any wording: another such sentence makes a duplicate. */
  saidBy?: (sentence: Sentence) => boolean;
  /** The fixes for a flagged sentence, best first. */
  fixes: (note: Note, sentence: Sentence, hits: ReadonlyArray<ToneHit<T>>, facts: ToneFixFacts) => Fix[];
}

/** What one body sentence told a tone rule; while the user has no phrases, kept as long as its tokens live. */
interface Reading<T> {
  /** The hits a finding reports: the strong ones, or all when every one is weak. */
  reported: ReadonlyArray<ToneHit<T>>;
  /** Whether a hit is strong (a user's phrase is). */
  strong: boolean;
  /** Number of weak hits. */
  weak: number;
  /** Token range the finding quotes. */
  quoted: { start: number; end: number };
  /** The finding, worded. */
  found: string;
  whole: boolean;
}

/**
 * A tone rule that flags each body sentence carrying the idea once. Weak signals
 * (entries marked `weak`) are held back until the note has a second signal of the rule.
 */
export function createToneRule<T extends ToneEntry>(spec: ToneRuleSpec<T>): Rule<PhraseOptions> {
  const offered = spec.offers === undefined ? undefined : needleOf(spec.offers);
  // Whether a sentence does what the fixes offer (`saidBy`): asked of every sentence, kept with it.
  const saysIt = spec.saidBy && sentenceFact(spec.saidBy, false);

  const readingOf = (sentence: Sentence, hits: ReadonlyArray<ToneHit<T>>): Reading<T> | null => {
    if (hits.length === 0) return null;
    let weak = 0;
    for (const h of hits) if (h.entry?.weak) weak++;
    const strong = weak < hits.length;
    const reported = strong && weak > 0 ? hits.filter((h) => !h.entry?.weak) : hits;
    const first = reported[0]!;
    const { tokens } = sentence;
    const quoted = quotedTokens(tokens, first, 3);
    const base = sentence.start;
    const text = sentence.text.slice(tokens[quoted.start]!.start - base, tokens[quoted.end - 1]!.end - base);
    return { reported, strong, weak, quoted, found: spec.found(quote(text), first.entry), whole: hitsFillSentence(sentence, reported) };
  };
  // Without the user's phrases, a sentence's reading depends on the sentence alone.
  const keptReading = sentenceFact((sentence: Sentence) => readingOf(sentence, findToneHits(sentence, spec.matcher, PHRASE_OPTION_DEFAULTS, spec.accept)), null);

  return {
    meta: spec.meta,
    create(context) {
      const { options, note, source } = context;
      const patternsOnly = literalPhrases(options.extraPhrases).size === 0 && literalPhrases(options.allowPhrases).size === 0;
      const flagged: Array<{ sentence: Sentence; reading: Reading<T> }> = [];
      // The first two body sentences that already do what the fixes offer (`saidBy`).
      let saidFirst: Sentence | undefined;
      let saidTwice = false;
      const marking = partsOutliveLint();
      return {
        sentence(sentence) {
          if (sentence.role !== 'body') return true;
          let idle = true;
          if (saysIt) {
            // Once two sentences say it, the others need not be asked, but for their idle marks
            // (a sentence not asked is not idle).
            if (saidTwice && !marking) idle = false;
            else if (saysIt(sentence)) {
              if (!saidTwice) {
                if (saidFirst) saidTwice = true;
                else saidFirst = sentence;
              }
              idle = false;
            }
          }
          const reading = patternsOnly ? keptReading(sentence) : readingOf(sentence, findToneHits(sentence, spec.matcher, options, spec.accept));
          if (reading) flagged.push({ sentence, reading });
          return idle && !reading;
        },
        end() {
          if (flagged.length === 0) return;
          let strong = 0;
          let weak = 0;
          for (const { reading } of flagged) {
            if (reading.strong) strong++;
            weak += reading.weak;
          }
          // A weak signal stands when anything else in the note backs it up.
          const keepWeak = strong > 0 || weak >= 2;
          let offeredSaid: boolean | undefined;
          const duplicate = (sentence: Sentence): boolean => {
            if (offered) return (offeredSaid ??= offered.needle ? saysNeedle(source, offered.needle) : flatten(source).includes(offered.flat));
            return saidTwice || (saidFirst !== undefined && saidFirst !== sentence);
          };
          for (const { sentence, reading } of flagged) {
            if (!reading.strong && !keepWeak) continue;
            // Besides the sentence, its finding depends on the note only through `duplicate`
            // (the fixes read the sentence's block and the text at their edges).
            const said = duplicate(sentence);
            const key = said ? 'said' : '';
            if (context.again(sentence, key)) continue;
            const { tokens } = sentence;
            context.report(
              {
                start: tokens[reading.quoted.start]!.start,
                end: tokens[reading.quoted.end - 1]!.end,
                found: reading.found,
                instead: spec.instead,
                fixes: spec.fixes(note, sentence, reading.reported, { whole: reading.whole, duplicate: said }),
              },
              { sentence, key },
            );
          }
        },
      };
    },
  };
}
