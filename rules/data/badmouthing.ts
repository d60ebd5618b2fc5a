// Phrase data for the badmouthing rule: who counts as a past or present workplace, and what
// counts as a negative judgement of them. Data only; the logic is in rules/badmouthing.ts.

/** What kind of complaint a judgement is; picks the forward-looking rewrite. */
export type JudgementKind = 'control' | 'competence' | 'culture' | 'support' | 'effort' | 'ethics' | 'general';

/** Nouns naming people or bodies of the candidate's own workplace (matched on lemma, hyphens dropped). */
export const PERSON_TARGETS: ReadonlySet<string> = new Set([
  'boss', 'manager', 'supervisor', 'employer', 'company', 'firm', 'team', 'coworker', 'colleague',
  'teammate', 'leadership', 'management', 'director', 'ceo', 'cto', 'cfo', 'founder', 'cofounder',
  'executive', 'exec', 'lead', 'teamlead', 'leader', 'vp', 'department', 'organization', 'organisation',
  'org', 'agency', 'startup', 'workplace', 'superior', 'higherup', 'peer', 'owner', 'principal',
  'headteacher', 'chef', 'foreman', 'staff', 'hr', 'csuite', 'administration', 'crew', 'member',
  'workmate', 'co-worker', 'gaffer', 'guvnor',
]);

/** Places of work that are a target only with a time marker (“my last school”, “my old job”). */
export const PLACE_TARGETS: ReadonlySet<string> = new Set([
  'job', 'school', 'hospital', 'clinic', 'store', 'shop', 'restaurant', 'practice', 'office', 'studio',
  'lab', 'employment', 'gig', 'position', 'role', 'place', 'division', 'group', 'unit', 'board',
]);

/** Nouns that only name the workplace when the sentence is about a past or present job. */
export const FRAMED_TARGETS: ReadonlySet<string> = new Set([
  'people', 'everyone', 'everybody', 'culture', 'environment', 'atmosphere', 'place', 'they',
  'folk', 'folks', 'employee', 'worker', 'engineer', 'developer', 'nobody', 'no-one', 'partner', 'senior',
  'associate', 'consultant', 'nurse', 'doctor', 'teacher', 'chef', 'cook', 'editor', 'producer',
  // Slang for a whole workplace (“the lot I'm with now”, “the crowd I work for”); “lot” only after “the”.
  'crowd', 'outfit', 'lot',
]);

/** What a person or employer has that stands for them when judged (“my manager's attitude”). */
export const OWNED_TARGETS: ReadonlySet<string> = new Set([
  'attitude', 'behavior', 'behaviour', 'temper', 'management', 'leadership', 'culture', 'decision', 'ethic',
  'ethics', 'standard', 'treatment', 'favoritism', 'favouritism', 'style', 'personality', 'people', 'staff',
  'team', 'manager', 'boss', 'executive', 'leader', 'director', 'founder', 'owner', 'employee', 'environment',
]);

/** Nouns a judgement may modify and still judge the people (“made toxic comments”, “a terrible leader”). */
export const JUDGED_THINGS: ReadonlySet<string> = new Set([
  'person', 'human', 'leader', 'boss', 'manager', 'comment', 'remark', 'behavior', 'behaviour', 'attitude',
  'habit', 'practice', 'politics', 'decision', 'style', 'mess', 'nightmare', 'joke', 'disaster', 'individual',
  'communicator', 'mentor', 'supervisor', 'coworker', 'colleague', 'excuse', 'treatment', 'conduct',
]);

/** Words that make a target past or present employment without a possessive (“ex-boss”, “a former employer”). */
export const TIME_MARKERS: ReadonlySet<string> = new Set([
  'former', 'previous', 'last', 'old', 'prior', 'past', 'ex', 'current', 'present', 'erstwhile', 'then',
]);

/** Words after a target noun that make it a modifier of something else (“my management style”). */
export const COMPOUND_HEADS: ReadonlySet<string> = new Set([
  'style', 'skill', 'skills', 'experience', 'approach', 'role', 'position', 'training', 'course',
  'degree', 'philosophy', 'consulting', 'software', 'tool', 'tools', 'system', 'player', 'building',
  'car', 'account', 'retreat', 'offsite', 'lunch', 'dinner', 'outing', 'email', 'website', 'name',
  'card', 'handbook', 'policy-wise', 'credential', 'certification', 'track', 'theory', 'book',
]);

/** Phrases that frame the sentence as about a past or present job. Matcher patterns. */
export const FRAMING_PATTERNS: ReadonlyArray<{ pattern: string }> = [
  { pattern: 'at|in|from|with|during my|our former|previous|last|old|prior|past|current|present|first|ex job|role|position|company|employer|workplace|firm|organization|organisation|agency|startup|gig|post|team|office|place|internship|employment' },
  { pattern: 'where @i|we used? to? work|be|intern' },
  { pattern: 'my|our time at|with' },
  { pattern: 'when @i was at|with|there' },
  { pattern: '@i leave|quit|resign|=left ...4 because|since|due|over' },
  { pattern: 'reason @i ...2 leave|=left|quit|leaving|resign' },
  { pattern: 'reason for leaving|quitting' },
  { pattern: 'why @i ...2 leave|=left|quit|leaving' },
];

