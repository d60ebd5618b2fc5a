// Patterns of hounding: deadlines for an answer, chasing silence, promising repeated contact. Data only.
import type { ToneEntry } from '../text/tone.js';

/** What kind of pressure a pattern shows; the message names it. */
export type HoundingKind = 'deadline' | 'urgent' | 'silence' | 'repeat' | 'demand';

export interface HoundingEntry extends ToneEntry {
  kind: HoundingKind;
  /** Only when nothing but punctuation follows (“Please respond.”). */
  bare?: boolean;
  /** Not when the sentence says the contact was arranged (“I'll call on Monday as we agreed”). */
  unarranged?: boolean;
  /** Not in a question: asking once about the timeline is fine (“When can I expect to hear back?”). */
  statement?: boolean;
}

/** “1st”, “2nd”, “15th”: a day of the month as written in a deadline. */
function ordinal(n: number): string {
  const teen = n > 10 && n < 14;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Word classes used only by these patterns. */
export const HOUNDING_CLASSES: Readonly<Record<string, readonly string[]>> = {
  /** Points in time a deadline names. */
  deadline: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'tonight', 'today',
    'eod', 'cob', 'eow', 'noon', 'midday', 'end', 'close', 'weekend', 'morning', 'afternoon', 'evening', 'next', 'this',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'week', 'month', 'mid', 'midweek',
    // Dates of the month (“by the 15th”).
    ...Array.from({ length: 31 }, (_, i) => ordinal(i + 1)),
  ],
  /** What the candidate presses for. */
  answer: ['yes', 'answer', 'decision', 'response', 'reply', 'word', 'update', 'verdict', 'outcome', 'result', 'feedback', 'offer', 'callback', 'confirmation', 'news'],
  /** The same without feedback and news, which a candidate may fairly ask for (“I'd welcome feedback”). */
  verdict: ['yes', 'answer', 'decision', 'response', 'reply', 'verdict', 'outcome', 'callback'],
  /** Ways of getting in touch that, kept up, become pestering (not “write” or “check”: a job's own tasks). */
  pester: ['call', 'phone', 'ring', 'email', 'e-mail', 'ping', 'nudge', 'chase', 'bug', 'nag', 'pester', 'hound', 'contact'],
  /** Spans of time a repeated promise counts in. */
  period: ['day', 'morning', 'afternoon', 'evening', 'week', 'hour', 'few', 'other', 'couple', 'business', 'weekday'],
  /** Messages a candidate may have sent already. */
  messages: ['email', 'e-mail', 'message', 'voicemail', 'call', 'letter', 'text', 'note', 'application', 'follow-up'],
  /** Counts of earlier attempts. */
  count: ['several', 'multiple', 'many', 'numerous', 'three', 'four', 'five', 'countless', 'two'],
  /** Ordinals of an attempt. */
  nth: ['second', 'third', 'fourth', 'fifth', 'sixth', 'final', 'last'],
  /** Quality words that turn a request for a reply into pressure. */
  fast: ['quick', 'prompt', 'speedy', 'swift', 'immediate', 'urgent', 'rapid', 'fast', 'timely', 'expedited'],
};

/** The beginnings of a request for an answer… */
const ASKS: readonly string[] = [
  'please|kindly ...2 respond|reply|answer|decide|confirm|call|contact|email|write|update|get|let|tell|inform|advise|revert',
  'let me know',
  'tell me',
  '@i ...2 expect ...2 @det? call|email|@answer',
  'give|send me @det? @intens? *? @answer|date|timeline|deadline',
  'get back to me',
  'hear back|from',
  'hear @you|=anything|=something',
  '@i ...2 need|want|expect|require|demand|like @det? @intens? @answer',
  'and|but need|want|expect|require|demand @det? @intens? @answer',
  '@i @aux? @intens? need|must|=have|like|want|wish to? know|hear',
  '@you ...2 respond|reply|answer|decide|confirm|contact|call|update|inform|advise|revert',
  '@i ...3 grateful|appreciate|=appreciated|thankful for? @det? @verdict',
  '@i ...2 insist on? @det? @answer',
];

/** …and the deadlines or urgency that make it pressing. */
const PRESSURES: ReadonlyArray<readonly [string, HoundingKind]> = [
  ['by|before|=until @det? @deadline', 'deadline'],
  ['by|before @det? =end|=close of', 'deadline'],
  ['within ...3 hour|day|week|business', 'deadline'],
  ['no later than', 'deadline'],
  ['at the latest', 'deadline'],
  ['at the earliest', 'urgent'],
  ['=asap|=a.s.a.p|immediately|urgently|promptly|quickly|=pronto', 'urgent'],
  ['as soon as possible', 'urgent'],
  ['as soon as @you can', 'urgent'],
  ['right|straight away|now', 'urgent'],
  ['at once', 'urgent'],
  ['without delay', 'urgent'],
];

