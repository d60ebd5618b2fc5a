// badmouthing: a negative judgement of a past or present boss, employer or co-workers.
import type { Fix, Rule } from './types.js';
import type { Sentence } from './text/note.js';
import { lemmasOf, type Token } from './text/tokens.js';
import { wordFacts } from './text/word-facts.js';
import { sentenceSlot } from './text/sentence-record.js';
import { compilePatterns } from './text/matcher.js';
import { isNegated } from './text/context.js';
import { lexiconValence } from './text/polarity.js';
import { literalPhrases, phraseOptionSchema, PHRASE_OPTION_DEFAULTS, type PhraseOptions } from './text/literal-phrases.js';
import { quote, removeSentenceFix, rewriteSentenceFix } from './kit.js';
import { LEXICON_CLASSES } from './data/lexicon.js';
import {
  COMPOUND_HEADS,
  DUTY_VERBS,
  HABITUAL_NEGATORS,
  HABITUAL_STATES,
  EXPECTED_CONDUCT,
  FORWARD_REWRITES,
  FRAMED_TARGETS,
  FRAMING_PATTERNS,
  JUDGEMENT_PATTERNS,
  JUDGEMENT_STEMS,
  NEGATABLE_POSITIVES,
  NEGATABLE_VERBS,
  NOT_JUDGEMENTS,
  SARCASTIC_PRAISE,
  SENTENCE_JUDGEMENTS,
  SOLVING_VERBS,
  OWNED_TARGETS,
  JUDGED_THINGS,
  PERSON_OBJECTS,
  PERSON_TARGETS,
  PRAISE_COMPARANDA,
  PLACE_TARGETS,
  PRE_TARGET_PATTERNS,
  PREDICATE_JUDGEMENTS,
  STRONG_JUDGEMENTS,
  TIME_MARKERS,
  TRAILING_ANCHORS,
  type JudgementKind,
} from './data/badmouthing.js';

interface Options extends PhraseOptions {
  /** Extra names for the candidate's workplace (a former employer's name, “the old regime”). */
  targets: string[];
}

/** A workplace person or body the sentence speaks of. */
interface Target {
  /** Token range of the noun group (“my incompetent former boss”). */
  start: number;
  end: number;
  /** Index of the head noun. */
  head: number;
  /** Where a judgement may start: past an anchoring relative clause (“the team I joined”). */
  after: number;
}

/** A negative judgement of a target. */
export interface Badmouthing {
  /** Token range covering target and judgement. */
  start: number;
  end: number;
  kind: JudgementKind;
}

const framing = compilePatterns(FRAMING_PATTERNS);
const trailing = compilePatterns(TRAILING_ANCHORS);
/** Negators plus the near-negative frequency words (“rarely did their share”). */
const NEGATOR_WORDS = [...LEXICON_CLASSES['neg']!, 'rarely', 'seldom'];
const judgementPatterns = compilePatterns(JUDGEMENT_PATTERNS, { neg: NEGATOR_WORDS });
const preTargetPatterns = compilePatterns(PRE_TARGET_PATTERNS, { neg: NEGATOR_WORDS });
const expectedConduct = compilePatterns(EXPECTED_CONDUCT);
const sentenceJudgements = compilePatterns(SENTENCE_JUDGEMENTS);
/** Subjects that negate what the workplace did (“nobody there listened”). */
const NEGATIVE_SUBJECTS = new Set(['nobody', 'no-one', 'none']);

const NEGATORS = new Set(NEGATOR_WORDS);
const INTENSIFIERS = new Set([...LEXICON_CLASSES['intens']!, 'once', 'ever', 'a', 'the', 'bit', 'little', 'particularly', 'especially', 'always']);
const POSSESSIVES = new Set(['my', 'our']);
const DETERMINERS = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'those', 'these', 'that', 'this', 'all', 'some', 'most', 'many', 'several', 'few', 'of']);
const OTHERS = new Set(['your', 'yours']);
const INDEFINITE = new Set(['a', 'an', 'any', 'every', 'each', 'some', 'another']);
const HARD_STOPS = new Set([';', ':', '(', ')', '\u2014', '\u2013', '!', '?', '.', '"', '\u201c', '\u201d']);
const REGION_BREAKERS = new Set(['but', 'although', 'though', 'however', 'whereas', 'while', 'yet', 'unlike', 'except', 'whilst']);
const NEW_SUBJECTS = new Set(['i', 'we', 'you', 'it', 'the', 'my', 'our', 'this', 'that', 'there', 'your', 'its']);
const REPORTING = new Set(['say', 'tell', 'think', 'believe', 'explain', 'mention', 'agree', 'note', 'suggest', 'ask', 'want', 'expect', 'encourage', 'call', 'describe', 'praise', 'write', 'warn', 'feel', 'worry', 'fear']);
const COPULAS = new Set(['be', 'become', 'seem', 'remain', 'get', 'turn', 'prove', 'stay', 'appear', 'look', 'sound', 'act', 'grow']);
const PREDICATE_STOPS = new Set(['in', 'by', 'at', 'on', 'with', 'from', 'during', 'for', 'after', 'to', 'through', 'under', 'into', 'over', 'about', 'because', 'when', 'that', 'which', 'who', 'where', 'since', 'until', 'before', 'while', 'if', 'as', 'but', 'so', 'than']);
const FIT_WORDS = new Set(['fit', 'match', 'time', 'moment', 'timing', 'option', 'idea']);
/** Verbs whose negation judges without an object (“they never listened”, “he didn't even try”). */
const INTRANSITIVE = new Set(['listen', 'care', 'bother', 'try', 'contribute', 'cooperate', 'collaborate', 'help']);
const PRONOUN_SUBJECTS = new Set(['they', 'he', 'she']);

