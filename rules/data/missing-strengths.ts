// Phrases in which candidates restate their qualifications or value. Data only.

/**
 * What a phrase shows: experience or skills held, value offered, a proposed solution, or a past
 * achievement (an `achievement` pattern must end on its `@achieve` verb, which the rule checks), a
 * trait shown in what the candidate does (`trait`: the verb after “who” must not be mere contact or a
 * bad habit), a result that rose (`result`: told with a figure or a “by”), or a clean record (`record`: “I never missed a deadline”, where the negation is the point).
 */
export type StrengthKind = 'experience' | 'value' | 'achievement' | 'solution' | 'trait' | 'record' | 'result';

/** Word classes for the patterns below (`@achieve`, `@credential`). */
export const STRENGTH_CLASSES: Readonly<Record<string, readonly string[]>> = {
  /** Verbs of a concrete past result (lemmas; “led” → lead). */
  achieve: [
    'lead', 'build', 'manage', 'launch', 'design', 'develop', 'implement', 'grow', 'increase', 'reduce', 'cut', 'ship',
    'deliver', 'create', 'run', 'oversee', 'train', 'mentor', 'scale', 'automate', 'negotiate', 'close', 'teach',
    'supervise', 'coordinate', 'organize', 'organise', 'streamline', 'improve', 'save', 'win', 'earn', 'achieve',
    'exceed', 'spearhead', 'establish', 'resolve', 'migrate', 'author', 'publish', 'coach', 'generate',
    'double', 'triple', 'redesign', 'rebuild', 'overhaul', 'pilot', 'produce', 'direct', 'analyze', 'analyse',
    'restructure', 'modernize', 'onboard', 'handle', 'boost', 'lower', 'optimize', 'optimise',
    'surpass', 'cofound', 'co-found', 'chair', 'administer', 'triage', 'deploy', 'refactor', 'architect',
    'restore', 'fix', 'solve', 'debug', 'diagnose', 'rescue', 'retain', 'sell', 'recruit', 'hire',
    'dispatch', 'plan', 'budget', 'forecast', 'audit', 'reconcile', 'present', 'translate', 'care', 'nurse',
    'volunteer', 'serve', 'complete', 'graduate', 'qualify', 'certify', 'license',
  ],
  /** What a candidate holds or has built up. */
  credential: [
    'experience', 'background', 'expertise', 'training', 'certification', 'degree', 'qualification', 'skill',
    'skillset', 'strength', 'record', 'portfolio', 'credential', 'specialty', 'specialization', 'licence',
    'license', 'knowledge', 'career', 'tenure', 'certificate', 'accreditation', 'placement', 'internship',
    'apprenticeship', 'residency', 'clinical', 'achievement', 'accomplishment',
  ],
  /** Adjectives a candidate uses of their own readiness. */
  ready: [
    'experienced', 'skilled', 'certified', 'licensed', 'qualified', 'proficient', 'fluent', 'versed', 'trained',
    'accomplished', 'seasoned', 'well-suited', 'chartered', 'accredited', 'credentialed', 'board-certified', 'equipped', 'adept', 'specialized', 'specialised', 'bilingual',
    'comfortable', 'used', 'familiar', 'registered', 'proven', 'capable', 'reliable', 'dependable', 'hardworking',
    'hard-working', 'detail-oriented', 'organized', 'organised', 'motivated', 'self-motivated', 'adaptable',
    'resourceful', 'analytical', 'meticulous', 'patient', 'calm', 'creative', 'versatile',
  ],
  /** Adjectives of a skill one is good at (“strong on butchery”, “good in organising”). */
  able: ['strong', 'good', 'great', 'excellent', 'solid', 'gifted', 'talented', 'brilliant', 'handy', 'quick', 'fast', 'sharp', 'skilful', 'skillful', 'effective', 'methodical'],
  /** Occupations and titles a candidate may say they are (“I'm a chartered accountant”). */
  occupation: [
    'accountant', 'nurse', 'paralegal', 'engineer', 'developer', 'designer', 'teacher', 'chef', 'cook', 'electrician',
    'plumber', 'carpenter', 'analyst', 'auditor', 'pharmacist', 'technician', 'therapist', 'bookkeeper', 'manager',
    'supervisor', 'director', 'consultant', 'scientist', 'lawyer', 'attorney', 'solicitor', 'paramedic', 'midwife',
    'dispatcher', 'driver', 'mechanic', 'welder', 'machinist', 'architect', 'programmer', 'administrator', 'specialist',
    'coordinator', 'recruiter', 'editor', 'translator', 'interpreter', 'barista', 'bartender', 'cashier', 'receptionist',
    'librarian', 'researcher', 'instructor', 'tutor', 'trainer', 'veteran', 'graduate', 'apprentice', 'journeyman', 'rn',
    'cpa', 'surveyor', 'inspector', 'adviser', 'advisor', 'counsellor', 'counselor', 'caregiver', 'carer', 'physiotherapist',
    'hygienist', 'physician', 'surgeon', 'marketer', 'strategist', 'economist', 'statistician', 'actuary', 'controller',
    'founder', 'lecturer', 'professor', 'educator', 'clinician', 'estimator', 'planner', 'buyer', 'merchandiser',
    'copywriter', 'journalist', 'photographer', 'illustrator', 'animator', 'tester', 'sous', 'foreman', 'forewoman', 'dentist',
  ],
  /** Qualities others rely on (“because of my patience”). */
  virtue: [
    'patience', 'calm', 'accuracy', 'reliability', 'judgement', 'judgment', 'care', 'organisation', 'organization', 'temperament',
    'empathy', 'precision', 'thoroughness', 'diligence', 'discretion', 'leadership', 'initiative', 'creativity', 'flexibility',
    'reputation', 'consistency', 'attention', 'eye', 'energy', 'professionalism', 'work',
  ],
  /** Verbs of what a candidate would do for the team. */
  offer: ['bring', 'contribute', 'offer', 'deliver', 'help', 'support', 'strengthen', 'hit', 'ramp', 'lead', 'own'],
};

