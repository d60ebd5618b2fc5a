// missing-strengths: the note never restates the candidate's qualifications or value; offers a
// strengths sentence to fill in, placed before the closing lines.
import type { Rule } from './types.js';
import type { Note, Sentence } from './text/note.js';
import type { Token } from './text/tokens.js';
import { compilePatterns, type Match } from './text/matcher.js';
import { clauseStart, clauseEnd, hasFirstPerson } from './text/context.js';
import { polarityOf } from './text/polarity.js';
import { bodyParagraphs, bodySentencesOf, lineBreakOf } from './text/closing.js';
import { insertFix } from './kit.js';
import { sentenceSlot } from './text/sentence-record.js';
import type { Fix } from './types.js';
import {
  ASPIRATIONS, CREDENTIAL_VERBS, FEELINGS, HEDGES, METRIC, MIN_WORDS, NOT_ACHIEVEMENT_NEXT, NOT_CREDENTIAL_INITIALS, NOT_SKILL_OBJECT, NOT_TRAIT_VERBS, NOT_WORK_TIME, NUMBER_WORDS,
  REGRETS, RESULT_VERBS, STRENGTHS_SCAFFOLD, STRENGTH_CLASSES, STRENGTH_PHRASES, TIME_SPANS, TOOL_VERBS, type StrengthEntry,
} from './data/missing-strengths.js';

const STRENGTHS = compilePatterns(STRENGTH_PHRASES, STRENGTH_CLASSES);
const ACHIEVE = new Set(STRENGTH_CLASSES['achieve']);

function anyIn(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (words.has(tokens[i]!.norm)) return true;
  return false;
}

const SPEAKER = new Set(['i', 'we', 'me', 'us']);
const hasI = (tokens: readonly Token[]): boolean => tokens.some((t) => SPEAKER.has(t.norm));

/** Verbs of noticing: a figure someone read or saw is not the candidate's result. */
const NOTICING = new Set(['notice', 'see', 'read', 'hear', 'learn', 'saw', 'find', 'spot']);
/** Words after a verb of using that make it something else than a tool (“I wrote to Dr. Lee”). */
const TOOL_NOT_NEXT = new Set(['to', 'for', 'about', 'with', 'back', 'you', 'your', 'this', 'that', 'it']);

/** Words that doubt a clean record rather than state it (“I'm not sure I never missed…”). */
const DOUBTS = new Set(['if', 'whether', 'unsure', 'doubt']);

/** Whether a matched phrase really restates a strength, read in its clause. */
function isStrength(tokens: readonly Token[], m: Match<StrengthEntry>): boolean {
  const from = clauseStart(tokens, m.start);
  if (m.entry.firstPerson && !hasFirstPerson(tokens)) return false;
  if (m.entry.speaker && (!hasI(tokens) || hasLemma(tokens, NOT_WORK_TIME))) return false;
  if (m.entry.kind === 'result') {
    const end = clauseEnd(tokens, m.end - 1);
    const told = tokens.slice(m.end, end).some((t) => isNumber(t) || t.norm === 'by' || t.norm === 'from');
    if (!told || hasLemma(tokens.slice(from, end), FEELINGS)) return false;
  }
  // In a clean record the negation is the point (“I never missed a deadline”).
  if (anyIn(tokens, from, m.end, m.entry.kind === 'record' ? DOUBTS : HEDGES)) return false;
  const last = tokens[m.end - 1]!;
  if (m.entry.object && NOT_SKILL_OBJECT.has(last.norm)) return false;
  if (m.entry.kind === 'trait' && (NOT_TRAIT_VERBS.has(last.norm) || last.lemmas.some((l) => NOT_TRAIT_VERBS.has(l)))) return false;
  if (m.entry.kind === 'solution' && anyIn(tokens, from, m.start, REGRETS)) return false;
  if (m.entry.kind === 'experience' && anyIn(tokens, from, clauseEnd(tokens, Math.max(m.start, m.end - 1)), ASPIRATIONS)) return false;
  if (m.entry.kind === 'achievement') {
    const verb = m.end - 1;
    if (!tokens[verb]!.lemmas.some((l) => ACHIEVE.has(l))) return false;
    const next = tokens[verb + 1];
    if (next && NOT_ACHIEVEMENT_NEXT.has(next.norm)) return false;
    // “I need to plan”, “I hope to build”: an intention, not something done.
    if (tokens[verb - 1]?.norm === 'to') return false;
  }
  // Said in a negative light (“I handled the question badly”), it is not a strength.
  const to = clauseEnd(tokens, Math.max(m.start, m.end - 1));
  return polarityOf(tokens, from, to).score > -2;
}