/** Plural fallbacks the lemmatizer does not know (“coworkers”, “higherups”). */
function singular(word: string): string[] {
  if (word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
  if (word.endsWith('s') && !word.endsWith('ss')) return [word.slice(0, -1)];
  return [];
}

/** Lemma-like keys of a word: its lemmas, and for hyphenated words the joined form's lemmas. */
function keysOf(tok: Token | undefined): readonly string[] {
  if (!tok || tok.kind !== 'word') return [];
  return infoOf(tok).keys;
}

/** The word lists a token is checked against most often, as bits of {@link TokenInfo.lists}. */
const FREQUENT_LISTS: ReadonlyArray<ReadonlySet<string>> = [PERSON_TARGETS, PLACE_TARGETS, FRAMED_TARGETS, OWNED_TARGETS, COMPOUND_HEADS];
const [PERSON_BIT, PLACE_BIT, FRAMED_BIT, OWNED_BIT] = [1, 2, 4, 8];
/** Set for the words that name a target only in some company (“the finance chief”, “head of”, “no one”). */
const SPECIAL_BIT = 1 << FREQUENT_LISTS.length;
const SPECIAL_TARGETS = new Set(['chief', 'head', 'one']);

interface TokenInfo {
  keys: readonly string[];
  /** Bit i is set when a key is in FREQUENT_LISTS[i]; {@link SPECIAL_BIT} for a special target word. */
  lists: number;
  /** The word's judgement kinds (see {@link stemKind}, {@link strongKind}, {@link predicateKind}), `null` for none, once asked. */
  stem?: JudgementKind | null;
  strong?: JudgementKind | null;
  predicate?: JudgementKind | null;
}

/** A token's keys, list memberships and judgement kinds are asked for many times per sentence; work them out once per word. */
const infoOf = wordFacts((tok): TokenInfo => {
  const keys = computeKeys(tok);
  let lists = 0;
  FREQUENT_LISTS.forEach((list, bit) => {
    if (keys.some((k) => list.has(k))) lists |= 1 << bit;
  });
  if (SPECIAL_TARGETS.has(tok.norm)) lists |= SPECIAL_BIT;
  return { keys, lists };
});

function computeKeys(tok: Token): readonly string[] {
  if (!tok.norm.includes('-')) return /s$/.test(tok.norm) ? [...tok.lemmas, ...singular(tok.norm)] : tok.lemmas;
  const joined = tok.norm.replace(/-/g, '');
  const parts = tok.norm.split('-');
  const last = parts[parts.length - 1] ?? '';
  const keys = new Set([...tok.lemmas, ...lemmasOf(joined), ...singular(joined)]);
  // “ex-boss”, “then-manager”: the prefix is a time marker, the rest is the noun.
  if (parts.length === 2 && TIME_MARKERS.has(parts[0]!)) for (const l of lemmasOf(last)) keys.add(l);
  return [...keys];
}

function hasKey(tok: Token | undefined, set: ReadonlySet<string>): boolean {
  if (!tok || tok.kind !== 'word') return false;
  const bit = FREQUENT_LISTS.indexOf(set);
  if (bit !== -1) return (infoOf(tok).lists & (1 << bit)) !== 0;
  return infoOf(tok).keys.some((k) => set.has(k));
}

function keyIn<V>(tok: Token | undefined, table: Readonly<Record<string, V>>): V | undefined {
  for (const k of keysOf(tok)) if (Object.hasOwn(table, k)) return table[k];
  return undefined;
}

function isWord(tok: Token | undefined): tok is Token & { kind: 'word' } {
  return tok?.kind === 'word';
}

function stemKind(tok: Token | undefined): JudgementKind | undefined {
  if (!isWord(tok)) return undefined;
  const info = infoOf(tok);
  if (info.stem === undefined) {
    const bare = tok.norm.replace(/-/g, '');
    info.stem = JUDGEMENT_STEMS.find(([stem]) => bare.startsWith(stem))?.[1] ?? null;
  }
  return info.stem ?? undefined;
}

/** A judgement word that counts wherever it sits near a target. */
function strongKind(tok: Token | undefined): JudgementKind | undefined {
  if (!isWord(tok)) return undefined;
  const info = infoOf(tok);
  if (info.strong === undefined) info.strong = keyIn(tok, STRONG_JUDGEMENTS) ?? stemKind(tok) ?? null;
  return info.strong ?? undefined;
}

/** A judgement word in predicate or attributive position, AFINN's negative words included. */
function predicateKind(tok: Token | undefined): JudgementKind | undefined {
  if (!isWord(tok)) return undefined;
  const info = infoOf(tok);
  if (info.predicate === undefined) info.predicate = judgementOf(tok) ?? null;
  return info.predicate ?? undefined;
}

function judgementOf(tok: Token): JudgementKind | undefined {
  const strong = strongKind(tok) ?? keyIn(tok, PREDICATE_JUDGEMENTS);
  if (strong) return strong;
  if (hasKey(tok, NOT_JUDGEMENTS) || NOT_JUDGEMENTS.has(tok.norm)) return undefined;
  // “was devastated”, “was shocked”: a participle says what happened to them, not what they are.
  if (/ed$/.test(tok.norm)) return undefined;
  const value = lexiconValence(tok.norm) ?? keysOf(tok).map((k) => lexiconValence(k)).find((v) => v !== undefined);
  return value !== undefined && value <= -2 ? 'general' : undefined;
}

/** Whether the sentence talks about a past or present job. */
function isFramed(tokens: readonly Token[]): boolean {
  return framing.findAll(tokens).length > 0;
}

function isStop(tok: Token): boolean {
  return tok.kind === 'punct' && HARD_STOPS.has(tok.norm);
}

const MEMBER = new Set(['member']);
/** What a “member” belongs to when it names a workplace person (“team member”). */
const MEMBER_OF = new Set(['team', 'staff', 'crew', 'board', 'faculty']);
/** Bodies that are an activity before “of” (“management of the budget”). */
const BODIES = new Set(['management', 'leadership']);

/** Workplace people and bodies named in the sentence. */
function findTargets(tokens: readonly Token[], framed: boolean, extra: ReadonlyArray<{ start: number; end: number }>): Target[] {
  const out: Target[] = [];
  // Most sentences name no workplace: the anchors after a noun are looked for once one does.
  let trailingAt: Map<number, number> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!isWord(tok)) continue;
    // One look-up for the word's list memberships, not one per list.
    const lists = infoOf(tok).lists;
    // Most words are none of these: leave them before weighing what they could be.
    if ((lists & (PERSON_BIT | PLACE_BIT | FRAMED_BIT | OWNED_BIT | SPECIAL_BIT)) === 0 && extra.length === 0) continue;
    const fromOption = extra.length > 0 && extra.some((r) => tok.start >= r.start && tok.end <= r.end);
    const person =
      (lists & PERSON_BIT) !== 0 ||
      // “the finance chief”, but not “my chief concern”.
      (tok.norm === 'chief' && isWord(tokens[i - 1]) && !DETERMINERS.has(tokens[i - 1]!.norm) && !POSSESSIVES.has(tokens[i - 1]!.norm)) ||
      ((lists & OWNED_BIT) !== 0 && tokens[i - 1]?.norm === "'s") ||
      (tok.norm === 'head' && tokens[i + 1]?.norm === 'of');
    const place = (lists & PLACE_BIT) !== 0;
    // “a lot”, “the lot of them” are amounts; only “the lot” alone names a workplace.
    const amount = tok.norm === 'lot' && (tokens[i - 1]?.norm !== 'the' || tokens[i + 1]?.norm === 'of');
    const loose = ((lists & FRAMED_BIT) !== 0 && !amount) || (tok.norm === 'one' && tokens[i - 1]?.norm === 'no');
    if (!person && !place && !loose && !fromOption) continue;
    trailingAt ??= new Map(trailing.find(tokens).map((m) => [m.start, m.end]));
    const next = tokens[i + 1];
    if (fromOption && next && extra.some((r) => next.start >= r.start && next.end <= r.end)) continue;
    // “team members”, “management team”: the later noun is the head.
    if (isWord(next) && !fromOption && (hasKey(next, PERSON_TARGETS) || hasKey(next, COMPOUND_HEADS))) continue;
    if (hasKey(tok, MEMBER) && !hasKey(tokens[i - 1], MEMBER_OF)) continue;
    if (hasKey(tok, BODIES) && next?.norm === 'of') continue;
    // “my company's onboarding was a mess” judges a process, not people; “my manager's
    // attitude” and “my boss's micromanaging” still judge the owner.
    const ownedByTarget = tokens[i - 1]?.norm === "'s" && (hasKey(tokens[i - 2], PERSON_TARGETS) || hasKey(tokens[i - 2], PLACE_TARGETS));
    if (next?.norm === "'s" && next.tail) {
      const owned = tokens[i + 2];
      if (!strongKind(owned) && !hasKey(owned, OWNED_TARGETS)) continue;
      if (!strongKind(owned)) continue;
    }
    if (!person && ownedByTarget) continue;
    // Look back over the noun group: possessive, determiner, time marker, adjectives.
    let start = i;
    let possessive = false;
    let time = tok.norm.includes('-') && keysOf(tok).length > 0 && TIME_MARKERS.has(tok.norm.split('-')[0]!);
    let indefinite = false;
    let foreign = false;
    // Compound modifiers (“my ward manager”, “our engineering lead”) may sit between.
    let unknown = 0;
    for (let j = i - 1, words = 0; j >= 0 && words < 5; j--) {
      const t = tokens[j]!;
      if (t.norm === "'s" && t.tail) continue;
      if (!isWord(t)) break;
      words++;
      if (POSSESSIVES.has(t.norm)) possessive = true;
      else if (OTHERS.has(t.norm)) foreign = true;
      else if (INDEFINITE.has(t.norm)) indefinite = true;
      else if (TIME_MARKERS.has(t.norm) || hasKey(t, TIME_MARKERS)) time = true;
      else if (!DETERMINERS.has(t.norm) && !predicateKind(t) && !hasKey(t, PERSON_TARGETS) && !/^[a-z]+(ed|ing|ous|ful|ive|al|ic|y|ent|ant)$/.test(t.norm)) {
        if (++unknown > 2) break;
        continue;
      }
      start = j;
      if (POSSESSIVES.has(t.norm) || OTHERS.has(t.norm) || INDEFINITE.has(t.norm) || DETERMINERS.has(t.norm)) break;
    }
    if (foreign) continue;
    const anchoredAfter = trailingAt.has(i + 1) || (tokens[i + 1]?.norm === "'s" && trailingAt.has(i + 2));
    const definite = !indefinite || time;
    const pronoun = PRONOUN_SUBJECTS.has(tok.norm);
    const anchored =
      fromOption ||
      (person && (possessive || time || anchoredAfter || (framed && definite))) ||
      (place && (time || anchoredAfter)) ||
      (loose && !pronoun && (possessive || anchoredAfter || (framed && definite))) ||
      (pronoun && framed);
    const anchorEnd = trailingAt.get(i + 1) ?? trailingAt.get(i + 2) ?? i + 1;
    if (anchored) out.push({ start, end: i + 1, head: i, after: anchoredAfter ? anchorEnd : i + 1 });
  }
  return out;
}

