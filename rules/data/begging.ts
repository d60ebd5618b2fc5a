// Phrase data for begging: pleading for the job or for another chance. Asking once, plainly,
// for another conversation is not begging, so those asks are listed too. Data only.

/** The strand of begging a phrase belongs to; it picks the message and the rewrite. */
export type BegKind = 'plea' | 'chance' | 'reconsider' | 'promise' | 'dont-reject';

/** One begging phrase. */
export interface BegEntry {
  pattern: string;
  kind: BegKind;
  /**
   * A “second chance” that is only begging when pleading surrounds it: a chance “to talk”
   * or “to continue the conversation” asked for plainly is fine.
   */
  soft?: boolean;
  /** The phrase must end its clause (“…, I promise.”), not introduce something (“I promise to send the deck”). */
  clauseEnd?: boolean;
}

/** Word classes the patterns use (`@name`). */
export const BEG_CLASSES: Readonly<Record<string, readonly string[]>> = {
  /** Verbs of pleading. */
  plead: ['beg', 'plead', 'implore', 'beseech', 'entreat'],
  /** What a candidate pleads for. */
  chance: ['chance', 'shot', 'opportunity', 'try', 'go', 'attempt', 'crack', 'stab', 'look', 'trial'],
  /** The “again” in a second chance. */
  again: ['another', 'second', 'final'],
  /** Ways of being turned down. */
  reject: ['reject', 'dismiss', 'rule', 'write', 'count', 'cross', 'discount', 'overlook', 'forget', 'pass', 'turn', 'eliminate', 'drop', 'disqualify'],
  /** What the candidate wants reconsidered. */
  candidacy: ['me', 'my', 'your', 'the', 'this', 'it', 'decision', 'application', 'candidacy'],
};

