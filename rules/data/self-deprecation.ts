// Patterns of self-deprecation: name-calling oneself, "I'm terrible at interviews", "I don't deserve". Data only.
import type { ToneEntry } from '../text/tone.js';

/** What kind of self-deprecation a pattern shows; the message names it. */
export type SelfDeprecationKind = 'label' | 'bad-at' | 'unworthy' | 'self-blame';

export interface SelfDeprecationEntry extends ToneEntry {
  kind: SelfDeprecationKind;
  /** Only when nothing but punctuation or an object of worth follows (“I don't deserve this.”). */
  bare?: boolean;
}

/** Word classes used only by these patterns. */
export const SELF_DEPRECATION_CLASSES: Readonly<Record<string, readonly string[]>> = {
  /** Names a candidate calls themself. */
  slur: [
    'idiot', 'fool', 'moron', 'failure', 'loser', 'mess', 'disaster', 'joke', 'embarrassment', 'dummy',
    'dunce', 'fraud', 'imbecile', 'clown', 'nitwit', 'numpty', 'muppet', 'dolt', 'buffoon', 'laughingstock', 'trainwreck',
    'klutz', 'airhead', 'blockhead', 'halfwit', 'dimwit', 'twit', 'nincompoop', 'screw-up', 'screwup', 'disgrace',
  ],
  /** Adjectives a candidate pins on themself. */
  harsh: [
    'stupid', 'dumb', 'hopeless', 'useless', 'incompetent', 'pathetic', 'worthless', 'clueless', 'inept', 'idiotic',
    'foolish', 'brainless', 'dim', 'dense', 'thick', 'inadequate', 'incapable', 'unemployable', 'unhireable', 'unhirable', 'ridiculous', 'moronic',
    'clumsy', 'lazy', 'disorganised', 'disorganized', 'scatterbrained', 'forgetful', 'untalented', 'talentless', 'unintelligent',
    'mediocre', 'unreliable', 'sloppy', 'slow-witted', 'dumber', 'dumbest', 'stupider', 'stupidest',
  ],
  /** Judgements of a skill. */
  poor: ['inadequate', 'terrible', 'awful', 'hopeless', 'horrible', 'useless', 'bad', 'dreadful', 'rubbish', 'lousy', 'pathetic', 'abysmal', 'atrocious', 'appalling', 'crap', 'garbage', 'worst', 'weak', 'poor'],
  /** Judgements of oneself as a kind of worker (“a slow thinker”, “a weak communicator”). */
  lesser: ['slow', 'weak', 'poor', 'mediocre', 'average', 'clumsy', 'awkward', 'bad', 'terrible', 'awful', 'hopeless', 'lousy', 'dreadful', 'horrible', 'useless', 'rubbish'],
  /** People one may be, as a worker (“speaker”, “learner”). */
  performer: [
    'interviewer', 'communicator', 'speaker', 'candidate', 'presenter', 'talker', 'interviewee', 'thinker', 'employee', 'worker',
    'learner', 'writer', 'test-taker', 'leader', 'manager', 'student', 'listener', 'negotiator', 'salesperson', 'teacher',
  ],
  /** Faculties and skills one may run down (“my communication skills are terrible”). */
  faculty: ['mind', 'skill', 'skills', 'ability', 'abilities', 'english', 'memory', 'brain', 'communication', 'spelling', 'grammar', 'maths', 'math', 'writing', 'speaking', 'judgement', 'judgment', 'intelligence'],
  /** Words for having an aptitude. */
  aptitude: ['talent', 'aptitude', 'gift', 'head', 'knack', 'brain', 'brains', 'flair'],
  /** Hedges that sit before a judgement (“I'm clearly not cut out for this”). */
  hedge: ['always', 'clearly', 'obviously', 'probably', 'evidently', 'apparently', 'just', 'simply', 'definitely', 'honestly', 'really', 'truly', 'so', 'very', 'still'],
  /** Verbs of seeming (“I must have sounded stupid”). */
  seem: ['be', 'feel', 'look', 'seem', 'sound', 'appear', 'come', 'act'],
  /** Feelings aimed at oneself. */
  scorn: ['ashamed', 'disgusted', 'disappointed', 'furious', 'angry', 'mad', 'frustrated', 'annoyed', 'livid', 'embarrassed'],
  /** What the candidate says they do not deserve. */
  undeserved: ['job', 'role', 'position', 'chance', 'opportunity', 'time', 'consideration', 'interview', 'offer', 'it', 'this', 'you', 'your', 'another', 'a', 'the', 'second', 'any', 'to'],
  /** Size words between an article and a name (“a complete idiot”, “a nervous wreck”). */
  size: ['complete', 'total', 'utter', 'absolute', 'real', 'bit', 'little', 'big', 'huge', 'massive', 'proper', 'right', 'such'],
};