/** Anchors after a noun that make it the candidate's workplace (“the people there”, “the manager I had”). */
export const TRAILING_ANCHORS: ReadonlyArray<{ pattern: string }> = [
  { pattern: 'there' },
  { pattern: '@i work|report|serve with|for|under|alongside' },
  { pattern: '@i have|had at|in|there' },
  { pattern: '@i =had' },
  { pattern: '@i be|was on|in|at|with|under' },
  { pattern: '@i join|=joined|lead|=led|leave|=left' },
  { pattern: 'at|in|from my|our former|previous|last|old|prior|past|current|present job|role|position|company|employer|workplace|firm|gig|school|hospital|store|shop|restaurant|clinic|practice|office|agency|startup|organisation|organization|team|department|ward|site|plant|branch|warehouse|lab|studio|station' },
  // Any workplace noun after a time marker (“the staff at my previous pharmacy”).
  { pattern: 'at|in|from my|our former|previous|last|old|prior|past|current|present *' },
  // “the owner of my previous café”.
  { pattern: 'of my|our former|previous|last|old|prior|past|current|present *' },
];

/**
 * Words that judge a person or employer negatively wherever they sit after (or in front of)
 * the target in its clause. Keys are lemmas or hyphen-free surfaces.
 */
export const STRONG_JUDGEMENTS: Readonly<Record<string, JudgementKind>> = {
  toxic: 'culture', incompetent: 'competence', incompetence: 'competence', clueless: 'competence',
  useless: 'competence', inept: 'competence', ineptitude: 'competence', idiot: 'competence', idiotic: 'competence',
  stupid: 'competence', dumb: 'competence', moronic: 'competence', moron: 'competence', amateurish: 'competence',
  dysfunctional: 'culture', unprofessional: 'culture', abusive: 'culture', narcissistic: 'culture',
  narcissist: 'culture', manipulative: 'ethics', petty: 'culture', vindictive: 'culture', hostile: 'culture',
  nightmare: 'culture', hellhole: 'culture', arrogant: 'culture', condescending: 'culture', rude: 'culture',
  dishonest: 'ethics', unethical: 'ethics', corrupt: 'ethics', shady: 'ethics', sleazy: 'ethics', crook: 'ethics',
  liar: 'ethics', lazy: 'effort', slacker: 'effort', deadweight: 'effort', freeloader: 'effort',
  micromanager: 'control', micromanagement: 'control', micromanaging: 'control', controlling: 'control',
  tyrant: 'control', dictator: 'control', tyrannical: 'control', bully: 'culture', bullying: 'culture',
  jerk: 'culture', backstabbing: 'culture', backstabber: 'culture', twofaced: 'ethics', cutthroat: 'culture',
  pathetic: 'general', hopeless: 'competence', mediocre: 'competence', incapable: 'competence',
  unqualified: 'competence', unsupportive: 'support', unhelpful: 'support', uncooperative: 'effort',
  disorganized: 'competence', disorganised: 'competence', chaotic: 'competence', shortsighted: 'competence',
  ignorant: 'competence', greedy: 'ethics', exploitative: 'ethics', stingy: 'ethics', unappreciative: 'support',
  thankless: 'support', soulcrushing: 'culture', demoralizing: 'culture', demoralising: 'culture',
  clown: 'competence', clowns: 'competence', circus: 'competence', dinosaur: 'competence', powerhungry: 'control',
  favoritism: 'culture', favouritism: 'culture', nepotism: 'ethics', sexist: 'culture', racist: 'culture',
  unbearable: 'culture', insufferable: 'culture', intolerable: 'culture', spineless: 'competence',
  gutless: 'competence', cowardly: 'competence', negligent: 'competence', sloppy: 'competence',
  pushover: 'competence', shambles: 'competence', shambolic: 'competence', farce: 'competence', rubbish: 'competence',
  // Insult nouns that carry the judgement alone (“the lot I'm with now are cowboys”).
  cowboy: 'ethics', charlatan: 'ethics', conman: 'ethics', swindler: 'ethics', fraudster: 'ethics',
  muppet: 'competence', buffoon: 'competence', imbecile: 'competence', halfwit: 'competence', numpty: 'competence',
  // Distancing that mocks (“our so-called leadership”).
  socalled: 'general',
};

/** Word stems that judge whatever their ending (“micromanaged”, “backstabbed”). */
export const JUDGEMENT_STEMS: ReadonlyArray<readonly [string, JudgementKind]> = [
  ['micromanag', 'control'], ['backstab', 'culture'], ['belittl', 'culture'], ['gaslight', 'ethics'],
  ['gaslit', 'ethics'], ['berat', 'culture'], ['humiliat', 'culture'], ['harass', 'culture'],
  ['undermin', 'culture'], ['sabotag', 'culture'], ['mistreat', 'culture'], ['disrespect', 'culture'],
  ['bulli', 'culture'], ['exploit', 'ethics'], ['undervalu', 'support'], ['underappreciat', 'support'],
  ['gossip', 'culture'], ['scapegoat', 'culture'], ['badmouth', 'culture'],
];

/**
 * Words that judge only as a predicate (“my boss was difficult”, “the team was a mess”),
 * on top of AFINN's negative words; elsewhere they often describe a situation instead.
 */
