// Odd inputs for the engine, one generator per category (fixed seed), and the checks each
// lint and fix of them must pass: no throw, ranges inside the text, edits that do not
// overlap, and fixing that converges (no safe fix left afterwards).
import fc from 'fast-check';
import { fixSync, lintSync, type LintMessage } from '../../rules/index.js';

const SEED = 20261122;

const SENTENCES = [
  'Thank you for meeting with me on Tuesday.',
  "I'm so sorry I was late, the recruiter sent me the wrong address.",
  'I really need this job.',
  'I led the migration of our billing service with no downtime.',
  'My old boss was a complete idiot.',
  'I look forward to hearing from you.',
];

const sentence = fc.constantFrom(...SENTENCES);
const prose = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((s) => s.join(' '));
/** A plausible note to splice odd things into. */
const note = fc
  .tuple(fc.array(prose, { minLength: 1, maxLength: 4 }), fc.constantFrom('Dear Sam,', 'Hi {{name}},', ''), fc.constantFrom('Best,\nAna', ''))
  .map(([paragraphs, greeting, signoff]) => [greeting, ...paragraphs, signoff].filter(Boolean).join('\n\n'));

/** Insert `piece` at a position chosen by `at` (any index, even inside a surrogate pair). */
function splice(text: string, piece: string, at: number): string {
  const i = text.length === 0 ? 0 : at % (text.length + 1);
  return text.slice(0, i) + piece + text.slice(i);
}

const spliced = (piece: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(note, fc.array(fc.tuple(piece, fc.nat()), { minLength: 1, maxLength: 6 })).map(([text, pieces]) => pieces.reduce((t, [p, at]) => splice(t, p, at), text));

const codePoint = (min: number, max: number): fc.Arbitrary<string> =>
  fc.integer({ min, max }).filter((cp) => cp < 0xd800 || cp > 0xdfff).map((cp) => String.fromCodePoint(cp));

/** Each category of odd input, as a generator of whole documents. */
export const CATEGORIES: Record<string, fc.Arbitrary<string>> = {
  'binary junk': fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 2000 }),
  'invalid UTF-8 decoded': fc.uint8Array({ maxLength: 4000 }).map((bytes) => new TextDecoder('utf-8').decode(bytes)),
  'long line': fc.tuple(prose, fc.integer({ min: 2_000, max: 20_000 })).map(([p, n]) => `${p} `.repeat(Math.ceil(n / (p.length + 1)))),
  'deep nesting': fc
    .tuple(fc.constantFrom('> ', '- ', '1. ', '  - ', '*', '_', '[', '<div>', '`'), fc.integer({ min: 50, max: 3_000 }), prose)
    .map(([open, depth, p]) => (open === '  - ' ? Array.from({ length: Math.min(depth, 400) }, (_, i) => `${'  '.repeat(i)}- ${p}`).join('\n') : `${open.repeat(depth)}${p}`)),
  // Hundreds to thousands of list items with no blank line between them.
  'long list': fc
    .tuple(sentence, fc.integer({ min: 500, max: 3_000 }), fc.constantFrom('- ', '* ', '1. ', '- - ', '> - '), fc.boolean())
    .map(([p, items, marker, nested]) => Array.from({ length: items }, (_, i) => `${nested && i % 2 ? '  ' : ''}${marker}${p}`).join('\n')),
  'Unicode planes': spliced(fc.string({ unit: fc.integer({ min: 0, max: 16 }).chain((plane) => codePoint(plane * 0x10000, plane * 0x10000 + 0xffff)), maxLength: 40 })),
  RTL: spliced(fc.constantFrom('\u202E', '\u202B', '\u2067', '\u200F', 'שלום, תודה על הזמן.', 'شكراً لوقتك. ', 'I am \u202Eyrros\u202C so sorry')),
  'emoji and combining marks': spliced(fc.constantFrom('\u{1F600}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1F1EB}\u{1F1F7}', '\u{1F44D}\u{1F3FD}', 'e\u0301', 'Z\u0351\u0352\u0357\u035b\u0363\u0364', '\u0308'.repeat(50), '\uFE0F', '\u200D')),
  'CRLF and lone CR': fc.tuple(note, fc.constantFrom('\r\n', '\r', '\n\r', '\r\r\n')).map(([text, br]) => text.replace(/\n/g, br)),
  BOM: fc.tuple(note, fc.nat()).map(([text, at]) => (at % 3 === 0 ? splice(text, '\uFEFF', at) : `\uFEFF${text}`)),
  empty: fc.constantFrom('', ' ', '\n', '\r\n', '\uFEFF', '\t\t', '\n\n\n\n', '---\n---\n', '<!-- -->', '>'),
};

/** Problems with one input: an exception, a range outside the text, overlapping edits, fixing that does not settle. */
export function checkInput(text: string): string[] {
  const problems: string[] = [];
  // The engine turns a throwing rule into a message; for this check it is a crash all the same.
  const onRuleError = (ruleId: string, error: unknown): void => void problems.push(`rule ${ruleId} threw: ${error instanceof Error ? error.message : String(error)}`);
  let messages: LintMessage[];
  try {
    messages = lintSync(text, { onRuleError }).messages;
  } catch (error) {
    return [`lint threw: ${error instanceof Error ? error.message : String(error)}`];
  }
  for (const m of messages) {
    if (!(m.startOffset >= 0 && m.startOffset <= m.endOffset && m.endOffset <= text.length)) problems.push(`${m.ruleId}: range ${m.startOffset}-${m.endOffset} outside 0-${text.length}`);
    for (const fix of m.fixes) {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      edits.forEach((e, i) => {
        if (e.start < 0 || e.end > text.length || e.start > e.end) problems.push(`${m.ruleId}: edit ${e.start}-${e.end} outside the text`);
        const next = edits[i + 1];
        if (next && next.start < e.end) problems.push(`${m.ruleId}: fix "${fix.label}" has overlapping edits`);
      });
    }
  }
  try {
    const fixed = fixSync(text, { onRuleError });
    const left = fixed.result.messages.filter((m) => m.fixes.some((f) => f.safe));
    if (left.length) problems.push(`after --fix, ${left.length} safe fix(es) left (${left.map((m) => m.ruleId).join(', ')})`);
  } catch (error) {
    problems.push(`fix threw: ${error instanceof Error ? error.message : String(error)}`);
  }
  return problems;
}

/** What one category's run found. */
export interface CategoryResult {
  category: string;
  inputs: number;
  crashes: number;
  /** Inputs with any other problem (range, overlap, unsettled fix). */
  failing: number;
  /** A few of the problems, for the report. */
  examples: string[];
  ms: number;
}

/** Run `runs` generated inputs of every category through lint and fix. */
export function runCategories(runs: number): CategoryResult[] {
  return Object.entries(CATEGORIES).map(([category, arbitrary]) => {
    const started = performance.now();
    const inputs = fc.sample(arbitrary, { seed: SEED, numRuns: runs });
    let crashes = 0;
    let failing = 0;
    const examples: string[] = [];
    for (const input of inputs) {
      const problems = checkInput(input);
      if (problems.some((p) => / threw: /.test(p))) crashes++;
      else if (problems.length) failing++;
      if (problems.length && examples.length < 3) examples.push(`${problems[0]} (input ${JSON.stringify(input.slice(0, 60))}…)`);
    }
    return { category, inputs: inputs.length, crashes, failing, examples, ms: performance.now() - started };
  });
}
