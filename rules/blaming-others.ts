// blaming-others: the note places fault on someone or something else (traffic, the recruiter,
// the interviewer, the questions, the room, the technology) or dodges accountability.
import type { Fix } from './types.js';
import type { Note, Sentence } from './text/note.js';
import type { Token } from './text/tokens.js';
import { wordFacts } from './text/word-facts.js';
import { compilePatterns, type Match } from './text/matcher.js';
import { clauseStart, hasFirstPerson, isNegated } from './text/context.js';
import { aboutOldWorkplace, isNegatedMatch, keepRestFix, toneRule, type ToneFinding, type ToneFixFacts, type ToneWording } from './text/tone-rule.js';
import { quote, removeSentenceFix, rewriteSentenceFix } from './kit.js';
import { LEXICON_CLASSES } from './data/lexicon.js';
import { valenceOf } from './text/polarity.js';
import { BEFORE_NOW } from './data/constructive.js';
import {
  AGENTS,
  APOLOGY_LEMMAS,
  BLAME_CLASSES,
  BLAME_ENTRIES,
  CAUSE_LINKS,
  CONSEQUENCE_LINKS,
  FAILURE_LEMMAS,
  HONEST_HARDSHIP,
  HYPOTHETICAL,
  INTERVIEW_WORDS,
  JUDGED_AGENTS,
  IRREGULAR_PAST,
  LATE_LEMMAS,
  ONLINE_LEMMAS,
  OWN_WORK,
  READER_TRAVEL,
  REVIEW_VERBS,
  OWN_WORKPLACE,
  SETBACK_LEMMAS,
  TECH_WORK,
  THOUGHT_VERBS,
  TOPIC_NOUNS,
  WORK_OWNERS,
  WORKPLACE_AGENTS,
  type BlameEntry,
  type BlameKind,
} from './data/blaming-others.js';

const matcher = compilePatterns(BLAME_ENTRIES, BLAME_CLASSES);
const NEGATORS = new Set(LEXICON_CLASSES['neg']);
/** Words of a task made too hard (“made it hard to think”, “impossible to know”). */
const IMPOSSIBLE = new Set(['impossible', 'hard', 'difficult', 'tricky']);

/** Kind of blame each agent implies, the first listed kind winning. */
const AGENT_KIND = new Map<string, Exclude<BlameKind, 'dodge'>>();
for (const [kind, words] of Object.entries(AGENTS) as Array<[Exclude<BlameKind, 'dodge'>, readonly string[]]>) {
  for (const w of words) if (!AGENT_KIND.has(w)) AGENT_KIND.set(w, kind);
}

function lemmaIn(token: Token | undefined, set: { has(lemma: string): boolean }): boolean {
  return !!token && token.kind === 'word' && token.lemmas.some((l) => set.has(l));
}

/** What the rule asks of a word again and again, as bits of {@link BlameWord.bits}. */
const JUDGED = 1;
const TECH = 2;
const APOLOGY = 4;
const LATE = 8;
/** A negator or a failure word (“broke”, “froze”). */
const FAILING = 16;
/** A clearly negative word (AFINN −2 or below) that is no honest description of a hard interview. */
const NEGATIVE = 32;
/** An agent specific enough to stand as the culprit by itself (not “you”, “they”, “the team”). */
const CULPRIT = 64;
/** A word that may open sympathy (“sorry to hear”) or speak of a former workplace (“my previous manager”). */
const SYMPATHY = 128;
const BEFORE = 256;
/** The noun of “out of order”, “out of service”, “out of action”. */
const OUT_OF = 512;
/** A verb a review of an agent turns on (“were”, “seemed”). */
const REVIEW = 1024;

interface BlameWord {
  agent: Exclude<BlameKind, 'dodge'> | undefined;
  bits: number;
}

const NOT_A_WORD: BlameWord = { agent: undefined, bits: 0 };
const SYMPATHY_WORDS = new Set(['sorry', 'sad', 'saddened']);
const OUT_OF_WORDS = new Set(['order', 'service', 'action']);
/** Agents too vague to stand as the culprit without a phrase that names the fault. */
const VAGUE_AGENTS = new Set(['you', 'they', 'he', 'she', 'nobody', 'it', 'team', 'company', 'staff']);

