// Word lists the tone rules share: what makes a sentence worth keeping when a fix would cut it,
// and what marks talk of a former workplace (badmouthing's ground, not theirs). Data only.

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

/** Words that point back to an old workplace (“my previous manager”). */
export const BEFORE_NOW: ReadonlySet<string> = new Set(['former', 'previous', 'old', 'last', 'ex', 'prior', 'past', 'current']);

/** Words that, after “former”, “previous” and the like, make the writer's old workplace the subject. */
export const OLD_WORKPLACE: ReadonlySet<string> = new Set([
  'job', 'employer', 'boss', 'manager', 'company', 'team', 'role', 'position', 'workplace', 'supervisor', 'colleague',
  'coworker', 'co-worker', 'firm', 'lead', 'director', 'leadership', 'organisation', 'organization', 'department',
]);