const isNumber = (t: Token | undefined): boolean => !!t && (/^\d[\d,.]*\+?$/.test(t.norm) || NUMBER_WORDS.has(t.norm));
const hasLemma = (tokens: readonly Token[], words: ReadonlySet<string>): boolean => tokens.some((t) => words.has(t.norm) || t.lemmas.some((l) => words.has(l)));

/**
 * Time served: a counted span of years or months (“in my eight years on the ward”, “over the past
 * fifteen years I have opened…”) said by the candidate of their work, not a wait, a wish or a life detail.
 */
function statesTimeServed(tokens: readonly Token[]): boolean {
  if (!tokens.some((t) => TIME_SPANS.has(t.norm)) || hasLemma(tokens, NOT_WORK_TIME) || hasLemma(tokens, ASPIRATIONS)) return false;
  for (let i = 1; i < tokens.length; i++) {
    if (!TIME_SPANS.has(tokens[i]!.norm)) continue;
    const counted = isNumber(tokens[i - 1]) || (isNumber(tokens[i - 2]) && tokens[i - 1]!.kind === 'word');
    if (!counted) continue;
    const mine = hasI(tokens) || tokens.slice(Math.max(0, i - 3), i).some((t) => t.norm === 'my');
    if (mine) return true;
  }
  return false;
}

/** A result that moves “from … to …” with a count or a rank (“took our store from last to third”). */
function statesMovedResult(tokens: readonly Token[]): boolean {
  const from = tokens.findIndex((t) => t.norm === 'from');
  if (from === -1 || !hasFirstPerson(tokens) || !hasLemma(tokens, RESULT_VERBS) || hasLemma(tokens, FEELINGS) || hasLemma(tokens, NOTICING)) return false;
  const to = tokens.findIndex((t, i) => i > from && t.norm === 'to');
  if (to === -1 || to - from > 4) return false;
  const ranked = (t: Token | undefined): boolean => isNumber(t) || /^(?:last|first|second|third|top|bottom|\d+(?:st|nd|rd|th))$/.test(t?.norm ?? '');
  return ranked(tokens[from + 1]) || ranked(tokens[to + 1]);
}

const BE = new Set(['be']);

/** Initials of a credential after a verb of holding it (“I hold a Class A CDL”, “I'm an RN”). */
function statesInitials(sentence: Sentence): boolean {
  const { tokens } = sentence;
  // Initials need two capitals in a row somewhere in the text.
  if (!hasI(tokens) || !/[A-Z]{2}/.test(sentence.text) || !(hasLemma(tokens, CREDENTIAL_VERBS) || hasLemma(tokens, BE))) return false;
  for (let i = 0; i < tokens.length; i++) {
    // “I hold a Class A CDL”, or “I'm an RN” (initials right after “a”/“an”).
    const verb = tokens[i]!.lemmas.some((l) => CREDENTIAL_VERBS.has(l));
    const iAmA = tokens[i]!.norm === 'i' && tokens[i + 1]?.lemmas.includes('be') && /^an?$/.test(tokens[i + 2]?.norm ?? '');
    if (!verb && !iAmA) continue;
    const [first, last] = iAmA ? [i + 3, i + 3] : [i + 1, i + 4];
    for (let j = first; j <= last && j < tokens.length; j++) {
      const t = tokens[j]!;
      const surface = sentence.text.slice(t.start - sentence.start, t.end - sentence.start);
      if (t.kind === 'word' && t.norm !== 'i' && /^[A-Z]{2,6}s?$/.test(surface) && !NOT_CREDENTIAL_INITIALS.has(surface.replace(/s$/, ''))) return true;
    }
  }
  return false;
}

