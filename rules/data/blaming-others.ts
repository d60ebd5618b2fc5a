// Phrase data for blaming-others: the agents a candidate blames, the ways fault is placed
// on them, and the context words the rule checks. Data only; the logic is in ../blaming-others.ts.

/** What the blame falls on; it picks the message and the rewrite. */
export type BlameKind = 'late' | 'tech' | 'questions' | 'people' | 'place' | 'dodge';

/** What else the sentence must show for a match to count as blame. */
export type BlameNeed =
  /** Nothing more: the phrase is blame on its own. */
  | 'none'
  /** The candidate's own setback (late, rushed, couldn't, lost focus…), or first-person framing with a negation. */
  | 'setback'
  /** An agent somewhere in the sentence (“there was a fire drill, which threw me”). */
  | 'agent'
  /** Lateness (late, delayed, arrive…) in this sentence or the ones beside it. */
  | 'late'
  /** The candidate or the reader in the sentence (I, my, you, our call). */
  | 'person';

/** One way of placing fault. */
export interface BlameEntry {
  pattern: string;
  /** Kind when the matched agent does not decide it. */
  kind: BlameKind;
  need: BlameNeed;
  /** The agent must be the one at fault: no “I” between the start of the match and the agent (“because I misread the map” is owning it). */
  agentLeads?: boolean;
  /** The phrase names no agent (“kept interrupting me”), so the writer must not be its subject. */
  subjectless?: boolean;
  /** The match must be told in the past (“my connection dropped”), not describe what something does (“detects when connections drop”). */
  past?: boolean;
}

/** Agents, by kind (matched on lemmas). */
export const AGENTS: Readonly<Record<Exclude<BlameKind, 'dodge'>, readonly string[]>> = {
  late: [
    'traffic', 'train', 'bus', 'subway', 'metro', 'tube', 'tram', 'ferry', 'flight', 'plane', 'airline', 'taxi', 'cab',
    'uber', 'lyft', 'driver', 'gps', 'map', 'directions', 'highway', 'freeway', 'motorway', 'road', 'roadwork',
    'roadworks', 'construction', 'accident', 'crash', 'parking', 'weather', 'snow', 'rain', 'storm', 'commute',
    'transit', 'detour', 'closure', 'jam', 'gridlock', 'strike', 'alarm', 'elevator', 'lift', 'security', 'reception',
    'receptionist', 'babysitter', 'sitter', 'car',
    'evacuation', 'sat-nav', 'satnav', 'navigation',
  ],
  tech: [
    'internet', 'wifi', 'wi-fi', 'connection', 'zoom', 'teams', 'skype', 'webex', 'link', 'laptop', 'computer',
    'microphone', 'mic', 'camera', 'webcam', 'audio', 'video', 'sound', 'headset', 'headphones', 'software', 'platform',
    'ide', 'browser', 'app', 'power', 'battery', 'outage', 'network', 'bandwidth', 'vpn', 'technology', 'tech',
    'equipment', 'screen', 'screenshare', 'router', 'signal', 'hackerrank', 'codility', 'coderpad', 'tool', 'projector',
    'slides', 'marker', 'pen', 'clicker', 'display', 'monitor', 'hdmi', 'adapter', 'cable', 'printer', 'keyboard', 'mouse', 'editor',
    'compiler', 'portal', 'interface', 'line', 'phone', 'dial-in', 'dialin', 'passcode', 'login',
  ],
  questions: [
    'question', 'prompt', 'task', 'exercise', 'test', 'assessment', 'challenge', 'case', 'brief', 'instructions',
    'instruction', 'problem', 'format', 'process', 'timer', 'description', 'requirement', 'assignment', 'quiz', 'puzzle',
    'scenario', 'scenarios', 'advert', 'advertisement', 'ad', 'posting', 'listing', 'spec', 'dataset', 'materials', 'spreadsheet', 'questionnaire', 'brief', 'rubric', 'criteria',
  ],
  people: [
    'recruiter', 'interviewer', 'panel', 'panelist', 'panellist', 'hr', 'coordinator', 'scheduler', 'assistant',
    'you', 'nobody', 'colleague', 'staff', 'team', 'manager', 'they', 'he', 'she', 'company', 'email', 'invite',
    'invitation', 'schedule', 'scheduling', 'agency', 'tone', 'attitude', 'manner', 'demeanour', 'demeanor',
    'timezone', 'time-zone', 'zone', 'delay', 'mix-up', 'mixup', 'miscommunication', 'rescheduling', 'cancellation',
    'overrun', 'organiser', 'organizer', 'candidate',
  ],
  place: [
    'room', 'office', 'noise', 'building', 'lobby', 'lighting', 'light', 'temperature', 'heat', 'air', 'chair',
    'whiteboard', 'projector', 'background', 'construction', 'drilling', 'music', 'neighbour', 'neighbor', 'dog',
    'venue', 'location', 'space', 'environment', 'setup', 'setting', 'drill', 'interruption', 'disruption',
    'clatter', 'racket', 'din', 'hubbub', 'banging', 'hammering', 'siren', 'sirens', 'shouting', 'commotion',
    'draught', 'draft', 'glare', 'sign', 'signage', 'signpost',
  ],
};