/** A strengths pattern and how the rule reads it. */
export interface StrengthEntry {
  pattern: string;
  kind: StrengthKind;
  /** The sentence must have a first-person word. */
  firstPerson?: true;
  /** The sentence must have “I” or “we” in it (“my mother worked there for years” is not the candidate's). */
  speaker?: true;
  /** The last matched word is an object that must not be a bare pronoun (“I'm good with that”). */
  object?: true;
}

/** Restated strengths; the rule also checks each is not negated or said in a negative light. */
export const STRENGTH_PHRASES: ReadonlyArray<StrengthEntry> = [
  // Experience and skills held.
  { pattern: '@i ...3 year|decade in|of|as|at|with|leading|managing|running|working|teaching|building|selling|nursing', kind: 'experience' },
  { pattern: '=years|=decade of ...2 experience', kind: 'experience' },
  { pattern: 'my ...2 @credential in|with|as|at|of|leading|managing|running|building|teaching|working|caring|selling|across|on|from|include|includes|cover|covers|would|will|make|makes|fit|match', kind: 'experience' },
  { pattern: 'my ...2 @credential', kind: 'experience' },
  { pattern: 'i have|hold|=bring ...5 @credential', kind: 'experience' },
  { pattern: 'i ...2 spend ...3 year|decade', kind: 'experience' },
  { pattern: 'i have? be ...2 @ready', kind: 'experience' },
  { pattern: 'for|over|with|after ...2 year|decade|=years', kind: 'experience', speaker: true },
  { pattern: 'someone|person|one who ...3 @achieve', kind: 'achievement' },
  { pattern: 'top performer|seller|producer|rep|biller|earner', kind: 'experience' },
  { pattern: 'fluent|fluently|bilingual|trilingual|multilingual', kind: 'experience', firstPerson: true },
  { pattern: 'my ...2 =work|project|projects|research|thesis|portfolio on|at|with|in|for', kind: 'experience' },
  { pattern: 'having ...2 @achieve', kind: 'achievement' },
  { pattern: 'at|in|during my ...3 job|role|position|company|employer|post|school|hospital|store ,? i', kind: 'experience' },
  { pattern: 'as a|an former|registered|licensed|certified|senior|experienced|qualified|trained|veteran ...2 ,? i', kind: 'experience' },
  { pattern: 'i ...2 rank|=ranked|=placed|=finished ...3 first|second|third|top|highest', kind: 'experience' },
  { pattern: 'rate|=rated|=ranked me ...3 star|stars|top|highest|best|outstanding|excellent', kind: 'experience' },
  { pattern: '=go-to person|expert|contact', kind: 'experience' },
  { pattern: 'my ...3 would|will|could serve|help|benefit|translate|transfer|carry|apply|allow|let|enable|equip|prepare', kind: 'value' },
  { pattern: 'team player', kind: 'value' },
  { pattern: 'quick|fast|eager|lifelong learner', kind: 'value' },
  { pattern: 'i ...2 work|perform|function well|best', kind: 'value' },
  { pattern: 'make a|an ...2 difference|impact|contribution', kind: 'value' },
  { pattern: '=taught me ...3 how|to', kind: 'experience' },
  { pattern: '=gave|=given me ...3 skill|skills|experience|grounding|foundation|background', kind: 'experience' },
  { pattern: 'i specialize|specialise|excel|thrive', kind: 'experience' },
  { pattern: 'i hold|earn|complete ...3 degree|certification|license|licence|certificate|credential|mba|phd|bsn|cpa|masters|master', kind: 'experience' },
  // Skills one is good at, held titles and responsibilities, credentials earned.
  { pattern: 'i be @intens? @able at|on|in|with *', kind: 'experience', object: true },
  { pattern: 'i have? be @det ...2 @occupation', kind: 'experience' },
  { pattern: 'i have? be|=am|=was|=were ...2 in charge of', kind: 'experience' },
  { pattern: 'i have? be|=am|=was|=were @intens? responsible|accountable for', kind: 'experience' },
  { pattern: 'i have? be|=am|=was|=were @intens? trust|=trusted|=entrusted with', kind: 'experience' },
  { pattern: 'i ...2 pass|=passed|earn|=earned|obtain|gain|=gained|hold|attain|achieve|complete|=completed|=sat ...3 exam|exams|boards|certification|licence|license|degree|diploma|qualification|accreditation|credential|certificate|apprenticeship|course|training|programme|program', kind: 'experience' },
  { pattern: 'i ...2 be|=was|=were|=been|get|=got promote|=promoted|award|=awarded|recognize|=recognized|recognise|=recognised|nominate|=nominated|commend|=commended|honour|=honoured|honor|=honored|elect|=elected', kind: 'achievement' },
  { pattern: 'inside out|=inside-out', kind: 'experience', firstPerson: true },
  { pattern: 'second nature|bread and butter|back of my hand', kind: 'experience', firstPerson: true },
  // Traits shown in deeds: “I'm the kind of person who stays late”, “the one who spots problems early”.
  { pattern: 'i be @det? kind|type|sort of @det? person|colleague|worker|employee|nurse|teacher|manager|leader|engineer|candidate? who|that *', kind: 'trait' },
  { pattern: 'i be the? one|person|someone|somebody who|that *', kind: 'trait' },
  { pattern: 'because|thanks of|to my @intens? @virtue', kind: 'experience' },
  { pattern: 'i be the first|only|=go-to person|one|name *? *? call|ask|turn|go|come|trust|rely', kind: 'experience' },
  // A reputation others give: “customers ask for me by name”, “my colleagues count on me”.
  { pattern: 'ask|=asked|request|=requested for? me by name', kind: 'experience' },
  { pattern: 'customer|client|patient|colleague|manager|teammate|student|guest|resident|team ...3 trust|recommend|praise|=rely|rely|count|=counted|=relied on? me', kind: 'experience' },
  // Results that rose: “my students' reading scores rose by a full grade level”.
  { pattern: 'my|our ...3 rise|=rose|grow|=grew|improve|increase|double|triple|climb|jump|soar|=soared', kind: 'result' },
  // A clean record: “I never missed a deadline in six years”, “my audits came back with zero findings”.
  { pattern: 'my|our ...6 zero|no|=without finding|findings|complaint|complaints|error|errors|incident|incidents|defect|defects|accident|accidents|exception|exceptions', kind: 'record' },
  { pattern: 'i ...3 never|=not =once @intens? miss|=missed|lose|=lost|fail|=failed|drop|=dropped|break|=broke|have|=had ...3 deadline|shift|day|target|quota|client|customer|account|patient|complaint|accident|incident|audit|review|sla|delivery|date', kind: 'record' },
  // Value offered.
  { pattern: 'i ...3 can|could|would|will @offer', kind: 'value' },
  { pattern: 'i =bring|=offer', kind: 'value' },
  { pattern: 'love|like|eager|excited|keen|ready to @offer', kind: 'value' },
  { pattern: 'what i ...2 @offer', kind: 'value' },
  { pattern: 'add value', kind: 'value' },
  { pattern: 'confident|sure|certain|believe|convinced i ...3 can|could|would|will @offer|do|excel|succeed|thrive|handle|make|learn|grow|fit|be', kind: 'value' },
  { pattern: 'confident|sure|certain|believe|convinced i be|=am ...3 fit|ready|right|strong|good|qualified|capable|able|match', kind: 'value' },
  { pattern: 'strong|good|great|excellent|natural|right|ideal|perfect|solid|real @intens? fit|match|addition|asset', kind: 'value' },
  { pattern: 'well suited|=well-suited|=well-placed|well placed|well positioned|=well-positioned', kind: 'value' },
  { pattern: 'be|=make|=makes|=made ...2 asset', kind: 'value' },
  { pattern: 'why i ...3 fit|suit|right|strong|good|match', kind: 'value' },
  { pattern: 'hit the ground running', kind: 'value' },
  // Past achievements, told in the first person.
  { pattern: 'i ...2 @achieve', kind: 'achievement' },
  { pattern: '@i team|group|department|unit ...2 @achieve', kind: 'achievement' },
  // A solution the candidate did not get to present.
  { pattern: 'i would ...2 approach|tackle|solve|structure|prioritize|prioritise|address|propose|recommend|use|redesign|segment|measure|test|validate|benchmark', kind: 'solution' },
  { pattern: 'i would|will ...2 start|begin by|with', kind: 'solution' },
  { pattern: 'approach|method|strategy|process|framework i ...2 take|use|follow|apply|build|develop', kind: 'solution' },
  { pattern: 'here be|=\'s how i', kind: 'solution' },
  { pattern: 'my approach|plan|solution|proposal would|will', kind: 'solution' },
  { pattern: 'full|fuller|complete|clearer|concrete|specific|better answer|example', kind: 'solution' },
  { pattern: 'for example|instance ,? i|=at|=in', kind: 'solution' },
];

