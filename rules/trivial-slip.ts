// trivial-slip: the note points out a small mistake the interviewer probably never noticed.
import type { Fix, Rule } from './types.js';
import type { Note, Sentence } from './text/note.js';
import type { Token } from './text/tokens.js';
import { sentenceSlot } from './text/sentence-record.js';
import { compilePatterns } from './text/matcher.js';
import { isNegated } from './text/context.js';
import { literalPhrases, phraseOptionSchema, PHRASE_OPTION_DEFAULTS, type LiteralHit, type PhraseOptions } from './text/literal-phrases.js';
import { capitalize, quote, removeSentenceFix } from './kit.js';
import { LEXICON_CLASSES } from './data/lexicon.js';
import {
  APOLOGY_WORDS,
  FIRST_PERSON_WORDS,
  KEEP_WORDS,
  NOT_SLIP_AFTER,
  OBVIOUS_OBJECTS,
  SLIP_CLASSES,
  SLIP_PATTERNS,
  type SlipFrame,
} from './data/trivial-slip.js';

type Options = PhraseOptions;

/** A small slip the sentence points out. */
export interface TrivialSlip {
  /** Token range of the slip within the sentence. */
  tokenStart: number;
  tokenEnd: number;
  /** Absolute offsets of the slip. */
  start: number;
  end: number;
  /** What the slip is (“a stain”, “fidgeting”). */
  what: string;
}

const slipMatcher = compilePatterns(SLIP_PATTERNS, SLIP_CLASSES);
const NEGATORS = new Set(LEXICON_CLASSES['neg']);
const CONTRASTS = new Set(['but', 'however', 'though', 'although', 'still', 'yet']);
/** Tokens that split a sentence into clauses a fix may remove one of. */
const CLAUSE_JOINERS = new Set(['but', 'and', 'so', 'though', 'although', 'yet', 'however', 'while']);
const CLAUSE_MARKS = new Set([';', ',', '\u2014', '\u2013']);

function hasWord(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  return tokens.some((t) => t.kind === 'word' && (words.has(t.norm) || t.lemmas.some((l) => words.has(l))));
}

/** Which frames a sentence offers, worked out on the first match that asks. */
function framesOf(tokens: readonly Token[]): (frame: SlipFrame) => boolean {
  let apology: boolean | undefined;
  let first: boolean | undefined;
  return (frame) => {
    if (frame === 'self') return true;
    apology ??= hasWord(tokens, APOLOGY_WORDS);
    if (frame === 'apology') return apology;
    return (first ??= apology || hasWord(tokens, FIRST_PERSON_WORDS));
  };
}

/** Whether the slip is denied (“I didn't stumble”, “no typos”). */
function denied(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (NEGATORS.has(tokens[i]!.norm)) return true;
  return isNegated(tokens, start, 2);
}

/** Whether the slip is about the interviewer's name: an obvious incident, not a trivial one. */
function aboutTheirName(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens.slice(start, Math.min(tokens.length, end + 3));
  return after.some((t) => t.norm === 'name' || t.norm === 'names') && after.some((t) => OBVIOUS_OBJECTS.has(t.norm) && t.norm === 'your');
}

/** A slip in token indices. */
type SlipRange = Pick<TrivialSlip, 'tokenStart' | 'tokenEnd' | 'what'>;

/** The slips the patterns find in a sentence, in order and without overlaps. */
function slipRanges(tokens: readonly Token[]): SlipRange[] {
  const out: SlipRange[] = [];
  const matches = slipMatcher.find(tokens);
  if (matches.length === 0) return out;
  const framed = framesOf(tokens);
  for (const m of matches) {
    if (!framed(m.entry.frame ?? 'first')) continue;
    // A pattern that spells its own negation (“couldn't think of the word”) is not denied by it.
    if (/(^|\s)(not|@neg)(\s|$)/.test(m.entry.pattern) ? isNegated(tokens, m.start, 2) : denied(tokens, m.start, m.end)) continue;
    if (NOT_SLIP_AFTER.has(tokens[m.end]?.norm ?? '') || NOT_SLIP_AFTER.has(tokens[m.end - 1]?.norm ?? '')) continue;
    if (aboutTheirName(tokens, m.start, m.end)) continue;
    // “the typo in your job ad” is theirs, not the candidate's slip.
    if (m.entry.yoursIfYour && tokens.slice(m.start, m.end + 3).some((t) => t.norm === 'your')) continue;
    out.push({ tokenStart: m.start, tokenEnd: m.end, what: m.entry.what });
  }
  return out;
}

/**
 * Small slips a sentence points out, in order and without overlaps: the candidate's own
 * stumble, stain, fidgeting or typo, either told in the first person or apologised for.
 * Exported so other rules (over-apologizing) can tell a trivial apology from an obvious one.
 */
