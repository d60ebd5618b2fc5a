// Phrase data for the trivial-slip rule: small mistakes an interviewer probably never noticed.
// Data only; the logic is in rules/trivial-slip.ts.

/**
 * What else the sentence needs for a match to be the candidate's own slip: `self` patterns
 * already name the candidate (“I stuttered”, “my tie”); `first` ones need a first-person
 * word or an apology in the sentence; `apology` ones need an apology or “you may have
 * noticed”, because they also name everyday topics (“background noise”, “typos”).
 */
export type SlipFrame = 'self' | 'first' | 'apology';

/** A slip pattern. */
export interface SlipEntry {
  pattern: string;
  /** What the slip is, for the message (“a stain”). */
  what: string;
  /** Defaults to `first`. */
  frame?: SlipFrame;
  /** The slip is the reader's, not the candidate's, when “your” follows (“the typo in your job ad”). */
  yoursIfYour?: boolean;
}

const CLOTHES = 'shirt|tie|blouse|jacket|blazer|suit|sleeve|collar|dress|skirt|pants|trousers|sweater|cardigan|top|cuff|lapel|coat|jeans|slacks|outfit|shoes|shoe|boots|boot|heels|tights|scarf|shoelace|shoelaces|lace|laces|sock|socks|belt|hem|badge|lanyard|tag|label|trainers|sneakers|hat|cap';

/** Word classes for the slip patterns. */
export const SLIP_CLASSES: Readonly<Record<string, readonly string[]>> = {
  clothes: CLOTHES.split('|'),
  stumble: ['stumble', 'stumbled', 'trip', 'tripped', 'fumble', 'fumbled', 'flub', 'flubbed', 'garble', 'garbled', 'botch', 'botched', 'trip', 'mangle', 'mangled'],
  // Past and -ing forms only: “I have a stammer” names a condition, not a slip.
  stammer: ['stammered', 'stuttered', 'mumbled', 'stammering', 'stuttering', 'mumbling', 'stumbling'],
  filler: ['um', 'uh', 'umm', 'uhm', 'er', 'erm', 'ah', 'ums', 'uhs', 'ahs', 'ers', 'like', 'basically', 'literally', 'actually', 'so'],
  often: ['lot', 'much', 'often', 'many', 'constantly', 'repeatedly', 'frequently'],
  drink: ['coffee', 'tea', 'water', 'drink', 'glass', 'cup', 'mug', 'juice', 'soda', 'latte', 'teacup', 'saucer', 'bottle'],
  /** Habits done over and over without noticing. */
  fidgeting: [
    'touching', 'fiddling', 'tapping', 'bouncing', 'twirling', 'clicking', 'scratching', 'adjusting', 'tugging', 'pulling',
    'rubbing', 'shuffling', 'swaying', 'rocking', 'jiggling', 'drumming', 'biting', 'playing', 'glancing', 'fidgeting', 'wringing',
  ],
  /** States a garment or accessory is left in by accident. */
  askew: [
    'folded', 'flipped', 'crooked', 'askew', 'untucked', 'undone', 'untied', 'loose', 'unbuttoned', 'inside-out', 'backwards',
    'twisted', 'showing', 'sticking', 'stained', 'creased', 'wrinkled', 'muddy', 'dirty', 'scuffed', 'torn', 'ripped', 'missing',
  ],
  docs: [
    'slide', 'deck', 'resume', 'résumé', 'cv', 'portfolio', 'presentation', 'email', 'note', 'message', 'letter',
    'application', 'handout', 'document', 'doc', 'sample', 'title', 'chart', 'graph', 'heading', 'spreadsheet',
    'writeup', 'write-up', 'submission', 'report', 'reply', 'response', 'linkedin', 'profile', 'bio', 'proposal',
  ],
  typo: ['typo', 'misspelling', 'misprint', 'spelling', 'grammar', 'grammatical', 'formatting', 'font'],
  /** Small things the candidate wore or handled: one going wrong is rarely noticed. */
  small: [
    ...CLOTHES.split('|'), 'earring', 'earrings', 'necklace', 'bracelet', 'watch', 'ring', 'glasses', 'tie', 'pen', 'keyboard',
    'mouse', 'chair', 'fan', 'mic', 'microphone', 'headset', 'headphones', 'earbuds', 'cup', 'mug', 'bottle',
  ],
  /** Parts of the body a stray mark or a fidget lands on. */
  body: ['hand', 'hands', 'face', 'cheek', 'chin', 'forehead', 'nose', 'ear', 'ears', 'neck', 'arm', 'wrist', 'finger', 'fingers', 'lip', 'lips', 'beard', 'eyebrow'],
  gadget: ['camera', 'video', 'webcam', 'connection', 'audio', 'mic', 'microphone', 'wifi', 'internet', 'screen', 'sound', 'headset', 'laptop', 'fan', 'keyboard', 'chair', 'phone'],
  glitch: [
    'freeze', 'froze', 'frozen', 'lag', 'lagged', 'laggy', 'glitch', 'glitched', 'glitchy', 'echo', 'echoed', 'flicker',
    'flickered', 'choppy', 'crackle', 'crackled', 'crackly', 'grainy', 'blurry', 'pixelated', 'fuzzy', 'stutter', 'stuttered',
    'loud', 'noisy', 'squeaky', 'squeaked', 'squeaking', 'creaky', 'creaked', 'creaking', 'rattled', 'rattling', 'whirring', 'humming', 'buzzing', 'beeped', 'beeping',
  ],
  sorry: ['sorry', 'apologize', 'apologise', 'apology', 'apologies', 'excuse', 'forgive', 'pardon', 'regret', 'embarrass', 'embarrassed', 'embarrassing', 'mortify', 'mortified'],
};

