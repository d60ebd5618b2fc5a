// self-deprecation: the writer beats themself up, calls themself stupid or hopeless, says they don't deserve the job.
import type { Rule } from './types.js';
import type { Sentence } from './text/note.js';
import type { Token } from './text/tokens.js';
import { hasFirstPerson } from './text/context.js';
import { polarityOf } from './text/polarity.js';
import { compilePatterns } from './text/matcher.js';
import { rewriteSentenceFix } from './kit.js';
import { createToneRule, rewriteLabel, type ToneHit } from './text/tone.js';
import { phraseOptionSchema, PHRASE_OPTION_DEFAULTS, type PhraseOptions } from './text/literal-phrases.js';
import { removeSentenceFix } from './kit.js';
import {
  SELF_DEPRECATION_CLASSES,
  SELF_DEPRECATION_PATTERNS,
  type SelfDeprecationEntry,
  type SelfDeprecationKind,
} from './data/self-deprecation.js';

const matcher = compilePatterns(SELF_DEPRECATION_PATTERNS, SELF_DEPRECATION_CLASSES);

/** Rewrites that own a bad day without the self-punishment, by what the sentence did. */
export const SELF_DEPRECATION_REWRITES: Record<SelfDeprecationKind, string> = {
  label: "I wasn't at my best in the interview.",
  'bad-at': "I wasn't at my best in the interview.",
  'self-blame': "I wasn't at my best in the interview.",
  unworthy: "I'd welcome the chance to show what I can do.",
};

const WHAT: Record<SelfDeprecationKind, string> = {
  label: 'Calls yourself names',
  'bad-at': 'Runs down your own ability',
  unworthy: 'Says you are not worth hiring',
  'self-blame': 'Beats yourself up',
};

/** Words that make a confessed weakness a story of growth (“I used to be terrible at…, so I…”). */
const GROWTH = new Set(['used', 'once', 'early', 'earlier', 'started', 'improved', 'learned', 'learnt', 'since', 'now', 'anymore', 'longer', 'overcame', 'overcome', 'worked', 'yet', 'working', 'practising', 'practicing']);
/** Contrasts after which a confessed weakness is balanced by a strength (“not a great speaker, but my reports are sharp”). */
const CONTRASTS = new Set(['but', 'though', 'although', 'however', 'yet']);
/** Words that frame the sentence as a joke or tease. */
const JOKING = new Set(['joke', 'joked', 'joking', 'jokingly', 'tease', 'teased', 'kid', 'kidding', 'laugh', 'quip']);
/** What may follow a bare “I don't deserve”. */
const WORTH = new Set(SELF_DEPRECATION_CLASSES['undeserved']);

/** Whether a contrast after `from` goes on to a first-person strength said in a non-negative light. */
function balanced(tokens: readonly Token[], from: number): boolean {
  const at = tokens.findIndex((t, i) => i >= from && CONTRASTS.has(t.norm));
  return at !== -1 && hasFirstPerson(tokens, at + 1) && polarityOf(tokens, at + 1).score >= 0;
}

function accept(sentence: Sentence, hit: ToneHit<SelfDeprecationEntry>): boolean {
  const next = sentence.tokens[hit.end];
  if (hit.entry?.bare && next?.kind === 'word' && !WORTH.has(next.norm)) return false;
  if (hit.entry?.kind === 'bad-at' && sentence.tokens.some((t) => GROWTH.has(t.norm))) return false;
  if (hit.entry?.kind === 'bad-at' && balanced(sentence.tokens, hit.end)) return false;
  // A joke someone else made about you is told with a smile (“my manager joked I'm hopeless at taking holidays”).
  if (sentence.tokens.some((t) => t.lemmas.some((l) => JOKING.has(l)))) return false;
  return true;
}

export const selfDeprecation: Rule<PhraseOptions> = createToneRule<SelfDeprecationEntry>({
  meta: {
    id: 'self-deprecation',
    description: 'The writer runs themself down: calls themself stupid or hopeless, says they are terrible at interviews or undeserving.',
    category: 'tone',
    defaultSeverity: 'warn',
    why: 'Advisers say forgive yourself and move on: the note should sell you, not punish you.',
    fixable: 'safe',
    defaults: PHRASE_OPTION_DEFAULTS,
    options: phraseOptionSchema('run the writer down'),
  },
  matcher,
  accept,
  found: (quoted, entry) => `${entry ? WHAT[entry.kind] : 'Runs yourself down'} (${quoted})`,
  instead: 'leave the self-criticism out and use the space to remind the reader what you would bring',
  fixes: (note, sentence, hits, { whole }) => {
    const kind = hits.find((h) => h.entry)?.entry?.kind ?? 'label';
    return [
      removeSentenceFix(note, sentence, 'Remove this sentence', whole),
      rewriteSentenceFix(sentence, SELF_DEPRECATION_REWRITES[kind], rewriteLabel(sentence, SELF_DEPRECATION_REWRITES[kind])),
    ];
  },
});
