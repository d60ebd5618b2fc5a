// Phrases that make a note's last lines pessimistic or apologetic, and those that look ahead. Data only.

/** Why a closing sentence reads as a negative last impression. */
export type EndingKind = 'pessimism' | 'apology' | 'desperation';

/**
 * Pessimism, resignation and apology; the rule reads them in the closing lines only.
 * `flips` marks phrases that a negation turns around (“I have no doubt”, “you won't regret”).
 */
export const NEGATIVE_CLOSINGS: ReadonlyArray<{ pattern: string; kind: EndingKind; flips?: true; bare?: true }> = [
  // Expecting rejection.
  { pattern: 'understand|accept|realize|realise|assume|imagine|guess|expect ...2 if|that you ...6 another|other|someone|somebody|elsewhere|different|out', kind: 'pessimism' },
  { pattern: 'understand|accept|realize|realise|assume|imagine|guess ...2 if|that i be|=am|=was|have|=had|do|=did ...3 not|no|longer', kind: 'pessimism' },
  { pattern: 'i be not ...2 the|a person|one|man|woman|fit|candidate for', kind: 'pessimism' },
  { pattern: 'i ...2 fall|=fell|=falling short', kind: 'pessimism', flips: true },
  { pattern: 'not ...2 measure up', kind: 'pessimism' },
  { pattern: 'not ...3 cut out for', kind: 'pessimism' },
  { pattern: 'i ...2 doubt', kind: 'pessimism', flips: true },
  { pattern: 'not|never expect|expecting|anticipate ...3 hear|response|reply|answer|callback|call', kind: 'pessimism' },
  { pattern: 'will not ...3 hear back|from|again', kind: 'pessimism' },
  { pattern: 'probably|likely|already ...2 not|never ...3 hear|get|make|be', kind: 'pessimism' },
  { pattern: 'long shot', kind: 'pessimism' },
  { pattern: 'slim|small|low|little|zero chance|chances|odds', kind: 'pessimism' },
  { pattern: 'chance|chances|odds be|=are|=were ...2 slim|low|small|nil|zero|gone', kind: 'pessimism' },
  { pattern: 'no hard feelings', kind: 'pessimism' },
  { pattern: 'hold|holding @i breath', kind: 'pessimism' },
  { pattern: 'blow|ruin|sink|tank|lose|kill|waste|throw|blown|ruined ...2 my|any chance|chances|shot|opportunity', kind: 'pessimism' },
  { pattern: '=blew|=blown|=bombed|=botched it|=that', kind: 'pessimism' },
  { pattern: '@i ...3 =ruined|=wrecked|=spoiled|=messed|=screwed|=fluffed|=flubbed up? it|that|everything|things|my', kind: 'pessimism' },
  { pattern: '@i will|=\'ll|shall @intens? keep|continue =looking|=searching|=applying', kind: 'pessimism', bare: true },
  { pattern: 'keep|continue =looking|=searching elsewhere|around', kind: 'pessimism' },
  { pattern: 'not ...2 get|=getting my|our hope|=hopes up', kind: 'pessimism' },
  { pattern: 'go|=goes|=going|=went to someone|somebody|another else|candidate|applicant|person', kind: 'pessimism' },
  { pattern: 'hire|choose|pick|select|prefer|offer ...4 someone|somebody else', kind: 'pessimism' },
  { pattern: 'not|never ...2 be ...2 =selected|=chosen|=picked|=hired|=successful|=invited|=shortlisted|=considered|=offered', kind: 'pessimism' },
  { pattern: 'not imagine|think|suppose ...3 hear|=hearing back|from', kind: 'pessimism' },
  { pattern: 'lesson =learned|=learnt|=taken', kind: 'pessimism' },
  { pattern: 'not|never expect|anticipate ...3 =invited|=selected|=chosen|back|=offered|=called', kind: 'pessimism' },
  { pattern: 'not ...2 do myself|me justice', kind: 'pessimism' },
  { pattern: 'chalk ...4 up to', kind: 'pessimism' },
  { pattern: 'wish ...3 =gone|=went|=turned|=been ...2 better|differently|well|smoothly', kind: 'pessimism' },
  { pattern: 'kick|=kicking|beat|=beating|=hating|=cursing myself', kind: 'pessimism' },
  { pattern: 'if anything change|=changes', kind: 'pessimism' },
  { pattern: 'someone|somebody|candidate|candidates|applicant|applicants|people|others ...3 better|stronger|qualified|experienced|suited', kind: 'pessimism' },
  { pattern: 'luck ...6 find|finding|fill|filling|search|hire|hiring|candidate|person|decision', kind: 'pessimism' },
  { pattern: 'apply|applying|look|looking|search|searching|try|trying ...2 elsewhere', kind: 'pessimism' },
  { pattern: 'will|guess|suppose ...2 move on', kind: 'pessimism' },
  { pattern: 'not|no ...2 what you ...3 look|want|need|seek|expect', kind: 'pessimism' },
  { pattern: 'not think|believe|feel ...4 chance|shot|hope', kind: 'pessimism' },
  { pattern: 'much of a chance|shot', kind: 'pessimism' },
  { pattern: 'let you|everyone|anyone|the ...2 down', kind: 'pessimism', flips: true },
  { pattern: 'out of ...2 running|contention|consideration', kind: 'pessimism' },
  { pattern: 'no longer ...3 running|consideration|contention|considered', kind: 'pessimism' },
  { pattern: 'if ...3 a =no', kind: 'pessimism' },
  { pattern: 'assume|guess|imagine|suppose you ...3 already|filled|decided|chosen|moved|found', kind: 'pessimism' },
  { pattern: 'position|role|job|vacancy ...2 be ...2 filled', kind: 'pessimism' },
  { pattern: 'wish you ...3 best|luck ...3 search|find|finding|fill|filling|hire|hiring|candidate|person', kind: 'pessimism' },
  { pattern: 'it be what it be', kind: 'pessimism' },
  { pattern: 'i guess that be it', kind: 'pessimism' },
  { pattern: 'nothing ...2 i can do', kind: 'pessimism' },
  { pattern: 'i give up', kind: 'pessimism' },
  { pattern: 'no worries if not', kind: 'pessimism' },
  { pattern: 'understand|accept|fine|okay if not', kind: 'pessimism' },
  { pattern: 'if not ,? no worries|problem', kind: 'pessimism' },
  { pattern: 'not|no ...3 right|strong|good|ideal|best|first|top fit|candidate|choice|pick|match', kind: 'pessimism' },
  { pattern: 'not|never meant to be', kind: 'pessimism' },
  { pattern: 'find|hire|choose|pick|have|=there ...3 better|stronger candidate|applicant|people|person', kind: 'pessimism' },
  { pattern: 'plenty|lot|many|number ...3 strong|great|good|qualified|excellent|talented candidate|applicant|people|option', kind: 'pessimism' },
  { pattern: '=thanks|=you =anyway|=anyways', kind: 'pessimism' },
  { pattern: 'maybe|perhaps|hopefully next time', kind: 'pessimism' },
  { pattern: 'i ...2 wish i', kind: 'pessimism' },
  { pattern: 'i should|ought have|=to', kind: 'pessimism' },
  { pattern: 'i could have ...2 =done|=answered|=prepared|=given|=explained|=said|=been|=shown|=handled', kind: 'pessimism' },
  { pattern: 'if only i', kind: 'pessimism' },
  { pattern: 'assume|guess|take ...4 =no|rejection', kind: 'pessimism' },
  { pattern: 'stop bother|bothering|pester|pestering|emailing|messaging you', kind: 'apology' },
  { pattern: 'not|never ...3 get|land|win ...2 job|role|position|offer|cut', kind: 'pessimism' },
  { pattern: 'not|never ...2 bother|trouble|pester|burden you', kind: 'apology' },
  { pattern: 'not|never take up ...3 more', kind: 'apology' },
  // Leaving on money trouble or a plea.
  { pattern: 'run|running out of money|savings|cash', kind: 'desperation' },
  { pattern: 'rent|bill|bills|mortgage|payment|payments be|=is|=are ...2 due|overdue|late', kind: 'desperation' },
  { pattern: 'behind on ...2 rent|bill|bills|mortgage|payment|payments', kind: 'desperation' },
  { pattern: 'can|could not afford', kind: 'desperation' },
  { pattern: 'desperate|desperately|=begging|beg you', kind: 'desperation' },
  { pattern: 'i ...2 need this|the job|role|position|work|income', kind: 'desperation' },
  { pattern: 'i ...2 need this', kind: 'desperation' },
  { pattern: 'give me a|another|one ...2 chance|shot', kind: 'desperation' },
  // Apologising on the way out.
  { pattern: 'sorry|apologize|apologise|apology|apologies', kind: 'apology' },
  { pattern: 'forgive|excuse|pardon me|my|the', kind: 'apology' },
  { pattern: 'please forgive|excuse|pardon', kind: 'apology' },
  { pattern: 'regret ...3 @i|any|the', kind: 'apology', flips: true },
  { pattern: 'waste ...3 your time', kind: 'apology' },
  { pattern: 'take|=took up ...4 your time', kind: 'apology' },
  { pattern: 'my bad', kind: 'apology' },
];

