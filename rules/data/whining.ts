// Phrase data for whining: complaints, self-pity, “it wasn't fair”, and dwelling on how
// badly the interview went. Data only; the logic is in ../whining.ts.

/** The strand of whining a phrase belongs to; it picks the message. */
export type WhineKind = 'unfair' | 'dwelling' | 'distress' | 'self-pity' | 'grievance';

/** One whining phrase. */
export interface WhineEntry {
  pattern: string;
  kind: WhineKind;
  /** The sentence must speak of the writer (I, me, my, we). */
  firstPerson?: boolean;
  /** The word must have the interview, the writer or a pronoun for them just before it (“the test was unfair”, not “staff said reviews felt unfair”). */
  nearSubject?: boolean;
  /** The phrase must end its clause (“it was hard to take.”, not “hard to take time off”). */
  clauseEnd?: boolean;
  /** A frame that is only a complaint when gloom follows it (“I can't help feeling that I was never considered”, not “…feeling excited”). */
  gloomAfter?: boolean;
}

/** Word classes the patterns use (`@name`). */
export const WHINE_CLASSES: Readonly<Record<string, readonly string[]>> = {
  /** The interview or the day, as the subject of a bad review. */
  event: [
    'interview', 'it', 'that', 'this', 'everything', 'day', 'morning', 'afternoon', 'call', 'meeting',
    'conversation', 'experience', 'session', 'presentation', 'performance', 'thing', 'whole', 'process', 'today',
    'yesterday', 'round', 'screen', 'onsite',
  ],
  /** What a disastrous interview is called. */
  disaster: [
    'disaster', 'nightmare', 'catastrophe', 'trainwreck', 'train-wreck', 'fiasco', 'debacle', 'flop', 'failure',
    'write-off', 'shambles', 'mess', 'horror', 'ordeal', 'car-crash',
  ],
  /** How badly it is said to have gone. */
  terrible: [
    'terrible', 'awful', 'horrible', 'dreadful', 'painful', 'brutal', 'excruciating', 'miserable', 'disastrous',
    'catastrophic', 'horrendous', 'atrocious', 'humiliating', 'soul-crushing', 'demoralizing', 'demoralising',
    'bruising', 'harrowing', 'traumatic', 'nightmarish', 'punishing', 'soul-destroying',
  ],
  /** How badly it went, as an adverb. */
  terribly: ['terribly', 'horribly', 'awfully', 'disastrously', 'dreadfully', 'catastrophically', 'horrendously', 'atrociously'],
  /** Feelings of self-pity or grievance. */
  distress: [
    'devastated', 'crushed', 'heartbroken', 'gutted', 'miserable', 'depressed', 'distraught', 'upset', 'frustrated',
    'disheartened', 'discouraged', 'demoralized', 'demoralised', 'shattered', 'defeated', 'bitter', 'annoyed',
    'irritated', 'angry', 'furious', 'livid', 'sad', 'unhappy', 'crestfallen', 'despondent', 'dejected',
    'insulted', 'offended', 'cheated', 'robbed', 'wronged', 'deflated', 'rattled', 'shaken', 'reeling',
    'humiliated', 'heartsick', 'disrespected', 'belittled', 'patronised', 'patronized', 'slighted', 'undervalued',
    'unwelcome', 'snubbed', 'brushed-off', 'sickened', 'distressed', 'dispirited', 'disillusioned',
    'stung', 'wounded', 'dismayed', 'aggrieved', 'resentful', 'embittered', 'cheated', 'short-changed', 'shortchanged',
    'fuming', 'seething', 'incensed', 'outraged', 'indignant', 'worthless', 'unwanted',
  ],
  /** Intensifiers that turn mild disappointment into dwelling. */
  strongly: ['so', 'very', 'really', 'deeply', 'extremely', 'incredibly', 'terribly', 'bitterly', 'truly', 'utterly', 'completely', 'hugely', 'massively', 'beyond'],
  /** Stretches of time that were hard. */
  stretch: ['week', 'day', 'month', 'year', 'stretch', 'period', 'few', 'couple', 'season', 'patch'],
  /** Hard, as said of a stretch of time. */
  rough: ['rough', 'hard', 'tough', 'terrible', 'awful', 'horrible', 'difficult', 'stressful', 'exhausting', 'brutal', 'miserable', 'trying', 'crazy', 'hectic'],
  /** What it is for the writer when things go wrong (“it's disheartening”). */
  galling: [
    'hurtful', 'disheartening', 'frustrating', 'demoralising', 'demoralizing', 'discouraging', 'depressing', 'upsetting',
    'infuriating', 'maddening', 'heartbreaking', 'humiliating', 'galling', 'crushing', 'devastating', 'soul-destroying',
    'gutting', 'exasperating', 'insulting', 'disappointing', 'dispiriting', 'saddening', 'deflating', 'galling',
    'soul-sapping', 'draining',
  ],
  /** Ways of turning the interview over and over. */
  ruminate: [
    'replay', 'relive', 'rehash', 'obsess', 'agonize', 'agonise', 'dwell', 'stew', 'fixate', 'ruminate', 'second-guess',
    'second-guessing', 'second-guessed',
  ],
};