export function findTrivialSlips(sentence: Pick<Sentence, 'tokens'>, extra: readonly LiteralHit[] = []): TrivialSlip[] {
  const { tokens } = sentence;
  const out = slipRanges(tokens).map((r): TrivialSlip => ({ ...r, start: tokens[r.tokenStart]!.start, end: tokens[r.tokenEnd - 1]!.end }));
  if (extra.length > 0) {
    for (const hit of extra) {
      const s = tokens.findIndex((t) => t.start >= hit.start);
      let e = s;
      while (e !== -1 && e < tokens.length && tokens[e]!.end <= hit.end) e++;
      if (s === -1 || e === s || out.some((o) => o.start < hit.end && hit.start < o.end)) continue;
      out.push({ tokenStart: s, tokenEnd: e, start: hit.start, end: hit.end, what: 'a small slip' });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Whether the sentence holds nothing but the slip (no thanks, no contrast, no clarification). */
function whollySlip(sentence: Sentence): boolean {
  return sentence.wordCount <= 30 && !hasWord(sentence.tokens, KEEP_WORDS) && !hasWord(sentence.tokens, CONTRASTS);
}

/** The clause of the sentence holding the slip, as a removal that leaves the rest grammatical. */
function clauseRemoval(note: Note, sentence: Sentence, slip: TrivialSlip): Fix | undefined {
  const { tokens } = sentence;
  const isJoint = (i: number): boolean => {
    const t = tokens[i]!;
    return (t.kind === 'punct' && CLAUSE_MARKS.has(t.norm)) || (t.kind === 'word' && CLAUSE_JOINERS.has(t.norm) && tokens[i - 1]?.kind === 'punct');
  };
  let before = -1;
  for (let i = slip.tokenStart - 1; i > 0; i--) if (isJoint(i)) { before = i; break; }
  let after = -1;
  for (let i = slip.tokenEnd; i < tokens.length - 1; i++) if (isJoint(i)) { after = i; break; }
  const last = tokens[tokens.length - 1]!;
  const endsWithStop = last.kind === 'punct';
  const label = `Remove the part about ${slip.what}`;
  if (before !== -1 && after === -1) {
    // Trailing clause: cut from the end of the previous word to the closing punctuation.
    while (before > 0 && tokens[before - 1]!.kind === 'punct') before--;
    if (before === 0) return undefined;
    const from = tokens[before - 1]!.end;
    const to = endsWithStop ? last.start : sentence.end;
    return { label, effect: 'remove', safe: false, edits: [{ start: from, end: to, text: '' }] };
  }
  if (before === -1 && after !== -1) {
    // Leading clause: cut up to the next clause and capitalise it.
    let next = after + 1;
    while (next < tokens.length && (tokens[next]!.kind === 'punct' || CLAUSE_JOINERS.has(tokens[next]!.norm))) next++;
    const rest = tokens[next];
    if (!rest) return undefined;
    const first = note.source.charAt(rest.start);
    return { label, effect: 'remove', safe: false, edits: [{ start: sentence.start, end: rest.start + 1, text: capitalize(first) }] };
  }
  return undefined;
}

function fixesFor(note: Note, sentence: Sentence, slip: TrivialSlip, wholly = whollySlip(sentence)): Fix[] {
  if (wholly) return [removeSentenceFix(note, sentence, 'Remove this sentence', true)];
  const clause = clauseRemoval(note, sentence, slip);
  return clause ? [clause, removeSentenceFix(note, sentence, 'Remove this sentence')] : [removeSentenceFix(note, sentence, 'Remove this sentence')];
}

const INSTEAD = 'leave it out: the interviewer probably never noticed, so spend the words on why you fit';

/** What the rule makes of a body sentence by itself: its first slip, and the message text and fix shape for it. */
interface SlipReading {
  slip: SlipRange;
  found?: string;
  wholly?: boolean;
}

/** Kept while the sentence's tokens live; `null` (nothing to fetch from memory) for most sentences. */
const readingOf = sentenceSlot((sentence: Sentence): SlipReading | null => {
  const [slip] = slipRanges(sentence.tokens);
  return slip ? { slip } : null;
});

export const trivialSlip: Rule<Options> = {
  meta: {
    id: 'trivial-slip',
    description: 'Points out a small mistake the interviewer probably never noticed.',
    category: 'tone',
    defaultSeverity: 'warn',
    why: "Advisers say not to point out mistakes the interviewer may not have seen (a stumble, a stain, fidgeting); only smooth over the obvious rough patches.",
    fixable: 'safe',
    defaults: PHRASE_OPTION_DEFAULTS,
    options: phraseOptionSchema('point out a small slip'),
  },
  create(context) {
    const extra = literalPhrases(context.options.extraPhrases);
    const allow = literalPhrases(context.options.allowPhrases);
    const { note, source } = context;
    const foundText = (slip: TrivialSlip): string => `Points out a small slip (${slip.what}): ${quote(source.slice(slip.start, slip.end))}`;
    return {
      sentence(sentence) {
        if (sentence.role !== 'body') return true;
        if (extra.size > 0 || allow.size > 0) {
          // The user's phrases make the finding depend on the options: nothing of it is kept.
          const slip = findTrivialSlips(sentence, extra.findIn(sentence.text, sentence.start)).find(
            (s) => !allow.overlaps(sentence.text, sentence.start, s.start, s.end),
          );
          if (!slip) return true;
          context.report({ start: slip.start, end: slip.end, found: foundText(slip), instead: INSTEAD, fixes: fixesFor(note, sentence, slip) });
          return;
        }
        const reading = readingOf(sentence);
        if (!reading) return true;
        // The finding depends on the sentence alone (its fixes read its tokens and its block).
        if (context.again(sentence, '')) return;
        const range = reading.slip;
        const { tokens } = sentence;
        // Written out rather than spread: a spread here took V8's slow path, thousands of times an edit of a long document.
        const slip: TrivialSlip = { tokenStart: range.tokenStart, tokenEnd: range.tokenEnd, what: range.what, start: tokens[range.tokenStart]!.start, end: tokens[range.tokenEnd - 1]!.end };
        context.report(
          {
            start: slip.start,
            end: slip.end,
            found: (reading.found ??= foundText(slip)),
            instead: INSTEAD,
            fixes: fixesFor(note, sentence, slip, (reading.wholly ??= whollySlip(sentence))),
          },
          { sentence, key: '' },
        );
      },
    };
  },
};