const NO_RANGES: ReadonlyArray<{ start: number; end: number }> = [];

/** Most tokens after a target that may still hold its judgement. */
const MAX_REGION = 30;

const RELATIVES = new Set(['where', 'who', 'whom', 'that', 'which']);
const BE = new Set(['be']);

/** Whether the “I” at `i` opens a relative clause about the target (“the team I joined”). */
function opensRelative(tokens: readonly Token[], i: number, from: number): boolean {
  const prev = tokens[i - 1];
  if (!isWord(prev)) return false;
  return RELATIVES.has(prev.norm) || i === from || hasKey(prev, PERSON_TARGETS) || hasKey(prev, PLACE_TARGETS);
}

/** Index just past the stretch after a target in which a judgement still refers to it. */
function regionEnd(tokens: readonly Token[], from: number): number {
  // A judgement further than this from its target is about something else; the cap also keeps
  // a pathological run-on sentence linear.
  const limit = Math.min(tokens.length, from + MAX_REGION);
  for (let i = from; i < limit; i++) {
    const tok = tokens[i]!;
    if (isStop(tok)) return i;
    if (!isWord(tok)) {
      if (tok.norm === ',' && NEW_SUBJECTS.has(tokens[i + 1]?.norm ?? '') && tokens[i + 1]?.norm !== 'the') return i;
      continue;
    }
    if (REGION_BREAKERS.has(tok.norm)) return i;
    if ((tok.norm === 'i' || tok.norm === 'we') && opensRelative(tokens, i, from)) {
      // “the team I joined was …”, “the restaurant where I work now is …”: skip to the main verb.
      let j = i + 1;
      while (j < tokens.length && j - i <= 4 && isWord(tokens[j]) && !hasKey(tokens[j], BE)) j++;
      if (hasKey(tokens[j], BE)) {
        i = j - 1;
        continue;
      }
      // “the restaurant where I work screams at the cooks”: past the relative's own verb.
      if (RELATIVES.has(tokens[i - 1]?.norm ?? '') && isWord(tokens[i + 1]) && isWord(tokens[i + 2]) && !NEW_SUBJECTS.has(tokens[i + 2]!.norm)) {
        i += 1;
        while (['now', 'currently', 'still', 'there', 'today'].includes(tokens[i + 1]?.norm ?? '')) i++;
        continue;
      }
    }
    if (tok.norm === 'i' || tok.norm === 'we' || tok.norm === 'you' || tok.norm === 'your') return i;
    if (tok.norm === 'and' && (NEW_SUBJECTS.has(tokens[i + 1]?.norm ?? '') || hasKey(tokens[i + 1], PERSON_TARGETS))) return i;
    // “without asking anyone” is how they acted, not a report of what someone said.
    if (hasKey(tok, REPORTING) && !tok.tail && tokens[i - 1]?.norm !== 'without') {
      // “never explains anything” is itself the conduct; what a report goes on to say is not.
      return hasKey(tok, DUTY_VERBS) && habituallyNegated(tokens, i, from) ? i + 1 : i;
    }
  }
  return limit;
}