/** A word's agent kind and list memberships, worked out once per word. */
const blameWord = wordFacts((token): BlameWord => {
  let agent: Exclude<BlameKind, 'dodge'> | undefined;
  for (const l of token.lemmas) if ((agent = AGENT_KIND.get(l))) break;
  const value = valenceOf(token);
  const bits =
    (lemmaIn(token, JUDGED_AGENTS) ? JUDGED : 0) |
    (lemmaIn(token, TECH_WORK) ? TECH : 0) |
    (lemmaIn(token, APOLOGY_LEMMAS) ? APOLOGY : 0) |
    (lemmaIn(token, LATE_LEMMAS) ? LATE : 0) |
    (NEGATORS.has(token.norm) || lemmaIn(token, FAILURE_LEMMAS) ? FAILING : 0) |
    (value !== undefined && value <= -2 && !lemmaIn(token, HONEST_HARDSHIP) ? NEGATIVE : 0) |
    (SYMPATHY_WORDS.has(token.norm) ? SYMPATHY : 0) |
    (BEFORE_NOW.has(token.norm) ? BEFORE : 0) |
    (agent && !VAGUE_AGENTS.has(token.norm) ? CULPRIT : 0) |
    (OUT_OF_WORDS.has(token.norm) ? OUT_OF : 0) |
    (lemmaIn(token, REVIEW_VERBS) ? REVIEW : 0);
  return { agent, bits };
});

function wordOf(token: Token): BlameWord {
  return token.kind === 'word' ? blameWord(token) : NOT_A_WORD;
}

/** The bits of all the sentence's words; kept for the last sentence asked (reading it and testing it for a plain apology ask in turn). */
function sentenceBits(tokens: readonly Token[]): number {
  if (tokens === bitsFor) return lastBits;
  let bits = 0;
  for (const t of tokens) bits |= wordOf(t).bits;
  bitsFor = tokens;
  lastBits = bits;
  return bits;
}

let bitsFor: readonly Token[] | undefined;
let lastBits = 0;

function agentKind(token: Token): Exclude<BlameKind, 'dodge'> | undefined {
  return wordOf(token).agent;
}

/**
 * The agent word at `at` read as the head of its compound: in “whiteboard questions” or
 * “interview room noise” the last noun names what is blamed, so a run of agent words (the
 * vague ones, pronouns among them, aside) is one agent, the last of them.
 */
function headAgent(tokens: readonly Token[], at: number): number {
  let i = at;
  for (let next = tokens[i + 1]; next && agentKind(next) && !VAGUE_AGENTS.has(next.norm); next = tokens[i + 1]) i++;
  return i;
}

/** Index of the first agent in the match (the head of its compound), or -1. */
function agentIndex(tokens: readonly Token[], m: Match<BlameEntry>): number {
  for (let i = m.start; i < m.end; i++) if (agentKind(tokens[i]!)) return headAgent(tokens, i);
  return -1;
}

/** Whether the agent is really a topic of work, the reader being thanked, or the writer's own workplace. */
function agentIsInnocent(tokens: readonly Token[], at: number): boolean {
  const agent = tokens[at]!;
  const next = tokens[at + 1];
  if (next && next.kind === 'word' && TOPIC_NOUNS.has(next.norm) && agentKind(agent) !== 'questions') return true;
  const prev = tokens[at - 1];
  if (agent.norm === 'you' && prev?.lemmas.includes('thank')) return true;
  if (prev && (OWN_WORKPLACE.has(prev.norm) || WORK_OWNERS.has(prev.norm))) return true;
  // “Your flight was cancelled”: the reader's journey, not the writer's excuse.
  if (prev && ['your', 'their', 'his', 'her'].includes(prev.norm) && lemmaIn(agent, READER_TRAVEL)) return true;
  if (prev && (prev.norm === 'my' || prev.norm === 'our') && lemmaIn(agent, WORKPLACE_AGENTS)) return true;
  // A bare “he”, “she” or “they” is only blamed when the interview's people are in view.
  if (['he', 'she', 'they'].includes(agent.norm)) return !tokens.some((t) => lemmaIn(t, INTERVIEW_PEOPLE));
  return false;
}

const INTERVIEW_PEOPLE = new Set(['interviewer', 'recruiter', 'panel', 'panelist', 'interview', 'call']);