/** Whining phrases. */
export const WHINE_ENTRIES: readonly WhineEntry[] = [
  // “It wasn't fair.”
  { pattern: 'unfair|unfairly|unjust|unjustly|unjustified|unreasonable|unreasonably', kind: 'unfair', nearSubject: true },
  { pattern: 'be|seem|feel|sound @neg @intens? ...1 fair|reasonable|justified', kind: 'unfair' },
  { pattern: '@neg @intens? seem|feel|sound|look fair|reasonable|justified', kind: 'unfair' },
  { pattern: '@neg think|feel|believe|find|consider ...5 fair|fairly|justified', kind: 'unfair' },
  { pattern: '@neg ...4 fair|equal|level chance|shot|hearing|shake|opportunity|assessment|evaluation', kind: 'unfair' },
  { pattern: 'judge|assess|evaluate|penalize|penalise ...3 too? harshly|unkindly', kind: 'unfair', firstPerson: true },
  { pattern: 'treat ...3 poorly|badly|harshly|unkindly|rudely|disrespectfully|dismissively', kind: 'unfair', firstPerson: true },
  { pattern: 'raw deal', kind: 'unfair' },
  { pattern: 'short end of the stick', kind: 'unfair' },
  { pattern: 'deck|odds be stack against', kind: 'unfair' },
  { pattern: 'stack against me', kind: 'unfair' },
  { pattern: 'be|feel|seem @intens? =rigged', kind: 'unfair' },
  { pattern: 'double standard', kind: 'unfair' },

  // Dwelling on how badly it went.
  { pattern: '@event ...3 be|feel|turn ...1 @intens? a|an|the? @intens? ...1 @disaster', kind: 'dwelling' },
  { pattern: '@event ...3 be|feel|seem @intens? ...2 @terrible', kind: 'dwelling' },
  { pattern: 'most @terrible interview|hour|day|experience|morning|afternoon|conversation|moment|moments', kind: 'dwelling' },
  { pattern: 'it|this|that|which be|feel|seem @intens? @galling', kind: 'distress' },
  { pattern: 'bad|sour|bitter taste', kind: 'grievance' },
  { pattern: 'go ...1 out the window', kind: 'dwelling' },
  { pattern: 'go ...1 out of the window', kind: 'dwelling' },
  { pattern: 'down the drain', kind: 'dwelling' },
  { pattern: 'all for nothing', kind: 'dwelling' },
  { pattern: 'be|seem|feel ...2 excessive|ridiculous|absurd|overkill|insulting|demeaning|disrespectful|degrading', kind: 'grievance' },
  { pattern: 'set me? up to fail', kind: 'unfair' },
  { pattern: '=waiting|=waited ...4 minute|minutes|hour|hours|forever|ages', kind: 'grievance', firstPerson: true },
  { pattern: '@event ...3 be @intens? a|an @intens? ...1 @terrible interview|hour|day|experience|morning|afternoon|conversation|call|meeting|ordeal', kind: 'dwelling' },
  { pattern: '@event ...3 go|turn|end @intens? @terribly', kind: 'dwelling' },
  { pattern: '@event ...3 go|turn|end @strongly badly|poorly|wrong', kind: 'dwelling' },
  { pattern: 'how @intens? badly|poorly|terribly|horribly|awfully ...2 it|everything|thing|interview|things|day go|turn', kind: 'dwelling' },
  { pattern: 'worst interview|day|performance|experience|hour|morning', kind: 'dwelling' },
  { pattern: 'everything|anything that could go wrong', kind: 'dwelling' },
  { pattern: 'everything go wrong', kind: 'dwelling' },
  { pattern: 'nothing ...3 go right|well', kind: 'dwelling' },
  { pattern: 'nothing go to plan', kind: 'dwelling' },
  { pattern: 'could @neg have go|be worse', kind: 'dwelling' },
  { pattern: '@neg ...3 stop|help think|replay|=thinking ...3 about|over how|my|what|everything ...4 go|went|do|did|answer|mistake|mistakes|performance|blunder|stumble|wrong|badly|poorly', kind: 'dwelling' },
  { pattern: '@ruminate ...4 interview|it|conversation|answer|mistake|day|everything|over', kind: 'dwelling', firstPerson: true },
  { pattern: 'keep|kept go ...1 over|through ...2 every|each|my answer|answers|mistake|mistakes|moment|question', kind: 'dwelling', firstPerson: true },
  { pattern: '@i ...3 @neg ...1 sleep ...4 since|after|worry|worrying|thinking|over|about|replay', kind: 'dwelling' },
  { pattern: 'keep|kept me up at|all night', kind: 'dwelling' },
  { pattern: 'keep|kept me awake', kind: 'dwelling' },
  { pattern: 'lose|lost sleep', kind: 'dwelling' },
  { pattern: '@i ...2 cry|=cried|=crying', kind: 'distress' },
  { pattern: 'in tears', kind: 'distress', firstPerson: true },
  { pattern: 'haunt|haunted|haunting me', kind: 'dwelling' },
  { pattern: 'waste of @det? ...1 time', kind: 'grievance' },
  { pattern: 'box-ticking|tick-box|formality|foregone', kind: 'unfair' },
  { pattern: 'go through the motions', kind: 'unfair' },
  { pattern: '@i ...2 be|feel @intens? ...1 down|low since|about|ever', kind: 'distress' },
  { pattern: 'none of it|that|this ...1 =mattered|=counted', kind: 'dwelling' },
  { pattern: 'nothing @i ...3 =mattered|=counted', kind: 'dwelling' },
  { pattern: 'hardest|toughest|roughest|longest|worst|bleakest interview|interviews|hour|hours|day|days|morning|experience|experiences|afternoon', kind: 'dwelling' },
  { pattern: 'weight|weigh|bias|skew|stack|tilt|rig ...2 against', kind: 'unfair' },
  { pattern: '=stacked|=weighted|=skewed|=tilted|=rigged ...2 in favour|favor', kind: 'unfair' },
  { pattern: '@neg ...3 ever? stand|=stood a chance', kind: 'unfair' },
  { pattern: 'which|that @i ...1 find|=found @intens? ...1 @galling|@terrible|hurtful|unfair|excessive', kind: 'distress' },
  { pattern: 'it|process|everything|feedback|response|reply|decision|interview ...2 take|=took forever|ages', kind: 'grievance' },
  { pattern: 'nobody|noone ...2 explain why', kind: 'grievance' },
  { pattern: 'no one ...2 explain why', kind: 'grievance' },
  { pattern: '=wasted|=wasting my|everyone|everybody|our|the|a|whole ...1 time|day|morning|afternoon|weekend', kind: 'grievance', firstPerson: true },
  { pattern: 'it|that|this|which ...1 =stung|=hurt', kind: 'distress' },
  { pattern: '@i ...2 find|=found it|that|this @intens? ...1 @galling|@terrible|hurtful|unpleasant|upsetting|unfair|excessive', kind: 'distress' },
  { pattern: 'hard not to feel|be ...2 @distress', kind: 'distress' },
  { pattern: '@neg ...2 give|=given ...2 a|any @intens? ...1 chance|shot|hearing', kind: 'unfair', firstPerson: true },
  { pattern: 'decision ...4 already? ...1 be|have =made|=taken ...3 before', kind: 'unfair' },
  { pattern: 'mind|minds be already made up', kind: 'unfair' },
  { pattern: '@event ...3 be|feel @intens? rough|grim|bleak|soul-destroying', kind: 'dwelling' },

  // Fresh families: stinging, “can't help feeling” with gloom after it, effort that came to nothing,
  // “of all the days”, kicking oneself, being made to wait, exploitative tasks, being fed up.
  { pattern: 'it|that|this|which @intens? =stings|=stung|=rankles|=rankled|=galls|=galled|=grates|=smarts', kind: 'distress' },
  { pattern: '@i ...2 be|feel|=felt @intens? =hurt by|that|when|at|how', kind: 'distress' },
  { pattern: '@neg help ...1 feel|=feeling|think|=thinking|wonder|=wondering|suspect|sense', kind: 'grievance', gloomAfter: true },
  { pattern: '@i ...2 feel|=felt|sense|=sensed ...1 like|that', kind: 'grievance', gloomAfter: true },
  { pattern: '@i ...2 feel|=felt|sense|=sensed ...1 as if|though', kind: 'grievance', gloomAfter: true },
  { pattern: 'of all the day|days|time|times|morning|mornings|week|weeks|moment|moments|interview|interviews for|to', kind: 'self-pity' },
  { pattern: 'come|=came to nothing|naught', kind: 'dwelling' },
  { pattern: 'all ...2 in vain', kind: 'dwelling' },
  { pattern: 'go|=went ...1 to waste', kind: 'dwelling' },
  { pattern: 'all that|my|the|those ...2 preparation|prep|work|effort|efforts|practice|hours|rehearsal|research ...6 nothing|naught|waste|=wasted|vain|pointless', kind: 'dwelling' },
  { pattern: 'kick|=kicking|=kicked myself', kind: 'dwelling', firstPerson: true },
  { pattern: 'most @terrible|@galling interview|hour|day|experience|morning|afternoon|conversation|moment|week|evening', kind: 'dwelling' },
  { pattern: '=made|=forced|=left|=expected to wait|sit ...6 minute|minutes|hour|hours|forever|ages', kind: 'grievance', firstPerson: true },
  { pattern: 'be|seem|feel ...2 exploitative|outrageous|unacceptable|demeaning|laughable|farcical|pointless', kind: 'grievance' },
  { pattern: 'be|seem|feel @intens? a|an @intens? joke|insult|farce|charade|sham', kind: 'grievance' },
  { pattern: '@neg ...1 get over how|that', kind: 'dwelling' },
  { pattern: '@neg ...1 get over the way', kind: 'dwelling' },
  { pattern: '@i ...2 be|get @intens? sick|tired|weary of ...2 =being|=getting|=hearing ...2 =rejected|=ignored|=overlooked|=passed|=turned|=told|no', kind: 'self-pity' },
  { pattern: '@i ...2 be|get @intens? fed up', kind: 'self-pity' },
  { pattern: 'what a waste', kind: 'grievance' },
  { pattern: '=treated ...1 like ...2 number|afterthought|nobody|nuisance|inconvenience|criminal|child', kind: 'grievance' },
  { pattern: '@i ...3 =expected better', kind: 'grievance' },
  { pattern: 'why me', kind: 'self-pity' },
  { pattern: '@i ...1 never seem to catch|get a break', kind: 'self-pity' },

  { pattern: 'beat|=beating|=beaten myself up', kind: 'dwelling' },
  { pattern: 'it|that|this @intens? =got|=gets|=getting to me', kind: 'distress' },
  { pattern: 'seem|be @intens? a|such ...1 shame|pity that', kind: 'grievance' },
  { pattern: 'attempt|try|designed|meant|intended|deliberately ...2 to? trip|catch|trap me|us', kind: 'unfair' },
  { pattern: '=left|=kept =sitting|=standing|=hanging|=waiting ...6 minute|minutes|hour|hours|forever|ages|around|about', kind: 'grievance', firstPerson: true },
  { pattern: 'no matter how hard|much|many|often @i ...1 try|=tried|apply|=applied|prepare|=prepared|work|=worked', kind: 'self-pity' },
  { pattern: 'never|not ...2 seem ...1 to be enough', kind: 'self-pity' },
  { pattern: 'feel|=felt|=feeling @intens? ...1 ignored|overlooked|dismissed|sidelined|invisible|unheard|unseen|pressured|ambushed|interrogated|grilled|brushed', kind: 'grievance', firstPerson: true },
  { pattern: 'why ...1 it|this|that always|never', kind: 'self-pity' },
  { pattern: '@neg ...1 seem|feel|sound|look @intens? right that', kind: 'unfair' },

  // A third round: idioms of a blow, being sore, getting nothing back, the same story every time,
  // knocked confidence, cringing, not appreciating how one was treated, nobody caring.
  { pattern: 'hard|bitter|tough ...1 pill ...2 swallow', kind: 'distress' },
  { pattern: 'bitter pill', kind: 'distress' },
  { pattern: 'kick in the teeth|gut', kind: 'distress' },
  { pattern: 'slap in the face', kind: 'grievance' },
  { pattern: 'salt in the|my wound|wounds', kind: 'distress' },
  { pattern: 'a|such ...2 real|big|huge|heavy|crushing|terrible blow', kind: 'distress', firstPerson: true },
  { pattern: '@i ...2 be ...3 sore about|that|over', kind: 'distress' },
  { pattern: 'get|=got nothing ...1 back', kind: 'dwelling', firstPerson: true },
  { pattern: 'get|=got nothing ...1 in return', kind: 'dwelling', firstPerson: true },
  { pattern: 'every time ...4 the same story', kind: 'self-pity' },
  { pattern: 'the same story ...1 every time', kind: 'self-pity' },
  { pattern: 'always the same story', kind: 'self-pity' },
  { pattern: 'knock|=knocked|dent|=dented|shake|=shook|=shaken|shatter|=shattered|crush|=crushed|destroy|=destroyed ...1 my confidence', kind: 'distress' },
  { pattern: '@i ...3 @neg ...1 eat|function', kind: 'distress' },
  { pattern: 'could|can @neg eat|function ...4 for|since|after|afterwards|all', kind: 'distress', firstPerson: true },
  { pattern: '@i ...3 @neg ...1 stop =shaking|=crying', kind: 'distress' },
  { pattern: '@i ...1 still? cringe|wince|shudder|squirm', kind: 'dwelling' },
  { pattern: '@neg @intens? ...1 appreciate|like|enjoy =being =asked|=told|=treated|=spoken|=talked|=kept|=left|=made|=rushed|=interrupted|=questioned|=grilled|=ignored|=dismissed|=cut|=patronised|=patronized', kind: 'grievance', firstPerson: true },
  { pattern: 'it @intens? =hurts|=hurt ...1 to|that|when|how', kind: 'distress' },
  { pattern: 'nobody|noone ...2 care|listen|notice|interested', kind: 'grievance' },
  { pattern: 'no one ...2 care|listen|notice|interested', kind: 'grievance' },
  { pattern: '@i ...2 be|get @intens? sick|tired|weary of ...6 short|second|rejection|rejections|=rejected|=ignored|=overlooked|=passed|nowhere', kind: 'self-pity' },

  // A fourth round: why I bothered, coming away with nothing, doors slammed, someone else lined up,
  // slumps, being talked down to, broken hearts, dashed hopes, treatment that leaves one feeling small.
  { pattern: 'why @i ...2 =bothered|bother', kind: 'self-pity' },
  { pattern: 'come|=came out|away with nothing', kind: 'dwelling' },
  { pattern: 'slam|=slammed|=shut ...3 in my face', kind: 'grievance' },
  { pattern: '@neg ...1 shake the|a feeling|sense|impression', kind: 'grievance', gloomAfter: true },
  { pattern: 'someone|somebody|candidate else ...3 =lined up', kind: 'unfair' },
  { pattern: 'someone|somebody|candidate else ...3 in mind', kind: 'unfair' },
  { pattern: 'someone|somebody|candidate else ...3 earmarked|pencilled|penciled', kind: 'unfair' },
  { pattern: '@i ...3 be|feel|=been ...3 slump|funk|rut|daze|fog ...1 since|after|ever', kind: 'distress' },
  { pattern: 'find|=found ...1 the? whole? @event @intens? ...1 @galling|@terrible', kind: 'grievance', firstPerson: true },
  { pattern: '=talked|=spoken down to', kind: 'grievance', firstPerson: true },
  { pattern: 'break|=breaks|=broke my heart that', kind: 'distress' },
  { pattern: 'hope|hopes ...4 =dashed|=crushed|=shattered', kind: 'dwelling', firstPerson: true },
  { pattern: 'leave|=leaves|=left me|us|a|any|one|anyone|candidates ...1 =feeling @intens? ...1 @distress', kind: 'distress' },

  // A fifth round: interrogations, near tears, from bad to worse, never felt so small, hard to take, ruined weekends.
  { pattern: 'feel|=felt|seem|=seemed ...2 like ...1 interrogation|ambush|inquisition|cross-examination|grilling|ordeal', kind: 'grievance' },
  { pattern: 'close|near|verge ...2 tears', kind: 'distress', firstPerson: true },
  { pattern: 'fight|=fighting|=fought back ...1 tears', kind: 'distress', firstPerson: true },
  { pattern: 'from bad to worse', kind: 'dwelling' },
  { pattern: 'never ...1 =felt so|more ...1 @distress|small|unwelcome|stupid|humiliated', kind: 'distress' },
  { pattern: 'be|=was @intens? hard|difficult|tough to swallow|stomach', kind: 'distress' },
  { pattern: 'be|=was @intens? hard|difficult|tough to take', kind: 'distress', clauseEnd: true },
  { pattern: 'weekend|day|week|evening|night ...3 =ruined|=spoiled|=spoilt', kind: 'distress', firstPerson: true },
  { pattern: '=ruined|=spoiled|=spoilt my ...1 weekend|day|week|evening|night', kind: 'distress' },

  // A sixth round: insulting questions, evenings spent going over it, counting for nothing, the same old story.
  { pattern: '@i ...2 find|=found ...3 question|questions|interview|process|panel|feedback|format|task|test|experience|treatment|attitude|tone|comment|comments|remark|remarks @intens? ...1 @galling|@terrible|hurtful|unfair|excessive|insulting|demeaning|patronising|patronizing|condescending|rude', kind: 'grievance' },
  { pattern: 'spend|=spent ...4 =going|=thinking|=replaying|=agonising|=agonizing|=obsessing|=dwelling over|about|through ...2 what|how|every|everything|each|where', kind: 'dwelling' },
  { pattern: 'count|=counted|=counts for nothing|little', kind: 'dwelling', firstPerson: true },
  { pattern: 'same old story|thing', kind: 'self-pity' },

  // Self-pity and distress.
  { pattern: '@i ...3 be|feel|leave|remain|walk|come @intens? ...2 @distress', kind: 'distress' },
  { pattern: '@i ...3 be|feel|leave @strongly disappointed|disappointing', kind: 'distress' },
  { pattern: 'feel|feeling|felt @intens? ...1 @distress', kind: 'distress', firstPerson: true },
  { pattern: 'just my luck', kind: 'self-pity' },
  { pattern: 'story of my life', kind: 'self-pity' },
  { pattern: 'with my luck', kind: 'self-pity' },
  { pattern: 'typical of my luck', kind: 'self-pity' },
  { pattern: 'nothing ever go|goes my way', kind: 'self-pity' },
  { pattern: '@neg go|went my way', kind: 'self-pity' },
  { pattern: 'always happen|happens to me', kind: 'self-pity' },
  { pattern: 'luck ...2 @neg ...1 on my side', kind: 'self-pity' },
  { pattern: '@i ...2 @neg ...1 catch|get a break', kind: 'self-pity' },
  { pattern: '@i ...2 be @intens? unlucky', kind: 'self-pity' },
  { pattern: 'bad|rotten|terrible luck', kind: 'self-pity', firstPerson: true },
  { pattern: 'poor me', kind: 'self-pity' },
  { pattern: 'why|how do|does|can this|it always', kind: 'self-pity' },
  { pattern: '@i ...3 have ...2 @intens? a|an? @intens? ...1 @rough @stretch', kind: 'self-pity' },
  { pattern: 'it ...1 have be @intens? a|an? @intens? @rough @stretch', kind: 'self-pity', firstPerson: true },

  // Grievances about how the candidate was treated.
  { pattern: '@i ...2 =waited ...5 minute|minutes|hour|hours|forever|ages', kind: 'grievance' },
  { pattern: '@i ...2 have to wait ...5 minute|minutes|hour|hours|forever|ages', kind: 'grievance' },
  { pattern: '@i ...2 be =waiting|=sitting ...5 minute|minutes|hour|hours|forever|ages', kind: 'grievance' },
  { pattern: 'keep|kept @i|=me ...1 wait', kind: 'grievance' },
  { pattern: 'be|get =kept|=left ...1 =waiting|=hanging', kind: 'grievance', firstPerson: true },
  { pattern: 'leave|left @i|=me ...1 wait|sit|hang', kind: 'grievance' },
  { pattern: 'nobody|noone ...2 greet|offer|acknowledge|welcome|introduce|bother|apologize|apologise', kind: 'grievance' },
  { pattern: 'no one ...2 greet|offer|acknowledge|welcome|introduce|bother|apologize|apologise', kind: 'grievance' },
  { pattern: '@event ...3 be|feel|seem @intens? rushed|hurried|chaotic|disorganized|disorganised|unprofessional|pointless', kind: 'grievance' },
  { pattern: '@event ...3 be|feel|seem @intens? too short|long|brief', kind: 'grievance' },
  { pattern: '@event ...3 only last ...3 minute', kind: 'grievance' },
  { pattern: '@i ...2 @neg understand|see why', kind: 'grievance' },
  { pattern: '@i ...2 @neg understand|see how @i|you|they|anyone|someone|somebody ...2 can|could', kind: 'grievance' },
  { pattern: 'not even @intens? give|offer|allow|let', kind: 'grievance' },
  { pattern: '@i ...2 deserve|deserved better', kind: 'grievance' },
  { pattern: '@i ...3 =deserved more|better|longer', kind: 'grievance' },
];

