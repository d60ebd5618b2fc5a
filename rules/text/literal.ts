// Literal phrases from user options (never patterns): matched case-insensitively on word
// boundaries, with any apostrophe and any run of spaces, and compiled without regex injection.

/** A span of the searched text, in absolute offsets. */
export interface LiteralHit {
  start: number;
  end: number;
  phrase: string;
}

/** Phrases compiled once per configuration. */
export interface LiteralMatcher {
  readonly size: number;
  /** Every occurrence in `text`, whose first character sits at absolute offset `base`. */
  find(text: string, base?: number): LiteralHit[];
}

const SPECIAL = /[.*+?^${}()|[\]\\/-]/g;
const APOSTROPHE = /['\u2018\u2019\u02bc`]/;

function sourceOf(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) =>
      [...word].map((c) => (APOSTROPHE.test(c) ? "['\u2018\u2019\u02bc`]" : c.replace(SPECIAL, '\\$&'))).join(''),
    )
    .join('\\s+');
}

/** Compile literal phrases; blank entries are ignored. */
export function compileLiterals(phrases: readonly string[] | undefined): LiteralMatcher {
  const kept = (phrases ?? []).filter((p) => typeof p === 'string' && p.trim() !== '');
  const patterns = kept.map((phrase) => ({
    phrase,
    re: new RegExp(`(?<![\\p{L}\\p{N}])${sourceOf(phrase)}(?![\\p{L}\\p{N}])`, 'giu'),
  }));
  return {
    size: patterns.length,
    find(text, base = 0) {
      const hits: LiteralHit[] = [];
      for (const { phrase, re } of patterns) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          hits.push({ start: base + m.index, end: base + m.index + m[0].length, phrase });
          if (m[0].length === 0) re.lastIndex++;
        }
      }
      return hits.sort((a, b) => a.start - b.start);
    },
  };
}

/** Whether two offset ranges overlap. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