/** The slips, by pattern. */
export const SLIP_PATTERNS: readonly SlipEntry[] = [
  // Speech.
  { pattern: '@i ...3 @stumble|@stammer over|on|through @det? word|words|sentence|sentences|phrase|term|terms|line|lines|intro|introduction|pronunciation', what: 'stumbling over words', frame: 'self' },
  { pattern: '@i ...2 @stumble|@stammer @det? word|words|sentence|sentences|phrase|line|lines|intro|introduction', what: 'stumbling over words', frame: 'self' },
  { pattern: '@i ...2 @stammer', what: 'stammering', frame: 'self' },
  { pattern: '@i ...2 =stumbled|=stumble|=stumbling a? bit|little|once|twice|briefly|slightly|early|at|when|while|during|there|again|here|badly', what: 'stumbling over words', frame: 'self' },
  { pattern: 'my =stumble|=stumbles|=stumbling|@stammer', what: 'stumbling over words', frame: 'self' },
  { pattern: '@i =was|=were|=got|=felt a? bit? tongue-tied|tongue', what: 'being tongue-tied', frame: 'self' },
  { pattern: 'tongue-tied', what: 'being tongue-tied' },
  { pattern: 'slip|slips of the tongue', what: 'a slip of the tongue' },
  { pattern: 'lose|lost my|the train of thought', what: 'losing your train of thought', frame: 'self' },
  { pattern: 'say|use ...1 @filler ...4 @often|=too', what: 'filler words' },
  { pattern: 'my|all|the|many|those|so @intens? many? @filler and @filler', what: 'filler words' },
  { pattern: '@i ...4 filler word|words', what: 'filler words', frame: 'self' },
  { pattern: 'filler word|words|=fillers', what: 'filler words', frame: 'apology' },
  { pattern: '@i ...3 mispronounce|=mispronounced|mispronunciation|=mispronouncing', what: 'a mispronounced word', frame: 'self' },
  { pattern: 'mispronunciation|mispronounced|mispronouncing', what: 'a mispronounced word' },
  { pattern: '@i ...3 forget|=forgot|=forgotten|blank|=blanked|=blanking on? the|a|that? word|term|name|words for|of?', what: 'a forgotten word', frame: 'self' },
  { pattern: 'the|a right? word|term escape|=escaped|elude|=eluded|fail|=failed me', what: 'a forgotten word' },
  { pattern: 'can|could not think|remember|recall of? the|a right? word|term', what: 'a forgotten word' },
  { pattern: 'my voice ...3 shake|=shaking|=shook|crack|=cracked|=cracking|tremble|=trembled|=trembling|waver|=wavered|=wavering|quiver|=quivered|shaky|squeaky|hoarse|raspy|wobbly|wobble', what: 'a shaky voice', frame: 'self' },
  { pattern: 'shaky|shaking|trembling|cracking|wobbly|quavering|squeaky|nervous voice', what: 'a shaky voice' },
  { pattern: '@i ...2 =spoke|=talked|=was|=were too|so|very|a|rather|quite? bit|little? fast|quickly|quietly|softly|loudly|rapidly', what: 'speaking too fast', frame: 'self' },
  { pattern: 'my mind =went|go|=goes blank on|for @det? word|term|name|second|moment', what: 'a forgotten word', frame: 'self' },
  { pattern: 'my nervous laugh|laughter|giggle|giggling|chuckle|habit|tic|tics', what: 'a nervous habit', frame: 'self' },
  { pattern: 'nervous laugh|laughter|giggle|giggling|chuckle|habit|tic|tics', what: 'a nervous habit', frame: 'apology' },
  { pattern: '@i ...2 =laughed|=giggled nervously', what: 'a nervous laugh', frame: 'self' },
  { pattern: 'clear|cleared|clearing my throat', what: 'clearing your throat', frame: 'self' },
  { pattern: 'my cough|coughing|sneeze|sneezing|sniffle|sniffles|yawn|yawning|hiccups', what: 'a cough or yawn', frame: 'self' },
  { pattern: '@i ...2 =coughed|=sneezed|=yawned|=sniffled', what: 'a cough or yawn', frame: 'self' },
  // Clothes and looks.
  { pattern: 'coffee|tea|ink|food|ketchup|mustard|sauce|grease|water|sweat|wine stain|stains|=stained|mark|marks|spot|spots|splash', what: 'a stain' },
  { pattern: 'stain|stains', what: 'a stain', frame: 'apology' },
  { pattern: 'stain|stains|mark|spot|splash on|across my @clothes', what: 'a stain', frame: 'self' },
  { pattern: 'my @clothes ...4 stain|stains|=stained|=wrinkled|=creased|=crumpled|=rumpled|=untucked|crooked|askew|=torn|=ripped|=inside-out|inside|wrinkly|=missing|=undone|loose|=popped|=unbuttoned|backwards|=scuffed|dirty|muddy|=laddered|=untied|=tucked|=twisted|=stuck', what: 'a wardrobe slip', frame: 'self' },
  { pattern: 'stained|wrinkled|creased|crumpled|rumpled|untucked|crooked|mismatched|unbuttoned|torn|ripped @clothes|socks|shoes|shoelace|shoelaces|earrings', what: 'a wardrobe slip' },
  { pattern: 'my fly|flies|zip|zipper ...3 open|down|=undone|=unzipped|=open', what: 'an open zip', frame: 'self' },
  { pattern: 'open|undone|unzipped fly|flies|zip|zipper', what: 'an open zip' },
  { pattern: 'button|buttons ...3 on|of|from my @clothes', what: 'a loose button', frame: 'self' },
  { pattern: 'loose|missing|undone|popped button|buttons', what: 'a loose button' },
  { pattern: 'button|buttons =popped|=came|=fell off|loose|undone', what: 'a loose button' },
  { pattern: 'bad hair day', what: 'a bad hair day' },
  { pattern: 'my hair ...3 mess|messy|=everywhere|=sticking|wild|=frizzy|unruly|=flat|=windswept|=greasy', what: 'messy hair', frame: 'self' },
  { pattern: 'messy|unkempt|frizzy|windswept hair', what: 'messy hair' },
  { pattern: 'spinach|food|lipstick|something in|on my teeth', what: 'something in your teeth', frame: 'self' },
  { pattern: 'mismatched|odd|different socks|shoes|earrings', what: 'mismatched socks' },
  { pattern: 'untied shoelace|shoelaces|shoe|shoes|lace|laces', what: 'an untied shoelace' },
  { pattern: 'my makeup|mascara|lipstick ...3 =smudged|=smeared|=running|=ran', what: 'smudged makeup', frame: 'self' },
  { pattern: '@i ...2 =sweating|=sweated|sweaty|perspire|=perspiring|=blushing|=blushed|=flushed', what: 'sweating', frame: 'self' },
  { pattern: 'sweaty|clammy palms|hands|handshake|forehead|brow', what: 'sweating' },
  { pattern: 'my sweaty|=sweating|sweat', what: 'sweating', frame: 'self' },
  // Fidgeting and small accidents.
  { pattern: '@i ...3 fidget|=fidgeted|=fidgeting|fidgety', what: 'fidgeting', frame: 'self' },
  { pattern: 'my fidget|=fidgeting|=fiddling|=tapping|=bouncing|=twirling|=clicking', what: 'fidgeting', frame: 'self' },
  { pattern: 'fidget|fidgeting|fidgety', what: 'fidgeting', frame: 'apology' },
  { pattern: 'fiddle|fiddled|fiddling|play|played|playing|twirl|twirled|twirling with my pen|hair|ring|glasses|necklace|lanyard|watch|sleeve|badge|notes|cup|phone', what: 'fidgeting', frame: 'self' },
  { pattern: 'tap|tapped|tapping|click|clicked|clicking|bounce|bounced|bouncing|drum|drummed|drumming|jiggle|jiggling my|the pen|foot|feet|fingers|leg|legs|knee|knees', what: 'fidgeting', frame: 'self' },
  { pattern: 'touch|touched|touching|rub|rubbed|rubbing my face|hair|nose|neck', what: 'fidgeting', frame: 'self' },
  { pattern: 'my hands|hand|palms|knees|legs ...3 =shaking|=shook|=trembling|=trembled|shaky|=sweaty|=clammy', what: 'shaking hands', frame: 'self' },
  { pattern: 'awkward|limp|clumsy|sweaty|clammy|weak handshake', what: 'an awkward handshake' },
  { pattern: 'long|awkward|uncomfortable pause|pauses|silence|silences', what: 'an awkward pause', frame: 'apology' },
  { pattern: '@i ...2 =slouching|=slouched|slouch', what: 'slouching', frame: 'self' },
  { pattern: 'my glasses ...3 =slipping|=slipped|=fogged|=fogging|=steamed|=crooked', what: 'fidgeting', frame: 'self' },
  { pattern: 'my pen ...2 =ran|run|=running out', what: 'a small accident', frame: 'self' },
  { pattern: 'mix|mixed up my|the|two @docs', what: 'a slide out of order' },
  { pattern: '@i ...2 =bumped|=walked into the|a door|doorframe|table|chair|wall|glass', what: 'a small accident', frame: 'self' },
  { pattern: '@i ...2 =tripped|=stumbled over|on the|a step|rug|carpet|cable|doorway|threshold|mat|chair|stairs', what: 'a small accident', frame: 'self' },
  { pattern: '@i ...2 spill|=spilled|=spilt|knock|=knocked over? ...2 @drink', what: 'a spilled drink', frame: 'self' },
  { pattern: 'spill|spilled|spilt|spilling|knock|knocked|knocking over? my @drink', what: 'a spilled drink', frame: 'self' },
  { pattern: 'spill|spilled|spilt|spilling|knock|knocked|knocking over? the|a|some? @drink', what: 'a spilled drink', frame: 'apology' },
  { pattern: '@drink spill|spills|=spilled|=spilt|stain', what: 'a spilled drink' },
  { pattern: '@drink @i =spilled|=spilt|=knocked|=dropped', what: 'a spilled drink', frame: 'self' },
  { pattern: '@i ...2 drop|=dropped my|the pen|notes|phone|papers|notebook|folder|glasses|badge|keys|bag|marker', what: 'dropping something', frame: 'self' },
  { pattern: 'drop|dropped|dropping my pen|notes|phone|papers|notebook|folder|glasses|badge|keys|bag|marker', what: 'dropping something', frame: 'self' },
  { pattern: 'drop|dropped|dropping the pen|notes|phone|papers|notebook|folder|glasses|badge|keys|bag|marker', what: 'dropping something', frame: 'apology' },
  { pattern: 'my phone ...2 =buzzed|=buzzing|=vibrated|=vibrating|buzz', what: 'a buzzing phone', frame: 'self' },
  // Typos and small material glitches.
  { pattern: '@typo ...3 error|errors|mistake|mistakes|issue|issues|glitch|slip|slips|typo? in|on my ...2 @docs', what: 'a typo', frame: 'self' },
  { pattern: 'typo|typos|misprint|misspelling|misspellings in|on my ...3 @docs', what: 'a typo', frame: 'self' },
  { pattern: '@i ...2 make|=made a|one|two|few|some|that typo|typos', what: 'a typo', frame: 'self' },
  { pattern: 'my @docs ...4 typo|typos|misspelling|misspellings|=misspelled|=misspelt|misprint', what: 'a typo', frame: 'self' },
  { pattern: 'my @docs ...4 spelling|grammatical|formatting|grammar error|errors|mistake|mistakes|slip', what: 'a typo', frame: 'self' },
  { pattern: 'wrong|error|mistake|mistakes|errors on|in my ...2 @docs', what: 'a small error in your materials', frame: 'self' },
  { pattern: 'my typo|typos|misspelling|misspellings', what: 'a typo', frame: 'self' },
  { pattern: '@typo ...3 error|errors|mistake|mistakes|issue|issues|glitch|slip|slips|typo? in|on ...2 @docs', what: 'a typo', frame: 'apology', yoursIfYour: true },
  { pattern: 'typo|typos|misprint|misspelling|misspellings', what: 'a typo', frame: 'apology', yoursIfYour: true },
  { pattern: '@i ...3 =misspelled|=misspelt|misspell|=mistyped', what: 'a typo', frame: 'self' },
  { pattern: 'my|the @docs ...4 =out of order', what: 'a slide out of order', frame: 'self' },
  { pattern: 'my @gadget ...3 @glitch', what: 'a small technical glitch', frame: 'self' },
  { pattern: '@gadget ...3 @glitch', what: 'a small technical glitch', frame: 'apology' },
  { pattern: 'echo|lag|glitch|static|feedback|delay on|in|with my @gadget|line|end|side', what: 'a small technical glitch', frame: 'self' },
  { pattern: 'dog|dogs|cat|baby|neighbor|neighbour|neighbors|neighbours|construction ...2 =barking|=barked|bark|=meowing|=crying|=noise|noise|drill|=drilling|=mowing', what: 'background noise' },
  { pattern: 'background noise|noises|=barking', what: 'background noise', frame: 'apology' },
  { pattern: 'forgot|forgot to unmute', what: 'forgetting to unmute' },
  { pattern: '@i =was|=were on|=left mute', what: 'forgetting to unmute', frame: 'self' },
  { pattern: 'my|the lighting|background ...3 =was|=wasn dim|dark|=distracting|messy|cluttered|poor|bad', what: 'the lighting or background' },
  // Broader families, written from a blind round: a garment left askew, marks on the hands or
  // face, repeated words and habits, a wrong word corrected, small noises from the candidate's side.
  { pattern: 'my @clothes ...3 =was|=were|=had|=came|=got|=kept @intens? @askew|wrong|open|off|out', what: 'a wardrobe slip', frame: 'self' },
  { pattern: 'my @intens? @askew @clothes', what: 'a wardrobe slip', frame: 'self' },
  { pattern: 'dirty|muddy|scuffed|wet|soggy boots|shoes|trainers|sneakers|heels', what: 'muddy shoes' },
  { pattern: 'pen|marker|paint|lipstick|ink stain|stains|mark|marks|smudge|smudges', what: 'a stain' },
  { pattern: 'stain|mark|smudge|spot on|across my @body', what: 'a stain', frame: 'self' },
  { pattern: '@i ...3 keep|=kept|=keeping @fidgeting ...2 my|the|at? @body|@clothes|pen|hair|notes|watch|glasses|phone|foot|feet|leg|legs|clock|chair|ring', what: 'fidgeting', frame: 'self' },
  { pattern: 'my @intens? nervous? foot|finger|pen|leg|knee =tapping|=bouncing|=jiggling|=drumming|=clicking|tap|taps', what: 'fidgeting', frame: 'self' },
  { pattern: 'say|=saying|use|=using|repeat|=repeating ...5 so|too|far|way many? times|often', what: 'filler words' },
  { pattern: 'say|=saying|use|=using|repeat|=repeating ...5 @filler|=know|=mean|=okay|=ok|=right|=sort|=kind ...3 a lot|constantly|repeatedly', what: 'filler words' },
  { pattern: '@i =said|=called|=wrote|=typed|=put ...6 when|where|but|though @i =meant', what: 'a wrong word', frame: 'self' },
  { pattern: '@i =meant to say', what: 'a wrong word', frame: 'self' },
  { pattern: 'the|that|my|little|small|occasional|nervous|sudden cough|coughing|sneeze|sneezing|yawn|yawning|hiccup|hiccups|sniffle|sniffles|sniffling', what: 'a cough or yawn', frame: 'apology', yoursIfYour: true },
  { pattern: '@i ...3 =coughed|=sneezed|=yawned|=sniffled|=hiccuped|=hiccupped', what: 'a cough or yawn', frame: 'self' },
  { pattern: 'my @drink ...3 =rattled|=clinked|=wobbled|=tipped|=spilled|=spilt|rattle|wobble|tip', what: 'a spilled drink', frame: 'self' },
  { pattern: 'small|tiny|minor|little|silly error|mistake|typo|slip ...4 my ...2 @docs', what: 'a small error in your materials', frame: 'self' },
  { pattern: '=talking|=speaking|=talked|=spoke|talk|speak @intens? too|so|rather|a bit? quickly|fast|rapidly|quietly|softly', what: 'speaking too fast', frame: 'apology' },
  { pattern: 'jumbled|garbled|mangled|clumsy wording|phrasing|word|words', what: 'clumsy wording', frame: 'first' },
  { pattern: '=jumbled|=garbled|=mangled ...2 in? wording|phrasing|=words', what: 'clumsy wording', frame: 'first' },
  { pattern: 'mix|=mixing|=mixed up the|two|a? word|words|term|terms|figure|figures|date|dates|number|numbers|acronym|acronyms', what: 'a wrong word', frame: 'first' },  // A small thing of the candidate's, apologised for or hoped unnoticed (“sorry my earring fell off”).
  { pattern: 'my @small ...3 fall|=fell|=falling|break|=broke|=broken|tear|=tore|=torn|rip|=ripped|come|=came|keep|=kept|=was|=were|=had|=got|slip|=slipped|squeak|=squeaking|click|=clicking|rattle|=rattling|=loose|=undone|=missing', what: 'a small mishap', frame: 'apology' },
  { pattern: 'noise|noises|sound|sounds|=clicking|=squeaking|=rattling|=tapping of|from my @small', what: 'a small mishap', frame: 'apology' },
  { pattern: 'rush|=rushed|=rushing through? my words|sentences|answers|intro|introduction|opening', what: 'speaking too fast', frame: 'self' },
  // Not “so”, “like” or “actually”: “I kept saying so” asserts, it does not stall.
  { pattern: '@i keep|=kept|=keeping =saying|=using|=repeating ...1 um|uh|umm|uhm|er|erm|basically|literally', what: 'filler words', frame: 'self' },
];

