// Patterns of oversharing: relationship trouble, family drama, hangovers and partying, medical
// detail, landlord and debt drama, told of the writer's own life. Data only.
import type { ToneEntry } from '../text/tone.js';

/** Which part of private life a pattern exposes; the message names it. */
export type OversharingKind = 'relationship' | 'family' | 'partying' | 'medical' | 'money' | 'therapy';

export interface OversharingEntry extends ToneEntry {
  kind: OversharingKind;
}

/** Word classes used only by these patterns. */
export const OVERSHARING_CLASSES: Readonly<Record<string, readonly string[]>> = {
  /** Partners, present and past. */
  partner: [
    'husband', 'wife', 'boyfriend', 'girlfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'spouse', 'ex', 'ex-wife',
    'ex-husband', 'ex-boyfriend', 'ex-girlfriend', 'ex-partner', 'partner', 'hubby', 'missus',
  ],
  /** Family and household. */
  kin: [
    'mother', 'mom', 'mum', 'father', 'dad', 'parent', 'parents', 'sister', 'brother', 'son', 'daughter', 'kid', 'kids',
    'child', 'children', 'family', 'in-laws', 'mother-in-law', 'father-in-law', 'sibling', 'cousin', 'uncle', 'aunt',
    'toddler', 'baby', 'newborn', 'infant', 'stepdad', 'stepmom', 'stepmum', 'stepfather', 'stepmother', 'roommate', 'flatmate', 'housemate', 'neighbour', 'neighbor',
    'neighbours', 'neighbors', 'relative', 'relatives', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'nan', 'gran',
  ],
  /** Trouble at home. */
  trouble: [
    'fight', 'fighting', 'argue', 'arguing', 'argument', 'scream', 'screaming', 'yell', 'yelling', 'shout',
    'shouting', 'divorce', 'divorcing', 'separate', 'separating', 'separation', 'cheat', 'cheating', 'affair', 'dump',
    'drama', 'custody', 'arrest', 'arrested', 'jail', 'prison', 'drunk', 'drinking', 'rehab', 'addiction', 'evict', 'evicted',
    'toxic', 'abusive', 'estranged', 'alcoholic', 'addict', 'addicted', 'overdosed', 'meltdown', 'tantrum', 'feud', 'lawsuit', 'restraining', 'breakup', 'break-up',
    'kicked', 'refuse', 'refuses', 'stole', 'steal', 'stolen', 'robbed', 'suspended', 'expelled', 'blames', 'falling-out', 'blowup', 'blow-up', 'dramas', 'chaos', 'patch', 'rocks', 'harass', 'harassing', 'stalking', 'stalk',
  ],
  /** Graphic or intimate symptoms: detail no business note needs. */
  graphic: [
    'diarrhea', 'diarrhoea', 'vomit', 'vomiting', 'vomited', 'puke', 'puking', 'puked', 'constipation', 'constipated',
    'bowel', 'bowels', 'hemorrhoid', 'hemorrhoids', 'haemorrhoids', 'menstrual', 'ibs', 'colonoscopy', 'gastroenteritis',
    'norovirus', 'biopsy', 'biopsies', 'tumour', 'tumor', 'antidepressants', 'antidepressant', 'ivf', 'miscarriage', 'miscarried', 'chemotherapy', 'chemo',
    'painkillers', 'xanax', 'valium', 'ambien', 'propranolol', 'sedative', 'sedatives', 'opioids', 'laxative', 'laxatives',
  ],
  /** Named ailments: one is a brief reason, more is detail. */
  ailment: [
    'migraine', 'fever', 'flu', 'infection', 'surgery', 'medication', 'meds', 'diagnosis', 'insomnia', 'nausea', 'nauseous',
    'anxiety', 'depression', 'adhd', 'ocd', 'cramps', 'antibiotics', 'prescription', 'covid', 'strep', 'bronchitis', 'sinusitis',
    'croup', 'chickenpox', 'diabetes', 'asthma', 'hospital', 'concussion',
  ],
  /** Landlords, debt and repossession. */
  creditor: ['landlord', 'landlady', 'bailiff', 'bailiffs', 'debt', 'debts', 'repossession', 'eviction', 'bankruptcy', 'overdraft'],
};

