// Finds the apologies in a sentence, telling them from sympathy (“sorry to hear”), pity and
// other people's apologies, and marks the ones that grovel. Shared by rules that count apologies.
import type { Token } from './tokens.js';
import { wordFacts } from './word-facts.js';
import { sentenceFact, type FactSentence } from './sentence-facts.js';
import { clauseEnd, clauseStart, isNegated } from './context.js';
import { compilePatterns } from './matcher.js';
import {
  APOLOGY_INTENSIFIERS,
  APOLOGY_LEMMAS,
  PARDON_OBJECTS,
  PROFUSE_PATTERNS,
  REGRET_OBJECTS,
  REMORSE,
  SYMPATHY_AFTER,
  SYMPATHY_TOPICS,
} from '../data/apology.js';

/** One apology in a sentence, as token indices. */
export interface Apology {
  /** First token of the apology (its intensifiers included). */
  start: number;
  /** Just past its last token. */
  end: number;
  /** True when it grovels: stacked intensifiers, “can't apologise enough”, “a thousand apologies”. */
  profuse: boolean;
  /** A plainer wording for the grovelling part, when there is an obvious one, in absolute offsets. */
  plain?: { start: number; end: number; text: string };
}

const profuseMatcher = compilePatterns(PROFUSE_PATTERNS);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'our', 'us', 'am', 'myself']);
const OTHER_SUBJECTS = new Set(['he', 'she', 'they', 'who', 'everyone', 'everybody', 'someone', 'nobody', 'recruiter', 'interviewer', 'manager', 'team', 'company']);
const NOT_APOLOGY_NOUNS = new Set(['state', 'sight', 'excuse', 'lot', 'tale', 'affair', 'figure']);
const OTHERS_APOLOGY = new Set(['your', 'his', 'her', 'their', 'its']);

function has(tokens: readonly Token[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) if (set.has(tokens[i]!.norm)) return true;
  return false;
}

function lemmaIs(token: Token | undefined, words: ReadonlySet<string>): boolean {
  return !!token && token.kind === 'word' && token.lemmas.some((l) => words.has(l));
}

/** Someone other than the writer apologises (“the recruiter apologised”). */
function othersSpeak(tokens: readonly Token[], index: number): boolean {
  const from = clauseStart(tokens, index);
  return has(tokens, from, index, OTHER_SUBJECTS) && !has(tokens, from, index, FIRST_PERSON);
}

/** “sorry” that offers sympathy or pity, or is an adjective of something else. */
function notAnApology(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.norm === 'to' && SYMPATHY_AFTER.has(tokens[i + 2]?.norm ?? '')) return true;
  if (next && NOT_APOLOGY_NOUNS.has(next.norm)) return true;
  if (next?.norm === 'for' && tokens[i - 1]?.lemmas.includes('feel')) return true;
  const end = clauseEnd(tokens, i);
  const sympathy = has(tokens, i + 1, end, SYMPATHY_TOPICS) || (has(tokens, i + 1, i + 3, new Set(['your'])) && has(tokens, i + 1, end, new Set(['loss'])));
  return sympathy && !has(tokens, i + 1, end, FIRST_PERSON);
}

/** Whether the word at `i` apologises, by its kind. */
function apologises(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (othersSpeak(tokens, i)) return false;
  if (isNegated(tokens, i, 3)) return false;
  if (t.lemmas.includes('sorry')) return !notAnApology(tokens, i);
  if (t.lemmas.some((l) => l === 'forgive' || l === 'pardon' || l === 'excuse')) {
    if (t.norm === 'pardon' && prev?.norm === 'your') return true;
    if (t.norm === 'excuses' || (prev && ['a', 'an', 'no', 'any', 'the', 'my'].includes(prev.norm))) return false;
    return !!next && PARDON_OBJECTS.has(next.norm);
  }
  if (t.lemmas.includes('regret')) return !!next && REGRET_OBJECTS.has(next.norm);
  // apologise, apology, apologies, apologetic
  return !(prev && OTHERS_APOLOGY.has(prev.norm));
}

/** Stacked intensifiers just before token `i` (“so so”, “so very”, “deeply and sincerely”). */
function intensifierStack(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j > 0) {
    const t = tokens[j - 1]!;
    if (APOLOGY_INTENSIFIERS.has(t.norm)) j--;
    // “deeply, deeply apologise”: a comma between two intensifiers stays inside the stack.
    else if (t.norm === ',' && j - 2 >= 0 && APOLOGY_INTENSIFIERS.has(tokens[j - 2]!.norm) && j < i) j--;
    else if (t.norm === 'and' && j - 2 >= 0 && APOLOGY_INTENSIFIERS.has(tokens[j - 2]!.norm) && j < i) j--;
    else break;
  }
  return j;
}