/** Whether the match sits in an “if …” or “even though …” clause, where nothing is being blamed. */
function hypothetical(tokens: readonly Token[], m: Match<BlameEntry>): boolean {
  for (let i = clauseStart(tokens, m.start); i < m.start; i++) if (HYPOTHETICAL.has(tokens[i]!.norm)) return true;
  // clauseStart stops at “though”; look one token further back for it.
  const before = tokens[clauseStart(tokens, m.start) - 1];
  return !!before && HYPOTHETICAL.has(before.norm);
}

/** Whether the clause before `at` has the writer as its active subject (“I ran out of time before I could finish”). */
function writerIsSubject(tokens: readonly Token[], at: number): boolean {
  const from = clauseStart(tokens, at);
  for (let i = from; i < at; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    if (tokens[i]!.norm !== 'i') continue;
    const next = tokens[i + 1]?.norm;
    return next !== 'was' && next !== 'were' && next !== 'got';
  }
  return false;
}

/** “I'm sorry my camera froze”: an apology that governs the hitch itself owns it (a few words before it, same clause). */
function apologisesFor(tokens: readonly Token[], at: number): boolean {
  if (at === -1) return false;
  for (let i = at - 1; i >= Math.max(0, at - 6); i--) {
    const t = tokens[i]!;
    if (t.kind === 'punct' || t.norm === 'but' || t.norm === 'because') return false;
    if (lemmaIn(t, APOLOGY_LEMMAS)) return true;
  }
  return false;
}

/** “Sorry to hear your flight was cancelled”: sympathy for the reader, not an excuse. */
function sympathises(tokens: readonly Token[]): boolean {
  if (!(sentenceBits(tokens) & SYMPATHY)) return false;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (['sorry', 'sad', 'saddened'].includes(tokens[i]!.norm) && tokens[i + 1]!.norm === 'to' && ['hear', 'learn', 'read', 'see'].includes(tokens[i + 2]!.norm)) return true;
  }
  return false;
}

function toldInPast(tokens: readonly Token[], m: Match<BlameEntry>): boolean {
  for (let i = m.start; i < m.end; i++) {
    const n = tokens[i]!.norm;
    if (IRREGULAR_PAST.has(n) || (n.endsWith('ed') && n.length > 3) || n === 'keep' || n === 'keeps') return true;
  }
  return false;
}

function hasSetback(tokens: readonly Token[]): boolean {
  let concessive = false;
  let negatedFirstPerson = false;
  for (const t of tokens) {
    if (t.norm === 'though' || t.norm === 'although') concessive = true;
    if (concessive) continue;
    if (lemmaIn(t, SETBACK_LEMMAS)) return true;
    if (NEGATORS.has(t.norm)) negatedFirstPerson = true;
  }
  return negatedFirstPerson && hasFirstPerson(tokens);
}

/** Whether the sentence or a neighbour (any role) speaks of lateness. */
function mentionsLateness(note: Note, sentence: Sentence): boolean {
  const near = note.sentences.slice(Math.max(0, sentence.index - 1), sentence.index + 2);
  return near.some((s) => tokensHave(s.tokens, LATE_LEMMAS));
}

function hasPerson(tokens: readonly Token[]): boolean {
  return hasFirstPerson(tokens) || tokens.some((t) => t.norm === 'you' || t.norm === 'your');
}

