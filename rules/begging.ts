// begging: the note pleads for the job or for another chance, rather than asking once, plainly,
// for another conversation.
import type { Fix } from './types.js';
import type { Note, Sentence } from './text/note.js';
import type { Token } from './text/tokens.js';
import { compilePatterns, type Match } from './text/matcher.js';
import { clauseStart } from './text/context.js';
import { isNegatedMatch, keepRestFix, toneRule, type ToneFinding, type ToneFixFacts, type ToneWording } from './text/tone-rule.js';
import { quote, removeSentenceFix, rewriteSentenceFix } from './kit.js';
import {
  BEG_CLASSES,
  BEG_ENTRIES,
  CONVERSATION_VERBS,
  PLAIN_ASK,
  PLEAD_IDIOMS,
  PLEA_MARKERS,
  RECONSIDER_ASKERS,
  RECONSIDER_OBJECTS,
  type BegEntry,
  type BegKind,
} from './data/begging.js';

const matcher = compilePatterns(BEG_ENTRIES, BEG_CLASSES);
const plainAsk = compilePatterns(PLAIN_ASK.map((pattern) => ({ pattern })), BEG_CLASSES);
const CHANCE = new Set(BEG_CLASSES['chance']);

function hasPleaMarker(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.lemmas.some((l) => PLEA_MARKERS.has(l)));
}

/** “Another chance to continue our conversation”: the chance is for talk, asked plainly. */
function chanceToTalk(tokens: readonly Token[], m: Match<BegEntry>): boolean {
  let at = -1;
  for (let i = m.start; i < m.end; i++) if (tokens[i]!.lemmas.some((l) => CHANCE.has(l))) at = i;
  if (at === -1) return false;
  let i = at + 1;
  if (tokens[i]?.norm !== 'to') return false;
  i++;
  // Step over an adverb or “further” (“to talk further”, “to briefly discuss”).
  for (let k = 0; k < 2 && i < tokens.length; k++, i++) {
    if (tokens[i]!.lemmas.some((l) => CONVERSATION_VERBS.has(l))) return true;
  }
  return false;
}

/** “I plead guilty to loving spreadsheets”: an idiom, not a plea. */
function pleadIdiom(tokens: readonly Token[], m: Match<BegEntry>): boolean {
  for (let i = m.start; i < m.end; i++) {
    if (tokens[i]!.lemmas.includes('plead') && PLEAD_IDIOMS.has(tokens[i + 1]?.norm ?? '')) return true;
  }
  return false;
}

const GIVING = new Set(['give', 'giving', 'offer', 'grant', 'allow']);
const SELF = new Set(['me', 'us', 'my', 'myself', 'our']);
/** “I'd give anything for another shot”: what the writer would give, not whom. */
const WHATEVER = new Set(['anything', 'everything', 'whatever']);

/** “Giving struggling students another chance”: a chance given to someone else is no plea. */
function givenToOthers(tokens: readonly Token[], m: Match<BegEntry>): boolean {
  for (let i = Math.max(0, m.start - 4); i < m.start; i++) {
    if (!tokens[i]!.lemmas.some((l) => GIVING.has(l))) continue;
    const object = tokens[i + 1];
    return !!object && object.kind === 'word' && !SELF.has(object.norm) && !WHATEVER.has(object.norm) && i + 1 < m.start;
  }
  return false;
}

const PAST_HAVING = new Set(['had', 'got', 'was', 'were', 'gave', 'took', 'received', 'earned']);

/** “At my last job I had a second chance to rebuild it”: a chance in the past is a story, not a plea. */
function toldAsPast(tokens: readonly Token[], m: Match<BegEntry>): boolean {
  for (let i = Math.max(0, m.start - 5); i <= m.start; i++) if (PAST_HAVING.has(tokens[i]!.norm)) return true;
  return false;
}

/** “I'd like to reconsider my answer” is the writer rethinking, not a plea to reverse a decision. */
function asksReaderToReconsider(tokens: readonly Token[], m: Match<BegEntry>): boolean {
  const at = m.start;
  // “Being reconsidered” asks for it; “I've reconsidered my answer” is the writer's own rethinking.
  if (tokens[at]!.norm.endsWith('ed')) return ['be', 'being', 'been', 'get', 'getting'].includes(tokens[at - 1]?.norm ?? '');
  for (let i = Math.max(clauseStart(tokens, at), at - 4); i < at; i++) if (RECONSIDER_ASKERS.has(tokens[i]!.norm)) return true;
  for (let i = at + 1; i <= at + 3 && i < tokens.length; i++) {
    if (tokens[i]!.kind === 'punct') return i === at + 1;
    if (RECONSIDER_OBJECTS.has(tokens[i]!.norm)) return true;
  }
  return at + 1 >= tokens.length;
}