/** Words after “fair” that make it a noun phrase or a concession rather than a verdict (“a fair question”, “fair enough”). */
export const FAIR_NOT_VERDICT: ReadonlySet<string> = new Set([
  'question', 'point', 'enough', 'share', 'amount', 'bit', 'number', 'deal', 'assumption', 'comment', 'criticism',
  'ask', 'way', 'price', 'pay', 'compensation', 'range',
]);

/** Words after an unfairness word that show it is the topic of the writer's work (“unfair bias in lending models”). */
export const UNFAIR_TOPICS: ReadonlySet<string> = new Set([
  'bias', 'biases', 'outcome', 'outcomes', 'advantage', 'practice', 'practices', 'treatment', 'lending', 'algorithm',
  'algorithms', 'model', 'models', 'competition', 'dismissal', 'labor', 'labour', 'pricing', 'discrimination',
]);

/** Words that follow a feeling to turn it into sympathy for someone else (“sad to hear about your colleague”). */
export const SYMPATHY_CUES: ReadonlySet<string> = new Set(['hear', 'learn', 'read', 'see', 'leave', 'be', 'go', 'say', 'know', 'find']);

/** Words that show the subject of a bad review is not the interview (“the market was brutal for your team”). */
export const NOT_ABOUT_INTERVIEW: ReadonlySet<string> = new Set([
  'market', 'quarter', 'industry', 'economy', 'launch', 'outage', 'migration', 'incident', 'merger', 'deal', 'talks', 'bid',
  'acquisition', 'funding', 'grant', 'startup',
]);

