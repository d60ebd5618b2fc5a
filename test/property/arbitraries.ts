// fast-check generators of hostile and note-like input for the engine's property tests,
// and the run settings (fixed seed in CI, FUZZ_RUNS/FUZZ_SEED for a longer local run).
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXED_SEED = 20261122;

/**
 * Settings for one property: a fixed seed and `ciRuns` runs by default; under
 * `npm run fuzz`, `FUZZ_RUNS` runs from `FUZZ_SEED` (which the fuzz script prints).
 */
export function runs(ciRuns: number): { seed: number; numRuns: number; endOnFailure: boolean } {
  const fuzzRuns = Number(process.env['FUZZ_RUNS']);
  const seed = Number(process.env['FUZZ_SEED']);
  return {
    seed: Number.isInteger(seed) ? seed : FIXED_SEED,
    numRuns: Number.isInteger(fuzzRuns) && fuzzRuns > 0 ? fuzzRuns : ciRuns,
    endOnFailure: false,
  };
}

/** True under `npm run fuzz`, which also tries the slow, very large inputs. */
export const FUZZING = Boolean(process.env['FUZZ_RUNS']);

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** One code point from each Unicode plane (0–16), the private-use and unassigned ones too. */
const anyPlane = fc.integer({ min: 0, max: 16 }).chain((plane) =>
  fc.integer({ min: plane * 0x10000, max: plane * 0x10000 + 0xffff }).filter((cp) => cp < 0xd800 || cp > 0xdfff).map((cp) => String.fromCodePoint(cp)),
);

/** Bytes decoded as UTF-8 the way a reader of a broken file would (invalid runs become U+FFFD). */
const decodedBytes = fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder('utf-8').decode(bytes));

/** Characters that tend to break text handling. */
const trickyChar = fc.constantFrom(
  '\uFEFF', '\r', '\n', '\r\n', '\t', '\0', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029', '\uFFFD', '\uD800', '\uDFFF',
  '\u200B', '\u200D', '\u00A0', '\u202E', '\u202D', '\u2066', '\u0301', '\u0308\u0308\u0308', 'e\u0301', '\u{1F600}',
  '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1F1EB}\u{1F1F7}', '\u{1F44D}\u{1F3FD}', 'שלום', 'مرحبا بك', '日本語',
  '\u{10FFFF}', '\u{E0001}', '’', '‘', '“', '”', '—', '–', '…', '\\', '`', '*', '_', '[', ']', '<', '>', '{', '}', '|', '#', '&',
);

/** Markdown syntax at its edges: front matter variants, tables, HTML, footnotes, entities, escapes. */
export const markdownEdge = fc.constantFrom(
  '---\ntitle: Follow-up\n---\n',
  '---\r\ntitle: x\r\n---\r\n',
  '---\n---\n',
  '---\nunterminated: true\n',
  '+++\ntitle = "x"\n+++\n',
  '\uFEFF---\na: 1\n---\n',
  '| a | b |\n| - | - |\n| sorry | late |\n',
  '| broken | table\n|---\n',
  '<div>\nI am so sorry.\n</div>\n',
  '<!-- a comment -->',
  '<!-- followup-lint disable -->',
  '<!-- followup-lint enable -->',
  '<!-- followup-lint disable over-apologizing -->',
  '<!-- followup-lint ignore whining blaming-others -->',
  '<!-- followup-lint disable no-such-rule -->',
  '<!-- followup-lint bogus-keyword -->',
  '<!-- followup-lint',
  '[^1]: A footnote. I am sorry.\n',
  'Thanks[^note].',
  '&amp; &lt; &gt; &#x1F600; &#0; &#xD800; &nbsp; &bogus;',
  '\\*not emphasis\\* \\[not a link\\] \\<not html\\>',
  '```\nunclosed code fence\n',
  '~~~md\nI am sorry.\n~~~\n',
  '    indented code\n',
  '`inline code with sorry`',
  '<https://example.com/sorry>',
  'https://example.com/a_(b)',
  'name@example.com',
  '[link text](http://x.test "title")',
  '![alt sorry](img.png)',
  '[ref][1]\n\n[1]: http://x.test\n',
  '{{interviewer_name}}',
  '[Interviewer Name]',
  '<Name>',
  '${company}',
  '# Heading\n',
  'Setext heading\n===\n',
  '***\n',
  '- item\n- [ ] task\n- [x] done\n',
  '1. one\n2) two\n',
  '> quoted sorry\n',
  'hard  \nbreak',
  'back\\\nslash break',
  '~~struck~~ **bold** _em_ ***both***',
  '$$\nx^2\n$$\n',
  '\n\n\n',
  '\r\r',
  '\r\n\r\n',
);

