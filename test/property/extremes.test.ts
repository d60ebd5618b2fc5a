// Fixed extreme inputs the generators rarely reach: deep nesting, every plane, RTL, odd line
// ends, huge lines; each must lint without throwing and fix to a note with no safe fix left.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixSync, lintSync } from '../../rules/index.js';
import { FUZZING } from './arbitraries.js';
import { isWellFormed, resultProblems } from './invariants.js';

const SORRY = 'I am so sorry I was late, the traffic was terrible.';
const THANKS = 'I am so sorry for the long wait, and thank you for your patience.';

/** Nested `depth` levels on one line, so the depth costs no indentation. */
const nestedOnOneLine = (open: string, depth: number, inner = SORRY, close = ''): string => open.repeat(depth) + inner + close.repeat(depth);

/** A list nested `depth` deep the way people write it, one indented item per line. */
const indentedList = (depth: number): string => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- ${SORRY}`).join('\n');

/** One code point from every plane, with a sentence between planes. */
const everyPlane = Array.from({ length: 17 }, (_, plane) => String.fromCodePoint(plane * 0x10000 + (plane === 0 ? 0x4e2d : 0x100))).join(` ${SORRY} `);

const CASES: Record<string, string> = {
  'empty input': '',
  'only a BOM': '\uFEFF',
  'BOM before a note': `\uFEFFHi Sam,\n\n${SORRY}\n\nBest,\nJo`,
  'only line breaks': '\r\n\n\r'.repeat(50),
  'CRLF note': `Hi Sam,\r\n\r\n${SORRY} Thank you for your time.\r\n\r\nBest regards,\r\nJo\r\n`,
  'lone CR note': `Hi Sam,\r\r${SORRY}\r\rBest regards,\rJo`,
  'mixed line ends in one paragraph': `${SORRY}\r\n${SORRY}\r${SORRY}\n${SORRY}`,
  'Unicode line and paragraph separators': `${SORRY}\u2028${SORRY}\u2029${SORRY}\u0085${SORRY}`,
  '1000 nested blockquotes': nestedOnOneLine('> ', 1000),
  '1000 nested list markers on one line': nestedOnOneLine('- ', 1000),
  '1000 nested ordered lists on one line': nestedOnOneLine('1. ', 1000),
  '1000 alternating quotes and lists': nestedOnOneLine('> - ', 500),
  '100-deep indented list': indentedList(100),
  '1000-deep indented list (1 MB of indentation)': indentedList(1000),
  '1000 nested emphasis markers': nestedOnOneLine('*', 1000, SORRY, '*'),
  '1000 nested brackets': nestedOnOneLine('[', 1000, SORRY, ']'),
  '1000 nested links': nestedOnOneLine('[a](', 1000, SORRY, ')'),
  '1000 nested HTML elements': nestedOnOneLine('<span>', 1000, SORRY, '</span>'),
  '5000 backticks': '`'.repeat(5000),
  'every Unicode plane': everyPlane,
  'right-to-left text': `שלום רב,\n\nתודה על הזמן. ${SORRY} شكراً جزيلاً على وقتك.\n\nבברכה,\nנועה`,
  'bidirectional overrides': `\u202E${SORRY}\u202C \u2067${SORRY}\u2069`,
  'emoji, ZWJ sequences and flags': `Thanks 🙏🏽! ${SORRY} 👨‍👩‍👧 🇫🇷 😀😀😀`,
  'combining marks piled on letters': `Sorry${'\u0301'.repeat(200)} ${SORRY} e${'\u0308'.repeat(50)}`,
  'lone surrogates': `\uD800${SORRY}\uDC00 \uDBFF\uD800 ${SORRY}\uDFFF`,
  'replacement characters from bad UTF-8': new TextDecoder().decode(new Uint8Array([0xff, 0xfe, 0x49, 0x20, 0xc3, 0x28, 0xe2, 0x82, 0x20, 0xf0, 0x9f, 0x98])) + SORRY,
  'NUL and control characters': `\0${SORRY}\u0001\u0007\u001B[31m${SORRY}\u007F`,
  'front matter only': '---\ntitle: x\n---\n',
  'TOML front matter then a note': `+++\ntitle = "x"\n+++\n\nHi Sam,\n\n${SORRY}`,
  'unterminated front matter': `---\ntitle: x\n\n${SORRY}`,
  'entities and escapes': `&amp; ${SORRY} \\*not\\* &#x1F600; &#xD800; &nbsp;&bogus; \\\\`,
  'table of apologies': `| a | b |\n|---|---|\n| ${SORRY} | ${SORRY} |\n\n${SORRY}`,
  'footnotes': `${SORRY}[^1]\n\n[^1]: ${SORRY}`,
  'placeholders everywhere': `Dear [Interviewer Name],\n\n{{opening}} ${SORRY} <Company> \${role}\n\nBest,\n[Your Name]`,
  'comment markers around an apology': `<!-- followup-lint disable over-apologizing -->\n\n${SORRY}\n\n<!-- followup-lint enable over-apologizing -->\n\n${SORRY}\n\n<!-- followup-lint frobnicate -->`,
  'a 100 kB single line of apologies': `${THANKS} `.repeat(1600),
};

function check(source: string, fix: boolean): void {
  const result = lintSync(source);
  expect(resultProblems(source, result)).toEqual([]);
  if (!fix) return;
  const fixed = fixSync(source);
  expect(resultProblems(fixed.output, fixed.result)).toEqual([]);
  expect(fixed.result.messages.filter((m) => m.fixes.some((f) => f.safe)).map((m) => m.ruleId)).toEqual([]);
  if (isWellFormed(source)) expect(isWellFormed(fixed.output)).toBe(true);
}

describe('extreme inputs', () => {
  for (const [name, source] of Object.entries(CASES)) {
    // Nesting past the limit is not parsed (rules/text/nesting.ts), so the deep cases are cheap.
    const fix = FUZZING || source.length < 20_000;
    it(`${fix ? 'lints and fixes' : 'lints'}: ${name}`, () => check(source, fix));
  }

  // Slow enough to keep out of CI: run by `npm run fuzz`.
  it.runIf(FUZZING)('lints a 10 MB single line (in a child process, so the test worker stays responsive)', async () => {
    const script = fileURLToPath(new URL('./huge-line.check.ts', import.meta.url));
    const viteNode = fileURLToPath(new URL('../../node_modules/vite-node/vite-node.mjs', import.meta.url));
    const child = spawn(process.execPath, ['--max-old-space-size=6144', viteNode, script, THANKS, '10000000'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    console.log(out.trim());
    expect(code).toBe(0);
  }, 0);
});