/** Whether a matched phrase is really blame, given the sentence and whether it or a neighbour speaks of lateness. */
function isBlame(tokens: readonly Token[], lateNear: () => boolean, m: Match<BlameEntry>): boolean {
  const at = agentIndex(tokens, m);
  if (at !== -1 && agentIsInnocent(tokens, at)) return false;
  if (m.entry.agentLeads) {
    // The writer as subject owns it (“because I misread the map”); “the brief I was sent” is passive.
    for (let i = m.start; i < m.end; i++) if (tokens[i]!.norm === 'i' && !['was', 'were', 'got'].includes(tokens[i + 1]?.norm ?? '')) return false;
  }
  if (m.entry.subjectless && writerIsSubject(tokens, m.start)) return false;
  if (isNegatedMatch(tokens, m) || hypothetical(tokens, m)) return false;
  if (m.entry.past && !toldInPast(tokens, m)) return false;
  const kind = at === -1 ? undefined : agentKind(tokens[at]!);
  if (m.entry.kind === 'tech' || kind === 'tech') {
    // Work on a fault is an achievement; an apology for one's own glitch is owning it.
    if (tokens.some((t) => lemmaIn(t, TECH_WORK))) return false;
    if (apologisesFor(tokens, at)) return false;
  }
  if (speaksOfOldWorkplace(tokens) && !tokens.some((t) => lemmaIn(t, INTERVIEW_WORDS))) return false;
  if (sympathises(tokens)) return false;
  // “Your question made me think harder”: the agent prompted thought, which is no excuse.
  // (“Made it hard to think” is a setback, not a prompt.)
  const hardship = IMPOSSIBLE.has(tokens[m.end - 1]?.norm ?? '');
  if (!hardship && (lemmaIn(tokens[m.end], THOUGHT_VERBS) || (/\bmake\b/.test(m.entry.pattern) && lemmaIn(tokens[m.end + 1], THOUGHT_VERBS)))) return false;
  switch (m.entry.need) {
    case 'setback':
      // The setback must lie outside the matched phrase (“the interview started late” is no excuse by itself).
      return hasSetback([...tokens.slice(0, m.start), ...tokens.slice(m.end)]);
    case 'late':
      return lateNear();
    case 'person':
      return hasPerson(tokens);
    case 'agent':
      return tokens.some((t, i) => agentKind(t) !== undefined && t.norm !== 'you' && !agentIsInnocent(tokens, i));
    default:
      return true;
  }
}

/** One finding of blame in a sentence. */
export type BlameFinding = ToneFinding<BlameKind>;

/** “My answer on the budget question was poor”: the review is of the writer's own work. */
function ownWorkBefore(tokens: readonly Token[], at: number): boolean {
  for (let i = Math.max(0, at - 5); i < at; i++) if (tokens[i]!.norm === 'my' || lemmaIn(tokens[i], OWN_WORK)) return true;
  return false;
}

/**
 * A bad review of one of the interview's agents in any negative words: the agent, a verb such as
 * “were” or “seemed”, and within a few words a clearly negative word (AFINN −2 or below) that is
 * not an honest description of a hard interview (“tough”, “challenging”).
 */
function findBadReview(sentence: Sentence): BlameFinding | undefined {
  const { tokens } = sentence;
  // A judged agent and a clearly negative word are both needed: most sentences have neither.
  const bits = sentenceBits(tokens);
  if (!(bits & JUDGED) || !(bits & NEGATIVE) || sympathises(tokens) || speaksOfOldWorkplace(tokens)) return undefined;
  for (let a = 0; a < tokens.length; a++) {
    const agent = tokens[a]!;
    if (!(wordOf(agent).bits & JUDGED) || agentIsInnocent(tokens, a) || ownWorkBefore(tokens, a)) continue;
    // The agent must lead its clause's verb: “…the questions were…”, not “I answered the questions badly”.
    let verb = -1;
    for (let i = a + 1; i < Math.min(tokens.length, a + 6); i++) {
      if (tokens[i]!.kind === 'punct' || tokens[i]!.norm === 'i') break;
      // “I walked out of that room feeling humiliated”: a participle after the agent is the writer's, not the agent's.
      if ((wordOf(tokens[i]!).bits & REVIEW) !== 0 && !tokens[i]!.norm.endsWith('ing')) {
        verb = i;
        break;
      }
    }
    if (verb === -1) continue;
    for (let i = verb + 1; i < Math.min(tokens.length, verb + 5); i++) {
      const t = tokens[i]!;
      if (t.kind === 'punct' && t.norm !== ',') break;
      if (!(wordOf(t).bits & NEGATIVE)) continue;
      if (isNegated(tokens, i)) break;
      return { from: a, to: i + 1, kind: agentKind(agent) ?? 'people' };
    }
  }
  return undefined;
}

/** Whether the sentence speaks of a former workplace, asked only when it has a word that may. */
function speaksOfOldWorkplace(tokens: readonly Token[]): boolean {
  return (sentenceBits(tokens) & BEFORE) !== 0 && aboutOldWorkplace(tokens);
}

const DETERMINERS = new Set(LEXICON_CLASSES['det']);