/** Same-day urgency, which “hear” cannot take (“glad to hear today that…” is not a demand). */
const TODAY = 'today|tonight|tomorrow';

// A deadline stays a deadline under a condition or a negation (“if I don't hear back by Thursday…”).
// Named deadlines may sit further from the ask than bare urgency words.
const PRESSING: HoundingEntry[] = ASKS.flatMap((ask) => [
  ...PRESSURES.map(([pressure, kind]) => ({
    pattern: `${ask} ${kind === 'deadline' ? '...5' : '...3'} ${pressure}`,
    kind,
    conditional: true,
    negatable: false,
  })),
  ...(ask.startsWith('hear') ? [] : [{ pattern: `${ask} ...2 ${TODAY}`, kind: 'urgent' as const, conditional: true, negatable: false }]),
]);

/** Promises of contact that repeat or never end: a way of getting in touch, then how often. */
const CONTACTS: readonly string[] = [
  '@i will|shall|=going|plan|intend|promise ...3 @pester|visit @you|=your|@det? =office? ...2',
  '@i will|shall|=going|plan|intend|promise ...3 check|follow|reach|touch in|up|out|base with? @you? ...2',
];
const OFTEN: readonly string[] = ['every|each @period', '=daily|=weekly|=hourly|=regularly|=repeatedly|=constantly|=continually', 'until|till', 'again'];
const REPEATED: HoundingEntry[] = CONTACTS.flatMap((c) => OFTEN.map((o) => ({ pattern: `${c} ${o}`, kind: 'repeat' as const })));

