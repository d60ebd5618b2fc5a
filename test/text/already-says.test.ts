// The word-by-word search for a sentence the note already says must answer exactly as a search
// of the whole flattened note does, wherever sentences, gaps and odd characters fall.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorTest, flatten, isSpace, NeedleSearch, needleOf } from '../../rules/text/already-says.js';
import { readNote } from '../../rules/text/note.js';

/** What the search answers for `source` split into sentences at `ranges`, marking candidates as a rule does. */
function search(source: string, text: string, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  const { needle, flat } = needleOf(text);
  if (!needle) return flatten(source).includes(flat);
  const walk = new NeedleSearch(source, needle);
  const mayHold = anchorTest(needle);
  for (const [start, end] of ranges) {
    walk.visit(start, end);
    if (mayHold(source.slice(start, end))) walk.candidate(start, end);
  }
  return walk.found();
}

const reference = (source: string, text: string): boolean => flatten(source).includes(flatten(text).replace(/[.!]$/, ''));

describe('isSpace', () => {
  it('is true exactly for the code units a RegExp \\s matches', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('needleOf', () => {
  it('anchors on the longest middle word of an ASCII text of three words or more', () => {
    const { needle } = needleOf("I'm very interested in this role.");
    expect(needle?.words).toEqual(["i'm", 'very', 'interested', 'in', 'this', 'role']);
    expect(needle?.anchor).toBe(2);
  });
  it('leaves other texts to the flattened note', () => {
    expect(needleOf('Thank you').needle).toBeUndefined();
    expect(needleOf('Merci beaucoup, très bien').needle).toBeUndefined();
    expect(needleOf(' I look forward ').needle).toBeUndefined();
  });
});

describe('NeedleSearch', () => {
  const text = "I'm very interested in this role.";
  const cases: Array<[string, boolean]> = [
    ["Hi,\n\nI'm very interested in this role.\n", true],
    ['I\u2019M   VERY\ninterested in THIS role!', true],
    ["xI'm very interested in this roles", true],
    ["I'm very interested in this rol", false],
    ["I'm very interested\u00a0in this role", true],
    ["I'm very interested in\u200bthis role", false],
    ['Im very interested in this role', false],
    // The Kelvin sign lowercases to k; İ to i and a combining dot.
    ["I'm very interested in this \u212Aole", false],
    ["\u0130'm very interested in this role", false],
  ];
  it.each(cases)('%j', (source, expected) => {
    expect(reference(source, text)).toBe(expected);
    // One sentence, no sentences, and a split right inside a word.
    expect(search(source, text, [[0, source.length]])).toBe(expected);
    expect(search(source, text, [])).toBe(expected);
    const mid = source.indexOf('interested') + 3;
    expect(search(source, text, [[0, mid], [mid, source.length]])).toBe(expected);
  });

  // Letters that lowercase to ASCII from elsewhere (the Kelvin sign) and curly apostrophes.
  const others: Array<[string, string, boolean]> = [
    ['We \u212Aept it kind.', 'We kept it kind.', true],
    ['we KEPT it KINDLY', 'We kept it kind.', true],
    ['we \u017fo it kind', 'We so it kind.', false],
    ['I WASN\u2019T kind', "I wasn't kind.", true],
    ['I wasn\u2018t kind', "I wasn't kind.", true],
  ];
  it.each(others)('%j has %j: %j', (source, wanted, expected) => {
    expect(reference(source, wanted)).toBe(expected);
    expect(search(source, wanted, [[0, source.length]])).toBe(expected);
  });

  it('finds the anchor in a gap, whichever side of it the sentences lie', () => {
    const source = "I'm very interested in this role";
    const at = source.indexOf('interested');
    const end = at + 'interested'.length;
    // The anchor ends the gap, starts it, or is the whole of it.
    expect(search(source, text, [[0, 3], [end, source.length]])).toBe(true);
    expect(search(source, text, [[0, at - 1], [end + 3, source.length]])).toBe(true);
    expect(search(source, text, [[0, at], [end, source.length]])).toBe(true);
  });

  it('answers as the flattened note does for any text and any sentence ranges', () => {
    const pieces = [
      "i'm", 'I\u2019M', 'very', 'VERY', 'interested', 'Interested', 'in', 'this', 'role', 'rolex', 'x', '.', '!', ' ', '  ', '\n', '\t', '\u00a0', '\ufeff', '\u2028',
      'Σ', '\u0130', '\u212A', '**', '#', 'we', 'kept', '\u212Aept', 'KEPT', '\u017fo', 'it', 'kind', "wasn't", 'wasn\u2018t', 'WASN\u2019T',
    ];
    const texts = ["I'm very interested in this role.", "i'm very interested in this", 'very interested in', "I'm very!", 'We kept it kind.', "I wasn't kind."];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 12 }), fc.constantFrom(...texts), (parts, cuts, wanted) => {
        const source = parts.join('');
        // Ordered, non-overlapping sentence ranges from the cut points, every other span a gap.
        const points = [...new Set(cuts.map((c) => c % (source.length + 1)))].sort((a, b) => a - b);
        const ranges: Array<[number, number]> = [];
        for (let i = 0; i + 1 < points.length; i += 2) ranges.push([points[i]!, points[i + 1]!]);
        expect(search(source, wanted, ranges)).toBe(reference(source, wanted));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers as the flattened note does for real notes read into sentences', () => {
    const bodies = [
      "Thank you for Tuesday. I'm very interested in this role, and I really need this job.",
      "I really need this job.\n\n- I'm very\n- interested in this role\n\n```\nI'm very interested in this role\n```",
      "I'm **very** interested in this role. I need this job.",
      "I'm very interested in this role.",
    ];
    for (const body of bodies) {
      const source = `Hi Sam,\n\n${body}\n\nBest,\nAlex\n`;
      const note = readNote(source);
      const ranges = note.sentences.map((s) => [s.start, s.end] as const);
      expect(search(source, "I'm very interested in this role.", ranges)).toBe(reference(source, "I'm very interested in this role."));
    }
  });
});
