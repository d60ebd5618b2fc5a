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
import type { Fix } from './types.js';
import {
  ASPIRATIONS, HEDGES, METRIC, MIN_WORDS, NOT_ACHIEVEMENT_NEXT, REGRETS, STRENGTHS_SCAFFOLD, STRENGTH_CLASSES, STRENGTH_PHRASES, type StrengthKind,
} from './data/missing-strengths.js';

const STRENGTHS = compilePatterns(STRENGTH_PHRASES, STRENGTH_CLASSES);
const ACHIEVE = new Set(STRENGTH_CLASSES['achieve']);

function anyIn(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (words.has(tokens[i]!.norm)) return true;
  return false;
}

/** Whether a matched phrase really restates a strength, read in its clause. */
function isStrength(tokens: readonly Token[], m: Match<{ kind: StrengthKind; firstPerson?: true }>): boolean {
  const from = clauseStart(tokens, m.start);
  if (m.entry.firstPerson && !hasFirstPerson(tokens)) return false;
  if (anyIn(tokens, from, m.end, HEDGES)) return false;
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

function restatesStrength(sentence: Sentence): boolean {
  const { tokens } = sentence;
  if (METRIC.test(sentence.text) && hasFirstPerson(tokens) && polarityOf(tokens).score > -2) return true;
  // A résumé-style bullet (“- designed the low-power scheduler…”) states an achievement without “I”.
  const head = tokens.find((t) => t.kind === 'word');
  if (sentence.block.inList && head && /ed$/.test(head.norm) && head.lemmas.some((l) => ACHIEVE.has(l))) return true;
  return STRENGTHS.findAll(tokens).some((m) => isStrength(tokens, m));
}

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
        if (!found && sentence.role === 'body' && restatesStrength(sentence)) found = true;
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