/** “Take another look at the dataset”, “I swore by spreadsheets”: the writer's own act or an idiom, not a plea. */
function ownActOrIdiom(tokens: readonly Token[], m: Match<BegEntry>): boolean {
  for (let i = m.start; i < m.end; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]?.norm ?? '';
    if (t.lemmas.includes('swear') && ['by', 'off', 'in'].includes(next)) return true;
    if (['look', 'stab', 'crack'].includes(t.norm) && next === 'at' && !['me', 'my'].includes(tokens[i + 2]?.norm ?? '')) {
      // “(Let me) take another look at the figures”: the writer's own offer (“let me have another go at it” still pleads).
      const before = [tokens[m.start - 1], tokens[i - 1], tokens[i - 2]];
      if (before.some((b) => b?.lemmas.some((l) => l === 'take' || l === 'have'))) return true;
    }
  }
  return false;
}

/** “Nothing more than one more chance”, “nothing but another try”: the negator stresses the ask instead of denying it. */
function emphaticNegation(tokens: readonly Token[], m: Match<BegEntry>): boolean {
  for (let i = Math.max(0, m.start - 4); i < m.start; i++) if (['than', 'but', 'except'].includes(tokens[i]!.norm)) return true;
  return false;
}

function isBegging(sentence: Sentence, m: Match<BegEntry>): boolean {
  const { tokens } = sentence;
  if ((isNegatedMatch(tokens, m) && !emphaticNegation(tokens, m)) || ownActOrIdiom(tokens, m)) return false;
  if (m.entry.kind === 'plea' && pleadIdiom(tokens, m)) return false;
  if (m.entry.kind === 'reconsider' && m.entry.pattern === 'reconsider' && !asksReaderToReconsider(tokens, m)) return false;
  if (m.entry.soft && !hasPleaMarker(tokens) && chanceToTalk(tokens, m)) return false;
  // “Another opportunity I would mention is…”: a chance that opens its clause is a topic, not a request.
  if (m.entry.soft && !hasPleaMarker(tokens) && m.start === clauseStart(tokens, m.start)) return false;
  if (m.entry.clauseEnd && tokens[m.end] && tokens[m.end]!.kind !== 'punct') return false;
  if (m.entry.kind === 'chance' && (toldAsPast(tokens, m) || givenToOthers(tokens, m))) return false;
  return true;
}

/** One plea in a sentence. */
export type BegFinding = ToneFinding<BegKind>;

/** The first plea in a body sentence, if any. */
export function findBegging(sentence: Sentence): BegFinding | undefined {
  if (sentence.role !== 'body') return undefined;
  for (const m of matcher.findAll(sentence.tokens)) {
    if (isBegging(sentence, m)) return { from: m.start, to: m.end, kind: m.entry.kind };
  }
  return undefined;
}

const WORDING: ToneWording<BegKind> = {
  plea: {
    found: 'Pleads for the job',
    instead: 'ask once, plainly (“I’d welcome the chance to continue the conversation.”), then let it go',
  },
  chance: {
    found: 'Pleads for another chance',
    instead: 'ask once, plainly, for another conversation (“Would you be open to a second conversation?”)',
  },
  reconsider: {
    found: 'Asks them to reverse their decision',
    instead: 'restate what you would bring and say you would welcome another conversation, once',
  },
  'dont-reject': {
    found: 'Pleads not to be turned down',
    instead: 'show why you fit instead, and leave the decision with them',
  },
  promise: {
    found: 'Promises in exchange for the job',
    instead: 'let your record make the case: restate one strength instead of a promise',
  },
};

const PLAIN = 'I’d welcome the chance to continue our conversation.';
const PLAIN_LABEL = `Rewrite (asks once, plainly): ${quote(PLAIN)}`;

function fixesFor(note: Note, sentence: Sentence, finding: BegFinding, { kept, wholly, plainElsewhere }: ToneFixFacts): Fix[] {
  const fixes: Fix[] = [];
  const keep = keepRestFix(sentence, kept);
  if (keep) fixes.push(keep);
  const safe = wholly && !keep;
  const rewrite = rewriteSentenceFix(sentence, PLAIN, PLAIN_LABEL, safe);
  const remove = removeSentenceFix(note, sentence, 'Remove this sentence', safe);
  if (plainElsewhere || finding.kind === 'promise' || finding.kind === 'dont-reject') {
    // The note already asks plainly (or the plea asks for nothing): dropping the plea loses nothing.
    fixes.push(remove);
    if (!plainElsewhere) fixes.push({ ...rewrite, safe: false });
  } else {
    fixes.push(rewrite, { ...remove, safe: false });
  }
  return fixes;
}

export const begging = toneRule<BegKind, { finding: BegFinding }>({
  meta: {
    id: 'begging',
    description: 'The note pleads for the job or for another chance.',
    category: 'tone',
    defaultSeverity: 'warn',
    why: 'Pleading reads as desperate; advisers say to ask once, plainly, for another conversation and then let it go.',
    fixable: 'safe',
  },
  flags: 'count as begging',
  read: (sentence) => {
    const finding = findBegging(sentence);
    return finding && { finding };
  },
  // Asking once, plainly, for another conversation without pleading.
  plain: (sentence, reading) => !reading && plainAsk.find(sentence.tokens).length > 0,
  extraKind: 'plea',
  wording: WORDING,
  fixes: fixesFor,
});
