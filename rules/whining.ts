// whining: the note complains, pities the writer, protests that it wasn't fair, or dwells on
// how badly the interview went.
import type { Fix } from './types.js';
import type { Note, Sentence } from './text/note.js';
import type { Token } from './text/tokens.js';
import { compilePatterns, type Match } from './text/matcher.js';
import { hasFirstPerson, isNegated } from './text/context.js';
import { aboutOldWorkplace, isNegatedMatch, keepRestFix, toneRule, type ToneFinding, type ToneFixFacts, type ToneWording } from './text/tone-rule.js';
import { quote, removeSentenceFix, rewriteSentenceFix } from './kit.js';
import {
  DENIED,
  FAIR_NOT_VERDICT,
  FAIR_TO_BENIGN,
  NOT_ABOUT_INTERVIEW,
  OTHER_SUBJECTS,
  SYMPATHY_CUES,
  UNFAIR_SUBJECTS,
  UNFAIR_TOPICS,
  WHINE_CLASSES,
  WHINE_ENTRIES,
  WRONGED,
  type WhineEntry,
  type WhineKind,
} from './data/whining.js';

const matcher = compilePatterns(WHINE_ENTRIES, WHINE_CLASSES);
const PERSONAL = new Set(WHINE_CLASSES['distress']);
const DISTRESS = new Set([...PERSONAL, ...WHINE_CLASSES['galling']!, 'stung', 'hurt']);
const FAIRNESS = new Set(['fair', 'fairly', 'unfair', 'unfairly', 'unjust', 'unjustly', 'unjustified', 'unreasonable', 'unreasonably', 'reasonable', 'justified']);
const CONDITIONAL = new Set(['would', 'could', 'might', 'if']);
/** What a feeling “after …” must be about to be whining (“devastated after the interview”, “after hearing the feedback”). */
const AFTERMATH = new Set(['interview', 'call', 'meeting', 'panel', 'conversation', 'it', 'that', 'this', 'feedback', 'decision', 'news', 'hear', 'rejection', 'result', 'email', 'day', 'session', 'test', 'assessment', 'presentation', 'everything', 'leave', 'walk', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'we', 'our']);
/** Other people whose feelings a sentence may report (“left customers feeling frustrated”). */
const FEELERS = new Set(['customer', 'user', 'client', 'patient', 'staff', 'team', 'people', 'student', 'everyone', 'colleague', 'them', 'him', 'her', 'member', 'employee', 'visitor', 'guest', 'parent', 'resident']);
/** Words that follow a predicative “unfair” (“it was unfair to…”, “unfair given…”). */
const PREDICATE_FOLLOWERS = new Set(['to', 'that', 'on', 'for', 'given', 'and', 'of', 'in', 'because', 'since', 'as', 'but', 'when', 'considering', 'at', 'or', 'so', 'towards', 'toward', 'how', 'really', 'too']);

/** Whether one of the interview's or the writer's subjects stands within four words before `at`. */
function subjectNear(tokens: readonly Token[], at: number): boolean {
  for (let i = Math.max(0, at - 4); i < at; i++) if (tokens[i]!.lemmas.some((l) => UNFAIR_SUBJECTS.has(l))) return true;
  return false;
}

/** “A fair question”, “fair to you”, “unfair bias in models”: fairness that is no complaint. */
function fairnessIsBenign(tokens: readonly Token[], m: Match<WhineEntry>): boolean {
  for (let i = m.start; i < m.end; i++) {
    if (!FAIRNESS.has(tokens[i]!.norm)) continue;
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (next && (FAIR_NOT_VERDICT.has(next.norm) || UNFAIR_TOPICS.has(next.norm))) return true;
    // “Challenging unfair evictions”: an attributive “unfair” names the writer's subject matter unless it
    // qualifies the interview itself (“an unfair test”).
    if (tokens[i]!.norm.startsWith('un') && next?.kind === 'word' && !PREDICATE_FOLLOWERS.has(next.norm) && !next.lemmas.some((l) => UNFAIR_SUBJECTS.has(l))) return true;
    if (next?.norm === 'to' && after && FAIR_TO_BENIGN.has(after.norm)) return true;
  }
  return false;
}

/** “I was sad to hear about your colleague”, “I'm sorry you were upset”: feelings that are not self-pity. */
function distressIsBenign(tokens: readonly Token[], m: Match<WhineEntry>): boolean {
  let feeling = -1;
  for (let i = m.start; i < m.end; i++) if (tokens[i]!.lemmas.some((l) => DISTRESS.has(l))) feeling = i;
  if (feeling === -1) feeling = m.end - 1;
  // “My manager was furious”: someone else's feeling; so is “left customers feeling frustrated”.
  if (tokens[m.start]!.norm === 'feeling' && tokens[m.start - 1]?.lemmas.some((l) => FEELERS.has(l))) return true;
  if (tokens[m.start]!.norm === 'my' || tokens[m.start]!.norm === 'mine') return true;
  const next = tokens[feeling + 1];
  const after = tokens[feeling + 2]?.norm ?? '';
  // “Frustrated for you” is sympathy; “fuming for the rest of the day”, “for hours” is how long the writer dwelt.
  const howLong = ['hours', 'days', 'weeks', 'ages', 'a', 'most'].includes(after) || (after === 'the' && ['rest', 'whole'].includes(tokens[feeling + 3]?.norm ?? ''));
  if (next?.norm === 'for' && after !== 'me' && after !== 'us' && !howLong) return true;
  // “Sad to hear about…”: sympathy, for the personal feelings only (“it stung to be asked” is still a complaint).
  if (next?.norm === 'to' && SYMPATHY_CUES.has(after) && PERSONAL.has(tokens[feeling]!.norm)) return true;
  // “Shattered after the marathon”: a feeling after something other than the interview.
  if (next?.norm === 'after' && !tokens.slice(feeling + 2, feeling + 6).some((t) => t.lemmas.some((l) => AFTERMATH.has(l)))) return true;
  // “I cried in the car park before the interview”: nerves beforehand, not dwelling on how it went.
  for (let i = feeling + 1; i < Math.min(tokens.length, feeling + 7); i++) if (tokens[i]!.norm === 'before') return true;
    // “It must be frustrating for your team”: someone else's feelings, guessed at.
  if (tokens.slice(m.start, feeling).some((t) => t.norm === 'must')) return true;
  for (let i = m.start + 1; i < feeling; i++) {
    if (OTHER_SUBJECTS.has(tokens[i]!.norm) || CONDITIONAL.has(tokens[i]!.norm)) return true;
  }
  return false;
}

