// desperation: the note shows a desperate face (needing the job, money trouble, "I'll do anything").
import type { Rule } from './types.js';
import type { Sentence } from './text/note.js';
import { compilePatterns } from './text/matcher.js';
import { createToneRule, rewriteOrRemove, toneOptionSchema, TONE_OPTION_DEFAULTS, type ToneHit, type ToneOptions } from './text/tone.js';
import { DESPERATION_CLASSES, DESPERATION_PATTERNS, type DesperationEntry, type DesperationKind } from './data/desperation.js';

const matcher = compilePatterns(DESPERATION_PATTERNS, DESPERATION_CLASSES);

/** Words that go on to say which kind of job is wanted, so the need is a preference. */
const QUALIFIERS = new Set(['where', 'that', 'which', 'who', 'with', 'offering', 'like', 'in', 'at', 'for', 'closer', 'nearer', 'as']);
/** Words after a bare “I need this” that keep it bare (“I need this so much”). */
const INTENSIFYING = new Set(['so', 'more', 'badly', 'bad', 'really', 'desperately', 'job', 'role', 'position', 'opportunity']);

/** The rewrite offered in place of a desperate sentence: enthusiasm instead of need. */
export const DESPERATION_REWRITE = "I'm very interested in this role.";

const WHAT: Record<DesperationKind, string> = {
  need: 'Says you need the job',
  desperate: 'Calls yourself desperate',
  anything: 'Offers to do or accept anything',
  everything: 'Makes the job everything to you',
  options: 'Says you are out of options',
  money: 'Brings money trouble into the note',
  rejected: 'Tells the reader other employers turned you down',
};

function accept(sentence: Sentence, hit: ToneHit<DesperationEntry>): boolean {
  const next = sentence.tokens[hit.end];
  if (hit.entry?.bare) return !next || next.kind !== 'word' || INTENSIFYING.has(next.norm);
  if (hit.entry?.unqualified && next?.kind === 'word') return !QUALIFIERS.has(next.norm);
  return true;
}

export const desperation: Rule<ToneOptions> = createToneRule<DesperationEntry>({
  meta: {
    id: 'desperation',
    description: 'The note sounds desperate: needing the job, money trouble, offering to do anything.',
    category: 'tone',
    defaultSeverity: 'warn',
    why: 'Advisers say a desperate face hurts the candidate; stay professional and show interest, not need.',
    fixable: 'safe',
    defaults: TONE_OPTION_DEFAULTS,
    options: toneOptionSchema('desperate'),
  },
  matcher,
  accept,
  found: (quoted, entry) => `${entry ? WHAT[entry.kind] : 'Sounds desperate'} (${quoted})`,
  instead: 'show genuine interest in the role and what you would bring to it, not how much you need it',
  fixes: (note, sentence, hits) => rewriteOrRemove(note, sentence, hits, DESPERATION_REWRITE, true),
});