/**
 * Words right after an achievement verb that turn it into something else
 * (“I managed to”, “I ran late”, “I grew nervous”, “I handled it badly”).
 */
export const NOT_ACHIEVEMENT_NEXT: ReadonlySet<string> = new Set([
  'to', 'late', 'out', 'over', 'into', 'up', 'nervous', 'anxious', 'flustered', 'tired', 'frustrated', 'quiet',
  'badly', 'poorly', 'myself', 'off', 'away', 'around', 'across', 'you', 'home', 'back',
]);

/**
 * Words that, before a phrase in its clause or inside it, turn a strength into a doubt or a lack
 * (“if I can help”, “I'm not sure I'm the right fit”, “my limited experience”).
 */
export const HEDGES: ReadonlySet<string> = new Set([
  'if', 'whether', 'unsure', 'doubt', 'lack', 'lacking', 'limited', 'little', 'weak', 'weaker', 'no', 'not', 'never',
  'without', 'nothing', 'unfortunately', 'less', 'fewer', 'hardly', 'barely',
]);

/** Words that make time spent a wait or a wish rather than experience (“I've wanted to work here for years”). */
export const ASPIRATIONS: ReadonlySet<string> = new Set([
  'want', 'wanted', 'wanting', 'wait', 'waited', 'waiting', 'look', 'looked', 'looking', 'hope', 'hoped', 'hoping',
  'dream', 'dreamed', 'dreamt', 'admire', 'admired', 'follow', 'followed', 'search', 'searched', 'searching', 'try',
  'tried', 'trying', 'unemployed', 'struggle', 'struggled', 'struggling',
]);

