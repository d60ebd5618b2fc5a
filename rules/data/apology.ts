// Words and phrases of apology, sympathy and grovelling, shared by rules that read apologies. Data only.

/** Words whose lemma makes an apology (“sorry”, “apologise”, “my apologies”, “forgive me”). */
export const APOLOGY_LEMMAS: ReadonlySet<string> = new Set([
  'sorry', 'apologize', 'apologise', 'apology', 'apologies', 'apologetic', 'forgive', 'pardon', 'excuse', 'regret',
]);

/** What follows “forgive”, “pardon” or “excuse” when it asks pardon (“forgive me”, “excuse the delay”). */
export const PARDON_OBJECTS: ReadonlySet<string> = new Set(['me', 'my', 'the', 'this', 'that', 'our', 'us', 'any']);

/** What follows “regret” when it apologises rather than laments (“I regret the confusion”). */
export const REGRET_OBJECTS: ReadonlySet<string> = new Set([
  'my', 'any', 'the', 'that', 'being', 'arriving', 'keeping', 'calling', 'having', 'causing', 'coming', 'wasting', 'missing', 'making', 'getting', 'forgetting',
]);

/** Words after “sorry” that make it sympathy (“sorry to hear”, “sorry for your loss”). */
export const SYMPATHY_AFTER: ReadonlySet<string> = new Set(['hear', 'learn', 'read', 'see', 'hearing', 'learning', 'reading', 'seeing', 'heard', 'learned', 'learnt']);

/** Subjects of sympathy after “sorry about/for/that …” (“sorry about the loss of your colleague”). */
export const SYMPATHY_TOPICS: ReadonlySet<string> = new Set([
  'loss', 'lost', 'losing', 'passing', 'passed', 'death', 'died', 'bereavement', 'illness', 'news', 'colleague', 'condolence', 'condolences',
  'diagnosis', 'accident', 'layoff', 'layoffs', 'outage', 'flood', 'fire', 'storm', 'injury', 'surgery',
]);

/** Feelings that, said of oneself about an incident, apologise (“I feel terrible about being late”). */
export const REMORSE: ReadonlySet<string> = new Set(['terrible', 'awful', 'horrible', 'dreadful', 'bad', 'mortified', 'guilty', 'remorseful']);

/** Intensifiers that, stacked or repeated before an apology, make it grovel (“so so sorry”, “so very sorry”). */
export const APOLOGY_INTENSIFIERS: ReadonlySet<string> = new Set([
  'so', 'very', 'really', 'truly', 'deeply', 'terribly', 'incredibly', 'extremely', 'awfully', 'dreadfully', 'profoundly',
  'sincerely', 'genuinely', 'honestly', 'utterly', 'most', 'immensely', 'hugely', 'massively', 'absolutely', 'unbelievably', 'just', 'entirely',
]);

/**
 * Patterns of a grovelling apology (see rules/text/matcher.ts). `standalone` ones apologise by
 * themselves even where a negation hides the apology word (“I can't apologise enough”); the
 * others only make an apology in the same sentence grovel. `plain` is a plainer wording.
 */
export const PROFUSE_PATTERNS: ReadonlyArray<{ pattern: string; standalone: boolean; plain?: string }> = [
  { pattern: 'can not apologize|apologise enough', standalone: true, plain: 'apologize' },
  { pattern: 'can not ...3 sorry|apology|apologies enough', standalone: true },
  { pattern: 'can not say|express|tell|begin ...3 how sorry', standalone: true },
  { pattern: 'word|words can not|do not|fail to? express|describe|convey how sorry', standalone: true },
  { pattern: 'a? thousand|million|hundred|endless|countless|infinite apology|apologies|sorry|=sorries', standalone: true, plain: 'my apologies' },
  { pattern: 'humble|humblest|abject|profuse|grovelling|groveling apology|apologies', standalone: true },
  { pattern: '=profusely|=humbly|=abjectly apologize|apologise|=apologizing|=apologising', standalone: true },
  { pattern: 'apologize|apologise|=apologizing|=apologising =profusely|=humbly|=abjectly', standalone: true },
  { pattern: 'beg|=begging your|for forgiveness|pardon', standalone: true },
  { pattern: 'huge|massive|enormous|giant|big apology|apologies', standalone: true },
  { pattern: 'sincere|sincerest|deep|deepest|heartfelt|humble|humblest|profound|truest|most ...1 sincere|sincerest|deepest|heartfelt|humblest|profound|profoundest apology|apologies', standalone: true },
  { pattern: 'sorry|apologize|apologise|apologies|=apologizing|=apologising for|about everything', standalone: true },
  { pattern: 'more sorry than @i can', standalone: true },
  { pattern: 'from the bottom of my heart', standalone: false },
  { pattern: 'again and again', standalone: false },
  { pattern: 'over and over', standalone: false },
];