/** Words after a judgement that leave it the head of its phrase (“cruel to staff”, “toxic and petty”). */
const FOLLOWERS = new Set([
  'and', 'or', 'to', 'of', 'at', 'with', 'in', 'about', 'for', 'by', 'who', 'that', 'than', 'when', 'because',
  'as', 'but', 'so', 'since', 'too', 'there', 'here', 'all', 'overall', 'really', 'honestly', 'frankly', 'then',
  'now', 'anyway', 'though', 'which', 'where', 'whom', 'whose', 'toward', 'towards', 'around', 'under', 'on',
  'from', 'if', 'while', 'most', 'every', 'again', 'at', 'sometimes', 'often', 'always', 'constantly',
]);

/**
 * Whether the judgement word at `i` heads its phrase or modifies a person or workplace;
 * “toxic waste”, “the fraud unit” and “a nightmare project” judge something else.
 */
function judgesTarget(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !isWord(next)) return true;
  if (FOLLOWERS.has(next.norm)) return true;
  return (
    hasKey(next, PERSON_TARGETS) || hasKey(next, FRAMED_TARGETS) || hasKey(next, OWNED_TARGETS) ||
    hasKey(next, JUDGED_THINGS) || predicateKind(next) !== undefined
  );
}

/**
 * A clearly negative AFINN word anywhere after the target (“spent more time complaining than
 * working”), unless it is negated, modifies something else, or is what they dealt with.
 */
function broadNegative(tokens: readonly Token[], i: number, from: number): boolean {
  const tok = tokens[i]!;
  if (!isWord(tok) || hasKey(tok, NOT_JUDGEMENTS) || NOT_JUDGEMENTS.has(tok.norm)) return false;
  const value = lexiconValence(tok.norm) ?? keysOf(tok).map((k) => lexiconValence(k)).find((v) => v !== undefined);
  if (value === undefined || value > -2) return false;
  if (negatorIn(tokens, Math.max(from, i - 4), i) || !judgesTarget(tokens, i)) return false;
  for (let j = from; j < i; j++) {
    if (hasKey(tokens[j], SOLVING_VERBS)) return false;
    // After a copula an -ed word is a state (“were hurt”), not something they did (“cheated”).
    if (/ed$/.test(tok.norm) && hasKey(tokens[j], COPULAS)) return false;
  }
  return true;
}