/**
 * Sympathy and reassurance that share words with an apology but are not one
 * (“sorry to hear the team lost a colleague”, “no need to apologize”).
 */
export const NOT_APOLOGY: ReadonlyArray<{ pattern: string }> = [
  { pattern: 'sorry|sad|saddened to|about hear|learn|read|see' },
  { pattern: 'sorry ...2 your|the|team|team\'s ...2 loss|news' },
  { pattern: 'sorry for|about your ...2 loss|news' },
  { pattern: 'no need to|for ...2 apologize|apologise|apology|apologies|sorry' },
  { pattern: 'condolence|condolences|sympathy|sympathies' },
];

/** Idioms whose negative words mean eagerness (“I'd hate to miss this chance”): never a negative close. */
export const EAGER_IDIOMS: ReadonlyArray<{ pattern: string }> = [
  { pattern: 'would hate to miss|lose|pass' },
  { pattern: 'not want to miss|lose' },
  { pattern: 'not wait to' },
];

/** Forward-looking lines: a closing paragraph with one of these already ends well once the rest is gone. */
export const FORWARD_LOOKING: ReadonlyArray<{ pattern: string }> = [
  { pattern: 'look forward|=forward-looking' },
  { pattern: 'hope|=hoping to ...2 hear|speak|talk|continue|work|meet|connect|chat|see|join|contribute' },
  { pattern: 'excited|eager|keen|enthusiastic|thrilled' },
  { pattern: 'welcome ...3 chance|opportunity|conversation|call|question|questions' },
  { pattern: 'thank|thanks|grateful|appreciate' },
  { pattern: 'happy|glad to ...2 share|send|talk|discuss|answer|provide|meet' },
  { pattern: '=available|availability' },
  { pattern: 'do not hesitate|=don\'t hesitate|feel free' },
  { pattern: 'talk|speak|see you soon' },
];

/** A closing sentence whose score falls to this (AFINN with negation) reads as negative. */
export const NEGATIVE_SCORE = -2;

/** How many final sentences of a long closing paragraph count as its closing lines. */
export const CLOSING_SENTENCES = 2;

/** When the body is a single paragraph, how many of its final sentences are the close. */
export const SINGLE_PARAGRAPH_CLOSING = 1;

/** A closing paragraph of at most this many sentences is read whole. */
export const SHORT_CLOSING = 3;

/** The forward-looking line the fix offers. */
export const CLOSING_LINE = "I'm excited about the chance to contribute and look forward to hearing from you.";