export const PREDICATE_JUDGEMENTS: Readonly<Record<string, JudgementKind>> = {
  difficult: 'culture', terrible: 'general', awful: 'general', horrible: 'general', horrendous: 'general',
  dreadful: 'general', bad: 'general', poor: 'competence', weak: 'competence', mess: 'competence',
  joke: 'competence', disaster: 'competence', unreasonable: 'culture', unfair: 'culture', impossible: 'culture',
  absurd: 'general', ridiculous: 'general', clueless: 'competence', worst: 'general', miserable: 'culture',
  cheap: 'ethics', selfish: 'culture', cold: 'culture', unorganized: 'competence', unresponsive: 'support',
  checked: 'effort', absent: 'support', incompetent: 'competence', crazy: 'culture', insane: 'culture',
  political: 'culture', bureaucratic: 'control', rigid: 'control', inflexible: 'control', controlling: 'control',
  dismissive: 'support', apathetic: 'effort', careless: 'competence', vague: 'competence', hypocritical: 'ethics',
  hypocrite: 'ethics', disrespectful: 'culture', inconsiderate: 'culture', aggressive: 'culture',
  untrustworthy: 'ethics', unreliable: 'effort', unmotivated: 'effort', backward: 'competence',
};

/**
 * Negative AFINN words that describe misfortune, feelings or hard work rather than judge a
 * person (“the company was struggling”, “my manager was disappointed”, “my team was overworked”).
 */
export const NOT_JUDGEMENTS: ReadonlySet<string> = new Set([
  'bankrupt', 'bankruptcy', 'struggling', 'struggle', 'lost', 'lose', 'loss', 'fired', 'fire', 'sad', 'sorry',
  'problem', 'sick', 'ill', 'injured', 'hurt', 'dead', 'die', 'died', 'death', 'worried', 'worry', 'concerned',
  'upset', 'disappointed', 'frustrated', 'stressed', 'stress', 'stressful', 'tired', 'exhausted', 'pressure',
  'crisis', 'cut', 'layoff', 'downsizing', 'closed', 'close', 'shut', 'failed', 'fail', 'failure', 'doomed',
  'defeated', 'broke', 'poorly', 'busy', 'overworked', 'hard', 'tough', 'demanding', 'strict', 'challenge',
  'challenging', 'no', 'not', 'limited', 'small', 'sorrow', 'grief', 'grieving', 'mourning', 'miss', 'missed',
  'suffering', 'suffer', 'suffered', 'victim', 'threatened', 'afraid', 'scared', 'fear', 'anxious', 'nervous',
  'angry', 'mad', 'annoyed', 'hesitant', 'cautious', 'skeptical', 'sceptical', 'risk', 'stuck', 'unable',
  'vacant', 'uncertain', 'uncertainty', 'unclear', 'hit', 'impacted', 'affected', 'attacked', 'criticized',
  'criticised', 'sued', 'penalty', 'fined', 'debt', 'loan', 'shortage', 'short', 'understaffed', 'stretched',
  'overwhelmed', 'strained', 'delayed', 'delay', 'lack', 'lacking', 'mistake', 'error', 'bug', 'issue',
  'distracted', 'pain', 'panic', 'alarmed', 'shocked', 'surprised', 'sorry', 'apologetic', 'regret',
  // Misfortune and emotions the workplace suffered rather than caused.
  'accident', 'emergency', 'crash', 'illness', 'injury', 'cancer', 'tragedy', 'tragic', 'flood', 'storm', 'war',
  'outage', 'incident', 'casualty', 'recession', 'downturn', 'pandemic', 'redundancy', 'redundancies', 'closure',
  'strike', 'disease', 'grief', 'funeral', 'furious', 'heartbroken', 'distraught', 'unhappy', 'lonely', 'gutted',
  'devastated', 'anger', 'fraud', 'abuse', 'crime', 'criminal', 'violence', 'danger', 'dangerous', 'hazard',
  'hazardous', 'threat', 'attack', 'scam', 'spam', 'malware', 'virus', 'bug', 'defect', 'complaint', 'lawsuit',
  // “took the blame for the launch” is owning up; blaming others is matched as a phrase.
  'blame',
  'risky', 'pressure', 'deadline', 'urgent', 'critical', 'severe', 'serious', 'intense', 'tense', 'tension',
]);

/**
 * Verbs of dealing with a problem: a negative word after one (“my team fought fraud”,
 * “my manager handled an angry client”) is what they dealt with, not what they are.
 */
export const SOLVING_VERBS: ReadonlySet<string> = new Set([
  'fix', 'solve', 'reduce', 'prevent', 'handle', 'resolve', 'tackle', 'address', 'cut', 'eliminate', 'survive',
  'overcome', 'deal', 'fight', 'combat', 'investigate', 'detect', 'clean', 'remove', 'recover', 'protect',
  'defend', 'mitigate', 'avoid', 'catch', 'stop', 'beat', 'win', 'report', 'help', 'navigate', 'weather', 'face',
  'rescue', 'rebuild', 'repair', 'improve', 'replace', 'rewrite', 'automate', 'streamline', 'manage', 'counter',
  'audit', 'flag', 'spot', 'study', 'research', 'cover', 'review', 'respond', 'support', 'treat', 'nurse', 'calm',
  'teach', 'train', 'coach', 'warn', 'expose', 'uncover', 'prosecute', 'defeat', 'lose', 'suffer', 'endure',
]);