/** Whether a negator sits in `tokens[from..to)`. */
function negatorIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (NEGATORS.has(tokens[i]!.norm)) return true;
  return false;
}

const AUXILIARIES = new Set(['do', 'can', 'will', 'would', 'could', 'be', 'have']);

/** Whether a negator governs the verb at `i`: only adverbs may sit between (“never once supported”). */
function negatedVerb(tokens: readonly Token[], i: number, from: number): boolean {
  let j = i - 1;
  while (j >= from && isWord(tokens[j]) && (INTENSIFIERS.has(tokens[j]!.norm) || /ly$/.test(tokens[j]!.norm) || hasKey(tokens[j], AUXILIARIES))) {
    if (NEGATORS.has(tokens[j]!.norm)) return true;
    j--;
  }
  return j >= from && NEGATORS.has(tokens[j]!.norm);
}

/** Auxiliaries before “not” that make the negation a habit or a refusal (“doesn't reply”, “wouldn't explain”). */
const HABITUAL_AUX = new Set(['does', 'do', 'would', 'will']);
/** Words after a duty verb that turn its negation into praise (“never paid late”) or aim it elsewhere (“doesn't care who gets credit”). */
const PRAISE_AFTER = new Set(['late', 'down', 'waiting', 'up', 'who', 'whether', 'if', 'what', 'where', 'when', 'how']);

/**
 * Whether the verb at `i` is negated as a habit: “never/rarely/hardly ever replied”, or “not”
 * after a present or habitual auxiliary (“doesn't reply”, “wouldn't explain”); a one-off
 * “didn't reply” is a fact, not a verdict.
 */
function habituallyNegated(tokens: readonly Token[], i: number, from: number): boolean {
  for (let j = i - 1, steps = 0; j >= from && steps < 4; j--, steps++) {
    const t = tokens[j]!;
    if (!isWord(t)) return false;
    if (HABITUAL_NEGATORS.has(t.norm)) return true;
    if (t.norm === 'not') return HABITUAL_AUX.has(tokens[j - 1]?.norm ?? '') || tokens[j - 1]?.norm === 'even';
    if (!(INTENSIFIERS.has(t.norm) || t.norm === 'ever' || t.norm === 'almost' || /ly$/.test(t.norm) || HABITUAL_AUX.has(t.norm))) return false;
  }
  return false;
}

/** A routine duty left undone as a habit (“never replied to emails”, “doesn't answer questions”). */
function dutyHit(tokens: readonly Token[], i: number, from: number, to: number): Hit | undefined {
  if (!hasKey(tokens[i], DUTY_VERBS) || !habituallyNegated(tokens, i, from)) return undefined;
  let j = i + 1;
  if (hasKey(tokens[j], PERSON_OBJECTS) && ['me', 'us', 'them', 'him', 'her', 'anyone'].includes(tokens[j]!.norm)) j++;
  if (PRAISE_AFTER.has(tokens[j]?.norm ?? '')) return undefined;
  return { start: i, end: Math.min(i + 1, to), kind: keyIn(tokens[i], NEGATABLE_VERBS) ?? 'support' };
}

/** A good state denied as a habit after a copula (“was never available”, “is rarely around”). */
function habitualStateHit(tokens: readonly Token[], copula: number, to: number): Hit | undefined {
  let sawNegator = false;
  for (let i = copula + 1; i < Math.min(to, copula + 5); i++) {
    const tok = tokens[i]!;
    if (!isWord(tok)) return undefined;
    if (HABITUAL_NEGATORS.has(tok.norm)) sawNegator = true;
    else if (sawNegator && keyIn(tok, HABITUAL_STATES)) return { start: copula, end: i + 1, kind: keyIn(tok, HABITUAL_STATES)! };
    else if (!(INTENSIFIERS.has(tok.norm) || tok.norm === 'ever' || tok.norm === 'almost' || /ly$/.test(tok.norm))) return undefined;
  }
  return undefined;
}

/** Pattern matches of one sentence, found once and looked up by where they start. */
class PhraseIndex<T = { kind: JudgementKind; negated?: boolean; comparison?: boolean; pattern: string }> {
  private readonly byStart = new Map<number, Array<{ start: number; end: number; entry: T }>>();
  constructor(matches: ReadonlyArray<{ start: number; end: number; entry: T }>) {
    for (const m of matches) {
      let list = this.byStart.get(m.start);
      if (!list) this.byStart.set(m.start, (list = []));
      list.push(m);
    }
  }
  /** Matches lying wholly in `[from, to)`. */
  within(from: number, to: number): Array<{ start: number; end: number; entry: T }> {
    const out: Array<{ start: number; end: number; entry: T }> = [];
    for (let i = from; i < to; i++) for (const m of this.byStart.get(i) ?? []) if (m.end <= to) out.push(m);
    return out;
  }
  /** Matches ending at `end` exactly or one token before it. */
  endingNear(end: number): Array<{ start: number; end: number; entry: T }> {
    const out: Array<{ start: number; end: number; entry: T }> = [];
    for (let i = Math.max(0, end - 8); i < end; i++) for (const m of this.byStart.get(i) ?? []) if (m.end <= end && end - m.end <= 1) out.push(m);
    return out;
  }
}

interface Hit {
  start: number;
  end: number;
  kind: JudgementKind;
  /** A single predicate word (“difficult”, “bad”) that a later “but …” of praise can soften. */
  mild?: boolean;
}

const CONTRASTS = new Set(['but', 'though', 'although', 'yet']);

/** Verbs of a contrast that turns to praise (“but I learned a lot from her”). */
const PRAISING_VERBS = new Set(['learn', 'grow', 'respect', 'appreciate', 'admire', 'value']);

