// Word classes shared by every rule's patterns (`@name` in a pattern). Data only.

/** Word classes, by name; members are matched against token lemmas. */
export const LEXICON_CLASSES: Readonly<Record<string, readonly string[]>> = {
  /** The candidate speaking of themself. */
  i: ['i', 'me', 'my', 'myself', 'mine'],
  /** First person plural, often the candidate and a former team. */
  we: ['we', 'us', 'our', 'ourselves'],
  /** The reader. */
  you: ['you', 'your', 'yourself', 'yours'],
  /** Words that negate what follows them. */
  neg: ['not', 'never', 'no', 'nothing', 'nobody', 'hardly', 'barely', 'neither', 'nor', 'without', 'none'],
  /** Intensifiers and hedges that often sit between the parts of a phrase. */
  intens: [
    'really', 'truly', 'so', 'very', 'extremely', 'incredibly', 'just', 'totally', 'completely',
    'absolutely', 'honestly', 'desperately', 'genuinely', 'deeply', 'sincerely', 'quite', 'rather',
    'pretty', 'simply', 'still', 'also', 'even', 'only', 'actually', 'seriously', 'utterly',
  ],
  /** Determiners and possessives. */
  det: ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'some', 'any'],
  /** Modal and auxiliary verbs. */
  aux: ['be', 'have', 'do', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall'],
};

/** Words that end the scope of a negation or a subject when read left to right. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([
  'but', 'and', 'although', 'though', 'however', 'because', 'since', 'while', 'whereas', 'so', 'yet',
]);
