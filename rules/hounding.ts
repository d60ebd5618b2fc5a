// hounding: the note presses for an answer, sets a deadline, chases silence or promises repeated calls.
import type { Rule } from './types.js';
import type { Sentence } from './text/note.js';
import { compilePatterns } from './text/matcher.js';
import { createToneRule, rewriteOrRemove, type ToneHit } from './text/tone.js';
import { phraseOptionSchema, PHRASE_OPTION_DEFAULTS, type PhraseOptions } from './text/literal-phrases.js';
import { HOUNDING_CLASSES, HOUNDING_PATTERNS, type HoundingEntry, type HoundingKind } from './data/hounding.js';

const matcher = compilePatterns(HOUNDING_PATTERNS, HOUNDING_CLASSES);

/** The one polite line advisers allow; it replaces a hounding sentence. */
export const HOUNDING_REWRITE = 'I look forward to hearing from you.';

/** The note already has a polite closing of that kind, in any wording. */
const LOOKS_FORWARD = /\blook(?:s|ing)? forward to (?:hearing|your reply|your response|the next steps?)|\bhope to hear from you\b/i;

/** Words that show a promised contact was arranged with the reader, not imposed on them. */
const ARRANGED = new Set(['agreed', 'arranged', 'scheduled', 'discussed', 'suggested', 'requested', 'asked', 'planned', 'invited', 'booked', 'offered']);

const WHAT: Record<HoundingKind, string> = {
  deadline: 'Sets the reader a deadline',
  urgent: 'Presses for an urgent answer',
  silence: 'Chases the reader for a reply',
  repeat: 'Promises to keep contacting the reader',
  demand: 'Demands an answer',
};

function accept(sentence: Sentence, hit: ToneHit<HoundingEntry>): boolean {
  const next = sentence.tokens[hit.end];
  if (hit.entry?.bare && next && next.kind === 'word') return false;
  if (hit.entry?.unarranged && sentence.tokens.some((t) => ARRANGED.has(t.norm))) return false;
  if (hit.entry?.statement && sentence.text.trimEnd().endsWith('?')) return false;
  return true;
}

export const hounding: Rule<PhraseOptions> = createToneRule<HoundingEntry>({
  meta: {
    id: 'hounding',
    description: 'The note presses for an answer: deadlines, urgency, chasing silence, promised repeated calls.',
    category: 'tone',
    defaultSeverity: 'warn',
    why: 'Advisers say that after the note the interviewer will get in touch if interested; one polite line is enough, pressing hurts.',
    fixable: 'safe',
    defaults: PHRASE_OPTION_DEFAULTS,
    options: phraseOptionSchema('press for an answer'),
  },
  matcher,
  accept,
  found: (quoted, entry) => `${entry ? WHAT[entry.kind] : 'Presses the reader'} (${quoted})`,
  instead: `close with one polite line such as “${HOUNDING_REWRITE}” and let them come back to you`,
  // Another body sentence with a polite closing of that kind makes the rewrite a duplicate.
  saidBy: (sentence) => LOOKS_FORWARD.test(sentence.text),
  fixes: (note, sentence, _hits, { whole, duplicate }) => rewriteOrRemove(note, sentence, whole, HOUNDING_REWRITE, true, duplicate),
});