/** Whether a contrast after `from` turns to praise (“difficult at times, but I learned a lot from her”). */
function softenedLater(tokens: readonly Token[], from: number): boolean {
  let pivot = -1;
  for (let i = from; i < Math.min(tokens.length, from + 12) && pivot === -1; i++) if (CONTRASTS.has(tokens[i]!.norm)) pivot = i;
  if (pivot === -1) return false;
  let score = 0;
  for (let i = pivot + 1; i < Math.min(tokens.length, pivot + 20); i++) {
    const value = lexiconValence(tokens[i]!.norm) ?? keysOf(tokens[i]).map((k) => lexiconValence(k)).find((v) => v !== undefined);
    if (value !== undefined) score += negatorIn(tokens, Math.max(pivot, i - 3), i) ? -value : value;
  }
  return score > 0 || hasKey(tokens[pivot + 2], PRAISING_VERBS);
}

/** A predicate after a copula: “was a joke”, “wasn't supportive”, “is not unreasonable” (no hit). */
function predicateHit(tokens: readonly Token[], copula: number, end: number): Hit | undefined {
  let words = 0;
  for (let i = copula + 1; i < end && words < 6; i++) {
    const tok = tokens[i]!;
    if (!isWord(tok)) {
      if (tok.norm !== ',') break;
      // Skip an aside between commas: “was, to put it kindly, a disaster”.
      if (words === 0) {
        const close = tokens.findIndex((t, k) => k > i && k < end && t.norm === ',');
        if (close !== -1 && close - i <= 6) i = close;
      }
      continue;
    }
    if (PREDICATE_STOPS.has(tok.norm)) break;
    words++;
    const negated = negatorIn(tokens, copula - 1, i);
    const positive = keyIn(tok, NEGATABLE_POSITIVES);
    if (positive && negated) {
      if (FIT_WORDS.has(tokens[i + 1]?.norm ?? '')) return undefined;
      return { start: i, end: i + 1, kind: positive };
    }
    const kind = predicateKind(tok);
    if (kind && !stemKind(tok) && !judgesTarget(tokens, i)) continue;
    if (kind) return negated ? undefined : { start: i, end: i + 1, kind, mild: !strongKind(tok) };
  }
  return undefined;
}

/** People a negated verb may take after “the” (“never supported the team”). */
const STAFF = new Set(['team', 'staff', 'people', 'employee', 'engineer', 'developer', 'worker', 'crew']);