/** “my bad”, “mea culpa”, and remorse said of oneself about something (“I feel terrible about…”). */
function idiomApology(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.norm === 'bad' && prev?.norm === 'my' && (!next || next.kind === 'punct')) return true;
  if (t.norm === 'culpa' && prev?.norm === 'mea') return true;
  if (REMORSE.has(t.norm) && next && ['about', 'for', 'that'].includes(next.norm)) {
    const from = clauseStart(tokens, i);
    for (let k = i - 1; k >= from && k >= i - 4; k--) {
      if (lemmaIs(tokens[k], new Set(['feel']))) return has(tokens, from, k, new Set(['i'])) && !isNegated(tokens, k, 3);
    }
  }
  return false;
}

/** The words {@link idiomApology} can find an apology at: any other word is not one. */
const IDIOM_HEADS: ReadonlySet<string> = new Set(['bad', 'culpa', ...REMORSE]);

/** What a word may be to an apology: an apology word by one of its lemmas (“sorry”, “apologise”), the head of an idiom, both or neither. */
interface WordRole {
  apology: boolean;
  idiom: boolean;
}

const NEITHER: WordRole = Object.freeze({ apology: false, idiom: false });
const ROLES: readonly WordRole[] = [NEITHER, { apology: true, idiom: false }, { apology: false, idiom: true }, { apology: true, idiom: true }].map((r) => Object.freeze(r));

/** A word's role, kept per word: most words are neither, and every word of every sentence is asked. */
const roleOf = wordFacts((t: Token): WordRole => ROLES[(lemmaIs(t, APOLOGY_LEMMAS) ? 1 : 0) + (IDIOM_HEADS.has(t.norm) ? 2 : 0)]!);

/** Every apology in a sentence's tokens, in order. */
export function findApologies(tokens: readonly Token[]): Apology[] {
  const base = tokens.length > 0 ? tokens[0]!.start : 0;
  return apologiesAt(tokens, base).map((a) => {
    const copy: Apology = { start: a.start, end: a.end, profuse: a.profuse };
    if (a.plain) copy.plain = { ...a.plain, start: a.plain.start + base, end: a.plain.end + base };
    return copy;
  });
}

const NO_APOLOGIES: readonly Apology[] = Object.freeze([]);

/**
 * The apologies of a sentence, kept while its tokens live (an editor's unchanged sections keep
 * theirs). Read-only: their `plain` offsets are relative to the sentence's first token.
 */
export const sentenceApologies = sentenceFact((sentence: FactSentence): readonly Apology[] => {
  const { tokens } = sentence;
  const found = apologiesAt(tokens, tokens.length > 0 ? tokens[0]!.start : 0);
  return found.length === 0 ? NO_APOLOGIES : found;
}, NO_APOLOGIES);

/** The apologies in `tokens`, with `plain` offsets relative to `base`. */
function apologiesAt(tokens: readonly Token[], base: number): Apology[] {
  const out: Apology[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const role = roleOf(t);
    if (role === NEITHER) continue;
    const lexical = role.apology && apologises(tokens, i);
    if (!lexical && !(role.idiom && idiomApology(tokens, i))) continue;
    const from = lexical ? intensifierStack(tokens, i) : i;
    const apology: Apology = { start: from, end: i + 1, profuse: false };
    if (i - from >= 2) {
      // Dropping the stack leaves the plain apology (“I'm so so sorry” → “I'm sorry”).
      apology.profuse = true;
      apology.plain = { start: tokens[from]!.start - base, end: t.start - base, text: '' };
    }
    out.push(apology);
  }
  for (const m of profuseMatcher.find(tokens)) {
    const overlapping = out.find((a) => a.start < m.end && m.start < a.end);
    const target = overlapping ?? (m.entry.standalone ? undefined : nearest(out, m.start));
    const plain = m.entry.plain ? plainWording(tokens, m.start, m.end, m.entry.plain, base) : undefined;
    if (target) {
      target.profuse = true;
      if (plain && overlapping) target.plain = plain;
      if (overlapping) {
        target.start = Math.min(target.start, m.start);
        target.end = Math.max(target.end, m.end);
      }
    } else if (m.entry.standalone) {
      const apology: Apology = { start: m.start, end: m.end, profuse: true };
      if (plain) apology.plain = plain;
      out.push(apology);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The plain wording of a grovelling phrase, keeping the writer's spelling of “apologise”. */
function plainWording(tokens: readonly Token[], start: number, end: number, plain: string, base: number): Apology['plain'] {
  const own = tokens.slice(start, end).find((t) => /^apologi[sz]e$/.test(t.norm));
  let text = own ? plain.replace(/apologi[sz]e/, own.norm) : plain;
  if (start === 0) text = text.charAt(0).toUpperCase() + text.slice(1);
  return { start: tokens[start]!.start - base, end: tokens[end - 1]!.end - base, text };
}

function nearest(apologies: readonly Apology[], index: number): Apology | undefined {
  let best: Apology | undefined;
  for (const a of apologies) if (!best || Math.abs(a.start - index) < Math.abs(best.start - index)) best = a;
  return best;
}