/** Begging phrases. */
export const BEG_ENTRIES: readonly BegEntry[] = [
  // Pleading outright.
  { pattern: '@i ...2 @plead', kind: 'plea' },
  { pattern: '@plead ...2 @you|for', kind: 'plea' },
  { pattern: '=begging|=pleading', kind: 'plea' },
  { pattern: 'please ...1 please', kind: 'plea' },
  { pattern: '=pretty please', kind: 'plea' },
  { pattern: 'please ...2 hire|choose|pick|select|take me', kind: 'plea' },
  { pattern: 'please ...2 give|offer me ...2 the|this|that job|role|position|offer', kind: 'plea' },
  { pattern: 'please ...2 give|grant|allow|offer|let me ...3 @chance', kind: 'chance' },
  { pattern: 'please ...2 let me ...2 prove|show|try|redo|retake|come|demonstrate|interview', kind: 'chance' },
  { pattern: 'find it in your heart', kind: 'plea' },
  { pattern: 'overlook|disregard|ignore|forgive|forget ...1 my ...2 performance|answer|answers|interview|mistake|mistakes|nerves|showing|presentation|stumble|stumbles', kind: 'dont-reject' },
  { pattern: 'just one more|last', kind: 'chance' },
  { pattern: 'please ...2 give|grant|allow|offer|let me ...3 another|second|one|more ...1 interview|meeting|round|conversation|look', kind: 'chance' },
  { pattern: '@i swear', kind: 'promise' },
  { pattern: '@i promise', kind: 'promise', clauseEnd: true },
  { pattern: 'ask|urge|beg|hope|please ...3 think again|twice', kind: 'reconsider' },
  { pattern: 'give me ...2 trial|probation', kind: 'chance' },
  { pattern: '@you ...2 only|just allow|let|give me', kind: 'plea' },
  { pattern: '@neg ...2 judge|base ...3 on|by ...3 one|a|that|tuesday|monday|wednesday|thursday|friday|this|the|my', kind: 'dont-reject' },
  // “Decided by the end of the month” is a date, not a plea; “decide on one interview” is.
  { pattern: '@neg ...2 decide ...3 on|based ...3 one|a|that|tuesday|monday|wednesday|thursday|friday|this|the|my', kind: 'dont-reject' },
  { pattern: 'please ...2 @neg make ...2 decision', kind: 'dont-reject' },
  { pattern: 'as a personal? favor|favour', kind: 'plea' },
  { pattern: 'all @i ...3 ask|want|need ...3 @chance', kind: 'chance' },
  { pattern: '@i ...2 just|only ...1 want|need|ask|ask for ...3 a|one|the|another @chance', kind: 'chance' },
  { pattern: 'just give me ...2 @chance', kind: 'chance' },

  // Another chance, in its many words.
  { pattern: '@again @chance', kind: 'chance', soft: true },
  { pattern: 'one more|last @chance', kind: 'chance' },
  { pattern: 'give|grant|allow me ...2 a|the|another|one|second ...1 @chance', kind: 'chance', soft: true },
  { pattern: 'let|allow me ...2 try|redo|retake|start|do|interview|come|return|present|sit|attempt ...3 =again|over|back', kind: 'chance' },
  { pattern: 'forever|eternally grateful|indebted', kind: 'plea' },
  { pattern: '@neg let ...6 cost|ruin|define|decide|end|spoil|sink|count|rule|write|knock|cloud|overshadow|outweigh|colour|color|undo|hold me|my|this|the|out|against', kind: 'dont-reject' },
  { pattern: 'see|look past|beyond ...2 my|the|this|that|one', kind: 'dont-reject' },
  { pattern: 'consider me ...1 anyway|regardless|nonetheless|still', kind: 'dont-reject' },
  { pattern: '@neg ...2 close|shut the|that|your door on me|us', kind: 'dont-reject' },
  { pattern: 'benefit of the doubt', kind: 'plea' },
  { pattern: 'room for one more|another', kind: 'chance' },
  { pattern: 'keep me in the running', kind: 'reconsider' },
  { pattern: 'do-over|mulligan', kind: 'chance' },
  { pattern: 'a|another redo|re-do|retake', kind: 'chance' },
  { pattern: 'love|like ...3 try ...3 =again', kind: 'chance' },
  { pattern: '@chance to ...2 redo|retake|retry|repeat|try|attempt ...3 =again', kind: 'chance' },
  { pattern: '@chance to prove myself|my|@i|that', kind: 'chance' },
  { pattern: 'let|allow me ...1 to? prove', kind: 'chance' },
  { pattern: 'prove @you wrong', kind: 'chance' },
  { pattern: 'bite at the apple', kind: 'chance' },
  { pattern: '@i ...2 deserve ...3 @chance|consideration|another|second|job|role|position', kind: 'chance' },

  // Fresh families: what the writer would give for a chance, “see your way to”, “give me a week and
  // you'll see”, debts and knees, and taking a chance on the writer.
  { pattern: 'anything|everything for ...3 @again|@chance', kind: 'chance' },
  { pattern: 'anything|everything to get|have|earn|win|secure ...2 @again|@chance', kind: 'chance' },
  { pattern: 'see your way to|clear', kind: 'plea' },
  { pattern: 'give me ...5 and @you ...2 see|find|realise|realize|know|understand', kind: 'promise' },
  { pattern: 'let me ...1 prove|show|start|work|try|join ...4 and @you ...2 see|find|realise|realize|know|understand', kind: 'promise' },
  { pattern: 'forever|eternally|always? in your debt', kind: 'plea' },
  { pattern: 'on my knees', kind: 'plea' },
  { pattern: 'take a chance|punt|gamble on me', kind: 'plea' },
  { pattern: 'cut|give me some|a little slack', kind: 'plea' },
  { pattern: 'throw me a bone|lifeline', kind: 'plea' },
  { pattern: 'mean the|a world|everything|so much ...3 if @you ...3 reconsider|give|let|allow|take|offer|hire', kind: 'plea' },
  { pattern: '@neg ask ...1 for anything ...2 else|again|more', kind: 'promise' },
  { pattern: 'have mercy', kind: 'plea' },

  { pattern: '@i ...2 need @you to ...1 give me|us', kind: 'plea' },
  { pattern: '@i ...2 need @you to ...1 reconsider|hire|choose|pick', kind: 'plea' },
  { pattern: 'please ...4 give|grant|offer|let me ...3 another|second|one|more ...1 interview|meeting|round|conversation|look|chance|shot|go', kind: 'chance' },
  { pattern: '@neg ...2 have to be|mean the end', kind: 'dont-reject' },
  { pattern: 'another|second|one|more @chance|interview|conversation|meeting ...8 mean ...2 everything|world|much|lot', kind: 'plea' },
  { pattern: 'humbly ask|request|beg|plead', kind: 'plea' },
  { pattern: 'redeem myself', kind: 'chance' },

  { pattern: '@i ...2 =appealing|appeal to @you', kind: 'plea' },
  { pattern: 'please ...2 @neg let ...6 be the reason|end', kind: 'dont-reject' },
  { pattern: 'let|allow me ...1 have|take|get ...1 another|second|one @chance', kind: 'chance' },
  { pattern: 'let|allow me ...1 have|take|get ...1 one more @chance', kind: 'chance' },
  { pattern: '@intens? indebted to @you', kind: 'plea' },
  { pattern: 'come back ...5 try|redo|retake|attempt ...1 =again', kind: 'chance' },

  { pattern: 'on|at your mercy', kind: 'plea' },
  { pattern: 'let|allow me ...1 try|have|do|attempt|come|interview|show|prove|present ...2 once more', kind: 'chance' },
  { pattern: 'no|any way ...4 @i ...2 have|get|take ...1 another|second @chance|interview|conversation|meeting', kind: 'chance' },

  { pattern: 'please ...3 one more time', kind: 'plea' },
  { pattern: 'please ...1 hear me out', kind: 'plea' },

  { pattern: 'please ...2 find a way ...6 another|second|again', kind: 'plea' },

  // Asking them to change their decision.
  { pattern: 'reconsider', kind: 'reconsider' },
  { pattern: 'change your mind', kind: 'reconsider' },
  { pattern: 'any way ...6 still be? consider', kind: 'reconsider' },
  { pattern: 'any way ...6 still in the running', kind: 'reconsider' },
  { pattern: 'any way ...6 still in consideration', kind: 'reconsider' },
  { pattern: 'anything ...4 @i ...2 can|could do ...3 change|convince|persuade|win', kind: 'reconsider' },

  // Don't turn me down.
  { pattern: 'please ...2 @neg ...2 @reject ...2 me|my|out|off', kind: 'dont-reject' },
  { pattern: '@neg ...1 give up on me', kind: 'dont-reject' },
  { pattern: '@neg ...2 write|rule|count|cross me off|out', kind: 'dont-reject' },
  { pattern: '@neg hold ...4 against me', kind: 'dont-reject' },
  { pattern: 'hope ...5 @neg ...2 count|rule|hold ...2 against|out', kind: 'dont-reject' },

  // Promises in exchange for the job.
  { pattern: '@you ...2 will|would @neg regret', kind: 'promise' },
  { pattern: '@i ...2 promise|swear|guarantee ...5 @neg ...2 let you down|disappoint|regret', kind: 'promise' },
  { pattern: '@i will|would @neg let you down', kind: 'promise' },
  { pattern: '@i will|would @neg disappoint you', kind: 'promise' },
  { pattern: 'promise|swear ...8 do|work better|hard|harder', kind: 'promise' },
  { pattern: 'if @you ...2 hire|choose|pick|take|select me', kind: 'promise' },
  { pattern: 'promise|swear ...4 make it up|prove', kind: 'promise' },
  { pattern: 'make it up to you', kind: 'promise' },
];