/** Positive words whose negation is a judgement (“my manager was not supportive”). */
export const NEGATABLE_POSITIVES: Readonly<Record<string, JudgementKind>> = {
  supportive: 'support', competent: 'competence', helpful: 'support', professional: 'culture',
  organized: 'competence', organised: 'competence', fair: 'culture', honest: 'ethics', reasonable: 'culture',
  capable: 'competence', qualified: 'competence', good: 'general', great: 'general', best: 'general',
  transparent: 'ethics', responsive: 'support', respectful: 'culture', appreciative: 'support',
  ethical: 'ethics', trustworthy: 'ethics', reliable: 'effort', kind: 'culture', nice: 'culture',
  pleasant: 'culture', friendly: 'culture', collaborative: 'culture', interested: 'support',
  invested: 'support', engaged: 'effort', committed: 'effort', smart: 'competence', bright: 'competence',
  effective: 'competence', decent: 'general', better: 'general', welcoming: 'culture', inclusive: 'culture', easy: 'culture',
};

/** Verbs whose negation with a person object, or none, is a judgement (“never supported me”). */
export const NEGATABLE_VERBS: Readonly<Record<string, JudgementKind>> = {
  support: 'support', appreciate: 'support', value: 'support', recognize: 'support', recognise: 'support',
  respect: 'culture', trust: 'control', help: 'support', mentor: 'support', back: 'support', listen: 'support',
  care: 'support', invest: 'support', acknowledge: 'support', reward: 'support', promote: 'support',
  coach: 'support', guide: 'support', train: 'support', communicate: 'competence', deliver: 'effort',
  contribute: 'effort', bother: 'effort', cooperate: 'effort', collaborate: 'effort', credit: 'support',
  thank: 'support', praise: 'support', encourage: 'support', lead: 'competence', manage: 'competence',
  plan: 'competence', try: 'effort', work: 'effort',
};

/**
 * What a boss or co-worker is expected to do routinely. Said with a habitual negation
 * (“never replied”, “rarely answered”, “doesn't reply to emails”, “would not explain”) each is a
 * judgement, whatever its object.
 */
export const DUTY_VERBS: ReadonlySet<string> = new Set([
  'reply', 'respond', 'answer', 'return', 'attend', 'pay', 'explain', 'share', 'inform', 'consult', 'follow',
  'finish', 'update', 'read', 'deliver', 'bother', 'listen', 'support', 'help', 'back', 'care', 'thank', 'praise',
  'credit', 'admit', 'apologise', 'apologize', 'communicate', 'acknowledge', 'notice', 'appear', 'honour', 'honor',
  'plan', 'recognise', 'recognize', 'appreciate', 'value', 'respect', 'trust', 'mentor', 'coach', 'train', 'delegate',
]);

/** Negators that say something never or seldom happens, not that it failed once. */
export const HABITUAL_NEGATORS: ReadonlySet<string> = new Set(['never', 'rarely', 'seldom', 'hardly', 'barely', 'scarcely']);

/** Positive states whose habitual negation is a judgement (“never available”, “rarely around”). */
export const HABITUAL_STATES: Readonly<Record<string, JudgementKind>> = {
  available: 'support', around: 'support', present: 'support', reachable: 'support', accessible: 'support',
  approachable: 'support', consistent: 'competence', clear: 'competence', prepared: 'competence',
  punctual: 'effort', open: 'culture', there: 'support', honest: 'ethics', responsive: 'support',
};

/** Objects after a negated verb that make it about people (“never supported the team”). */
export const PERSON_OBJECTS: ReadonlySet<string> = new Set([
  'me', 'us', 'anyone', 'anybody', 'people', 'employee', 'staff', 'team', 'their', 'his', 'her', 'its', 'my', 'our',
  'junior', 'new', 'enough', 'properly', 'well', 'at', 'to', 'about', 'in', 'them', 'him', 'everyone',
  'everybody', 'any', 'hard', 'together',
]);