/** Words that make a sentence an apology for, or a pointer to, a slip. */
export const APOLOGY_WORDS: ReadonlySet<string> = new Set([
  'sorry', 'apologize', 'apologise', 'apology', 'apologies', 'excuse',
  'forgive', 'pardon', 'regret', 'embarrass', 'embarrassed', 'embarrassing', 'mortify', 'mortified', 'notice',
  'noticed', 'hopefully', 'ignore', 'overlook', 'distract', 'distracting', 'distracted', 'visible', 'noticeable',
]);

/** Words that make a sentence the candidate's own account. */
export const FIRST_PERSON_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'myself', 'mine']);

/** Objects of a stumble or mispronunciation that make the slip the interviewer's own name: an obvious, shared incident. */
export const OBVIOUS_OBJECTS: ReadonlySet<string> = new Set(['name', 'names', 'your']);

/** Words that, following “stumble”, mean finding rather than faltering (“stumbled upon a fix”). */
export const NOT_SLIP_AFTER: ReadonlySet<string> = new Set(['upon', 'across', 'onto', 'into', 'spinner', 'spinners', 'toy', 'toys', 'cube']);

/** Words that show a sentence carries something worth keeping besides the slip. */
export const KEEP_WORDS: ReadonlySet<string> = new Set([
  'thank', 'thanks', 'appreciate', 'enjoy', 'enjoyed', 'excite', 'excited', 'forward', 'glad', 'grateful',
  'pleasure', 'eager', 'interest', 'interested', 'delighted', 'happy', 'thrill', 'thrilled', 'enthusiastic',
  'learn', 'learned', 'question', 'answer', 'clarify', 'fuller', 'add',
]);