/** A tool or language named after a verb of using it (“I use Figma daily”, “I speak Tagalog”). */
function statesTool(sentence: Sentence): boolean {
  const { tokens } = sentence;
  if (!hasI(tokens) || !hasLemma(tokens, TOOL_VERBS)) return false;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!tokens[i]!.lemmas.some((l) => TOOL_VERBS.has(l)) || tokens[i - 1]!.norm === 'to') continue;
    // The name may follow a few describing words (“I write clean, tested Go”), not a preposition (“write to Dr. Lee”).
    if (TOOL_NOT_NEXT.has(tokens[i + 1]!.norm)) continue;
    for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) {
      const next = tokens[j]!;
      if (next.kind === 'punct' && next.norm !== ',') break;
      const surface = sentence.text.slice(next.start - sentence.start, next.end - sentence.start);
      if (next.kind === 'word' && /^[A-Z]/.test(surface) && next.norm !== 'i') return true;
    }
  }
  return false;
}


function restatesStrength(sentence: Sentence): boolean {
  const { tokens } = sentence;
  // The cheap tests go first; the sentence's sentiment is scored only when one of them passes.
  if (hasFirstPerson(tokens) && METRIC.test(sentence.text) && !hasLemma(tokens, NOTICING) && polarityOf(tokens).score > -2) return true;
  if ((statesTimeServed(tokens) || statesMovedResult(tokens) || statesTool(sentence) || statesInitials(sentence)) && polarityOf(tokens).score > -2) return true;
  // A résumé-style bullet (“- designed the low-power scheduler…”) states an achievement without “I”.
  if (sentence.block.inList) {
    const head = tokens.find((t) => t.kind === 'word');
    if (head && /ed$/.test(head.norm) && head.lemmas.some((l) => ACHIEVE.has(l))) return true;
  }
  return STRENGTHS.findAll(tokens).some((m) => isStrength(tokens, m));
}

/** The same, kept while the sentence's tokens live: an editor re-reads the sentences that restate one at each lint. */
const restatesStrengthOf = sentenceSlot(restatesStrength);

/**
 * Where the strengths sentence goes: as a paragraph before a short closing paragraph, or as a
 * sentence before the last sentence of a longer one, or after a one-sentence body.
 */
function strengthsInsertion(note: Note): { at: number; text: string; anchor: Sentence } | undefined {
  // A list item cannot take a paragraph before it, so the close is the last paragraph outside lists.
  const paragraphs = bodyParagraphs(note).filter((b) => !b.inList);
  const closing = paragraphs[paragraphs.length - 1];
  if (!closing) return undefined;
  const sentences = bodySentencesOf(closing);
  const last = sentences[sentences.length - 1]!;
  const words = sentences.reduce((n, s) => n + s.wordCount, 0);
  const isOwnParagraph = paragraphs.length > 1 && sentences.length <= 2 && words <= 40;
  if (isOwnParagraph) {
    const br = lineBreakOf(note.source);
    return { at: closing.start, text: STRENGTHS_SCAFFOLD + br + br, anchor: sentences[0]! };
  }
  if (sentences.length > 1) return { at: last.start, text: `${STRENGTHS_SCAFFOLD} `, anchor: last };
  return { at: last.end, text: ` ${STRENGTHS_SCAFFOLD}`, anchor: last };
}

export const missingStrengths: Rule = {
  meta: {
    id: 'missing-strengths',
    description: "The note never restates the candidate's qualifications or what they would bring.",
    category: 'content',
    defaultSeverity: 'warn',
    why: 'Advisers say to use the note to remind the reader of your qualifications and what you would bring to the company.',
    fixable: 'suggestion',
    defaults: {},
    options: {},
  },
  create(context) {
    let found = false;
    return {
      sentence(sentence) {
        if (sentence.role !== 'body') return true;
        // Once a strength is found the rest need not be read (nor marked idle: that would
        // mean reading each of them once more).
        if (found) return;
        if (!restatesStrengthOf(sentence)) return true;
        found = true;
      },
      end(note) {
        if (found || note.wordCount < MIN_WORDS) return;
        const place = strengthsInsertion(note);
        if (!place) return;
        const fixes: Fix[] = [insertFix(place.at, place.text, 'Add a strengths sentence to fill in before the close')];
        context.report({
          start: place.anchor.start,
          end: place.anchor.end,
          found: 'The note never restates your qualifications or what you would bring',
          instead: 'before the close, add a sentence on a strength that fits their need (an example, a result, a skill)',
          fixes,
        });
      },
    };
  },
};
