// Words that mark a sentence as doing useful work (thanks, enthusiasm, strengths, added
// information), so a fix must not delete it wholesale. Data only; matched against lemmas.

/** Lemmas that show a part of a sentence is worth keeping. */
export const CONSTRUCTIVE_LEMMAS: ReadonlySet<string> = new Set([
  'thank', 'thanks', 'appreciate', 'grateful', 'gratitude', 'enjoy', 'enjoyed', 'excite', 'excited', 'exciting',
  'glad', 'happy', 'pleased', 'delighted', 'forward', 'welcome', 'interested', 'eager', 'enthusiastic',
  'enthusiasm', 'keen', 'contribute', 'fit', 'bring', 'attach', 'attached', 'share', 'clarify', 'add', 'example',
  'portfolio', 'experience', 'skill', 'learn', 'love', 'impress', 'impressed', 'inspire', 'inspiring',
  'confident', 'fuller', 'elaborate', 'expand',
]);

/** Words that join two clauses, where a sentence can be cut in two. */
export const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['but', 'and', 'though', 'although', 'yet', 'so', 'still', 'however']);