/** The patterns (see rules/text/matcher.ts for the syntax). */
export const HOUNDING_PATTERNS: readonly HoundingEntry[] = [
  ...PRESSING,

  // Demands for a quick answer.
  { pattern: 'would appreciate ...2 @fast @answer', kind: 'demand', conditional: true },
  { pattern: 'forward to ...2 @fast @answer', kind: 'demand' },
  { pattern: '@i ...2 expect|need|want|request|await|require|demand ...2 @fast @answer', kind: 'demand' },
  { pattern: '@i @intens? need|want|expect|demand|require @det? @intens? @verdict', kind: 'demand' },
  { pattern: '@i @intens? expect to hear', kind: 'demand', statement: true },
  { pattern: '@i @intens? need|must to? know|hear ...2 whether|if|where @i', kind: 'demand' },
  { pattern: 'please|kindly respond|reply|answer|=write =back?', kind: 'demand', bare: true },

  // Chasing a silence.
  { pattern: 'why @aux not? @i|@you|anyone|anybody|nobody|no ...4 hear|respond|reply|get|call|contact|answer|write|=heard', kind: 'silence', negatable: false },
  { pattern: 'why @aux it take|=taking so long', kind: 'silence' },
  { pattern: '@i @intens? have not @intens? =yet? hear|=heard back|anything|yet|word', kind: 'silence', negatable: false },
  { pattern: '@i @intens? have not @intens? =yet? hear|=heard from @you|@det|anyone|anybody', kind: 'silence', negatable: false },
  { pattern: '@i @intens? have not @intens? =yet? receive|=received|get|=gotten @det? @answer', kind: 'silence', negatable: false },
  { pattern: 'no one|=body has? get|=gotten|=got|respond|=responded|reply|=replied|call|=called|=written back?', kind: 'silence', negatable: false },
  { pattern: 'nobody|=noone has? get|=gotten|=got|respond|=responded|reply|=replied|call|=called|=written back?', kind: 'silence', negatable: false },
  { pattern: '@i ...2 =still|=been =waiting|=waited for|on|to ...2 @answer|hear|back|=hearing', kind: 'silence' },
  { pattern: 'do|did|have you @intens? get|receive|see|read|=gotten|=received|=seen my @intens? last|previous|earlier|other|prior|first|@count? @messages', kind: 'silence' },
  { pattern: '@i ...2 email|call|write|message|phone|ring|leave|=left|contact|try|reach ...3 =twice|=repeatedly', kind: 'silence' },
  { pattern: '@i ...2 email|call|write|message|phone|ring|leave|=left|contact|try|reach|send|=sent ...3 @count =times|voicemail|message|email|call', kind: 'silence' },
  { pattern: '@i ...2 still have|=got no|=not @det? @answer|news|word ...3 from|yet', kind: 'silence', negatable: false },
  { pattern: '@i have =heard|=had nothing|no ...3 for|in ...3 day|=days|week|=weeks', kind: 'silence', negatable: false },
  { pattern: '@i ...2 insist on? @det? @answer', kind: 'demand' },
  { pattern: 'still no|=not =any @answer|news|word ...3 from|yet', kind: 'silence', negatable: false },
  { pattern: 'wait|=waiting|await|=awaiting for? your @intens? @fast @answer', kind: 'demand' },
  { pattern: 'reason|why @i ...2 not ...2 be ...2 =contacted|=called|=told|=informed|=updated', kind: 'silence', negatable: false },
  { pattern: 'reason @i|@you ...2 not ...2 hear|=heard|reply|=replied|respond|=responded|call|=called|contact|=contacted', kind: 'silence', negatable: false },
  { pattern: '@i ...2 =been|=still =waiting|=waited ...3 for|on @det? @intens? @answer', kind: 'silence' },
  { pattern: 'update|advise|inform|check ...3 on|about|of the status|progress of my', kind: 'silence' },
  { pattern: '=expect @det call|email|visit|message|ring from me', kind: 'repeat', unarranged: true },
  { pattern: '@i ...3 leave|=left|send|=sent|email|=emailed @you? @det? voicemail|message|email|note ...4 and another|again', kind: 'silence' },
  { pattern: 'and|but|yet|still have not @intens? =yet? hear|=heard|receive|=received|get|=gotten ...2 @answer|back|anything|word', kind: 'silence', negatable: false },
  { pattern: '@i ...2 need|want|expect|require|demand|like|appreciate @det? @intens? @verdict ...3 this|next week|month|=weekend', kind: 'deadline', conditional: true },
  { pattern: '=expedite|=hurry|=rush|=fast-track @det? @intens? decision|process|review|answer|response|application', kind: 'demand' },
  { pattern: 'speed up @det? decision|process|review', kind: 'demand' },
  { pattern: 'advise|update|inform|check ...3 on|about|of my @intens? status|candidacy|=application', kind: 'silence' },
  { pattern: 'if @i do|have not hear|=heard|get|=gotten|receive|=received ...4 @i will|=going|shall', kind: 'demand', negatable: false, conditional: true },
  { pattern: 'it be @intens? urgent for|to me', kind: 'urgent' },
  { pattern: 'go|=going|=went over your head', kind: 'demand' },
  { pattern: 'leave|=left me hanging|waiting|guessing', kind: 'silence', negatable: false },
  { pattern: 'leave|=left me in the dark', kind: 'silence', negatable: false },
  { pattern: '@i assume|=presume @you ...2 make|=made|reach|=reached @det? decision', kind: 'silence' },
  { pattern: 'courtesy of @det? reply|response|answer|call|callback', kind: 'demand' },
  { pattern: 'have not @intens? =yet? reply|=replied|respond|=responded|answer|=answered|return|=returned ...2 my|me', kind: 'silence', negatable: false },
  { pattern: '@i ...2 need|want|deserve closure', kind: 'demand' },
  { pattern: 'drop|stop|swing|=pop by|in|into|round your|the office|building|store|reception|desk', kind: 'repeat', unarranged: true },
  { pattern: 'this be my @nth email|message|attempt|follow-up|voicemail|reminder|=follow', kind: 'silence' },
  { pattern: '@i ...2 check|=checking|refresh|=refreshing my? inbox|email|phone|voicemail ...3 every|=constantly|=obsessively|=hourly', kind: 'silence' },

  // Promising repeated contact.
  { pattern: '@i ...3 keep|continue to? @pester', kind: 'repeat' },
  { pattern: '@i ...2 keep|continue to? follow|check|reach|touch up|in|out|base', kind: 'repeat' },
  ...REPEATED,
  { pattern: '=checking|=following|=reaching|=emailing|=calling|=pinging|=nudging in|up|out? again', kind: 'repeat' },
  { pattern: 'until @i hear|=heard back|from|anything|something', kind: 'repeat' },
  { pattern: 'until @i get|receive @det? @answer', kind: 'repeat' },
  { pattern: 'until there be @det? @intens? *? @verdict', kind: 'repeat' },
  { pattern: '@i will|shall|=going|plan|intend ...2 call|phone|ring|visit @you|=your? =office? ...2 tomorrow|@deadline|=on', kind: 'repeat', unarranged: true },
  { pattern: '@i will|shall|=going|plan|intend ...2 give @you a call|ring|buzz', kind: 'repeat', unarranged: true },
  { pattern: '@i will|shall|=going|plan|intend ...2 stop|drop|swing|=pop by|in|=round', kind: 'repeat', unarranged: true },
];