/** Words after an agent that make it the topic of work rather than a culprit (“traffic data”, “network model”). */
export const TOPIC_NOUNS: ReadonlySet<string> = new Set([
  'model', 'prediction', 'predictions', 'data', 'dataset', 'analysis', 'analytics', 'project', 'pattern', 'patterns',
  'forecast', 'forecasting', 'dashboard', 'engineering', 'study', 'planning', 'management', 'flow', 'simulation',
  'system', 'optimization', 'optimisation', 'monitoring', 'research', 'feature', 'pipeline', 'routing', 'algorithm',
  'api', 'design', 'team', 'growth', 'volume', 'metric', 'metrics', 'report', 'strategy', 'campaign', 'signal', 'sensor',
]);

/** The candidate's setback: what the blame is offered to excuse. */
export const SETBACK_LEMMAS: ReadonlySet<string> = new Set([
  'late', 'lateness', 'tardy', 'delay', 'miss', 'rush', 'rushed', 'struggle', 'stumble', 'blank', 'flustered',
  'distract', 'distracted', 'nervous', 'forget', 'lose', 'lost', 'unable', 'fail', 'poorly', 'badly', 'weak',
  'incomplete', 'hurry', 'hard', 'difficult', 'impossible', 'uncomfortable', 'anxious', 'stress', 'stressed',
  'confuse', 'confused', 'unprepared', 'mess', 'mistake', 'wrong', 'throw', 'derail', 'frazzle', 'frazzled',
  'suffer', 'affect', 'impact', 'hurt', 'cost', 'rough', 'shaky', 'flat', 'poor', 'showing',
  'slow', 'apart', 'guard', 'weaker', 'scramble', 'panic',
  'breath', 'low', 'misunderstand', 'misunderstood', 'mishear', 'misheard', 'frazzle', 'squeeze', 'squeezed', 'shorten', 'shortened', 'truncate', 'truncated', 'scattered',
]);

/** Lateness words, for excuses about getting there. */
export const LATE_LEMMAS: ReadonlySet<string> = new Set([
  'late', 'lateness', 'tardy', 'tardiness', 'delay', 'delayed', 'arrive', 'arrival', 'time', 'minute', 'behind',
  'stuck', 'miss', 'rush', 'hurry', 'lost', 'wait',
]);

/** Word classes the patterns use (`@name`). */
export const BLAME_CLASSES: Readonly<Record<string, readonly string[]>> = {
  agent: [...new Set(Object.values(AGENTS).flat())],
  transit: AGENTS.late,
  tech: AGENTS.tech,
  question: AGENTS.questions,
  people: [...AGENTS.people, 'receptionist', 'reception', 'security', 'guard', 'driver', 'person', 'woman', 'man', 'lady', 'gentleman', 'host', 'greeter', 'candidate'],
  /** The people who ran the interview. */
  interviewers: ['interviewer', 'panel', 'panelist', 'panellist', 'recruiter', 'hr', 'coordinator', 'assessor', 'examiner'],
  place: AGENTS.place,
  /** The interview itself, blamed only for specific failings. */
  event: ['interview', 'call', 'meeting', 'session', 'conversation', 'day', 'morning', 'afternoon'],
  /** Predicates of something that went wrong. */
  bad: [
    'late', 'delay', 'delayed', 'cancel', 'cancelled', 'canceled', 'slow', 'bad', 'terrible', 'awful', 'horrible',
    'heavy', 'unclear', 'vague', 'confusing', 'ambiguous', 'unfair', 'noisy', 'loud', 'down', 'broken', 'crash',
    'drop', 'freeze', 'fail', 'die', 'dead', 'wrong', 'stuck', 'lag', 'glitch', 'poor', 'spotty', 'unreliable',
    'misleading', 'tricky', 'obscure', 'hot', 'cold', 'dark', 'cramped', 'distracting', 'rude', 'dismissive',
    'interrupt', 'rush', 'forget', 'mislead', 'confuse', 'lose', 'unstable', 'jammed', 'packed', 'nightmare',
    'mess', 'chaotic', 'disorganized', 'disorganised', 'unprofessional', 'not', 'never', 'break', 'insane', 'crazy',
    'horrendous', 'brutal', 'impossible', 'worse', 'worst', 'cut', 'disconnect', 'malfunction', 'flaky', 'choppy',
    'behind', 'overrun', 'overran', 'nothing', 'suspend', 'suspended', 'closed', 'shut',
  ],
  /** Ways of being told or given what one needed. */
  inform: [
    'tell', 'inform', 'mention', 'warn', 'explain', 'send', 'give', 'share', 'clarify', 'specify', 'say', 'notify',
    'prepare', 'brief', 'forward', 'update', 'advise', 'provide', 'let', 'pass', 'include', 'attach', 'book',
  ],
  /** What an unclear question is said to be. */
  unclear: [
    'unclear', 'vague', 'confusing', 'confused', 'ambiguous', 'misleading', 'unfair', 'tricky', 'obscure', 'irrelevant',
    'unreasonable', 'impossible', 'convoluted', 'nonsensical', 'badly-worded', 'poorly-worded', 'ill-posed', 'loaded',
    'unrealistic', 'flawed', 'contrived', 'arbitrary', 'broken', 'error-ridden', 'outdated', 'misleading', 'baffling',
  ],
  /** What an uncomfortable room is said to be. */
  uncomfortable: [
    'noisy', 'loud', 'hot', 'cold', 'freezing', 'stuffy', 'dark', 'cramped', 'distracting', 'uncomfortable', 'chaotic',
    'crowded', 'busy', 'echoey', 'boiling', 'sweltering', 'dim', 'glaring', 'gloomy',
  ],
  /** What an interviewer is said to have been. */
  conduct: [
    'rude', 'dismissive', 'distracted', 'uninterested', 'disinterested', 'bored', 'impatient', 'unprepared',
    'disengaged', 'unfriendly', 'hostile', 'condescending', 'aggressive', 'curt', 'abrupt', 'unprofessional',
    'annoyed', 'irritated', 'unresponsive',
  ],
  /** Failures of a tool or a connection. */
  breakdown: [
    'crash', 'drop', 'freeze', 'fail', 'die', 'glitch', 'lag', 'disconnect', 'malfunction', 'stall', 'break', 'cut',
    'buffer', 'hang', 'reboot', 'restart',
  ],
};