/** The first judgement of the target in `tokens[from..to)`. */
function judgementAfter(tokens: readonly Token[], from: number, to: number, phrases: PhraseIndex): Hit | undefined {
  const hits: Hit[] = [];
  for (const m of phrases.within(from, to)) {
    if (!m.entry.negated && isNegated(tokens, m.start, 3)) continue;
    if (m.entry.comparison) {
      // “the range of a spreadsheet” mocks; “the patience of a saint” praises.
      const drawnWith = [tokens[m.end], tokens[m.end + 1]].filter(isWord);
      if (drawnWith.length === 0 || drawnWith.some((t) => hasKey(t, PRAISE_COMPARANDA))) continue;
      hits.push({ start: m.start, end: m.end + 1, kind: m.entry.kind });
      continue;
    }
    hits.push({ start: m.start, end: m.end, kind: m.entry.kind });
  }
  for (let i = from; i < to; i++) {
    const tok = tokens[i]!;
    if (!isWord(tok)) continue;
    const strong = keyIn(tok, STRONG_JUDGEMENTS);
    const stem = stemKind(tok);
    if (strong && judgesTarget(tokens, i) && !negatorIn(tokens, Math.max(from, i - 4), i)) hits.push({ start: i, end: i + 1, kind: strong });
    else if (stem && !negatorIn(tokens, Math.max(from, i - 4), i)) hits.push({ start: i, end: i + 1, kind: stem });
    else if (!strong && !stem && broadNegative(tokens, i, from)) hits.push({ start: i, end: i + 1, kind: 'general', mild: true });
    if (hasKey(tok, COPULAS)) {
      const hit = predicateHit(tokens, i, to) ?? habitualStateHit(tokens, i, to);
      if (hit) hits.push({ ...hit, start: i });
    }
    const duty = dutyHit(tokens, i, from, to);
    if (duty) hits.push(duty);
    const verb = keyIn(tok, NEGATABLE_VERBS);
    if (verb && negatedVerb(tokens, i, from)) {
      let j = i + 1;
      while (INTENSIFIERS.has(tokens[j]?.norm ?? '') && tokens[j]?.norm !== 'the' && tokens[j]?.norm !== 'a') j++;
      const after = tokens[j];
      const objectOk =
        !after || !isWord(after) || j >= to || hasKey(after, PERSON_OBJECTS) || (INTRANSITIVE.has(keysOf(tok).find((k) => INTRANSITIVE.has(k)) ?? ''));
      const personThe = after?.norm === 'the' && hasKey(tokens[j + 1], STAFF);
      if ((objectOk || personThe) && !PRAISE_AFTER.has(after?.norm ?? '')) hits.push({ start: i, end: Math.min(j + 1, to), kind: verb });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits[0];
}

const SETTING_PREPOSITIONS = new Set(['in', 'at', 'from', 'during', 'within', 'inside', 'across', 'throughout']);
const SETTINGS = new Set([...PLACE_TARGETS, 'company', 'firm', 'organisation', 'organization', 'employer', 'agency', 'startup', 'team', 'department', 'workplace']);

/**
 * Whether the target only sets the scene (“In my last role the inventory was a mess”): what
 * follows judges the sentence's own subject, not the workplace.
 */
function inSetting(tokens: readonly Token[], target: Target): boolean {
  return SETTING_PREPOSITIONS.has(tokens[target.start - 1]?.norm ?? '') && hasKey(tokens[target.head], SETTINGS);
}

function isNegativeSubject(tokens: readonly Token[], head: number): boolean {
  const tok = tokens[head]!;
  return NEGATIVE_SUBJECTS.has(tok.norm) || (tok.norm === 'one' && tokens[head - 1]?.norm === 'no');
}

/** What nobody at the workplace did: “nobody there knew what they were doing”. */
function conductHit(tokens: readonly Token[], from: number, to: number): Hit | undefined {
  const [m] = expectedConduct.findAll(tokens.slice(from, to));
  return m ? { start: from + m.start, end: from + m.end, kind: m.entry.kind } : undefined;
}

/** A judgement in front of the target: attributive (“my toxic ex-employer”) or from the candidate (“I couldn't stand my boss”). */
function judgementBefore(tokens: readonly Token[], target: Target, pre: PhraseIndex<{ kind: JudgementKind; pattern: string }>): Hit | undefined {
  for (let i = target.start; i < target.head; i++) {
    const tok = tokens[i]!;
    const kind = predicateKind(tok);
    if (kind && !negatorIn(tokens, target.start, i)) return { start: i, end: i + 1, kind };
  }
  for (const m of pre.endingNear(target.start)) {
    if (m.entry.pattern.startsWith('@neg') ? false : isNegated(tokens, m.start, 3)) continue;
    return { start: m.start, end: m.end, kind: m.entry.kind };
  }
  return undefined;
}

const SARCASM_MARKERS = new Set(['real', 'such', 'quite', 'true', 'proper', 'absolute', 'total']);
const SARCASM_BREAKS = new Set([':', '\u2014', '\u2013', '-']);

/**
 * Praise turned sour after a colon or dash (“my manager is a real visionary: he has reinvented
 * the same failed plan four times”): the praise noun's index, or -1. Praise followed by more
 * praise (“a real mentor: she taught me SQL”) is left alone.
 */
function sarcasticPraise(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length - 2; k++) {
    if (!hasKey(tokens[k], SARCASTIC_PRAISE)) continue;
    if (!SARCASM_MARKERS.has(tokens[k - 1]?.norm ?? '') && !SARCASM_MARKERS.has(tokens[k - 2]?.norm ?? '')) continue;
    if (!SARCASM_BREAKS.has(tokens[k + 1]!.norm)) continue;
    // “a real star: she fixed the worst outage”, “turned a failing unit around” praise with a problem in it.
    const rest = tokens.slice(k + 2);
    if (rest.some((t) => hasKey(t, SOLVING_VERBS) || t.norm === 'around' || t.norm === 'round')) continue;
    for (let j = k + 2; j < tokens.length; j++) {
      const value = lexiconValence(tokens[j]!.norm) ?? keysOf(tokens[j]).map((l) => lexiconValence(l)).find((v) => v !== undefined);
      if (value !== undefined && value <= -2 && !negatorIn(tokens, Math.max(k + 2, j - 3), j)) return k;
    }
  }
  return -1;
}

/**
 * Negative judgements of a past or present workplace in one sentence. `carried` says the
 * previous sentence was about the candidate's job (“You asked why I'm leaving my current
 * role.”), so “the team” or a leading “they”, “he” or “she” refers to that workplace.
 */
export function findBadmouthing(
  tokens: readonly Token[],
  carried = false,
  extras: { targets?: ReadonlyArray<{ start: number; end: number }> } = {},
): { found: Badmouthing[]; about: boolean } {
  const ownFraming = isFramed(tokens);
  const framed = ownFraming || carried;
  const named = extras.targets ?? NO_RANGES;
  let targets = findTargets(tokens, framed, named);
  // Once the sentence names a workplace of yours, its bare nouns (“management”) are that workplace too.
  if (!framed && targets.length > 0) targets = findTargets(tokens, true, named);
  if (carried && targets.length === 0) {
    const first = tokens.findIndex((t) => isWord(t) && !INTENSIFIERS.has(t.norm) && !['and', 'but', 'so', 'then', 'also'].includes(t.norm));
    if (first !== -1 && PRONOUN_SUBJECTS.has(tokens[first]!.norm)) targets.push({ start: first, end: first + 1, head: first, after: first + 1 });
  }
  // Most sentences name no workplace: nothing to judge.
  if (targets.length === 0) return { found: [], about: ownFraming };
  // Each judgement goes to the nearest target before it, so spans stay tight.
  const phrases = new PhraseIndex(judgementPatterns.findAll(tokens));
  const pre = new PhraseIndex(preTargetPatterns.findAll(tokens));
  const pairs: Badmouthing[] = [];
  for (const target of targets) {
    const before = judgementBefore(tokens, target, pre);
    const end = inSetting(tokens, target) ? target.after : regionEnd(tokens, target.after);
    const hit = before ?? (isNegativeSubject(tokens, target.head) ? conductHit(tokens, target.after, end) : undefined) ?? judgementAfter(tokens, target.after, end, phrases);
    if (!hit || (hit.mild && softenedLater(tokens, hit.end))) continue;
    pairs.push({ start: Math.min(target.start, hit.start), end: Math.max(target.end, hit.end), kind: hit.kind });
  }
  // Sarcasm and irony judge the workplace named before them even across a clause break.
  for (const m of sentenceJudgements.findAll(tokens)) {
    const target = targets.filter((t) => t.end <= m.start).pop();
    if (target && !inSetting(tokens, target)) pairs.push({ start: target.start, end: m.end, kind: m.entry.kind });
  }
  const first = targets[0]!;
  const praise = inSetting(tokens, first) ? -1 : sarcasticPraise(tokens, first.end);
  if (praise !== -1) pairs.push({ start: first.start, end: praise + 1, kind: 'general' });
  pairs.sort((a, b) => a.end - b.end || b.start - a.start);
  const found: Badmouthing[] = [];
  for (const pair of pairs) {
    const last = found[found.length - 1];
    if (last && pair.start < last.end) continue;
    found.push(pair);
  }
  return { found, about: true };
}

/** Each kind's rewrite label, worded once. */
const FORWARD_LABELS = Object.fromEntries(
  Object.entries(FORWARD_REWRITES).map(([kind, text]) => [kind, `Say what you want next instead: ${quote(text, 80)}`]),
) as Record<JudgementKind, string>;

function fixesFor(note: Parameters<typeof removeSentenceFix>[0], sentence: Sentence, kind: JudgementKind): Fix[] {
  return [removeSentenceFix(note, sentence, 'Remove this sentence'), rewriteSentenceFix(sentence, FORWARD_REWRITES[kind], FORWARD_LABELS[kind])];
}

/** What findBadmouthing makes of a body sentence with no user-named targets (in token indices), and the message for its first finding. */
interface Reading {
  found: Badmouthing[];
  about: boolean;
  message?: string;
}

/** The readings of most sentences, shared (nothing of their own to fetch from memory). */
const NOTHING: Reading = Object.freeze({ found: [], about: false });
const ABOUT_JOB: Reading = Object.freeze({ found: [], about: true });

function readingOf(sentence: Sentence, carried: boolean): Reading {
  const reading = findBadmouthing(sentence.tokens, carried);
  if (reading.found.length > 0) return reading;
  return reading.about ? ABOUT_JOB : NOTHING;
}

/** Kept while the sentence's tokens live: one reading with the previous sentence about the job, one without. */
const readings = [sentenceSlot((sentence: Sentence) => readingOf(sentence, false)), sentenceSlot((sentence: Sentence) => readingOf(sentence, true))] as const;

const INSTEAD = 'leave former bosses, employers and colleagues out of the note, or say what you are looking for next';

export const badmouthing: Rule<Options> = {
  meta: {
    id: 'badmouthing',
    description: 'Speaks badly of a past or present boss, employer or co-workers.',
    category: 'tone',
    defaultSeverity: 'error',
    why: 'Advisers call criticizing a former boss or co-workers the fastest way into the "no" pile: the reader assumes you will talk about them the same way.',
    fixable: 'suggestion',
    defaults: { targets: [], ...PHRASE_OPTION_DEFAULTS },
    options: {
      targets: { type: 'array', items: { type: 'string' }, description: 'Extra names for your workplace (e.g. a former employer), matched literally and case-insensitively.' },
      ...phraseOptionSchema('speak badly of a workplace'),
    },
  },
  create(context) {
    const targets = literalPhrases(context.options.targets);
    const extra = literalPhrases(context.options.extraPhrases);
    const allow = literalPhrases(context.options.allowPhrases);
    /**
     * The last body sentence about the candidate's job. The next sentence reads it as context when
     * it follows it in the same paragraph: context never crosses paragraphs.
     */
    let aboutJob: Sentence | undefined;
    const options = targets.size > 0 || extra.size > 0 || allow.size > 0;
    const message = (start: number, end: number): string => `Speaks badly of a past or present workplace: ${quote(context.source.slice(start, end))}`;
    return {
      sentence(sentence) {
        if (sentence.role !== 'body') return true;
        const carried = aboutJob !== undefined && aboutJob.index === sentence.index - 1 && aboutJob.block === sentence.block;
        if (!options) {
          const reading = readings[carried ? 1 : 0](sentence);
          if (reading.about) aboutJob = sentence;
          const f = reading.found[0];
          // Idle when the sentence finds nothing and gives no context. The context it was read
          // with holds while it is unchanged: the sentence before it in its paragraph is in the
          // same section, so it is unchanged too (an edited section's sentences are new).
          if (!f) return !reading.about;
          // The finding depends on the sentence and on whether the one before it spoke of the job.
          const key = carried ? 'after the job' : '';
          if (context.again(sentence, key)) return;
          const start = sentence.tokens[f.start]!.start;
          const end = sentence.tokens[f.end - 1]!.end;
          context.report({ start, end, found: (reading.message ??= message(start, end)), instead: INSTEAD, fixes: fixesFor(context.note, sentence, f.kind) }, { sentence, key });
          return;
        }
        // The user's names and phrases make the finding depend on the options: nothing of it is kept.
        const named = targets.findIn(sentence.text, sentence.start);
        const { found, about } = findBadmouthing(sentence.tokens, carried, { targets: named });
        if (about) aboutJob = sentence;
        const allowed = (r: { start: number; end: number }): boolean => allow.overlaps(sentence.text, sentence.start, r.start, r.end);
        const first =
          found
            .map((f) => ({ kind: f.kind, start: sentence.tokens[f.start]!.start, end: sentence.tokens[f.end - 1]!.end }))
            .find((f) => !allowed(f)) ??
          extra
            .findIn(sentence.text, sentence.start)
            .map((h) => ({ kind: 'general' as const, start: h.start, end: h.end }))
            .find((h) => !allowed(h));
        if (!first) return;
        context.report({ start: first.start, end: first.end, found: message(first.start, first.end), instead: INSTEAD, fixes: fixesFor(context.note, sentence, first.kind) });
      },
    };
  },
};