/** Multi-word judgements, matched as patterns; `negated` ones already carry their negation. */
export const JUDGEMENT_PATTERNS: ReadonlyArray<{ pattern: string; kind: JudgementKind; negated?: boolean; comparison?: boolean }> = [
  { pattern: '@neg pull ...2 weight', kind: 'effort', negated: true },
  { pattern: '@neg know what|how ...4 do|doing|manage|lead|run', kind: 'competence', negated: true },
  { pattern: '@neg know the first thing', kind: 'competence', negated: true },
  { pattern: '@neg have a|any clue|idea|vision|plan|direction|spine|backbone|strategy', kind: 'competence', negated: true },
  { pattern: '@neg =got a|any clue|idea', kind: 'competence', negated: true },
  { pattern: 'have no|zero|little clue|idea|vision|plan|direction|spine|backbone|strategy|respect|interest|integrity|empathy|regard|sense|leadership|business', kind: 'competence', negated: true },
  { pattern: 'know nothing|little about', kind: 'competence', negated: true },
  { pattern: '@neg do their|his|her|=its job|jobs|part|share', kind: 'effort', negated: true },
  { pattern: '@neg ...2 give|=gave ...2 credit|feedback|direction|guidance|recognition|support|praise|raise|raises|training|answer|answers', kind: 'support', negated: true },
  { pattern: '@neg lift a finger', kind: 'effort', negated: true },
  { pattern: '@neg follow through', kind: 'effort', negated: true },
  { pattern: '@neg keep their|his|her|=its promise|promises|word', kind: 'ethics', negated: true },
  { pattern: '@neg care less', kind: 'support', negated: true },
  { pattern: '@neg care about|for anyone|anybody|people|employee|us|me|quality|their|staff|anything', kind: 'support', negated: true },
  { pattern: '@neg make|=made a decision|decisions', kind: 'competence', negated: true },
  { pattern: '@neg own|take ownership|responsibility|accountability', kind: 'effort', negated: true },
  { pattern: 'only care|=cared|=caring about', kind: 'ethics' },
  { pattern: 'care|cared|caring only about', kind: 'ethics' },
  { pattern: 'take|took|taking all? the|most|full|sole|every credit', kind: 'ethics' },
  { pattern: 'take|=took|=takes|=taking all? credit for', kind: 'ethics' },
  { pattern: 'steal|stole my|our|the credit|idea|ideas|work', kind: 'ethics' },
  { pattern: 'throw|threw ...4 under the bus', kind: 'culture' },
  { pattern: 'screw|screwed me|us|people|everyone|employee over?', kind: 'ethics' },
  { pattern: 'hold|held me|us back', kind: 'control' },
  { pattern: 'let|let me|us|everyone|people|the|their|his|her ...2 down', kind: 'support' },
  { pattern: 'hang|hung me|us|people|everyone out to dry', kind: 'support' },
  { pattern: 'move|moved|moving the goalposts|goalpost', kind: 'competence' },
  { pattern: 'waste|wasted my|our|everyone time', kind: 'competence' },
  { pattern: 'drag|dragged me|us|the|everyone down', kind: 'effort' },
  { pattern: 'drive|drove ...2 away|crazy|insane|out', kind: 'culture' },
  { pattern: 'run|ran ...2 into the ground', kind: 'competence' },
  { pattern: 'make|made my|our|everyone life|lives hell|miserable|difficult|unbearable', kind: 'culture' },
  { pattern: 'treat|treated|treats|treating ...3 badly|poorly|terribly|horribly|awfully|unfairly|appallingly|disgracefully', kind: 'culture' },
  { pattern: 'treat|treated|treats|treating ...3 like numbers|dirt|children|kids|garbage|rubbish|robots|machines|cogs|slaves|idiots|servants|criminals|furniture|interns', kind: 'culture' },
  { pattern: 'have|had no|zero|little|poor|terrible|awful people|social|management|leadership|communication|interpersonal skill|skills', kind: 'competence' },
  { pattern: 'have|had|play|played favourites|favorites|favourite|favorite|pets', kind: 'culture' },
  { pattern: 'stuck in the past|nineties|eighties|dark|stone', kind: 'competence' },
  { pattern: 'refuse|refused|refuses|refusing to change|modernise|modernize|adapt|listen|budge|innovate|learn|admit|compromise|invest|pay', kind: 'control' },
  { pattern: 'cut|cutting corners', kind: 'ethics' },
  { pattern: 'dump|dumped|dumping|offload|offloaded|offloading ...4 on|onto me|us|others|everyone|junior', kind: 'effort' },
  { pattern: 'obsess|obsessed with politics|power|status|money|metrics|numbers|appearances|control', kind: 'culture' },
  { pattern: 'care|cared|cares more about ...3 than', kind: 'ethics' },
  { pattern: 'play|played favorite|favorites|favourite|favourites|politics', kind: 'culture' },
  { pattern: 'lie|lied to', kind: 'ethics' },
  { pattern: 'yell|yelled|scream|screamed|shout|shouted at', kind: 'culture' },
  { pattern: 'blame|blamed me|us|everyone|others|the|their', kind: 'culture' },
  { pattern: 'ignore|ignored me|us|my|our|everyone|feedback|input|concerns', kind: 'support' },
  { pattern: 'shoot|shot down', kind: 'control' },
  { pattern: 'stifle|stifled|crush|crushed|kill|killed creativity|innovation|morale|initiative', kind: 'control' },
  { pattern: 'lack|lacked|lacking direction|vision|leadership|integrity|competence|structure|accountability|empathy|organisation|organization|focus|skill|skills', kind: 'competence' },
  { pattern: 'waste|waste of time|space', kind: 'competence' },
  { pattern: 'sink ship', kind: 'competence' },
  { pattern: 'go|=going|=went|=goes nowhere', kind: 'competence' },
  { pattern: 'way out of a paper bag', kind: 'competence' },
  { pattern: 'sinking ship', kind: 'competence' },
  { pattern: 'hot mess', kind: 'competence' },
  { pattern: 'train wreck', kind: 'competence' },
  { pattern: 'dumpster fire', kind: 'competence' },
  { pattern: 'control freak', kind: 'control' },
  { pattern: 'snake pit', kind: 'culture' },
  { pattern: 'dead weight', kind: 'effort' },
  { pattern: 'in over their|his|her head|heads', kind: 'competence' },
  { pattern: 'asleep at the wheel', kind: 'effort' },
  { pattern: 'out of touch', kind: 'competence' },
  { pattern: 'out of their|his|her depth', kind: 'competence' },
  { pattern: 'full of themselves|himself|herself', kind: 'culture' },
  { pattern: 'breathe|breathed down my|our neck|necks', kind: 'control' },
  { pattern: 'look|looked over my|our shoulder|shoulders', kind: 'control' },
  { pattern: 'every little|single detail|decision|thing', kind: 'control' },
  { pattern: 'too lazy|incompetent|busy|proud|stubborn to', kind: 'effort' },
  { pattern: 'impossible to work with|for', kind: 'culture' },
  { pattern: 'difficult|hard|awful|terrible|painful to work with|for|under', kind: 'culture' },
  // Behaviour that judges without a judging word (a blind round: keeping staff in the dark,
  // deciding without asking, hoarding the good work, vanishing, gossip, paying late).
  { pattern: 'keep|=kept|=keeping|leave|=left|=leaving me|us|everyone|staff|people|the|everybody ...2 in the dark', kind: 'ethics' },
  { pattern: 'without =telling|=asking|=consulting|=informing|=warning|=explaining|=involving ...2 anyone|anybody|us|me|any|staff|people|everyone|the', kind: 'culture', negated: true },
  { pattern: 'take|=took|=takes|=taking|keep|=kept|=keeps|=keeping ...2 best|good|interesting|easy|fun|glamorous|exciting|visible|plum ...2 for himself|herself|themselves', kind: 'ethics' },
  { pattern: 'do|=did|=does|=doing the|a? bare|absolute minimum', kind: 'effort' },
  { pattern: '=more interested|focused|concerned|invested in|with|on|about ...4 than in|about|with? his|her|their|the|our|its clients|customers|staff|team|people|patients|students|employees|us|quality|work|nurses|teachers|workers', kind: 'ethics' },
  { pattern: '=only interested|concerned|focused|cared|care|cares in|with|on|about ...2 money|profit|profits|numbers|themselves|himself|herself|metrics|bonus|bonuses|appearances|looking|covering|power|status|image|optics|billing', kind: 'ethics' },
  { pattern: 'cover|=covering|=covered|=covers their|his|her own? back|backs|=ass|=butt', kind: 'ethics' },
  { pattern: 'cover|=covering|=covered|=covers themselves|himself|herself', kind: 'ethics' },
  { pattern: 'behind their|his|her|my|our|people|everyone|everybody|each|other ...1 back|backs', kind: 'culture' },
  { pattern: 'pay|=paid|=pays|=paying us|me|staff|wages|salaries|people|everyone|employees|invoices|suppliers? late', kind: 'ethics' },
  { pattern: 'change|=changed|=changing|=changes their|his|her|the? priorities|direction|plans|=mind|goals|requirements ...4 constantly|daily|overnight|=always|hourly', kind: 'competence' },
  { pattern: 'change|=changed|=changing|=changes their|his|her|the? priorities|direction|plans|=mind|goals|requirements ...4 every day|morning|single|other|hour|meeting|time|five|few', kind: 'competence' },
  { pattern: 'present|=presented|=presents|=presenting|pass|=passed|=passing|claim|=claimed ...3 as their|his|her own', kind: 'ethics' },
  { pattern: 'disappear|=disappeared|=disappears|vanish|=vanished|=vanishes for hours|days|weeks|=whole', kind: 'effort' },
  { pattern: 'leave|=left|=leaves|=leaving me|us|everyone|the team|staff ...2 to handle|deal|clean|pick|fend|cope|sort|fix', kind: 'support' },
  { pattern: 'treat|treated|treats|treating ...4 like|as ...3 replaceable|disposable|expendable|invisible|nobody|nothing|number', kind: 'culture' },
  { pattern: '@neg ...1 show|=showed|=shows|=shown up', kind: 'effort', negated: true },
  { pattern: '@neg ...1 on time', kind: 'effort', negated: true },
  { pattern: '=could|can @neg organise|organize|run|plan|manage|lead a|an', kind: 'competence', negated: true },
  // A later blind round: put-downs carried by idiom, comparison and understatement.
  { pattern: 'would|could @neg know a|an|the|his|her|their ...4 from a|an|the|his|her|their', kind: 'competence', negated: true },
  { pattern: 'can|could|would ...1 barely|hardly|scarcely use|operate|spell|read|write|switch|turn|open|send|run|organise|organize|lead|code|count|string|tie|find|boil|format|attach|print|explain|add', kind: 'competence', negated: true },
  { pattern: 'have no|zero|little tact|manners|shame|scruples|morals|conscience|humility|charisma|judgement|judgment|imagination|initiative|humour|humor|taste|principles|decency|compassion|=self-awareness|common', kind: 'competence', negated: true },
  { pattern: 'skill|skills|personality|charisma|sense|instinct|intelligence|warmth|tact|span|manners|ability|abilities|brain|brains|charm|empathy|vision ...2 of a|an houseplant|potato|brick|goldfish|toddler|rock|doorknob|plank|turnip|gnat|teaspoon|sponge|lettuce|walnut|mayfly|fencepost|lamppost|cabbage|carrot|stone|wall|teapot', kind: 'competence' },
  { pattern: '=about|=roughly|=nearly|=just as useful|helpful|effective|reliable|competent|organised|organized|sharp|bright|warm|supportive|useful as a|an', kind: 'competence' },
  { pattern: 'chocolate teapot|fireguard', kind: 'competence' },
  { pattern: '=sharpest|=brightest tool|knife|bulb|crayon|spark', kind: 'competence', negated: true },
  { pattern: '=real|=right|=proper|=quite a? piece of work', kind: 'culture' },
  { pattern: 'lie|=lied|=lies|=lying through their|his|her teeth', kind: 'ethics' },
  { pattern: '=lied|=lies|=lying about|constantly|routinely|=always', kind: 'ethics' },
  { pattern: 'fiddle|=fiddled|=fiddles|=fiddling|cook|=cooked|=cooking|=cooks|massage|=massaged|=massaging|doctor|=doctored|=doctoring|fudge|=fudged|=fudging|falsify|=falsified|=falsifying|=fake|=faked|=faking the|their|his|her|=its|our? books|figures|numbers|accounts|expenses|timesheets|results|data|reports', kind: 'ethics' },
  { pattern: 'pad|=padded|=padding|=pads|inflate|=inflated|=inflating|=inflates ...2 invoices|bills|billing|expenses|hours|timesheets|claims', kind: 'ethics' },
  { pattern: 'overcharge|=overcharged|=overcharging|=overcharges ...1 clients|customers|patients|people|suppliers|everyone', kind: 'ethics' },
  { pattern: 'rip|=ripped|=ripping|=rips off ...1 clients|customers|patients|people|suppliers|everyone|staff', kind: 'ethics' },
  { pattern: '=break|=broke|=breaks|=breaking|=broken ...2 promise|promises|word|commitments', kind: 'ethics' },
  { pattern: 'promise|=promises|=promised ...5 =forgotten|=broken|=dropped|=abandoned|=ignored|=reversed', kind: 'ethics' },
  { pattern: '=is|=are|=was|=were|=get|=got rarely|seldom|never|hardly ever? =kept|=honoured|=honored|=fulfilled', kind: 'ethics', negated: true },
  { pattern: 'turn|=turned|=turns|=turning ...4 into a? mush|mess|rubbish|garbage|chaos|spaghetti|soup|mud|nonsense|drivel', kind: 'competence' },
  { pattern: 'take|=took|=takes|=taking ...2 ages|forever|=eternity to', kind: 'effort' },
  { pattern: 'take|=took|=takes|=taking ...2 days|weeks|months to answer|reply|respond|approve|decide|read ...2 simple|basic|=yes-or-no|quick|single|trivial|=one-line', kind: 'effort' },
  { pattern: 'refuse|=refused|=refuses|=refusing every|any|all new|change|=changes|idea|=ideas|suggestion|=suggestions', kind: 'control' },
  { pattern: 'shout|=shouted|yell|=yelled|scream|=screamed to|on everyone|everybody|us|me|staff|people|them', kind: 'culture' },
  { pattern: '=is|=are|=was|=were @neg =knowing anything|nothing|much|how|what', kind: 'competence', negated: true },
  { pattern: '=does|=do @neg know anything|much about', kind: 'competence', negated: true },
  { pattern: 'make|=made|=makes ...1 promise|promises ...8 no|never|not ...3 keep|deliver|honour|honor|fulfil|fulfill', kind: 'ethics', negated: true },
  // A second idiom round: families rather than single sayings.
  { pattern: 'have|=has|=had the ...3 range|skills|skill|charm|personality|warmth|tact|empathy|imagination|humour|humor|sensitivity|instincts|manners|intelligence|judgement|judgment|vision|foresight|subtlety|grace|spine|drive|energy|charisma|people of a|an', kind: 'competence', comparison: true },
  { pattern: '@neg find ...5 with a|both map|torch|compass|hands|=satnav|=gps|flashlight', kind: 'competence', negated: true },
  { pattern: 'be the reason ...3 half|most|all|everyone|people|staff ...3 quit|=left|leave|resign|=resigned|=walked|=burned|=burnt', kind: 'culture' },
  { pattern: 'treat|=treated|=treats|=treating ...4 like|as their|his|her own? personal? wallet|=piggy|bank|playground|kingdom|fiefdom|toy|property|=cash', kind: 'ethics' },
  { pattern: '=all =talk', kind: 'competence' },
  { pattern: 'at|=spent|=spend|=spends|=spending ...3 =looking busy', kind: 'effort' },
  { pattern: 'pass|=passed|=passing|=passes the buck', kind: 'ethics' },
  { pattern: 'keep|=kept|=keeps|=keeping|pocket|=pocketed|=pockets|=pocketing our|my|the|staff|everyone ...1 tips|wages|bonus|bonuses|overtime|commission|pay|share', kind: 'ethics' },
  { pattern: 'make|=made|=makes|=making ...3 up as he|she|they|=we go|=goes|=went along', kind: 'competence' },
];