/** Sentence fragments of follow-up notes, the kinds each rule looks for and the good kinds. */
export const FRAGMENTS = {
  greeting: ['Hi Mark,', 'Dear Ms. Okafor,', 'Hello Priya —', 'Hi {{name}},', 'Dear [Interviewer Name],', 'Good morning team,'],
  thanks: [
    'Thank you for your time yesterday.',
    'Thanks so much for meeting with me on Tuesday.',
    'I appreciated the chance to talk about the role.',
  ],
  strength: [
    'My five years running ICU night shifts taught me to stay calm under pressure.',
    'I led the migration of our billing service to Postgres with no downtime.',
    'I would bring the same care for customers that grew my territory by 30%.',
  ],
  apology: [
    "I'm so sorry I was late.",
    'Sorry for rambling during the second question.',
    'I apologize again for the confusion, and I am sorry for taking so much of your time.',
    'Sorry, sorry, sorry.',
  ],
  blame: [
    'I was late because the recruiter sent me the wrong address.',
    'The questions were confusing, which is why my answers came out badly.',
    'Your interviewer kept interrupting me.',
  ],
  whining: ["It wasn't fair that I got three whiteboard questions in a row.", 'The whole process has been exhausting.'],
  badmouthing: ['My current manager is a complete idiot.', 'My co-workers are lazy and my company is a joke.'],
  begging: ['Please, please give me another chance.', "I'm begging you to reconsider."],
  desperation: ['I really need this job.', 'I will do anything to prove myself.'],
  hounding: ["I haven't heard back since my last three emails.", 'Just checking in again to see if there is any update.'],
  selfDeprecation: ["I know I'm probably not the smartest candidate you saw.", 'I was terrible at the coding part.'],
  slip: ['I noticed I said "um" a lot.', 'I think I had coffee on my shirt the whole time, sorry about that.'],
  negativeEnding: ["I know it probably doesn't matter now and I'm sure I've ruined it."],
  close: ['I look forward to hearing from you.', 'I am available any time next week.'],
  signoff: ['Best regards,\nJordan', 'Sincerely,\n[Your Name]', 'Thanks again,\nSam Lee\n555-0100', 'Cheers,\n<Name>', 'Jordan'],
} as const satisfies Record<string, readonly string[]>;

const bodyFragment = fc.constantFrom(
  ...Object.entries(FRAGMENTS)
    .filter(([kind]) => kind !== 'greeting' && kind !== 'signoff')
    .flatMap(([, list]) => list),
);

const lineBreak = fc.constantFrom('\n', '\r\n', '\r');

/** A paragraph of a few fragments, sometimes a list item, heading or quote. */
const paragraph = fc
  .tuple(fc.array(bodyFragment, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '', '', '- ', '1. ', '## ', '> ', '* '), fc.constantFrom(' ', ' ', '  ', '\n'))
  .map(([sentences, prefix, glue]) => prefix + sentences.join(glue));

/** A whole note: greeting, body paragraphs, sign-off, with one line-break style or a mix. */
export const noteLike = fc
  .tuple(
    fc.option(fc.constantFrom(...FRAGMENTS.greeting), { nil: undefined }),
    fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    fc.option(fc.constantFrom(...FRAGMENTS.signoff), { nil: undefined }),
    lineBreak,
    fc.boolean(),
  )
  .map(([greeting, body, signoff, br, mixed]) => {
    const parts = [greeting, ...body, signoff].filter((p): p is string => p !== undefined);
    const text = parts.join('\n\n');
    return mixed ? text : text.replace(/\r\n|\r|\n/g, br);
  });

/** Realistic notes from the bundled examples and the labelled corpus. */
export const SEED_NOTES: readonly string[] = (() => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const read = (dir: string, take: number): string[] =>
    readdirSync(root + dir)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .sort()
      .slice(0, take)
      .map((f) => readFileSync(`${root}${dir}/${f}`, 'utf8'));
  return [...read('examples', 10), ...read('test/corpus/dev', 40)];
})();

/** Any string of UTF-16 code units: binary junk, lone surrogates, control characters. */
export const junk = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: anyPlane, maxLength: 100 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  decodedBytes,
  fc.string({ unit: trickyChar, maxLength: 60 }),
);

/** Something to splice into a note. */
const insertion = fc.oneof(
  { weight: 3, arbitrary: bodyFragment.map((f) => ` ${f} `) },
  { weight: 2, arbitrary: markdownEdge },
  { weight: 2, arbitrary: trickyChar },
  { weight: 1, arbitrary: junk },
  { weight: 1, arbitrary: lineBreak },
);

/** One edit to a note: an insertion, a deletion, or a line-break style change. */
type Mutation = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'breaks'; br: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertion }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('breaks' as const), br: lineBreak }) },
);

function mutate(text: string, m: Mutation): string {
  if (m.kind === 'breaks') return text.replace(/\r\n|\r|\n/g, m.br);
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  return m.kind === 'insert' ? text.slice(0, at) + m.text + text.slice(at) : text.slice(0, at) + text.slice(at + m.length);
}

/** A realistic or generated note, mutated a few times (mutations may split any character). */
export const mutatedNote = fc
  .tuple(fc.oneof(fc.constantFrom(...SEED_NOTES), noteLike), fc.array(mutation, { maxLength: 4 }))
  .map(([text, ms]) => ms.reduce(mutate, text));

/** Markdown built from edge syntax, fragments and odd characters. */
export const markdownSoup = fc
  .array(fc.oneof({ weight: 3, arbitrary: markdownEdge }, { weight: 3, arbitrary: bodyFragment }, { weight: 2, arbitrary: trickyChar }, { weight: 1, arbitrary: lineBreak }), { maxLength: 25 })
  .map((parts) => parts.join(''));

/** Every family of input the engine must survive. */
export const anyInput = fc.oneof(
  { weight: 3, arbitrary: mutatedNote },
  { weight: 2, arbitrary: noteLike },
  { weight: 2, arbitrary: markdownSoup },
  { weight: 2, arbitrary: junk },
  { weight: 1, arbitrary: fc.constantFrom(...SEED_NOTES) },
);

/** Input whose notes are well-formed UTF-16 (no lone surrogates), for the fixer's text checks. */
export const noteInput = fc.oneof(
  { weight: 3, arbitrary: noteLike },
  { weight: 2, arbitrary: fc.constantFrom(...SEED_NOTES) },
  { weight: 3, arbitrary: mutatedNote },
  { weight: 1, arbitrary: markdownSoup },
);