/**
 * Verbs after “the person who…” that name contact or a mishap rather than a trait (“I'm the person
 * who called about the parking pass”, “the one who was late”).
 */
export const NOT_TRAIT_VERBS: ReadonlySet<string> = new Set([
  'call', 'called', 'email', 'emailed', 'write', 'wrote', 'ask', 'asked', 'apply', 'applied', 'send', 'sent', 'come', 'came',
  'visit', 'visited', 'interview', 'interviewed', 'meet', 'met', 'speak', 'spoke', 'talk', 'talked', 'phone', 'phoned',
  'ring', 'rang', 'message', 'messaged', 'contact', 'contacted', 'be', 'was', 'is', 'get', 'gets', 'got', 'arrive', 'arrived',
  'i', 'you', 'we', 'spill', 'spilled', 'forgot', 'forget', 'forgets', 'left', 'leave', 'dropped', 'missed', 'sat', 'had', 'has', 'have', 'panic', 'panics', 'worry', 'worries',
]);

/** Pronouns that make “good with …” agreement rather than a skill (“I'm good with that”). */
export const NOT_SKILL_OBJECT: ReadonlySet<string> = new Set(['it', 'that', 'this', 'either', 'both', 'whatever', 'anything', 'everything', 'any', 'the', 'you', 'me']);