/** Whether what follows a `gloomAfter` frame is a complaint: something denied (“never considered”) or a wrong done. */
function gloomFollows(tokens: readonly Token[], m: Match<WhineEntry>): boolean {
  for (let i = m.end; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lemmas.some((l) => WRONGED.has(l))) return true;
    // “No one could have been more welcoming” is emphasis, not denial.
    if (t.lemmas.some((l) => DENIED.has(l)) && isNegated(tokens, i, 4) && !tokens.slice(Math.max(m.end, i - 3), i).some((b) => b.norm === 'more')) return true;
  }
  return false;
}

function isWhining(sentence: Sentence, m: Match<WhineEntry>): boolean {
  const { tokens } = sentence;
  if (m.entry.gloomAfter) return gloomFollows(tokens, m) && !aboutOldWorkplace(tokens);
  if (m.entry.clauseEnd && tokens[m.end] && tokens[m.end]!.kind !== 'punct') return false;
  // “Nobody cares more about data quality than I do”: a comparison, not a grievance.
  if (['more', 'better'].includes(tokens[m.end]?.norm ?? '')) return false;
  if (isNegatedMatch(tokens, m)) return false;
  if (m.entry.firstPerson && !hasFirstPerson(tokens)) return false;
  if (aboutOldWorkplace(tokens)) return false;
  if (m.entry.nearSubject && !subjectNear(tokens, m.start)) return false;
  switch (m.entry.kind) {
    case 'unfair':
      return !fairnessIsBenign(tokens, m);
    case 'distress':
      return !distressIsBenign(tokens, m);
    case 'self-pity': {
      // “It's been a tough year for your team” is sympathy, not self-pity (“of all the days for my mind to go blank” is not).
      const next = tokens[m.end];
      return !(next?.norm === 'for' && !['me', 'us', 'my', 'our'].includes(tokens[m.end + 1]?.norm ?? ''));
    }
    case 'dwelling':
    case 'grievance':
      return !tokens.some((t) => NOT_ABOUT_INTERVIEW.has(t.norm));
  }
}

/** One whining phrase in a sentence. */
export type WhineFinding = ToneFinding<WhineKind>;

/** The first whining phrase in a body sentence, if any. */
export function findWhining(sentence: Sentence): WhineFinding | undefined {
  if (sentence.role !== 'body') return undefined;
  for (const m of matcher.findAll(sentence.tokens)) {
    if (isWhining(sentence, m)) return { from: m.start, to: m.end, kind: m.entry.kind };
  }
  return undefined;
}

const WORDING: ToneWording<WhineKind> = {
  unfair: {
    found: 'Complains that it was unfair',
    instead: 'leave fairness out and use the note to add what you want them to know about you',
  },
  dwelling: {
    found: 'Dwells on how badly it went',
    instead: 'give what went wrong one short line at most, then move to what you offer',
  },
  distress: {
    found: 'Dwells on your disappointment',
    instead: 'keep your feelings about the interview out of the note and close on thanks and enthusiasm',
  },
  'self-pity': {
    found: 'Reads as self-pity',
    instead: 'leave your luck out and restate what you would bring to the role',
  },
  grievance: {
    found: 'Complains about how the interview was run',
    instead: 'leave the complaint out: the reader remembers the last impression the note leaves',
  },
};

const FORWARD = 'Thank you again for your time; I remain very interested in the role.';
const FORWARD_LABEL = `Rewrite (looks forward): ${quote(FORWARD, 80)}`;

function fixesFor(note: Note, sentence: Sentence, _finding: WhineFinding, { kept, wholly }: ToneFixFacts): Fix[] {
  const fixes: Fix[] = [];
  const keep = keepRestFix(sentence, kept);
  if (keep) fixes.push(keep);
  fixes.push(removeSentenceFix(note, sentence, 'Remove this sentence', wholly && !keep));
  fixes.push(rewriteSentenceFix(sentence, FORWARD, FORWARD_LABEL, false));
  return fixes;
}

export const whining = toneRule<WhineKind, { finding?: WhineFinding }>({
  meta: {
    id: 'whining',
    description: 'The note complains, pities the writer, protests that it was not fair, or dwells on how badly it went.',
    category: 'tone',
    defaultSeverity: 'warn',
    why: 'Advisers agree that complaining and self-pity are guaranteed not to earn a second chance.',
    fixable: 'safe',
  },
  flags: 'count as whining',
  read: (sentence) => {
    const finding = findWhining(sentence);
    return finding && { finding };
  },
  extraKind: 'grievance',
  wording: WORDING,
  fixes: fixesFor,
});
