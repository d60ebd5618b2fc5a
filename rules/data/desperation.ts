// Patterns of desperation: needing the job, money trouble, "I'll do anything", last hopes. Data only.
import type { ToneEntry } from '../text/tone.js';

/** What kind of desperation a pattern shows; the message names it. */
export type DesperationKind = 'need' | 'desperate' | 'anything' | 'everything' | 'options' | 'money' | 'rejected';

export interface DesperationEntry extends ToneEntry {
  kind: DesperationKind;
  /** Only when nothing but punctuation follows (“I really need this.”, not “I need this clarified”). */
  bare?: boolean;
  /** Not when the match goes on to describe the kind of job wanted (“I need a role where…”). */
  unqualified?: boolean;
}

/** Word classes used only by these patterns. */
export const DESPERATION_CLASSES: Readonly<Record<string, readonly string[]>> = {
  /** What a desperate candidate says they need. */
  job: ['job', 'role', 'position', 'work', 'opportunity', 'offer', 'income', 'money', 'paycheck', 'paycheque', 'salary', 'employment', 'cash'],
  /** Verbs of getting the job. */
  get: ['get', 'land', 'secure', 'have', 'win', 'keep'],
  /** Financial obligations. */
  bill: ['rent', 'bill', 'mortgage', 'loan', 'debt', 'payment', 'tuition', 'groceries'],
  /** What a candidate may be running out of (not time: “I ran out of time on the last question” is a story). */
  resource: ['option', 'money', 'saving', 'savings', 'hope', 'place', 'road', 'luck', 'cash', 'fund'],
  /** Terms that show the candidate will take anything on offer (not shifts or hours: that is flexibility). */
  terms: ['role', 'position', 'job', 'salary', 'pay', 'wage', 'offer', 'term', 'rate', 'contract', 'compensation', 'condition', 'conditions'],
  /** Words for a hard position (“in a tough spot financially”). */
  hard: ['tough', 'difficult', 'tight', 'hard', 'precarious', 'desperate', 'dire', 'rough', 'bad', 'terrible', 'awful', 'shaky', 'rocky', 'grim', 'impossible'],
  /** Household supplies that get cut off when bills go unpaid. */
  utility: ['electricity', 'power', 'gas', 'water', 'phone', 'heating', 'heat', 'internet', 'lights'],
  /** Signs of losing one's home or solvency. */
  ruin: ['eviction', 'evict', 'foreclosure', 'homelessness', 'bankruptcy', 'repossession', 'destitution'],
  /** Words of willingness before an offer to take anything. */
  willing: ['will', 'would', 'willing', 'ready', 'prepared', 'happy', 'glad', 'can', 'could'],
  /** How many places turned the candidate down or were applied to. */
  many: ['hundreds', 'dozens', 'countless', 'numerous', 'every', 'everyone', 'everybody', 'everywhere', 'all'],
};