/** Whether the writer works on a fault (“I fixed…”, “monitoring”), not counting nouns like “your building”. */
function doesTechWork(tokens: readonly Token[]): boolean {
  return (sentenceBits(tokens) & TECH) !== 0 && tokens.some((t, i) => (wordOf(t).bits & TECH) !== 0 && !(i > 0 && DETERMINERS.has(tokens[i - 1]!.norm)));
}

/** Whether the token at `i` shows something going wrong: a negator, a failure word, or a clearly negative word. */
function failureAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word') return false;
  const { bits } = wordOf(t);
  if (bits & FAILING) return true;
  // “Out of order”, “out of service”.
  if ((bits & OUT_OF) !== 0 && tokens[i - 1]?.norm === 'of' && tokens[i - 2]?.norm === 'out') return true;
  return (bits & NEGATIVE) !== 0 && !isNegated(tokens, i);
}

/** Whether, from `from` on, a linking word leads to a setback of the writer's (“…, so my demo fell apart”). */
function setbackFollows(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    if (tokens[k]!.kind !== 'word' || !CONSEQUENCE_LINKS.has(tokens[k]!.norm)) continue;
    const rest = tokens.slice(k + 1);
    // “…, so it was impossible to know what you wanted”: the writer's setback without a first person.
    if (rest.some((t, r) => IMPOSSIBLE.has(t.norm) && rest[r + 1]?.norm === 'to')) return true;
    if (!hasFirstPerson(rest)) continue;
    if (rest.some((t) => lemmaIn(t, SETBACK_LEMMAS) || NEGATORS.has(t.norm))) return true;
  }
  return false;
}

/** Whether a setback of the writer's comes just before a cause word that leads to the agent (“my mind went blank because the lady on the panel…”). */
function setbackBefore(tokens: readonly Token[], agent: number): boolean {
  for (let k = agent - 1; k >= Math.max(1, agent - 5); k--) {
    const t = tokens[k]!;
    if (t.norm === 'i' || (t.kind === 'punct' && t.norm !== ',')) return false;
    if (!CAUSE_LINKS.has(t.norm)) continue;
    const before = tokens.slice(clauseStart(tokens, k - 1), k);
    // “My presentation ran short because…”: running short counts as a setback here, though a short interview alone is none.
    return hasFirstPerson(before) && before.some((b) => lemmaIn(b, SETBACK_LEMMAS) || NEGATORS.has(b.norm) || b.norm === 'short');
  }
  return false;
}

/** Like {@link ownWorkBefore}, but a cause word between (“my presentation ran short because the projector…”) ends the look-back. */
function ownWorkJustBefore(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 5); i--) {
    if (CAUSE_LINKS.has(tokens[i]!.norm)) return false;
    if (tokens[i]!.norm === 'my' || lemmaIn(tokens[i], OWN_WORK)) return true;
  }
  return false;
}

/**
 * Fault placed in any words: one of the interview's agents goes wrong (“the Wi-Fi kept dropping”,
 * “the instructions contradicted each other”) and a setback of the writer's follows from it
 * (“so my demo fell apart”). The writer must not be the one who did the failing.
 */
function findAgentFailure(sentence: Sentence): BlameFinding | undefined {
  const { tokens } = sentence;
  // A culprit and something going wrong are both needed: most sentences have neither.
  const bits = sentenceBits(tokens);
  if (!(bits & CULPRIT) || !(bits & (FAILING | NEGATIVE | OUT_OF)) || sympathises(tokens) || speaksOfOldWorkplace(tokens) || doesTechWork(tokens)) return undefined;
  for (let a = 0; a < tokens.length; a++) {
    const agent = tokens[a]!;
    const kind = agentKind(agent);
    // A modifier of a compound (“whiteboard” in “whiteboard questions”) is judged as its head.
    if (!kind || VAGUE_AGENTS.has(agent.norm) || headAgent(tokens, a) !== a || agentIsInnocent(tokens, a) || ownWorkJustBefore(tokens, a) || apologisesFor(tokens, a)) continue;
    for (let j = a + 1; j < Math.min(tokens.length, a + 9); j++) {
      const t = tokens[j]!;
      if ((t.kind === 'punct' && t.norm !== ',') || t.norm === 'i' || t.norm === 'we' || CONSEQUENCE_LINKS.has(t.norm)) break;
      if (!failureAt(tokens, j)) continue;
      if (isNegated(tokens, a) || hypothetical(tokens, { entry: { pattern: '' } as BlameEntry, start: a, end: j + 1 })) break;
      if (setbackFollows(tokens, j + 1) || setbackBefore(tokens, a)) return { from: a, to: j + 1, kind };
      break;
    }
  }
  return undefined;
}

