// The word-by-word search for a sentence the note already says must answer exactly as a search
// of the whole flattened note does, wherever spaces, markup and odd characters fall.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flatten, isSpace, needleOf, saysNeedle } from '../../rules/text/already-says.js';

/** Each text's needle, made once as a rule makes its own (a long note's answer is kept by needle). */
const needles = new Map<string, ReturnType<typeof needleOf>>();

/** What the search answers for `source`. */
function search(source: string, text: string): boolean {
  let made = needles.get(text);
  if (!made) needles.set(text, (made = needleOf(text)));
  const { needle, flat } = made;
  if (!needle) return flatten(source).includes(flat);
  return saysNeedle(source, needle);
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

describe('saysNeedle', () => {
  const text = "I'm very interested in this role.";
  const cases: Array<[string, boolean]> = [
    ["Hi,\n\nI'm very interested in this role.\n", true],
    ['I\u2019M   VERY\ninterested in THIS role!', true],
    ["xI'm very interested in this roles", true],
    ["I'm very interested in this rol", false],
    ["I'm very interested\u00a0in this role", true],
    ["I'm very interested in\u200bthis role", false],
    ['Im very interested in this role', false],
    // The anchor inside a longer run is no anchor, whatever stands before it in that run.
    ["I'm veryinterested in this role", false],
    ["I'm very uninterested in this role", false],
    // The Kelvin sign lowercases to k; İ to i and a combining dot.
    ["I'm very interested in this \u212Aole", false],
    ["\u0130'm very interested in this role", false],
  ];
  it.each(cases)('%j', (source, expected) => {
    expect(reference(source, text)).toBe(expected);
    expect(search(source, text)).toBe(expected);
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
    expect(search(source, wanted)).toBe(expected);
  });

  it('finds the anchor at either end of the note and among several near misses', () => {
    expect(search('interested in this role', 'very interested in this role')).toBe(false);
    expect(search("I'm very interested", "I'm very interested in")).toBe(false);
    expect(search('INTERESTED interested, very interested in this role', 'very interested in this role')).toBe(true);
    expect(search('very uninterested in this role; very interested in this role', 'very interested in this role')).toBe(true);
    expect(search('very interestedinterested in this role', 'very interested in this role')).toBe(false);
  });

  it('answers as the flattened note does for any text', () => {
    const pieces = [
      "i'm", 'I\u2019M', 'very', 'VERY', 'interested', 'Interested', 'in', 'this', 'role', 'rolex', 'x', '.', '!', ' ', '  ', '\n', '\t', '\u00a0', '\ufeff', '\u2028',
      'Σ', '\u0130', '\u212A', '**', '#', 'we', 'kept', '\u212Aept', 'KEPT', '\u017fo', 'it', 'kind', "wasn't", 'wasn\u2018t', 'WASN\u2019T',
    ];
    const texts = ["I'm very interested in this role.", "i'm very interested in this", 'very interested in', "I'm very!", 'We kept it kind.', "I wasn't kind."];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.constantFrom(...texts), (parts, wanted) => {
        const source = parts.join('');
        expect(search(source, wanted)).toBe(reference(source, wanted));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers as the flattened note does for real notes', () => {
    const bodies = [
      "Thank you for Tuesday. I'm very interested in this role, and I really need this job.",
      "I really need this job.\n\n- I'm very\n- interested in this role\n\n```\nI'm very interested in this role\n```",
      "I'm **very** interested in this role. I need this job.",
      "I'm very interested in this role.",
    ];
    for (const body of bodies) {
      const source = `Hi Sam,\n\n${body}\n\nBest,\nAlex\n`;
      expect(search(source, "I'm very interested in this role.")).toBe(reference(source, "I'm very interested in this role."));
    }
  });

  // A long note keeps its answer, and an edited version is searched only around the edit.
  describe('in a long note asked about again after edits', () => {
    // Whole needles, their halves and their words, so edits make, move and break them.
    const fragments = ["I'm very interested in this role.", "I\u2019M very", 'interested in this role', 'very interested in', 'very  interested\nin', 'We kept it kind.', 'we kept', 'it kind', 'x', 'interested', 'in', '**', ' ', '\n'];
    const texts = ["I'm very interested in this role.", 'very interested in', 'We kept it kind.'];
    // Two of them make a note over the length from which answers are kept; they hold none of the needles.
    const filler = 'Lorem ipsum dolor sit amet, consectetur.\n\n'.repeat(800);
    const part = fc.array(fc.constantFrom(...fragments), { maxLength: 8 }).map((p) => p.join(' '));

    it('answers as the flattened note does after every edit, wherever it falls', () => {
      const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 12 }), text: fc.oneof(fc.constantFrom('', ' ', 'x', '\n'), part) });
      fc.assert(
        fc.property(part, part, fc.array(edit, { minLength: 1, maxLength: 6 }), fc.constantFrom(...texts), (head, middle, edits, wanted) => {
          let source = `${filler}${head}${filler.slice(0, 500)}${middle}${filler}`;
          expect(search(source, wanted)).toBe(reference(source, wanted));
          for (const { at, cut, text } of edits) {
            // Edits land near the parts that may hold the needle, and in the filler about them.
            const start = filler.length - 200 + (at % (head.length + middle.length + 900));
            source = source.slice(0, start) + text + source.slice(Math.min(source.length, start + cut));
            expect(search(source, wanted)).toBe(reference(source, wanted));
          }
        }),
        { seed: 20261207, numRuns: 200 },
      );
    });

    it('answers as the flattened note does when an edit at any place of a needle breaks or mends it', () => {
      for (const wanted of texts) {
        const whole = wanted.replace(/[.!]$/, '');
        for (let i = 0; i <= whole.length; i++) {
          for (const [broken, mended] of [
            [`${whole.slice(0, i)}x${whole.slice(i)}`, whole],
            [whole.slice(0, i) + whole.slice(i + 1), whole],
            [`${whole.slice(0, i)} ${whole.slice(i)}`, whole],
          ] as const) {
            const steps = [`${filler}${mended} done.${filler}`, `${filler}${broken} done.${filler}`, `${filler}${mended} done.${filler}`];
            for (const source of steps) expect(search(source, wanted), `${JSON.stringify(source.slice(filler.length, -filler.length))} has ${wanted}`).toBe(reference(source, wanted));
          }
        }
      }
    });

    it('answers for each of two notes asked about in turn', () => {
      const a = `${filler}I'm very interested in this role.${filler}`;
      const b = `${filler}I'm very keen on this role.${filler}`;
      const wanted = "I'm very interested in this role.";
      for (let i = 0; i < 3; i++) {
        expect(search(a, wanted)).toBe(true);
        expect(search(b, wanted)).toBe(false);
      }
    });

    it('finds the needle again once an edit moves or breaks it, and when an edit makes it', () => {
      const wanted = "I'm very interested in this role.";
      let source = `${filler}I'm very interested in this role.${filler}`;
      expect(search(source, wanted)).toBe(true);
      // An edit before it moves it; one after leaves it.
      source = `x${source}`;
      expect(search(source, wanted)).toBe(true);
      source = `${source}y`;
      expect(search(source, wanted)).toBe(true);
      // An edit inside breaks it, and one far from it leaves it broken.
      source = source.replace('interested in', 'interested  on');
      expect(search(source, wanted)).toBe(false);
      source = `z${source}`;
      expect(search(source, wanted)).toBe(false);
      // An edit inside makes it again, across a line break.
      source = source.replace('interested  on', 'interested\nin');
      expect(search(source, wanted)).toBe(true);
    });
  });
});
