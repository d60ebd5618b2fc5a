// Phrases that thank the reader, and the look-alikes that do not. Data only.

/** What kind of thanks a phrase is; the rule checks each kind's context differently. */
export type ThanksKind = 'thank' | 'grateful' | 'gratitude' | 'appreciate';

/** Words and phrases that thank someone; the rule then checks it is the reader. */
export const THANKS_PHRASES: ReadonlyArray<{ pattern: string; kind: ThanksKind }> = [
  { pattern: 'thank|thanks', kind: 'thank' },
  { pattern: '=thank-you|=thankyou', kind: 'thank' },
  { pattern: 'grateful|thankful|appreciative', kind: 'grateful' },
  { pattern: 'gratitude|appreciation|=thx', kind: 'gratitude' },
  { pattern: 'much obliged', kind: 'gratitude' },
  { pattern: 'much|greatly|truly|hugely|deeply|very|=so appreciate', kind: 'appreciate' },
  { pattern: 'appreciate', kind: 'appreciate' },
];

/** Who can be thanked in a note: the reader, or everyone the candidate met. */
export const READER_WORDS: ReadonlySet<string> = new Set([
  'you', 'your', 'yours', 'everyone', 'everybody', 'all', 'both', 'each', 'y\'all',
]);

/** What “I appreciate …” has to be about to thank the reader rather than remark on something. */
export const APPRECIATED_THINGS: ReadonlySet<string> = new Set([
  'you', 'your', 'time', 'opportunity', 'chance', 'conversation', 'consideration', 'patience',
  'meeting', 'interview', 'insight', 'insights', 'tour', 'hospitality', 'welcome', 'candor', 'candour', 'feedback',
  'effort', 'help', 'kindness', 'understanding', 'discussion', 'invitation', 'honesty', 'flexibility', 'questions',
  'call', 'chat', 'visit', 'warmth', 'guidance', 'generosity', 'attention', 'introduction', 'openness',
]);

/** Words that thank only right after “appreciate” (“appreciated it”, “I appreciate all of it”). */
export const APPRECIATED_NEXT: ReadonlySet<string> = new Set(['it', 'this', 'all', 'everything']);

/** Words before “appreciate” that make it a request (“I'd appreciate any feedback”), not thanks. */
export const REQUEST_MODALS: ReadonlySet<string> = new Set(['would', 'will', 'should', 'could', 'might']);

/** Determiners after “thanks to” / “grateful to” that point at someone other than the reader. */
export const THIRD_PARTY: ReadonlySet<string> = new Set([
  'my', 'our', 'his', 'her', 'their', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'mom', 'dad', 'god',
]);

/** The line the fix adds after the greeting. */
export const THANKS_LINE = 'Thank you for taking the time to meet with me.';

/** Notes shorter than this (body words) are drafts or fragments, not yet judged. */
export const MIN_WORDS = 15;