/** Pronouns that, between “I” and a feeling, show the feeling is someone else's (“I'm sorry you were upset”). */
export const OTHER_SUBJECTS: ReadonlySet<string> = new Set(['you', 'he', 'she', 'they', 'we', 'the', 'your', 'team']);

/** Words after “fair to” that make fairness a courtesy or a concession (“fair to you”, “fair to say”). */
export const FAIR_TO_BENIGN: ReadonlySet<string> = new Set(['you', 'your', 'him', 'her', 'them', 'the', 'say', 'blame', 'assume', 'characterize', 'characterise', 'describe', 'call', 'note', 'add', 'mention']);

/** Subjects that make a bare “unfair” a verdict on the interview or on the writer's treatment. */
export const UNFAIR_SUBJECTS: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'it', 'that', 'this', 'which', 'interview', 'test', 'question', 'process', 'round', 'panel',
  'assessment', 'task', 'exercise', 'case', 'format', 'decision', 'thing', 'scoring', 'grading', 'treatment', 'challenge',
  'expectation', 'requirement', 'deadline', 'limit', 'time', 'feedback', 'rejection', 'everything',
]);

/** After a negator, what the writer feels denied (“never really considered”, “not given a chance”): gloom for `gloomAfter` frames. */
export const DENIED: ReadonlySet<string> = new Set([
  'consider', 'considered', 'listen', 'hear', 'give', 'given', 'chance', 'shot', 'welcome', 'want', 'wanted', 'take', 'taken',
  'value', 'valued', 'respect', 'notice', 'read', 'interest', 'interested', 'care', 'fair', 'seriously', 'stand',
]);

/** Words of being wronged that make a `gloomAfter` frame a complaint (“feel like I was judged unfairly”). */
export const WRONGED: ReadonlySet<string> = new Set([
  'unfair', 'unfairly', 'unjust', 'rig', 'rigged', 'pointless', 'waste', 'wasted', 'dismiss', 'dismissed', 'ignore', 'ignored',
  'overlook', 'overlooked', 'sideline', 'sidelined', 'predetermined', 'doom', 'doomed', 'penalise', 'penalize', 'punish',
  'brush', 'cheat', 'cheated', 'rob', 'robbed', 'single', 'target', 'targeted', 'foregone', 'formality', 'box-ticking',
  'interrogate', 'interrogated', 'grill', 'grilled', 'ambush', 'ambushed', 'patronise', 'patronize', 'lecture', 'lectured',
  'mock', 'mocked', 'belittle', 'belittled', 'trap', 'trapped',
]);