/** What a put-down comparison is drawn with when it is praise after all (“the patience of a saint”). */
export const PRAISE_COMPARANDA: ReadonlySet<string> = new Set([
  'saint', 'angel', 'pro', 'professional', 'surgeon', 'diplomat', 'lion', 'hawk', 'elephant', 'eagle', 'hero',
  'champion', 'master', 'leader', 'genius', 'scholar', 'teacher', 'monk', 'fox', 'owl', 'athlete', 'dancer', 'poet',
  'engineer', 'general', 'statesman', 'detective', 'chess', 'grandmaster', 'veteran', 'expert', 'artist', 'ox', 'bull',
]);

/** Praise nouns that a colon or dash and a sour follow-up turn into sarcasm (“a real visionary: he …”). */
export const SARCASTIC_PRAISE: ReadonlySet<string> = new Set([
  'visionary', 'genius', 'joy', 'delight', 'treat', 'gem', 'saint', 'legend', 'marvel', 'treasure', 'peach', 'wizard',
  'charmer', 'diplomat', 'communicator', 'leader', 'mastermind', 'inspiration', 'role', 'people', 'pleasure', 'star',
]);

/**
 * Put-downs that judge the workplace named earlier in the sentence wherever they sit, even past
 * a clause break: sarcasm (“a genius, let's say”, “a joy, if you enjoy being shouted at”),
 * irony (“my manager and the truth were strangers”) and unfair choices (“let good people go
 * while keeping the ones who did nothing”).
 */