/** The patterns (see rules/text/matcher.ts for the syntax). */
export const DESPERATION_PATTERNS: readonly DesperationEntry[] = [
  // Needing the job rather than wanting it.
  { pattern: '@i @intens? @intens? need @det? *? @job', kind: 'need', unqualified: true },
  { pattern: '@i @intens? @intens? need something|anything steady|stable|secure|permanent|reliable|=now|=soon', kind: 'need' },
  { pattern: 'without this|that @job', kind: 'need' },
  { pattern: 'need|=needed this|that @job', kind: 'need', unqualified: true },
  { pattern: 'make|=makes ...2 difference to|for my|our family|kids|children|life|lives|situation', kind: 'everything' },
  { pattern: 'if it mean|=means @get|=getting in|hired|=my =foot', kind: 'anything' },
  { pattern: 'foot in the door', kind: 'anything', weak: true },
  { pattern: '@i ...3 open to ...2 anything', kind: 'anything' },
  { pattern: '@i @intens? @intens? need this|it', kind: 'need', bare: true },
  { pattern: '@i @intens? @intens? need this|it so|=more|badly|bad', kind: 'need' },
  { pattern: '@i @intens? @intens? need to @get this|that|the|a @job', kind: 'need', unqualified: true },
  { pattern: '@i @intens? @intens? need this to work|happen|go', kind: 'need' },
  { pattern: '@i @aux? @intens? =can not afford to lose|miss|pass|waste up? on? this|another|the? @job', kind: 'need', negatable: false, unqualified: true },

  // Saying so outright.
  { pattern: '@i @aux? @intens? be|feel|get|grow|become @intens? @intens? desperate', kind: 'desperate' },
  { pattern: '@i @aux? @intens? =desperately want|need|hope|wish|seek|look', kind: 'desperate' },
  { pattern: '@i ...3 desperate for|to', kind: 'desperate' },
  { pattern: 'my|our desperation', kind: 'desperate' },
  { pattern: 'in @intens? desperate|dire|urgent need', kind: 'desperate' },
  { pattern: 'nowhere|=noone else to turn|go', kind: 'options' },
  { pattern: 'no one|=body else to turn', kind: 'options' },
  { pattern: 'my|a last resort', kind: 'options' },

  // Anything at all, on any terms.
  { pattern: '@i ...2 @willing ...3 do|give|sacrifice|accept|take anything', kind: 'anything' },
  { pattern: '@i ...2 @willing ...3 accept|take whatever @you? offer|=offered|give|pay', kind: 'anything' },
  { pattern: 'do|give ...2 whatever it take to @get @det? @job|hired', kind: 'anything' },
  { pattern: '@i ...2 @willing ...3 take|accept any @terms', kind: 'anything' },
  { pattern: '@i ...2 @willing ...3 take|accept any kind|sort|type of @terms', kind: 'anything' },
  { pattern: 'take|accept any|whatever|=anything ...4 at this stage|point', kind: 'anything' },
  { pattern: '@i ...3 take|accept @det ...3 @job at this stage|point', kind: 'anything' },
  { pattern: 'not ...2 in @det? position|place to refuse|decline|turn|reject|=afford', kind: 'options', negatable: false },
  { pattern: 'can|could not afford to refuse|decline|turn|reject|=be =picky|=choosy|=fussy', kind: 'options', negatable: false },
  { pattern: 'get|=got|=gets me in the door|building', kind: 'anything', weak: true },
  { pattern: 'only|sole breadwinner', kind: 'money' },
  { pattern: 'only|sole earner|provider|income for|in|of my|our|the ...2 family|household|home|kid|kids|children', kind: 'money' },
  { pattern: 'nothing|no money|=savings left in|on @det? bank|account', kind: 'money', negatable: false },
  { pattern: '@i|@we be ...3 behind on|with @det? @bill', kind: 'money' },
  { pattern: '@i|@we fall|=fell|get|=got ...3 behind on|with @det? @bill', kind: 'money' },
  { pattern: '@bill ...2 keep pile|=piling|mount|=mounting up?', kind: 'money' },
  { pattern: '@bill keep come|=coming', kind: 'money', bare: true },
  { pattern: 'get|=getting by on|off ...4 savings|wage|wages|benefit|benefits|pension|loan|loans|overdraft', kind: 'money' },
  { pattern: '@i ...2 @willing ...3 take|accept @det? @intens? =much|=far|=significantly|=considerably low|=lower|=lowest|=reduced|=less @terms', kind: 'anything' },
  { pattern: 'have|=forced to move back in? with|home ...2 parent|parents|mum|mom|family|folks', kind: 'options' },
  { pattern: '@i ...2 @willing ...3 do|give|accept|take =literally|@intens anything', kind: 'anything' },
  { pattern: 'card|=cards ...2 =maxed|=max out?', kind: 'money' },
  { pattern: '@i ...2 @willing ...6 do any task|job|work|kind|thing', kind: 'anything' },
  { pattern: 'take|accept whatever @terms', kind: 'anything' },
  { pattern: 'any @job ...4 at this point|=blessing|=godsend|=lifeline|=lifesaver', kind: 'anything' },
  { pattern: '@i ...2 @willing ...3 work for free|nothing|less|peanuts', kind: 'anything' },
  { pattern: '@i ...2 @willing ...3 work|settle for @det? low|=lower|=lowest|=reduced|=less @terms', kind: 'anything' },
  { pattern: '@i ...3 take|accept whatever @i can get|find', kind: 'anything' },
  { pattern: '@i ...2 @willing ...3 take|accept @det? pay|salary cut', kind: 'anything' },
  { pattern: '@i ...2 @willing ...3 take|accept @det? low|=lower|=lowest @terms', kind: 'anything' },
  { pattern: '@i ...2 @willing ...3 take|accept @det? =lower|=reduced|=junior|=smaller|demotion|=less|=entry-level|=entry', kind: 'anything' },

  // The job as everything.
  { pattern: 'this|that|it|job|role|position|opportunity|offer @aux? @intens? mean everything to me|us|my|our', kind: 'everything' },
  { pattern: 'this|that|it|job|role|position|opportunity|offer @aux? @intens? mean the world to me|us|my|our', kind: 'everything' },
  { pattern: 'this|that|it|job|role|position|opportunity|offer|you @aux? *? save me|my|us', kind: 'everything' },
  { pattern: 'my @intens? whole|entire|only? life|future|family ...2 depend|ride|hinge on', kind: 'everything' },
  { pattern: 'everything ...2 depend|ride|hinge on this|it|getting|you', kind: 'everything' },
  { pattern: 'this|it|you be my last|final|only hope|chance|option|shot', kind: 'everything' },
  { pattern: 'my @intens? last|final|only hope', kind: 'everything' },
  { pattern: 'my @intens? last|final shot|hope|lifeline', kind: 'everything' },
  { pattern: 'like my @intens? last|final|only chance|shot|hope', kind: 'everything' },
  { pattern: 'if that|it be what it take', kind: 'anything' },
  { pattern: 'any @job|=thing would|will do', kind: 'anything' },
  { pattern: 'whatever @you ...2 offer|give|pay ...3 take|accept', kind: 'anything' },
  { pattern: '@i ...3 out of money|savings|cash|funds', kind: 'money' },
  { pattern: '@job ...3 be @det? @intens? blessing|godsend|lifeline|lifesaver|miracle', kind: 'everything' },
  { pattern: 'change|transform my|our life|lives|family|situation', kind: 'everything' },
  { pattern: 'turn my|our life|lives|situation around', kind: 'everything' },
  { pattern: '@i ...3 lose|=losing|give|=giving up? hope', kind: 'options' },
  { pattern: '@job ...2 be my @intens? last|final|only|best hope|chance|option|shot|lifeline', kind: 'everything' },

  // Out of options.
  { pattern: '@i @aux? @intens? be? run out of @resource', kind: 'options' },
  { pattern: 'my @resource be @intens? =almost|=nearly|=all? run|=gone|=exhausted|dry|=spent out?', kind: 'options' },
  { pattern: '@i have|see no|=nowhere other|else? option|choice|alternative|where|place|lead', kind: 'options', negatable: false },
  { pattern: '@i do not have|see any other option|choice|alternative|lead|offer|prospect', kind: 'options', negatable: false },
  { pattern: '@i do not know what @i will|would|be go? to? do if|without', kind: 'options', negatable: false, conditional: true },
  { pattern: '@i do not know how @i will|would|be|can go? to? pay|cover|afford|manage|survive|make|feed|keep', kind: 'money', negatable: false, conditional: true },
  { pattern: '@i be at the end of my rope|tether', kind: 'options' },
  { pattern: '@i be at my =wits|wit =end', kind: 'options' },

  // Money trouble.
  { pattern: '@i @aux? @intens? can not pay|afford|cover|make my|the? @bill', kind: 'money', negatable: false },
  { pattern: '@i @aux? @intens? =can not afford to @intens? live|eat|wait|keep|go|stay', kind: 'money', negatable: false },
  { pattern: '=can not afford ...4 out of work', kind: 'money', negatable: false },
  { pattern: '=can not afford ...4 unemployed|jobless|without', kind: 'money', negatable: false },
  // Losing a home stays a threat under a condition (“if I don't find work soon I'll lose my flat”).
  { pattern: '@i|@we ...3 lose|=losing my|our house|home|flat|apartment|car', kind: 'money', conditional: true, negatable: false },
  { pattern: 'have|=had to sell my|our|the car|house|home|flat|furniture|belongings|jewellery|jewelry|possessions', kind: 'money' },
  { pattern: 'beggar|=beggars can|=cannot not? be chooser|=choosers', kind: 'anything', negatable: false },
  { pattern: '@i ...2 @willing ...6 minimum|=min wage', kind: 'anything' },
  { pattern: '@i|@we ...4 homeless', kind: 'money' },
  { pattern: 'another|=longer|=more ...2 without @det? paycheck|paycheque|income|salary|wage|pay|job|work', kind: 'money', negatable: false },
  { pattern: '@hard spot|place|position|situation|time|way ...2 financially|financial|=money|=moneywise', kind: 'money' },
  { pattern: 'financially @intens? @hard|strapped|stretched|ruined|struggling|=unstable', kind: 'money' },
  { pattern: '@i ...3 financial @hard|trouble|difficulty|difficulties|strain|crisis|hardship|mess', kind: 'money' },
  { pattern: '@i ...5 @hard financial|=money situation|position|circumstances|state|time|times|place|spot|trouble|problems', kind: 'money' },
  { pattern: '@i ...3 run|=running|=ran low|short on|of @resource', kind: 'money' },
  { pattern: '@i @aux? be @intens? struggle|=struggling =right =now', kind: 'money' },
  { pattern: '@i be|fall|get @intens? behind on|with my|the? @bill', kind: 'money' },
  { pattern: 'my @bill be|keep pile|stack|add|=overdue|=due|=late up?', kind: 'money' },
  { pattern: '@bill be @intens? pile|stack up', kind: 'money' },
  { pattern: '@i be @intens? =broke|penniless|bankrupt', kind: 'money' },
  { pattern: '@i be @intens? drown|bury in debt', kind: 'money' },
  { pattern: '@i ...3 struggle|try|barely to? make end meet', kind: 'money' },
  { pattern: '@i ...3 struggle financially', kind: 'money' },
  { pattern: '@i ...3 struggle with =money|bill|debt', kind: 'money' },
  { pattern: '@i @aux? have|=got ...2 family|mouth|kid|child|children to feed|support', kind: 'money' },
  { pattern: '@i ...4 no money|income|savings|saving|paycheck|paycheque left?', kind: 'money', negatable: false },
  { pattern: 'child|children|kid|kids|family|daughter|son|parents|wife|husband|mother|father ...2 depend|=depending|rely|=relying|count|=counting on me', kind: 'money' },
  { pattern: 'my unemployment|benefit|benefits|severance|saving|savings benefit|=benefits|pay|insurance? @aux? @intens? run|=gone|end|expire|stop|dry', kind: 'money' },
  { pattern: '@i be in @intens? serious|real|deep|dire? financial trouble|difficulty|difficulties|hardship|straits', kind: 'money' },

  // Survival idioms and hardship at home.
  { pattern: 'food on the|my|our table', kind: 'money' },
  { pattern: 'roof over my|our|=the @intens? head|heads', kind: 'money' },
  { pattern: 'back on my|our foot|=feet', kind: 'need' },
  { pattern: 'keep|kept my|our family|head|household afloat', kind: 'money' },
  { pattern: 'question|matter of survival', kind: 'everything' },
  { pattern: 'question|matter of life and death for me|us|my|our', kind: 'everything' },
  { pattern: 'my|our @utility ...2 be ...3 cut|shut|turn|=switched off', kind: 'money' },
  { pattern: 'my|our @utility ...2 get|be|=being ...2 disconnect|=disconnected', kind: 'money' },
  { pattern: '@i|@we @aux? @intens? face|=facing|risk|=risking|=threatened with? @det? @ruin', kind: 'money' },
  { pattern: '@i|@we @aux? @intens? be|get @intens? =being? =evicted|=bankrupt', kind: 'money' },
  { pattern: '@i|@we @aux? @intens? be|=been @intens? =overdrawn|=maxed', kind: 'money' },
  { pattern: 'live|=living|get|=getting by? off|on credit|payday card|=cards|loan|=loans', kind: 'money' },
  { pattern: 'live|=living off|on charity|handouts', kind: 'money' },
  { pattern: '@i|@we ...3 rely|=relying|depend|=depending|use|=using on? @det? food bank|=banks', kind: 'money' },
  { pattern: '=money|=finances|=things be @intens? @intens? tight|short|scarce|desperate ...2 home|now|financially|since|days|lately', kind: 'money' },
  { pattern: 'my|our family|kid|kids|child|children|wife|husband|partner ...2 be|=are|=is @intens? suffer|=suffering|struggle|=struggling|=hungry', kind: 'money' },
  { pattern: '@i @intens? badly|desperately|=really @intens? need @det? *? @job', kind: 'need', unqualified: true },
  { pattern: '@job ,? any @job', kind: 'anything' },
  { pattern: 'my|the @intens? only|last|one way out', kind: 'everything' },
  { pattern: 'time be @intens? run|=running out for me|=us', kind: 'options' },
  { pattern: '@i ...2 @willing ...3 start|begin at|from the @intens? bottom|=very', kind: 'anything' },
  { pattern: 'take|accept whatever come|=comes my way', kind: 'anything' },
  { pattern: 'for any|whatever pay|salary|wage|rate|price', kind: 'anything' },
  { pattern: 'at any|whatever pay|salary|wage', kind: 'anything' },
  { pattern: '@i ...2 @willing for|with any @terms', kind: 'anything' },
  { pattern: 'not picky|fussy|choosy at this point', kind: 'anything', negatable: false },
  { pattern: 'at this point ,? anything|any', kind: 'anything' },
  { pattern: '@hard year|month|months|period|patch|stretch|spell|few ...2 financially|=money|=moneywise', kind: 'money' },

  // Rejection after rejection.
  { pattern: '@i ...2 apply to|for @many|=so|=over|=more ...2 job|role|position|company|employer|place', kind: 'rejected' },
  { pattern: '@i ...2 send|=sent|submit|=submitted|fire|=fired out? @many|=over|=more|=so|=hundreds ...3 application|cv|resume|=applications|=cvs|=resumes', kind: 'rejected' },
  { pattern: 'nobody|=noone else? will|want to? hire|interview|take me', kind: 'rejected', negatable: false },
  { pattern: 'no one else? will|want to? hire|interview|take me', kind: 'rejected', negatable: false },
  { pattern: '@i ...2 be reject|=rejected by|from @many|=so', kind: 'rejected' },
  { pattern: 'the only interview|callback|response|offer|reply|lead @i @aux? have|get', kind: 'rejected' },
  { pattern: '@i @aux? be unemployed|jobless for? ...3 month|months|year|years|=long|=ages', kind: 'rejected', weak: true },
  { pattern: '@i @aux? be unemployed|jobless since', kind: 'rejected', weak: true },
  { pattern: '@i @aux? be out of work since', kind: 'rejected', weak: true },
  { pattern: 'get|=getting|be @intens? scary|frightening|=terrifying|=desperate', kind: 'desperate', weak: true },
  { pattern: '@i @aux? be out of work for ...3 month|months|year|years|=long|=ages', kind: 'rejected', weak: true },
];
