// desperation: the note shows a desperate face (needing the job, money trouble, "I'll do anything").
import type { Rule } from './types.js';
import type { Sentence } from './text/note.js';
import { compilePatterns } from './text/matcher.js';
import { createToneRule, rewriteOrRemove, type ToneHit } from './text/tone.js';
import { phraseOptionSchema, PHRASE_OPTION_DEFAULTS, type PhraseOptions } from './text/literal-phrases.js';
import { DESPERATION_CLASSES, DESPERATION_PATTERNS, type DesperationEntry, type DesperationKind } from './data/desperation.js';

const matcher = compilePatterns(DESPERATION_PATTERNS, DESPERATION_CLASSES);

/** Words that go on to say which kind of job is wanted, so the need is a preference. */
const QUALIFIERS = new Set([
  'where', 'that', 'which', 'who', 'with', 'offering', 'like', 'in', 'at', 'for', 'closer', 'nearer', 'as',
  // “the job description”, “this role's title”: a compound, not the job itself.
  'description', 'title', 'spec', 'specification', 'posting', 'ad', 'advert', 'listing', 'details', 'requirements', 'number', 'reference', 'code',
]);
/** Verbs of curiosity after “desperate to”. */
const CURIOUS = new Set(['learn', 'know', 'hear', 'see', 'understand', 'read', 'ask', 'find', 'explore', 'discuss', 'talk', 'try', 'meet', 'visit']);
/** Words after “anything” that make it an offer of help (“anything I can”, “anything that helps”). */
const HELPFUL = new Set(['i', 'we', 'that', 'which', 'to']);
const HELP_VERBS = new Set(['help', 'support', 'make', 'contribute', 'assist', 'ease', 'smooth']);
/** Purposes that keep “I need the job to …” about need (“…to pay my rent”, “…to support my kids”). */
const NEEDY_PURPOSES = new Set(['pay', 'feed', 'support', 'survive', 'cover', 'keep', 'get', 'stay', 'live', 'provide', 'afford', 'stop', 'save']);
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
  // “I was desperate to learn more about your approach” is curiosity, not need.
  if (hit.entry?.kind === 'desperate') {
    const at = sentence.tokens.findIndex((t, i) => i >= hit.start && t.norm === 'desperate');
    if (at !== -1 && sentence.tokens[at + 1]?.norm === 'to' && CURIOUS.has(sentence.tokens[at + 2]?.norm ?? '')) return false;
  }
  // “I'd do anything I can to help the team” offers help, not surrender.
  if (hit.entry?.kind === 'anything' && next?.kind === 'word' && HELPFUL.has(next.norm)) {
    return next.norm === 'to' ? !HELP_VERBS.has(sentence.tokens[hit.end + 1]?.norm ?? '') : false;
  }
  if (hit.entry?.bare) return !next || next.kind !== 'word' || INTENSIFYING.has(next.norm);
  if (hit.entry?.unqualified && next?.kind === 'word') {
    // “I need the role to include remote days” states a preference; “…to pay my rent” is need.
    if (next.norm === 'to') return NEEDY_PURPOSES.has(sentence.tokens[hit.end + 1]?.norm ?? '');
    return !QUALIFIERS.has(next.norm);
  }
  return true;
}

export const desperation: Rule<PhraseOptions> = createToneRule<DesperationEntry>({
  meta: {
    id: 'desperation',
    description: 'The note sounds desperate: needing the job, money trouble, offering to do anything.',
    category: 'tone',
    defaultSeverity: 'warn',
    why: 'Advisers say a desperate face hurts the candidate; stay professional and show interest, not need.',
    fixable: 'safe',
    defaults: PHRASE_OPTION_DEFAULTS,
    options: phraseOptionSchema('sound desperate'),
  },
  matcher,
  accept,
  found: (quoted, entry) => `${entry ? WHAT[entry.kind] : 'Sounds desperate'} (${quoted})`,
  instead: 'show genuine interest in the role and what you would bring to it, not how much you need it',
  offers: DESPERATION_REWRITE,
  fixes: (note, sentence, _hits, { whole, duplicate }) => rewriteOrRemove(note, sentence, whole, DESPERATION_REWRITE, true, duplicate),
});