/** The patterns (see rules/text/matcher.ts for the syntax). */
export const SELF_DEPRECATION_PATTERNS: readonly SelfDeprecationEntry[] = [
  // Calling oneself names.
  { pattern: '@i @aux? @aux? @intens? @seem across? like|as? such? @det? @size? @size? *? @slur', kind: 'label' },
  { pattern: '@i @aux? @aux? @intens? @seem across? like|as? @intens? @intens? @harsh', kind: 'label' },
  { pattern: 'what @det? @intens? @slur|@harsh @slur? @i', kind: 'label' },
  { pattern: 'how @intens? @harsh @i @aux? @seem', kind: 'label', negatable: false },
  { pattern: '@i @aux? @aux? @seem across? like|as @det @size? amateur|rookie|child|kid', kind: 'label' },
  { pattern: '@slur that @i be|=am|=was', kind: 'label' },
  { pattern: 'make|made @det @intens? complete|total|utter|absolute? fool|idiot|mess|spectacle|ass of myself', kind: 'label' },
  { pattern: 'my @intens? stupid|dumb|idiotic|foolish|feeble|tiny|useless brain|head|self|mind', kind: 'label' },
  { pattern: '@i ...2 make|made|give|gave @det @intens? stupid|dumb|idiotic|moronic|foolish|=boneheaded mistake|error|blunder|answer|comment|remark|move', kind: 'label' },

  // Terrible at it.
  { pattern: '@i @aux? @intens? be @intens? the? @poor at|with|in', kind: 'bad-at' },
  { pattern: '@i @aux? @intens? be @det @intens? @poor *? interviewer|communicator|speaker|candidate|presenter|talker|interviewee|thinker|employee|worker|learner|writer|test-taker', kind: 'bad-at' },
  { pattern: '@i @aux? @intens? be @intens? not @intens? good|great|any good? at interview|interviewing|=interviews|talking|speaking|presenting|=this|=these|=that|thinking', kind: 'bad-at', negatable: false },
  { pattern: '@i @aux? @hedge? be @hedge? not @hedge? cut out for', kind: 'bad-at', negatable: false },
  { pattern: '@i be @hedge? not @hedge? very|that|=particularly|=exactly|=terribly? bright|smart|clever|intelligent|talented|gifted|competent', kind: 'label', negatable: false },
  { pattern: '@i @aux? @hedge? be @hedge? not @det? @hedge? @hedge? good|great|strong|natural|confident|effective *? @performer', kind: 'bad-at', negatable: false },
  { pattern: '@i @aux? @hedge? be @det @intens? @lesser *? @performer', kind: 'bad-at' },
  { pattern: '@i @aux? @hedge? be @det bit of @det @lesser *? @performer', kind: 'bad-at' },
  { pattern: '@i @aux? @intens? be @hedge? pretty|fairly|rather|=only|=just? average|mediocre|unremarkable|forgettable|=second-rate|subpar|=sub-par', kind: 'label' },
  { pattern: '@i @aux? never @intens? be @intens? much|any|very|that|particularly|=terribly? good|great|strong|smart|bright at|with', kind: 'bad-at', negatable: false },
  { pattern: 'for|about =being @intens? @harsh', kind: 'label' },
  { pattern: 'my @intens? stupidity|incompetence|idiocy|ineptitude|uselessness|foolishness|ignorance|dimness', kind: 'label' },
  { pattern: '@i have no|=zero|little|=nil @aptitude for|at', kind: 'bad-at', negatable: false },
  { pattern: 'my ...2 @faculty be|=are|=is @intens? @intens? @poor|@harsh|=lacking|=nonexistent|=non-existent', kind: 'bad-at' },
  { pattern: 'not think|believe|feel ...2 @i be|=am ...2 capable|competent|smart|bright|talented|clever|good|skilled|qualified enough', kind: 'unworthy', negatable: false },
  { pattern: 'not think|believe|feel ...2 @i be|=am capable|good of|at =much|=anything', kind: 'unworthy', negatable: false },
  { pattern: 'my @faculty be like? @det sieve|=goldfish|=colander', kind: 'bad-at' },
  { pattern: 'how little @i @intens? know|=knew|understand|=understood', kind: 'bad-at' },
  { pattern: '@i @aux? @hedge? be @hedge? not @intens? as|so talented|smart|bright|clever|gifted|capable|quick|sharp|strong|good|able as', kind: 'unworthy', negatable: false },
  { pattern: '@i @aux? @hedge? be @intens? less talented|smart|bright|clever|gifted|capable|able|intelligent|competent than', kind: 'unworthy' },
  { pattern: '@i @aux? @hedge? be @intens? =dumber|=stupider than', kind: 'label' },
  { pattern: '@i ...3 slow|=slow-witted on my foot|=feet', kind: 'bad-at' },
  { pattern: '@i ...3 slow on the uptake', kind: 'bad-at' },
  { pattern: '@i ...2 lack @det? intelligence|talent|brains|smarts|brainpower|aptitude|wit', kind: 'bad-at' },
  { pattern: '@i ...2 lack what it take', kind: 'bad-at' },
  { pattern: 'nothing @i do|=try|=touch ...2 come|=comes|go|=goes|turn|=turns out? right|well', kind: 'self-blame', negatable: false },
  { pattern: 'nothing @i do|=try|=touch ...2 work|=works|succeed', kind: 'self-blame', negatable: false },
  { pattern: '@i be not @det? smartest|brightest|sharpest', kind: 'label', negatable: false },
  { pattern: '@i ...2 my own worst enemy', kind: 'self-blame' },
  { pattern: '@i be @hedge? not worth @you|your|the|hiring|considering|it', kind: 'unworthy', negatable: false },
  { pattern: '@i be @det lost cause|=basket =case', kind: 'label' },
  { pattern: 'why @i @intens? @intens? =bothered|bother', kind: 'unworthy', negatable: false },
  { pattern: '@i be the least qualified|capable|experienced|talented|impressive|competent', kind: 'unworthy' },
  { pattern: '@i be @hedge? not @det natural', kind: 'bad-at', negatable: false },
  { pattern: '@i ...4 like @det @size? @slur', kind: 'label' },
  { pattern: '@i be @hedge? too @harsh', kind: 'label' },
  { pattern: '@i @aux? @aux? @seem off like|as @det? @size? @harsh|@slur', kind: 'label' },
  { pattern: '@i @aux? @hedge? be @hedge? not @hedge? good|smart|bright|qualified|strong|talented|capable|experienced|skilled enough', kind: 'unworthy', negatable: false },
  { pattern: '@i @aux? @hedge? feel @hedge? not @hedge? good|smart|bright|qualified|strong|talented|capable|experienced|skilled enough', kind: 'unworthy', negatable: false },
  { pattern: '@i @aux? never @intens? be|feel good|smart|bright|qualified|strong|talented|capable enough', kind: 'unworthy', negatable: false },

  // Unworthy.
  { pattern: '@i @intens? do not @intens? deserve|merit @undeserved', kind: 'unworthy', negatable: false },
  { pattern: '@i @intens? do not @intens? deserve|merit', kind: 'unworthy', negatable: false, bare: true },
  { pattern: '@i be @intens? not @intens? worthy', kind: 'unworthy', negatable: false },
  { pattern: '@i be @intens? unworthy', kind: 'unworthy' },
  { pattern: 'why @you|anyone|anybody would|could|should ...2 hire|want|choose|pick me', kind: 'unworthy' },
  { pattern: '@i @intens? waste|=wasted your time', kind: 'unworthy' },

  // Beating oneself up.
  { pattern: '@i ...2 kick|hate|curse|loathe|despise|punish|=kicking|=hating|=cursing myself', kind: 'self-blame' },
  { pattern: '@i ...2 beat|=beating myself up', kind: 'self-blame' },
  { pattern: '@i ...2 blame myself', kind: 'self-blame' },
  { pattern: '@i @aux? @intens? be|feel|=felt @intens? @scorn with|at|in|of myself', kind: 'self-blame' },
  { pattern: '@i @aux? @intens? be|feel @intens? @intens? ashamed|mortified|humiliated', kind: 'self-blame' },
  { pattern: '@i ...2 embarrass|humiliate|disgrace|=embarrassed|=humiliated myself', kind: 'self-blame' },
  { pattern: '@i can not forgive myself', kind: 'self-blame', negatable: false },
  { pattern: '@i ...2 let myself|everyone|everybody down', kind: 'self-blame' },
  { pattern: 'shame on me', kind: 'self-blame' },
  { pattern: 'what be @i @intens? think|=thinking', kind: 'self-blame' },

];