const COUNTERFACTUAL_GAIN = new Set(['better', 'stronger', 'more', 'finish', 'finished', 'fine', 'manage', 'managed', 'able', 'different', 'differently', 'smoother', 'smoothly', 'complete', 'completed', 'prepared', 'clearer']);

/** “If the case had included the figures, my analysis would have been stronger”: the writer's shortfall laid at an agent's door. */
function findCounterfactual(sentence: Sentence): BlameFinding | undefined {
  const { tokens } = sentence;
  const first = tokens.findIndex((t) => t.kind === 'word');
  if (first === -1 || !['if', 'had'].includes(tokens[first]!.norm)) return undefined;
  const comma = tokens.findIndex((t, i) => i > first && t.kind === 'punct');
  if (comma === -1) return undefined;
  let agentAt = -1;
  for (let i = first + 1; i < comma; i++) {
    if (tokens[i]!.norm === 'i' || tokens[i]!.norm === 'my') return undefined;
    if (agentAt === -1 && agentKind(tokens[i]!) && !VAGUE_AGENTS.has(tokens[i]!.norm) && !agentIsInnocent(tokens, i)) agentAt = i;
  }
  if (agentAt === -1) return undefined;
  const rest = tokens.slice(comma + 1);
  const modal = rest.findIndex((t) => t.norm === 'would' || t.norm === 'could');
  if (modal === -1 || rest[modal + 1]?.norm !== 'have' || !hasFirstPerson(rest)) return undefined;
  if (!rest.some((t) => COUNTERFACTUAL_GAIN.has(t.norm))) return undefined;
  return { from: first, to: comma, kind: agentKind(tokens[agentAt]!) ?? 'dodge' };
}

/**
 * The first blame in a body sentence, if any. `lateNear` says whether the sentence or a
 * neighbour speaks of lateness; it is asked only when a phrase needs it.
 */
function findBlame(sentence: Sentence, lateNear: () => boolean): BlameFinding | undefined {
  const last = sentence.tokens[sentence.tokens.length - 1];
  if (last?.norm === '?') return undefined;
  for (const m of matcher.findAll(sentence.tokens)) {
    if (!isBlame(sentence.tokens, lateNear, m)) continue;
    const at = agentIndex(sentence.tokens, m);
    const agent = at === -1 ? undefined : agentKind(sentence.tokens[at]!);
    const kind = m.entry.kind === 'dodge' || m.entry.kind === 'people' ? agent ?? m.entry.kind : m.entry.kind;
    return { from: m.start, to: m.end, kind };
  }
  return findBadReview(sentence) ?? findAgentFailure(sentence) ?? findCounterfactual(sentence);
}

const WORDING: ToneWording<BlameKind> = {
  late: {
    found: 'Blames the journey for arriving late',
    instead: 'own the lateness in one short sentence (“I’m sorry I arrived late.”) and move on',
  },
  tech: {
    found: 'Blames the technology',
    instead: 'own an obvious hitch in a few words, or leave it out and add what you meant to show',
  },
  questions: {
    found: 'Blames the questions',
    instead: 'revisit the question yourself (“Having thought more about your question on …, here is a fuller answer”) without faulting how it was asked',
  },
  people: {
    found: 'Places fault on the interviewer, the recruiter or their team',
    instead: 'leave out who did what and use the note to add what you would have said',
  },
  place: {
    found: 'Blames the room or its noise',
    instead: 'leave the setting out and use the note to add what you would have said',
  },
  dodge: {
    found: 'Places the fault elsewhere',
    instead: 'own what went wrong in a short sentence, or leave the excuse out',
  },
};

function tokensHave(tokens: readonly Token[], set: { has(lemma: string): boolean }): boolean {
  return tokens.some((t) => lemmaIn(t, set));
}