/** Verbs after “a second chance to …” that make it a plain ask for another conversation. */
export const CONVERSATION_VERBS: ReadonlySet<string> = new Set([
  'talk', 'discuss', 'continue', 'speak', 'meet', 'chat', 'connect', 'learn', 'hear', 'share', 'answer', 'explain',
  'clarify', 'elaborate', 'expand', 'walk', 'present', 'revisit', 'follow', 'introduce', 'catch', 'sit', 'see',
  'tell', 'go', 'dig', 'review',
]);

/** Words that turn a plain ask into a plea. */
export const PLEA_MARKERS: ReadonlySet<string> = new Set([
  'please', 'beg', 'begging', 'desperately', 'promise', 'swear', 'deserve', 'prove', 'anything', 'plead', 'pleading',
  'praying', 'pray', 'badly', 'somehow', 'implore',
]);

/** Words after “reconsider” that make it a request to reverse the decision on the candidate. */
export const RECONSIDER_OBJECTS: ReadonlySet<string> = new Set(['me', 'decision', 'application', 'candidacy', 'profile', 'resume', 'résumé', 'cv', 'file']);

/** Words before “reconsider” that make the reader the one asked to reconsider. */
export const RECONSIDER_ASKERS: ReadonlySet<string> = new Set(['you', 'please', 'your', 'team', 'panel', 'committee']);

/** A plain request for more conversation: the one ask a note may make, so a rewrite can point to it. */
export const PLAIN_ASK: readonly string[] = [
  'open to ...3 another|second|follow-up|further|short ...1 conversation|chat|call|meeting|discussion|interview',
  'welcome|appreciate|love ...4 chance|opportunity to ...2 continue|talk|discuss|meet|speak|chat|connect',
  'happy|glad to ...3 talk|meet|discuss|speak|chat ...2 again|further|more',
  'keep|stay in touch',
];

/** Words after “plead” that make it an idiom rather than pleading (“I plead guilty to loving spreadsheets”). */
export const PLEAD_IDIOMS: ReadonlySet<string> = new Set(['guilty', 'ignorance', 'innocent', 'insanity', 'the', 'not']);
