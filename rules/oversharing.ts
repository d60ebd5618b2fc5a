// oversharing: personal-life detail unrelated to the job (relationship trouble, family drama,
// hangovers, medical detail, landlord drama); a brief vague reason for an off day is fine.
import type { Rule } from './types.js';
import type { Sentence } from './text/note.js';
import { compilePatterns } from './text/matcher.js';
import { createToneRule, rewriteOrRemove, type ToneHit } from './text/tone.js';
import { phraseOptionSchema, PHRASE_OPTION_DEFAULTS, type PhraseOptions } from './text/literal-phrases.js';
import { OVERSHARING_CLASSES, OVERSHARING_PATTERNS, type OversharingEntry, type OversharingKind } from './data/oversharing.js';

const matcher = compilePatterns(OVERSHARING_PATTERNS, OVERSHARING_CLASSES);

/** The brief, vague line advisers allow in place of the detail. */
export const OVERSHARING_REWRITE = "I wasn't at my best that day.";

/** Words that put a symptom or a family crisis in the writer's work, not their life (a nurse's patients, a caseworker's families). */
const WORK_CONTEXT = new Set([
  'patient', 'patients', 'resident', 'residents', 'client', 'clients', 'ward', 'unit', 'outbreak', 'outbreaks', 'clinic',
  'caseload', 'student', 'students', 'pupil', 'pupils', 'customer', 'customers', 'guest', 'guests', 'treated', 'treating',
  'triage', 'nursing', 'protocol', 'protocols', 'rates', 'care', 'caring', 'cared', 'managed', 'trial', 'study', 'research',
  'pharmacy', 'prescriptions', 'dispensed', 'dispensing', 'filled', 'administered', 'administering', 'medications',
  'families', 'caseworker', 'casework', 'cases', 'supported', 'advised', 'represented', 'mediated', 'mediation', 'paralegal',
]);

const WHAT: Record<OversharingKind, string> = {
  relationship: 'Shares relationship trouble',
  family: 'Shares family drama',
  partying: 'Mentions drinking or partying',
  medical: 'Goes into medical detail',
  therapy: 'Shares therapy or mental-health detail',
  money: 'Shares landlord or debt trouble',
};

/** Words that put drink and parties in the writer's work (a bartender, a sommelier, an events planner). */
const HOSPITALITY_CONTEXT = new Set([
  'bartender', 'bartending', 'sommelier', 'guests', 'customers', 'patrons', 'menu', 'served', 'serving', 'pairing', 'pairings',
  'licence', 'license', 'brewery', 'winery', 'tasting', 'tastings', 'venue', 'events', 'planned', 'organised', 'organized', 'catering',
]);

function mentions(sentence: Sentence, words: ReadonlySet<string>): boolean {
  return sentence.tokens.some((t) => words.has(t.norm));
}

function accept(sentence: Sentence, hit: ToneHit<OversharingEntry>): boolean {
  switch (hit.entry?.kind) {
    case 'medical':
    case 'therapy':
    case 'relationship':
    case 'family':
      return !mentions(sentence, WORK_CONTEXT);
    case 'partying':
      return !mentions(sentence, HOSPITALITY_CONTEXT);
    default:
      return true;
  }
}

export const oversharing: Rule<PhraseOptions> = createToneRule<OversharingEntry>({
  meta: {
    id: 'oversharing',
    description: 'The note shares personal-life detail unrelated to the job: relationship or family trouble, hangovers, medical detail, landlord drama.',
    category: 'tone',
    defaultSeverity: 'warn',
    why: 'Advisers say a follow-up is a business note: life stories do not endear, and at most a vague one-line reason for an off day belongs in it.',
    fixable: 'suggestion',
    defaults: PHRASE_OPTION_DEFAULTS,
    options: phraseOptionSchema('overshare'),
  },
  matcher,
  accept,
  found: (quoted, entry) => `${entry ? WHAT[entry.kind] : 'Shares personal detail'} (${quoted})`,
  instead: 'leave your private life out; if the day needs explaining, one vague line such as “I was unwell that day” is enough',
  offers: OVERSHARING_REWRITE,
  fixes: (note, sentence, _hits, { whole, duplicate }) => {
    const fixes = rewriteOrRemove(note, sentence, whole, OVERSHARING_REWRITE, false, duplicate);
    // Removing the detail is the better edit; the vague line is for when the day needs explaining.
    return [...fixes.filter((f) => f.effect === 'remove'), ...fixes.filter((f) => f.effect !== 'remove')];
  },
});
