// Draft markers that mean “fill this in”, beyond the bracketed slots the note reader finds. Data only.

/** A marker of unfinished text in prose. */
export interface DraftMarker {
  /** What to call it in a message. */
  name: string;
  /** Matches the marker in a sentence's text (global, so every occurrence is found). */
  regex: RegExp;
  /** Whether a sentence that starts with this marker is a note to self the writer may drop. */
  noteToSelf: boolean;
  /** Whether a match could be a Markdown shortcut link (`[text]` with a `[text]: url` definition). */
  bracketed?: true;
}

/** Markers of unfinished drafts. Case matters: “todo” in prose is a word, “TODO” is a marker. */
export const DRAFT_MARKERS: readonly DraftMarker[] = [
  { name: 'TODO', regex: /(?<![\p{L}\p{N}_-])(?:TODO|FIXME|TKTK)(?![\p{L}\p{N}_-])/gu, noteToSelf: true },
  { name: 'TBD', regex: /(?<![\p{L}\p{N}_-])(?:TBD|TBA)(?![\p{L}\p{N}_-])/gu, noteToSelf: false },
  // “XX years”, “$XX,XXX”, “XX/XX/XXXX”: runs of X standing for digits or a name.
  { name: 'XX', regex: /(?<![\p{L}_-])(?:X{2,}|x{2,})(?![\p{L}_-])/gu, noteToSelf: false },
  // A blank to write on (“I have ___ years”), never the underscores of ___bold italic___.
  { name: 'blank', regex: /(?<![\p{L}\p{N}])_{3,}(?![\p{L}\p{N}])/gu, noteToSelf: false },
  { name: 'lorem ipsum', regex: /\blorem ipsum\b/gi, noteToSelf: false },
  // Instructions left in the text: “INSERT COMPANY NAME”, “(insert date)”, “(your name)”.
  { name: 'INSERT', regex: /(?<![\p{L}])INSERT(?!\s+INTO\b)(?:\s+[A-Z'’]{2,}){1,4}(?![\p{L}])/gu, noteToSelf: false },
  {
    name: 'instruction',
    regex: /\((?:insert|add|enter|fill in|put)\s[^()\n]{1,40}\)|\(your (?:full )?(?:name|title|phone(?: number)?|email|signature)\)/gi,
    noteToSelf: false,
  },
  // Lowercase bracketed slots the note reader leaves as prose (“[link to portfolio]”), never a
  // Markdown link or image (followed by “(” or “[”, or after “!”).
  {
    name: 'slot',
    regex: /(?<!!)\[[^[\]\n]{0,40}\b(?:link|url|insert|add|enter|fill|example|number|here|details?|tbd|todo)\b[^[\]\n]{0,40}\](?![([])/gi,
    noteToSelf: false,
    bracketed: true,
  },
];

/**
 * Something every draft marker's text holds (“lorem” in any ASCII case, as `/i` takes it), for
 * speed only: a sentence without any of these cannot hold a marker, and this one case-sensitive
 * test is cheaper than the markers' own. Keep it in step with {@link DRAFT_MARKERS}
 * (test/rules/draft-marker-gate.test.ts checks it).
 */
export const MAY_HOLD_MARKER = /[([]|T(?:ODO|KTK|B[AD])|FIXME|XX|xx|___|INSERT|[lL][oO][rR][eE][mM]/;