/** The patterns (see rules/text/matcher.ts for the syntax). */
export const OVERSHARING_PATTERNS: readonly OversharingEntry[] = [
  // Relationship trouble.
  { pattern: 'my|our @intens? divorce|breakup|break-up|separation|custody|affair', kind: 'relationship' },
  { pattern: '@i @aux? @aux? be|go|get ...2 through? @det? *? divorce|breakup|break-up|separation|custody', kind: 'relationship' },
  { pattern: '@i @aux? @intens? be|get|=got @intens? =divorced|=dumped|=separated|=separating|=divorcing', kind: 'relationship' },
  { pattern: '@i ...2 break|=broke|=broken|split up with my|him|her|them', kind: 'relationship' },
  { pattern: 'my|our @partner and @i ...6 @trouble|break|=broke|split|fight|=fought|argue|=argued|separate|=separated', kind: 'relationship' },
  { pattern: '@i ...2 and my @partner ...2 break|=broke|split|separate|=separated|divorce|fight|=fought|argue|=argued|row', kind: 'relationship' },
  { pattern: 'my @partner ...8 @trouble', kind: 'relationship' },
  { pattern: 'my @partner ...2 leave|=left|dump|=dumped|cheat|=cheated|kick|=kicked|walk|=walked me|out|on', kind: 'relationship' },
  { pattern: '@trouble ...3 with my @partner', kind: 'relationship' },
  { pattern: 'cheat|=cheated on me', kind: 'relationship' },
  { pattern: 'in the middle|midst of @det? @intens? *? divorce|breakup|break-up|separation|custody', kind: 'relationship' },
  { pattern: 'my|our =ex keep|be|=is|=was|have|=has|=had|still|and|turn|show|call|text|=will|blame|hate|refuse|take|=took|want|threaten|sue|leave|=left|cheat|=would', kind: 'relationship' },

  // Family drama.
  { pattern: 'my|our @kin ...6 @trouble', kind: 'family' },
  { pattern: 'my|our @kin ...3 dementia|alzheimer|=alzheimer\'s|=alzheimers|cancer|stroke|overdose|breakdown', kind: 'family', weak: true },
  { pattern: 'custody hearing|battle|fight|dispute|case', kind: 'relationship' },
  { pattern: 'my|our @partner and @i ...4 rough|rocky|difficult|hard|tough time|patch|spell', kind: 'relationship' },
  { pattern: 'my|our @kin and @i ...6 @trouble|fight|=fought|argue|=argued', kind: 'family' },
  { pattern: 'my|our *? @kin and @i ...3 @neg @intens? =speaking|=talking|speak|talk', kind: 'family', negatable: false },
  { pattern: '@trouble ...3 with|between my|our @kin', kind: 'family' },
  { pattern: 'my|our family drama|dramas|issue|issues|problem|problems|mess|situation|feud|crisis|chaos', kind: 'family' },

  // Hangovers and partying.
  { pattern: '@i @aux? @intens? be|feel|wake|=woke @intens? @intens? =hungover', kind: 'partying' },
  { pattern: '@i @aux? @intens? be|feel|wake|=woke @intens? hung over', kind: 'partying' },
  { pattern: 'my|a|the @intens? terrible|awful|bad|massive|killer|brutal|slight|pounding? hangover', kind: 'partying' },
  { pattern: '@i ...2 =partied|=partying|=clubbing|=drank|=drinking ...3 late|night|till|until|=too|all|heavily', kind: 'partying' },
  { pattern: '@i ...3 at|to @det? party|wedding|birthday|bar|club|pub ...4 =night|late|till|until|before', kind: 'partying' },
  { pattern: '@i ...3 out =partying|=drinking|=clubbing|=celebrating', kind: 'partying' },
  { pattern: '@i ...3 have|=had a? one|few too many', kind: 'partying' },
  { pattern: 'one|few|couple too many drinks|beers|glasses|shots|=last', kind: 'partying' },
  { pattern: 'too much to drink', kind: 'partying' },
  { pattern: '@i ...6 wine|=beer|=beers|vodka|whisky|whiskey|gin|tequila|=shots|=pints|cocktail|=cocktails|booze|alcohol', kind: 'partying' },
  { pattern: 'until|till ...2 =am|=a.m|dawn|morning ...4 party|birthday|bar|club|pub|drinks|drinking|celebration|wedding', kind: 'partying' },
  { pattern: 'drink|=drinks|glass|=glasses|wine|beer|=beers|shot|=shots|pint|=pints|cocktail|=cocktails ...3 too many|much', kind: 'partying' },
  { pattern: 'party|=partied|=partying ...4 =night before', kind: 'partying' },
  { pattern: 'party|=partied|=partying ...2 all night', kind: 'partying' },
  { pattern: 'party|=partied|=partying ...4 until|till|=late', kind: 'partying' },
  { pattern: 'after|from|on a|=one night out', kind: 'partying' },
  // The state right after the verb: “I'm sorry I wasted your time” is not drunk.
  { pattern: '@i @aux? @intens? be|get|=got|=getting @intens? a? bit|little? drunk|wasted|=plastered|=smashed|tipsy|=hammered', kind: 'partying' },
  { pattern: 'big|wild|heavy night out|before', kind: 'partying' },
  { pattern: '@i be|=was|=were out ...3 until|till ...2 =am|=a.m|=3am|=2am|=4am|=1am|=5am|dawn|morning', kind: 'partying' },
  { pattern: 'at|after|from|for|to my|@det ...3 bachelor|bachelorette|stag|hen party|do|night|weekend', kind: 'partying' },

  // Medical detail: graphic symptoms at once, named ailments only with something else.
  { pattern: 'my @intens? @graphic', kind: 'medical' },
  { pattern: '@i ...8 @graphic', kind: 'medical' },
  { pattern: '@i ...2 throw|=threw|=throwing up', kind: 'medical' },
  { pattern: '@i ...2 be|=was|=been up all|half night =being? @graphic|sick|=throwing|ill', kind: 'medical' },
  { pattern: 'my period|cramps', kind: 'medical' },
  { pattern: 'round|rounds|cycle|cycles of @graphic|fertility|treatment', kind: 'medical' },
  { pattern: 'food poisoning', kind: 'medical' },
  { pattern: 'kidney|bladder|urinary|yeast|ear|chest|sinus|skin infection|infections|stones', kind: 'medical' },
  { pattern: 'blood pressure|sugar', kind: 'medical', weak: true },
  { pattern: '=coughing|=crying|=screaming|=vomiting|=puking all night', kind: 'medical' },
  { pattern: 'my|our @kin ...3 have|get|be ...2 @ailment|@graphic|bug|virus|ill|sick', kind: 'family', weak: true },
  { pattern: 'call|=called|break|=broke|=broken off @det? our|my|the? engagement|wedding', kind: 'relationship' },
  { pattern: 'sleeping pill|=pills|tablet|=tablets', kind: 'medical' },
  { pattern: 'wreck|=wrecked|upset|destroy|=destroyed|mess|=messed up? my stomach|gut|digestion', kind: 'medical' },
  { pattern: 'stomach bug|flu|virus|cramps|upset|issues|problems', kind: 'medical' },
  { pattern: 'panic attack', kind: 'medical' },
  { pattern: 'my @intens? @ailment', kind: 'medical', weak: true },
  { pattern: '@i @aux? @aux? @intens? have|get|be|suffer|deal|battle|come ...3 @ailment', kind: 'medical', weak: true },

  // Therapy, mental-health and emotional detail.
  { pattern: '@i ...3 =emotional wreck|mess', kind: 'therapy' },
  { pattern: '@i ...3 have|=had|suffer|=suffered @det? nervous|mental|emotional? breakdown', kind: 'therapy' },
  { pattern: '@i ...3 cry|=crying|=cried|sob|=sobbing|=sobbed all night|my eyes|in the car|=uncontrollably', kind: 'therapy' },
  { pattern: 'my @intens? therapist|psychiatrist|counsellor|counselor|shrink', kind: 'therapy' },
  { pattern: 'my @intens? doctor|gp|consultant|cardiologist|neurologist|oncologist|gynaecologist|gynecologist|dermatologist say|=says|=said|tell|=told|think|=thinks|want|=wants', kind: 'medical' },

  // Landlord and debt drama.
  { pattern: 'my|our @creditor', kind: 'money' },
  { pattern: '@i ...2 be|get|=got|=getting|face|=facing ...2 =evicted|eviction|repossessed|bankruptcy', kind: 'money' },
  { pattern: 'debt|bill collector|collectors', kind: 'money' },
  // Families from a blind round: a partner who left or broke it off, an ex still in the story,
  // a marriage ending, chaos or tears at home, sleepless couples, bailiffs at the door.
  { pattern: 'my @partner ...2 break|=broke|split up|off with? me|it|things', kind: 'relationship' },
  { pattern: 'my|our =ex-husband|=ex-wife|=ex-boyfriend|=ex-girlfriend|=ex-fiance|=ex-fiancé|=ex-fiancee', kind: 'relationship' },
  { pattern: 'my|our =ex pick|=picked|decide|=decided|choose|=chose|show|=showed|turn|=turned|come|=came|start|=started|send|=sent|text|=texted|call|=called', kind: 'relationship' },
  { pattern: 'my|our marriage|relationship|engagement ...2 end|=ended|=ending|fall|=fell|=falling|collapse|=collapsed|break|=broke|=breaking apart|down|up?', kind: 'relationship' },
  { pattern: 'my|our @partner and @i ...3 @neg =slept|sleep|=sleeping', kind: 'relationship', negatable: false },
  { pattern: 'my|our|the house|home|household|flat ...3 chaos|=chaotic|mayhem|madhouse|warzone|=war|circus', kind: 'family' },
  { pattern: 'tearful|=tears|=crying|=screaming|=shouting|rows|=rowing ...4 at home', kind: 'family' },
  { pattern: 'my|our @kin|@partner ...3 throw|=threw|=thrown|kick|=kicked me|us out', kind: 'family' },
  { pattern: 'bailiff|=bailiffs ...4 my|our house|home|flat|door|apartment|car', kind: 'money' },
];