/** Words that make a finding about lateness whatever its kind. */
const LATENESS = new Set(['late', 'lateness', 'tardy', 'tardiness']);

/**
 * What blaming-others makes of a body sentence by itself: its blame when no neighbour speaks
 * of lateness and when one does (the same unless a phrase needs lateness nearby).
 */
interface BlameReading {
  finding?: BlameFinding;
  /** The finding when the sentence or a neighbour speaks of lateness. */
  lateFinding?: BlameFinding;
  /** Whether the two findings may differ. */
  asksLate: boolean;
  /** Whether the sentence names lateness, and speaks of an online call, once a fix asks. */
  late?: boolean;
  online?: boolean;
}

function readBlame(sentence: Sentence): BlameReading | undefined {
  let asksLate = false;
  const finding = findBlame(sentence, () => {
    asksLate = true;
    return false;
  });
  const lateFinding = asksLate ? findBlame(sentence, () => true) : finding;
  return finding || lateFinding ? { finding, lateFinding, asksLate } : undefined;
}

function blameIn(note: Note, sentence: Sentence, reading: BlameReading): BlameFinding | undefined {
  return reading.asksLate && mentionsLateness(note, sentence) ? reading.lateFinding : reading.finding;
}

/** Whether the sentence apologises for lateness without blaming anyone (it speaks of lateness itself, so its blame is the one with lateness near). */
function apologisesPlainly(sentence: Sentence, reading: BlameReading | undefined): boolean {
  const bits = sentenceBits(sentence.tokens);
  return (bits & APOLOGY) !== 0 && (bits & LATE) !== 0 && !reading?.lateFinding;
}

/** A rewrite fix's text and label, worded once. */
function rewriteOf(text: string, why: string): { text: string; label: string } {
  return { text, label: `Rewrite (${why}): ${quote(text)}` };
}

const OWN_LATENESS = { joined: rewriteOf('I’m sorry I joined late.', 'owns it briefly'), arrived: rewriteOf('I’m sorry I arrived late.', 'owns it briefly') };
const CLARIFY = rewriteOf('Having thought more about your question, I’d like to add to my answer: …', 'clarifies instead');
const OWN_HITCH = rewriteOf('I’m sorry about the connection trouble during our call.', 'owns it briefly');

function fixesFor(note: Note, sentence: Sentence, finding: BlameFinding, { reading, kept, wholly, plainElsewhere }: ToneFixFacts<BlameReading>): Fix[] {
  const { tokens } = sentence;
  const fixes: Fix[] = [];
  const keep = keepRestFix(sentence, kept);
  if (keep) fixes.push(keep);
  const safe = wholly && !keep;
  const late = finding.kind === 'late' || (reading ? (reading.late ??= tokensHave(tokens, LATENESS)) : tokensHave(tokens, LATENESS));
  if (late && !plainElsewhere) {
    const online = reading ? (reading.online ??= tokensHave(tokens, ONLINE_LEMMAS)) : tokensHave(tokens, ONLINE_LEMMAS);
    const own = OWN_LATENESS[online ? 'joined' : 'arrived'];
    fixes.push(rewriteSentenceFix(sentence, own.text, own.label, safe));
    fixes.push(removeSentenceFix(note, sentence, 'Remove this sentence', false));
    return fixes;
  }
  fixes.push(removeSentenceFix(note, sentence, 'Remove this sentence', safe));
  if (finding.kind === 'questions') fixes.push(rewriteSentenceFix(sentence, CLARIFY.text, CLARIFY.label, false));
  else if (finding.kind === 'tech' && !plainElsewhere) fixes.push(rewriteSentenceFix(sentence, OWN_HITCH.text, OWN_HITCH.label, false));
  return fixes;
}

export const blamingOthers = toneRule<BlameKind, BlameReading>({
  meta: {
    id: 'blaming-others',
    description: 'The note places fault on traffic, the recruiter, the interviewer, the questions, the room or the technology.',
    category: 'tone',
    defaultSeverity: 'warn',
    why: 'Advisers say never to place blame or dodge accountability: own an obvious problem briefly and move on.',
    fixable: 'safe',
  },
  flags: 'count as blame',
  read: readBlame,
  find: blameIn,
  plain: apologisesPlainly,
  extraKind: 'dodge',
  wording: WORDING,
  fixes: fixesFor,
});