/** Ways of placing fault; `@agent` and friends are the classes above. */
export const BLAME_ENTRIES: readonly BlameEntry[] = [
  // Outright blame and dodging.
  { pattern: 'not|no @intens? my fault', kind: 'dodge', need: 'none' },
  { pattern: 'no fault of my own', kind: 'dodge', need: 'none' },
  { pattern: 'beyond|outside my|our control', kind: 'dodge', need: 'none' },
  { pattern: 'out of my|our hands|control', kind: 'dodge', need: 'none' },
  { pattern: '@i blame|fault ...3 @agent|@event', kind: 'dodge', need: 'none' },
  { pattern: 'blame it|this|that|everything on', kind: 'dodge', need: 'none' },
  { pattern: '@agent ...3 be ...2 to blame', kind: 'dodge', need: 'none' },
  { pattern: '@agent ...3 be @intens? ...1 responsible for @det? ...2 late|lateness|delay|mistake|poor|performance|confusion', kind: 'dodge', need: 'none' },
  { pattern: '@agent ...3 be @intens? the reason|cause @i|my', kind: 'dodge', need: 'none' },
  { pattern: '@agent|@event ...3 be why @i', kind: 'dodge', need: 'none' },
  { pattern: 'set me up to fail', kind: 'dodge', need: 'none' },
  { pattern: 'the fault lie', kind: 'dodge', need: 'none' },
  { pattern: 'partly|partially|largely|mostly @you|@people|their ...2 fault', kind: 'people', need: 'none' },
  { pattern: 'through no fault', kind: 'dodge', need: 'none' },

  // Causal links from an agent to the candidate's setback.
  { pattern: 'because of @det? ...3 @agent', kind: 'dodge', need: 'setback' },
  { pattern: 'thanks to @det? ...3 @transit|@tech|@place', kind: 'dodge', need: 'late' },
  { pattern: 'due|owe to @det? ...3 @agent', kind: 'dodge', need: 'setback' },
  { pattern: 'because|since|as @det? ...2 @agent ...4 @bad', kind: 'dodge', need: 'setback', agentLeads: true },
  { pattern: '@agent ...4 make|cause|force|lead|leave ...2 me|my|it|us', kind: 'dodge', need: 'setback', agentLeads: true },
  { pattern: '@agent ...4 prevent|stop|keep me|us ...2 from', kind: 'dodge', need: 'none', agentLeads: true },
  { pattern: '@agent ...3 throw|put me|us off', kind: 'dodge', need: 'none', agentLeads: true },
  { pattern: 'which|that|it|this ...2 throw|rattle|fluster|derail|confuse|=confused|muddle|=muddled|unsettle|=unsettled|distract|=distracted me|us', kind: 'dodge', need: 'agent' },
  { pattern: 'down|due|attributable to @det? ...3 @agent', kind: 'dodge', need: 'setback' },
  { pattern: '@agent ...4 mean|meant @i|my', kind: 'dodge', need: 'setback', agentLeads: true },
  { pattern: 'mix-up|mixup|miscommunication|oversight|confusion|error ...3 on|by your|their|the ...1 end|side|part|team', kind: 'people', need: 'none' },
  { pattern: 'mix-up|mixup|miscommunication|oversight ...4 mean|cause|leave|make', kind: 'people', need: 'setback' },
  { pattern: '@agent ...3 distract|disturb|fluster|rattle|confuse|derail|mislead|trip me|us', kind: 'dodge', need: 'none', agentLeads: true },
  { pattern: '@i be|get @intens? distract|disturb|throw|put|rattle|fluster|derail ...3 by @det? ...2 @transit|@tech|@people|@place', kind: 'dodge', need: 'none' },

  // Getting there.
  { pattern: 'stuck|caught|held|trap|delay|sit|=sat in|up|by @det? ...2 traffic|jam|gridlock|construction|roadwork|roadworks|accident|detour', kind: 'late', need: 'none' },
  { pattern: 'traffic|commute|drive|journey|parking ...3 be|get @intens? ...2 @bad', kind: 'late', need: 'late' },
  { pattern: '@transit ...3 be|get|run @intens? ...2 late|delay|delayed|cancel|cancelled|canceled|slow|divert|diverted|stall|break|late', kind: 'late', past: true, need: 'none' },
  { pattern: '@transit ...3 break|stall|cancel|divert|die', kind: 'late', past: true, need: 'late' },
  { pattern: '@transit ...3 never|not come|show|arrive', kind: 'late', past: true, need: 'late' },
  { pattern: '@neg find|get ...2 parking', kind: 'late', need: 'late' },
  { pattern: 'there be a|an ...1 crash|accident|closure|breakdown|incident|pile-up|diversion|derailment|strike|signal', kind: 'late', need: 'late' },
  { pattern: 'alarm ...3 @neg go|ring|work', kind: 'late', need: 'none' },
  { pattern: '@det? gps|map|app|directions ...4 send|take|lead|direct me|us ...3 wrong|around', kind: 'late', need: 'none' },
  { pattern: 'directions|address|instructions ...3 be @intens? wrong|unclear|confusing|incorrect|misleading|outdated', kind: 'late', need: 'none' },

  // Tools and connections.
  { pattern: '@tech ...4 @breakdown', kind: 'tech', past: true, need: 'person', agentLeads: true },
  { pattern: '@tech ...4 keep|start ...2 @breakdown|cut|drop|freeze', kind: 'tech', past: true, need: 'none', agentLeads: true },
  { pattern: '@tech ...3 keep|=kept ...1 run|=running dry|out', kind: 'tech', need: 'none', agentLeads: true },
  { pattern: '@tech ...4 @neg @intens? work|load|cooperate|connect', kind: 'tech', past: true, need: 'person', agentLeads: true },
  { pattern: '@tech ...3 go down|out', kind: 'tech', past: true, need: 'person', agentLeads: true },
  { pattern: '@tech ...3 be @intens? too? slow|unreliable|weak|spotty|patchy|laggy|choppy|poor', kind: 'tech', need: 'person', agentLeads: true },
  { pattern: '@tech ...5 be @intens? ...2 @bad', kind: 'tech', past: true, need: 'setback', agentLeads: true },
  { pattern: 'technical difficulty|issue|problem|glitch', kind: 'tech', need: 'setback' },

  // The questions and the task.
  { pattern: '@question ...4 be|seem|feel|sound @intens? ...2 @unclear', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: '@question ...4 be @neg @intens? clear|fair|explain|specify|reasonable|relevant', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: '@question ...4 be|seem @intens? too hard|difficult|specific|broad|technical|advanced|narrow|obscure|long|complex|vague', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: '@question ...4 be @intens? poorly|badly|confusingly|vaguely|ambiguously|unclearly word|phrase|frame|write|explain', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: '@question ...4 be @intens? word|phrase|frame|write|explain|set ...1 poorly|badly|confusingly|vaguely|ambiguously|unclearly|oddly|strangely|unfairly', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: 'poorly|badly|confusingly|vaguely|ambiguously word|phrase|frame|write|explain @question', kind: 'questions', need: 'none' },
  { pattern: '@unclear @question', kind: 'questions', need: 'none' },
  { pattern: '@question ...8 have nothing ...1 to do with', kind: 'questions', need: 'none' },
  { pattern: '@question ...4 be @intens? irrelevant|unrelated to', kind: 'questions', need: 'none' },
  { pattern: 'trick|gotcha question', kind: 'questions', need: 'none' },
  { pattern: 'it be @neg @intens? clear what|how|whether|which @you|@people|be', kind: 'questions', need: 'none' },
  { pattern: 'it be @intens? unclear what|how|whether|which', kind: 'questions', need: 'none' },
  { pattern: '@you|@people @neg @intens? explain|clarify|specify|define ...4 question|task|problem|exercise|what|how', kind: 'questions', need: 'none' },

  // People who did not tell, gave the wrong thing, or behaved badly.
  { pattern: '@people ...3 @neg ...2 @inform ...3 me|us|about|that|what|the|which', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@people ...3 fail|forget|neglect ...1 to @inform', kind: 'people', need: 'none', agentLeads: true },
  { pattern: 'no one @inform', kind: 'people', need: 'none' },
  { pattern: 'nobody|noone ...1 @inform', kind: 'people', need: 'none' },
  { pattern: 'have|had it in|out for me|us', kind: 'people', need: 'none' },
  { pattern: '@question ...3 jump|=jumped|bounce|=bounced|skip|=skipped around|about|all', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: 'so ...2 that it be @intens? impossible|hard|difficult', kind: 'dodge', need: 'agent' },
  { pattern: 'if|had @det? ...3 @question|@people ...2 be|have @intens? clear|clearer|specific|explain|state', kind: 'questions', need: 'none' },
  { pattern: '@i ...1 be @neg|only @intens? ...1 tell|inform|warn|notify|advise|give|send|brief', kind: 'people', need: 'none' },
  { pattern: '@i be|get @intens? give|send|tell|direct|point ...3 wrong|incorrect|outdated|different|bad', kind: 'people', need: 'none' },
  { pattern: '@people ...3 give|send|tell|direct|point me|us ...3 wrong|incorrect|outdated', kind: 'people', need: 'none', agentLeads: true },
  { pattern: 'if @det? @people ...2 have @intens? =told|=informed|=mentioned|=warned|=explained|=sent|=given|=shared|=clarified|=specified|=notified|=briefed|=advised|=provided', kind: 'people', need: 'none' },
  { pattern: 'had @det? @people ...2 =told|=informed|=mentioned|=warned|=explained|=sent|=given|=shared|=clarified|=specified|=notified|=briefed|=advised|=provided', kind: 'people', need: 'none' },
  { pattern: '@people ...3 should have @intens? @inform|make|be', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@people ...3 keep|constantly|continually|repeatedly ...2 interrupt|cut|rush|check', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@people ...3 keep|constantly|continually|repeatedly ...2 talk over', kind: 'people', need: 'none', agentLeads: true },
  { pattern: 'keep|kept|constantly|repeatedly interrupt|=interrupting ...2 me|us|with', kind: 'people', need: 'none', subjectless: true },
  { pattern: 'keep|kept cut|=cutting me off', kind: 'people', need: 'none', subjectless: true },
  { pattern: 'before @i ...2 could|can|have|had|get|got|be|was|were? ...1 finish|finished|complete|completed|done|reach|reached', kind: 'people', need: 'none', subjectless: true },
  { pattern: '@people ...3 interrupt|rush|pressure|confuse|mislead|ignore me|us', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@people ...3 cut me off', kind: 'people', need: 'none', agentLeads: true },
  { pattern: 'keep|=kept me ...1 in the dark', kind: 'people', need: 'none' },
  { pattern: 'be|get =kept in the dark', kind: 'people', need: 'none' },
  { pattern: '@question ...4 have|=had no bearing|relevance', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: '@people ...2 say|tell|promise|assure ...3 it|this|there would|will be ...6 not|but|instead|rather', kind: 'people', need: 'none', agentLeads: true },
  { pattern: 'set me? up badly|poorly|wrongly', kind: 'dodge', need: 'none' },
  { pattern: '@people ...3 walk|=walked|leave|=left|step|=stepped out ...2 halfway|midway|early|during|mid-answer|partway', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@people ...3 walk|=walked|leave|=left ...1 halfway|midway|early|partway', kind: 'people', need: 'none', agentLeads: true },
  { pattern: 'noise|echo|static|feedback|interference|chatter|barking|construction ...5 on|at your|their|the end|side', kind: 'place', need: 'none' },
  { pattern: '@agent|@event ...8 so|which meant @i|my', kind: 'dodge', need: 'setback', agentLeads: true },
  { pattern: 'be @neg ...1 enough time', kind: 'dodge', need: 'setback' },
  { pattern: '@people ...3 barely|hardly|never|not|rarely ...1 look up', kind: 'people', need: 'none', agentLeads: true },
  { pattern: 'nobody|anyone|anybody ...3 read|open|look at|review my', kind: 'people', need: 'person' },
  { pattern: '@question ...8 make ...2 hard|difficult|impossible|confusing to follow|understand|answer|parse', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: '@transit ...3 take ...1 forever|ages', kind: 'late', need: 'none', agentLeads: true },
  { pattern: 'nothing @i could|can have? do', kind: 'dodge', need: 'none' },
  { pattern: '@people ...4 already ...1 make up ...1 mind|minds', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@question ...3 say|=said nothing about|of', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: '@question ...5 @neg @intens? mention|include|cover|specify|say|state|explain|indicate|list', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: 'if @det? ...2 @question|@people ...4 more clearly|clearer', kind: 'questions', need: 'none' },
  { pattern: 'if @people ...1 have =let me|us finish|explain|answer|complete', kind: 'people', need: 'none' },
  { pattern: 'would have ...2 better|differently|smoother|smoothly if @det? ...2 @agent|@event', kind: 'dodge', need: 'none' },
  { pattern: '@question ...4 be @intens? riddled|full|littered ...1 with error|errors|mistakes|typos|inconsistencies', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: 'never go to|gonna be|work|succeed|stand', kind: 'dodge', need: 'agent' },
  { pattern: '@agent|@event ...4 @neg ...1 play to my|our strength|strengths', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: '@people ...3 be @neg @intens? clear|specific|upfront|transparent|honest about|on|with', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@people ...3 talk|=talked over me|us', kind: 'people', need: 'none', agentLeads: true },
  { pattern: 'ask ...6 out of nowhere', kind: 'questions', need: 'none' },
  { pattern: 'ask ...6 out of the blue', kind: 'questions', need: 'none' },
  { pattern: '@people ...4 seem|be|look|appear @intens? ...1 @conduct', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@people|@question|@event|@tech|@place ...3 @neg give|let|allow me|us ...3 chance|time|opportunity|finish|enough|room', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@people ...3 be|show|arrive|start ...2 late', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@people ...3 check|glance|look ...2 phone|email|laptop|watch', kind: 'people', need: 'person', agentLeads: true },
  { pattern: '@people ...2 tell|assure|promise|say|lead me|us ...10 so @i', kind: 'people', need: 'setback', agentLeads: true },
  { pattern: '@people ...3 should|could|might ...2 @inform|warn ...1 candidates|people|applicants|interviewees', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@agent ...12 which|that be ...1 why', kind: 'dodge', need: 'setback' },
  { pattern: '@event ...3 start|begin|run ...2 late|over', kind: 'people', need: 'setback' },
  { pattern: '@event ...3 be|get|feel @intens? ...1 rushed|disorganized|disorganised|chaotic', kind: 'people', need: 'setback' },
  { pattern: '@event ...3 be|get @intens? cut short', kind: 'people', need: 'setback' },

  // Fresh families: nobody bothering to tell, minds made up, talking too fast, mismatched briefs,
  // “so … that I …” and “which did not help” consequences, expectations someone set.
  { pattern: 'nobody|noone ...3 think|bother|care|remember ...1 to @inform', kind: 'people', need: 'none' },
  { pattern: 'no one ...3 think|bother|care|remember ...1 to @inform', kind: 'people', need: 'none' },
  { pattern: '@people ...5 have|=had ...1 make up their|his|her ...1 mind|minds', kind: 'people', need: 'none', agentLeads: true },
  { pattern: 'their|his|her mind|minds ...2 be|=were|seem ...2 =made up', kind: 'people', need: 'person' },
  { pattern: '@people ...3 speak|talk|mumble|move|go|explain|read ...2 too|so fast|quickly|quietly|softly|rapidly|quiet', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@agent|@event ...6 so|such ...4 that @i ...3 lose|=lost|miss|=missed|forget|=forgot|struggle|=struggled|=went|blank|=blanked|misunderstand|=misunderstood|mishear|=misheard', kind: 'dodge', need: 'setback', agentLeads: true },
  { pattern: 'which|that|this|it ...1 @neg ...1 help|do me|my|matters|things|that', kind: 'dodge', need: 'agent' },
  { pattern: '@question|@event ...4 be|seem @intens? nothing ...1 like ...4 what|anything', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: '@question|@event ...4 be|seem @intens? completely|entirely|totally? different from ...3 what', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: '@people ...3 @neg ...1 prepare|=prepared me|us for', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@i be|get =told|=assured|=promised|=led ...8 would|will|was|were ...8 so|which|and @i', kind: 'people', need: 'setback' },
  { pattern: '@people ...4 barely|hardly|never|not|rarely ...1 let|allow me|us ...2 speak|talk|finish|answer|respond|explain|get', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@people ...3 be|seem|look|appear ...1 @neg @intens? interested|engaged|listening|paying|bothered', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@place|@tech ...4 drown|=drowned|swamp|=swamped ...2 out|me|my|what', kind: 'place', need: 'none', agentLeads: true },
  { pattern: 'start|delay|mix-up|mixup|overrun|change|changes|rescheduling|cancellation ...4 leave|=left|make|=made|force|=forced|cause me|us ...2', kind: 'people', need: 'setback', agentLeads: true },
  { pattern: '@agent|@event ...3 be|get ...1 =changed|=moved|=cancelled|=canceled|=rescheduled|=shifted|=pushed|=brought ...8 so|which|and @i|my', kind: 'people', need: 'setback', agentLeads: true },
  { pattern: '@place ...3 be @intens? unbearable|stifling|deafening|intolerable|oppressive|freezing|boiling', kind: 'place', need: 'none', agentLeads: true },

  { pattern: 'only =found|=learned|=discovered|=heard|=realised|=realized|=told ...5 on the day', kind: 'people', need: 'none' },
  { pattern: 'only =found|=learned|=discovered|=heard|=realised|=realized|=told ...5 that|this morning', kind: 'people', need: 'none' },
  { pattern: 'only =found|=learned|=discovered|=heard|=realised|=realized|=told ...5 when @i ...1 =arrived|=got|=logged|=joined', kind: 'people', need: 'none' },
  { pattern: 'only =found|=learned|=discovered|=heard|=realised|=realized|=told ...5 at the last minute', kind: 'people', need: 'none' },
  { pattern: 'under the impression', kind: 'people', need: 'setback' },
  { pattern: '=led to believe', kind: 'people', need: 'none' },
  { pattern: '@question ...4 have|=had little|nothing|less ...1 to do with', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: '=leaving|=left me|us with? only|barely|hardly|little|no|just|too ...2 time|minute|minutes|room|chance|choice|option|seconds|moment', kind: 'dodge', need: 'agent' },
  { pattern: 'hard|difficult|impossible|tough to focus|concentrate|hear|think|follow ...1 with|over|amid|given|because', kind: 'place', need: 'agent' },
  { pattern: '@people ...3 @neg ...1 read|open|review|check|pass|forward|send|consider|acknowledge|answer|return|look ...1 my|me|at', kind: 'people', need: 'none', agentLeads: true },

  { pattern: '@agent ...10 hence|thus|therefore ...2 my|i|the', kind: 'dodge', need: 'setback', agentLeads: true },
  { pattern: 'which|that|it be @intens? ...1 off-putting|offputting|distracting|unsettling|disconcerting|unnerving|disorienting|jarring', kind: 'dodge', need: 'agent' },
  { pattern: '@tech ...3 log|=logged|kick|=kicked|boot|=booted|throw|=threw me|us ...1 out|off', kind: 'tech', need: 'none', agentLeads: true },
  { pattern: '@people ...3 =oversold|=overstated|=misrepresented|=misdescribed|=undersold|=downplayed|=exaggerated|=glossed|=mis-sold', kind: 'people', need: 'none', agentLeads: true },
  { pattern: 'real|main|actual|underlying problem|issue ...6 =described|=presented|=advertised|=sold|=pitched|=billed', kind: 'dodge', need: 'none' },
  { pattern: '@agent ...3 =arrived|=came|=sent|=shared|=given ...2 only|just ...4 before|=late', kind: 'people', need: 'setback', agentLeads: true },
  { pattern: 'whoever|someone|somebody ...5 @neg ...1 check|proofread|test|review|read|update', kind: 'people', need: 'none' },
  { pattern: '@question ...3 have|=had no correct|right|valid|possible answer|solution', kind: 'questions', need: 'none', agentLeads: true },

  { pattern: 'part of the|my problem|issue ...1 be|=was that', kind: 'dodge', need: 'agent' },
  { pattern: '@people ...3 have|=had|use|=used|get|=got|bring|=brought the wrong|an old|an outdated|old|outdated ...2 version|copy|cv|date|time|address|room|link|details|name|file', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@i ...1 blame the|that|this|those|these|their|your|his|her ...3 for', kind: 'dodge', need: 'none' },
  { pattern: '@people|@event ...3 run|=ran|start|=started|=running ...2 late|over|behind', kind: 'people', need: 'setback', agentLeads: true },

  { pattern: '@i ...1 would|could have ...3 better|fine|able|ready|prepared|clearer|stronger|time|sooner|earlier|finished|differently ...5 if @det? ...2 @agent|@event ...4 have|=had', kind: 'dodge', need: 'none' },
  { pattern: '=being ...4 by ...4 make|=made it hard|difficult|impossible', kind: 'people', need: 'none' },
  { pattern: '@people ...2 tell|=told|promise|=promised|lead|=led me|us to expect ...6 not|but|rather|instead', kind: 'people', need: 'none', agentLeads: true },

  { pattern: '=thrown|=rattled|=flustered|=unsettled|=distracted by the fact', kind: 'dodge', need: 'none' },
  { pattern: '@question ...3 @neg ...1 reflect|match|resemble|relate|fit ...3 role|job|position|advert|description|what', kind: 'questions', need: 'none', agentLeads: true },
  { pattern: '@tech|@people ...6 @neg @intens? work|load|open|connect', kind: 'tech', need: 'none', past: true, agentLeads: true },
  { pattern: '@interviewers ...10 @neg ...1 follow up', kind: 'people', need: 'none', agentLeads: true },
  { pattern: '@interviewers ...10 @neg ...1 listen|engage|respond|react|acknowledge', kind: 'people', need: 'none', agentLeads: true },

  // The room.
  { pattern: '@place ...3 be @intens? too? @uncomfortable', kind: 'place', need: 'person', agentLeads: true },
  { pattern: 'noise|construction|drilling|music|chatter ...4 make|keep ...2 hard|difficult|impossible', kind: 'place', need: 'none' },
  { pattern: 'noise|construction|drilling|music|chatter|commotion ...3 outside|from', kind: 'place', need: 'setback' },
  { pattern: 'noise|construction|drilling|music|chatter|commotion ...3 next door', kind: 'place', need: 'setback' },
  { pattern: 'noise|construction|drilling|music|chatter|commotion ...3 in the background', kind: 'place', need: 'setback' },
];

/** Words before an agent that make it the writer's own workplace, which is badmouthing's ground, not blame for the interview. */
export const OWN_WORKPLACE: ReadonlySet<string> = new Set(['former', 'previous', 'old', 'last', 'ex', 'prior', 'current', 'past']);

/** Words before an agent that make it part of the writer's own work (“the client brief was vague, so I ran workshops”). */
export const WORK_OWNERS: ReadonlySet<string> = new Set(['client', 'clients', 'customer', 'customers', 'stakeholder', 'stakeholders', 'vendor', 'supplier', 'project', 'product', 'our']);

/** Workplace agents that “my” makes the writer's own (“my manager”, “my team”). */
export const WORKPLACE_AGENTS: ReadonlySet<string> = new Set(['manager', 'team', 'company', 'colleague', 'staff', 'boss', 'they', 'he', 'she']);

/** Words that make the meeting a call, so the rewrite says “joined” rather than “arrived”. */
export const ONLINE_LEMMAS: ReadonlySet<string> = new Set(['join', 'call', 'video', 'zoom', 'teams', 'link', 'log', 'dial', 'online', 'connection', 'internet', 'wifi', 'wi-fi', 'meet', 'webex', 'skype']);

/** Words that apologise. */
export const APOLOGY_LEMMAS: ReadonlySet<string> = new Set(['sorry', 'apologize', 'apologise', 'apology', 'apologies']);

/** Words that open a conditional or concessive clause, where an agent is not being blamed. */
export const HYPOTHETICAL: ReadonlySet<string> = new Set(['if', 'unless', 'whenever', 'case', 'though', 'although', 'even']);

/** Past forms the lemmatiser cannot tell from a suffix. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'was', 'were', 'kept', 'went', 'froze', 'broke', 'died', 'lost', 'got', 'had', 'did', 'made', 'gave', 'told', 'threw',
  'sent', 'left', 'ran', 'fell', 'came', 'took', 'began', 'hung', 'cut', 'shut', 'quit', 'been',
]);

/** Words after “made me” that show the agent prompted thought, not a setback. */
export const THOUGHT_VERBS: ReadonlySet<string> = new Set([
  'think', 'realise', 'realize', 'reflect', 'reconsider', 'rethink', 'wonder', 'appreciate', 'want', 'excited', 'feel',
  'keen', 'keener', 'eager', 'happy', 'glad', 'confident', 'comfortable', 'welcome', 'even', 'more', 'curious', 'proud',
]);

/** Verbs of working on a technical fault, which make it the writer's achievement rather than an excuse (“I fixed a bug where the camera froze”). */
export const TECH_WORK: ReadonlySet<string> = new Set([
  'fix', 'debug', 'diagnose', 'resolve', 'solve', 'patch', 'troubleshoot', 'investigate', 'reproduce', 'handle',
  'detect', 'prevent', 'monitor', 'bug', 'build', 'design', 'implement', 'alert', 'lead', 'led', 'restore', 'recover',
  'rollback', 'migrate', 'migration', 'incident', 'on-call', 'outage', 'uptime', 'failover', 'packet', 'mitigate',
  'respond', 'customer', 'user', 'users', 'client', 'clients',
]);

/** Words about the interview itself, which keep a sentence that also names an old workplace in this rule's view. */
export const INTERVIEW_WORDS: ReadonlySet<string> = new Set(['interview', 'interviewer', 'recruiter', 'panel', 'question', 'call', 'late', 'arrive']);

/** Agents whose bad review, in any negative words, reads as blame (“your colleague's questions were bizarre”). */
export const JUDGED_AGENTS: ReadonlySet<string> = new Set([
  'question', 'test', 'assessment', 'exercise', 'format', 'scenario', 'prompt', 'puzzle', 'brief', 'instructions',
  'recruiter', 'interviewer', 'panel', 'panelist', 'panellist', 'hr', 'coordinator', 'receptionist', 'tone', 'attitude',
  'manner', 'demeanour', 'demeanor', 'room', 'noise', 'link', 'connection', 'wifi', 'wi-fi', 'internet', 'audio',
  'video', 'platform', 'invite', 'schedule', 'scheduling', 'setup', 'lighting', 'venue', 'agency',
]);

/** Verbs that join an agent to its review (“were”, “seemed”, “felt”). */
export const REVIEW_VERBS: ReadonlySet<string> = new Set(['be', 'seem', 'feel', 'look', 'sound', 'appear', 'become', 'get']);

/** Negative words that describe an interview honestly rather than fault it (“tough”, “hard”). */
export const HONEST_HARDSHIP: ReadonlySet<string> = new Set([
  'tough', 'hard', 'difficult', 'challenging', 'demanding', 'intense', 'serious', 'pressure', 'rigorous', 'stressful',
  'nervous', 'worried', 'limited', 'short', 'fight', 'problem', 'problems', 'issue', 'issues', 'cut', 'miss', 'lost',
]);

/** Journeys the reader may have had (“sorry your flight was cancelled”), which are never the writer's excuse. */
export const READER_TRAVEL: ReadonlySet<string> = new Set(['flight', 'train', 'bus', 'plane', 'commute', 'journey', 'car', 'taxi', 'trip', 'travel', 'drive']);

/** The writer's own work, which a bad review before an agent is about (“my answer on the budget question was poor”). */
export const OWN_WORK: ReadonlySet<string> = new Set(['answer', 'response', 'reply', 'solution', 'approach', 'explanation', 'presentation', 'attempt']);

/** What goes wrong with an agent, which, with a setback of the writer's after it, makes an excuse (“the Wi-Fi kept dropping, so my demo fell apart”). */
export const FAILURE_LEMMAS: ReadonlySet<string> = new Set([
  'crash', 'drop', 'freeze', 'fail', 'die', 'glitch', 'lag', 'disconnect', 'malfunction', 'stall', 'break', 'broken',
  'overrun', 'overran', 'contradict', 'collapse', 'cancel', 'cancelled', 'canceled', 'delay', 'delayed', 'wrong', 'confusing',
  'misleading', 'late', 'halfway', 'midway', 'mid-answer', 'partway', 'interrupt', 'outdated', 'missing', 'stuck', 'forget',
  'lose', 'lost', 'change', 'switch', 'move', 'clash', 'leak', 'flood', 'mix', 'crackle', 'crackling', 'cut', 'echo',
  'standstill', 'gridlock', 'timed', 'expire', 'expired', 'accent', 'mumble', 'mumbled', 'open-ended', 'vague', 'unclear', 'ambiguous', 'sparse',
  'dominate', 'dominated', 'hog', 'hogged', 'monopolise', 'monopolize', 'frown', 'frowning', 'stare', 'staring', 'yawn', 'yawning', 'sigh', 'sighing', 'smirk', 'smirking', 'glare', 'glaring',
]);

/** A setback of the writer's told after a failure: “my demo fell apart”, “I missed the first question”. */
export const CONSEQUENCE_LINKS: ReadonlySet<string> = new Set([
  'so', 'which', 'leaving', 'meaning', 'and', 'after', 'that', 'making', 'causing', 'forcing', 'throwing', 'hence', 'thus', 'therefore',
]);

/** Words that give a cause after a setback (“my mind went blank because the panel was frowning”). */
export const CAUSE_LINKS: ReadonlySet<string> = new Set(['because', 'as', 'since', 'when', 'while']);