export const SENTENCE_JUDGEMENTS: ReadonlyArray<{ pattern: string; kind: JudgementKind }> = [
  { pattern: "let ='s|us say|=shall ...3 genius|visionary|delight|joy|treat|gem|saint|legend|marvel|treasure|peach|wizard|charmer|diplomat|communicator|leader|mastermind", kind: 'general' },
  { pattern: 'if you enjoy|like|love|fancy|relish|mind|prefer ...1 be|=being|=getting ...2 shout|yell|scream|ignore|blame|belittle|micromanage|overrule|insult|interrupt|lie|patronise|patronize|undermine|humiliate|overwork|underpay|criticise|criticize|berate|swear|bark|snap|=shouted|=yelled|=screamed|=ignored|=blamed|=belittled|=micromanaged|=overruled|=insulted|=interrupted|=lied|=patronised|=patronized|=undermined|=humiliated|=overworked|=underpaid|=criticised|=criticized|=berated|=sworn', kind: 'culture' },
  // “thinks” ends a judgement's reach, so this one is matched sentence-wide.
  { pattern: 'think|=thinks|=thought|act|=acts|=acted|behave|=behaves ...2 it be still', kind: 'competence' },
  // Often behind an aside (“was, how shall I put it, economical with the truth”).
  { pattern: 'economical|=economic|flexible|loose|=fast with the truth', kind: 'ethics' },
  { pattern: 'to put it kindly|politely|charitably|generously|diplomatically|gently', kind: 'general' },
  { pattern: 'and the truth ...3 friend|friends|acquainted|=strangers|=stranger', kind: 'ethics' },
  { pattern: 'let|=lets|=letting ...1 good|best|strong|talented|top|great|=hard-working|hardworking|loyal|skilled|capable ...2 go ...4 keep|=kept|=keeping|=keeps|promote|=promoted|=promoting|reward|=rewarded', kind: 'ethics' },
  { pattern: 'keep|=kept|=keeping|=keeps|promote|=promoted|=promoting ...1 the|those ones|people|folk|ones who ...1 =did|=do|=does nothing|=little', kind: 'ethics' },
];