/** Words that count time or quantity (“fifteen years”, “a dozen stores”), besides digits. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'hundred',
  'dozen', 'several', 'many', 'one', 'a',
]);

/** Spans of working time. */
export const TIME_SPANS: ReadonlySet<string> = new Set(['year', 'years', 'decade', 'decades', 'month', 'months', 'week', 'weeks', 'season', 'seasons', 'summers', 'winters']);

/**
 * Words that make a span of time something other than work: a wait, a wish, a gap, a life detail
 * (“ten years ago”, “I've lived here for six years”, “unemployed for two years”).
 */
export const NOT_WORK_TIME: ReadonlySet<string> = new Set([
  'ago', 'old', 'live', 'lived', 'living', 'move', 'moved', 'customer', 'fan', 'member', 'follower', 'visit', 'visited',
  'shop', 'shopped', 'know', 'known', 'married', 'friend', 'friends', 'unemployed', 'jobless', 'gap', 'break', 'leave',
  'sabbatical', 'sick', 'ill', 'unwell', 'retired', 'retirement', 'home', 'later', 'earlier', 'next', 'since', 'away',
  'holiday', 'vacation', 'trip', 'travel', 'travelling', 'traveling', 'abroad', 'stay', 'stayed', 'notice',
]);

/** Verbs of a result that moves “from … to …” (“took our store from last to third”). */
export const RESULT_VERBS: ReadonlySet<string> = new Set([
  'grow', 'rise', 'cut', 'reduce', 'take', 'bring', 'raise', 'increase', 'improve', 'drop', 'lift', 'move', 'turn', 'boost',
  'shrink', 'lower', 'climb', 'jump', 'go', 'double', 'triple', 'halve', 'expand', 'scale', 'push', 'get',
]);

/** Feelings that can “grow” without being a result (“my interest in the role grew”). */
export const FEELINGS: ReadonlySet<string> = new Set([
  'interest', 'excitement', 'enthusiasm', 'curiosity', 'admiration', 'respect', 'nerves', 'anxiety', 'worry', 'doubt', 'fear',
  'love', 'passion', 'appreciation', 'confidence',
]);

/** Verbs before a credential's initials (“I hold a Class A CDL”, “I passed the CPA”). */
export const CREDENTIAL_VERBS: ReadonlySet<string> = new Set(['hold', 'earn', 'pass', 'have', 'get', 'complete', 'obtain', 'gain']);

/** Initials that are not credentials (“my CV”, “by EOD”, “the PDF”). */
export const NOT_CREDENTIAL_INITIALS: ReadonlySet<string> = new Set([
  'OK', 'TV', 'PM', 'AM', 'US', 'UK', 'CV', 'CVS', 'ID', 'PDF', 'HR', 'ASAP', 'ETA', 'FAQ', 'RSVP', 'PS', 'EOD', 'COB', 'URL', 'TBD', 'NDA', 'DM', 'FYI',
]);

/** Verbs of a tool or language used (“I use Figma daily”, “I speak Tagalog”), before a capitalised name. */
export const TOOL_VERBS: ReadonlySet<string> = new Set(['use', 'speak', 'code', 'program', 'script', 'write', 'maintain', 'administer', 'configure']);

/** Words that make a proposed answer a regret about the interview (“I should have given a fuller answer”). */
export const REGRETS: ReadonlySet<string> = new Set(['should', 'wish', 'could', 'might', 'forgot', 'failed', 'neglected']);

/** A measured result (“70%”, “$2M”, “3x”), which with a first-person word is an achievement. */
export const METRIC = /\d(?:[\d.,]*\d)?\s?(?:%|percent\b|per cent\b)|[$£€]\s?\d|\b\d+(?:\.\d+)?x\b/i;

/** Notes shorter than this (body words) are drafts or fragments, not yet judged. */
export const MIN_WORDS = 15;

/** The scaffold the fix inserts; its bracketed slots are for the writer to fill. */
export const STRENGTHS_SCAFFOLD =
  "I'm confident my experience in [your strongest skill] would help [team] with [the project or need they mentioned].";