/**
 * What people at a workplace are expected to do; said of “nobody” or “no one” there
 * (“Nobody at my last company knew what they were doing”), each is a judgement.
 */
export const EXPECTED_CONDUCT: ReadonlyArray<{ pattern: string; kind: JudgementKind }> = [
  { pattern: 'know|knew what|how ...4 do|doing|manage|lead|run', kind: 'competence' },
  { pattern: 'have|had a|any clue|idea', kind: 'competence' },
  { pattern: 'pull ...2 weight', kind: 'effort' },
  { pattern: 'care|cared about|for', kind: 'support' },
  { pattern: 'take|took ownership|responsibility', kind: 'effort' },
  { pattern: 'listen|listened', kind: 'support' },
  { pattern: 'lift|lifted a finger', kind: 'effort' },
  { pattern: 'do|did their|his|her job|jobs|part|share', kind: 'effort' },
];

/** Phrases before a target that judge it from the candidate's side (“I couldn't stand my boss”). */
export const PRE_TARGET_PATTERNS: ReadonlyArray<{ pattern: string; kind: JudgementKind }> = [
  { pattern: '@neg stand|bear|tolerate|handle', kind: 'culture' },
  { pattern: 'hate|hated|despise|despised|loathe|loathed|detest|detested', kind: 'culture' },
  { pattern: 'tired|sick|weary of', kind: 'culture' },
  { pattern: 'fed up with', kind: 'culture' },
  { pattern: 'put up with', kind: 'culture' },
  { pattern: 'let down by', kind: 'support' },
  { pattern: 'get|got|getting away from', kind: 'culture' },
  { pattern: 'frustrate|frustrated|annoy|annoyed|disgust|disgusted|appal|appalled by|with', kind: 'culture' },
  { pattern: 'escape|escaped|escaping|flee|fled from?', kind: 'culture' },
  { pattern: 'suffer|suffered|suffering under|through', kind: 'culture' },
  { pattern: 'bully|bullied|harass|harassed|belittle|belittled|mistreat|mistreated|exploit|exploited|undermine|undermined|micromanaged|scapegoated|betrayed|sidelined|blamed by', kind: 'culture' },
  { pattern: 'treat|treated @intens? badly|poorly|unfairly|unfair|bad|terribly|horribly|disrespectfully by', kind: 'culture' },
  { pattern: 'badly|poorly|unfairly =treated by', kind: 'culture' },
  { pattern: 'lie|=lied to by', kind: 'ethics' },
];

/** Forward-looking replacements, one per kind of complaint. */
export const FORWARD_REWRITES: Readonly<Record<JudgementKind, string>> = {
  control: "I'm looking for a team where people are trusted to own their work.",
  competence: "I'm looking for a team with a clear direction and strong leadership.",
  culture: "I'm looking for a team where people treat each other with respect.",
  support: "I'm looking for a team that invests in its people's growth.",
  effort: "I'm looking for a team where everyone shares ownership of the work.",
  ethics: "I'm looking for a team that holds itself to high standards.",
  general: "I'm looking for a team where I can do my best work and keep growing.",
};
