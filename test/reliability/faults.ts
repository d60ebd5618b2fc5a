// The CLI fault scenarios, shared by the fault tests and `npm run reliability`: each sets up
// one fault in a scratch folder, runs the real binary and says what must hold afterwards.
import { appendFileSync, chmodSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import {
  bytesLost,
  cleanup,
  crashSigns,
  isFolder,
  mountTmpfs,
  openFolder,
  runBinary,
  scratchDir,
  strayStderrLines,
  tmpfsUnavailable,
  unprivilegedUnavailable,
  type BinaryRun,
} from './cli-harness.js';

/** A note with findings that `--fix` fixes (checked by `fixedVersion`, so a scenario cannot pass vacuously). */
export const FIXABLE_NOTE = [
  'Dear Sam,',
  '',
  "Thank you for meeting with me on Tuesday. I'm so sorry I was late. I was late because the recruiter sent me the wrong address. I really need this job.",
  '',
  'I led the migration of our billing service to Postgres with no downtime, and I would bring the same care to your team.',
  '',
  'Best,',
  'Ana',
  '',
].join('\n');

/** A clean short note. */
export const CLEAN_NOTE = 'Dear Sam,\n\nThank you for your time on Tuesday. I enjoyed hearing about the team.\n\nBest,\nAna\n';

/** The categories of fault the CLI is tried with. */
export type FaultCategory =
  | 'unreadable file'
  | 'folder named as a file'
  | 'symlink loop'
  | 'binary file'
  | 'huge file'
  | 'read-only file (--fix)'
  | 'full disk (--fix)'
  | 'changed underneath (--fix)'
  | 'concurrent --fix'
  | 'user error';

/** What a scenario's runs must satisfy; `judge` turns it into a list of problems. */
export interface Outcome {
  runs: BinaryRun[];
  /** Exit codes each run may end with. */
  codes: readonly number[];
  /** Exit codes per run, when runs differ (overrides `codes`). */
  codesPerRun?: ReadonlyArray<readonly number[]>;
  /** Patterns standard error must contain (each run that is checked: the first). */
  stderr: readonly RegExp[];
  /** Patterns standard output must contain (the first run). */
  stdout?: readonly RegExp[];
  /** Files that must hold exactly these bytes afterwards. */
  intact: ReadonlyArray<{ file: string; bytes: Buffer }>;
  /** Files that must end either as `original` or as `fixed`, never anything else. */
  eitherOr?: ReadonlyArray<{ file: string; original: Buffer; fixed: Buffer }>;
  /** Folders that must hold no stray temporary files afterwards (only these names). */
  onlyFiles?: ReadonlyArray<{ dir: string; names: readonly string[] }>;
}

/** The verdict on one scenario. */
export interface Verdict {
  problems: string[];
  crashes: number;
  bytesLost: number;
  runs: number;
}

/** One fault scenario. */
export interface Scenario {
  category: FaultCategory;
  title: string;
  /** Why the scenario cannot run on this machine, or null. */
  unavailable(): string | null;
  /** Build the fault in `dir` (an empty scratch folder), run the CLI, report what must hold. */
  run(dir: string): Promise<Outcome>;
}

const FIXED_CACHE = new Map<string, Buffer>();

/**
 * What `--fix` makes of each text when nothing goes wrong, from one run over a scratch folder.
 * @throws when that run fails or leaves a text unchanged (a --fix scenario would prove nothing).
 */
export async function fixedVersions(texts: readonly string[]): Promise<Buffer[]> {
  const missing = [...new Set(texts.filter((t) => !FIXED_CACHE.has(t)))];
  if (missing.length) {
    const dir = scratchDir('reference');
    try {
      missing.forEach((text, i) => writeFileSync(path.join(dir, `note-${i}.md`), text));
      const run = await runBinary(['--fix', '.'], { cwd: dir, timeoutMs: 180_000 });
      if (crashSigns(run).length || run.code === 2) throw new Error(`the reference --fix run failed (${[...crashSigns(run), `exit ${run.code}`].join(', ')}): ${run.stderr}`);
      missing.forEach((text, i) => {
        const fixed = readFileSync(path.join(dir, `note-${i}.md`));
        if (fixed.equals(Buffer.from(text))) throw new Error('a reference note has nothing --fix changes; the --fix scenarios would prove nothing');
        FIXED_CACHE.set(text, fixed);
      });
    } finally {
      cleanup(dir);
    }
  }
  return texts.map((t) => FIXED_CACHE.get(t)!);
}

/** What `--fix` makes of one text (see `fixedVersions`). */
export async function fixedVersion(text: string): Promise<Buffer> {
  return (await fixedVersions([text]))[0]!;
}

/** Check an outcome: crashes, exit codes, messages, lost bytes, stray files. */
export function judge(outcome: Outcome): Verdict {
  const problems: string[] = [];
  let crashes = 0;
  outcome.runs.forEach((run, i) => {
    const signs = crashSigns(run);
    if (signs.length) crashes++;
    for (const s of signs) problems.push(`run ${i + 1}: ${s}`);
    const codes = outcome.codesPerRun?.[i] ?? outcome.codes;
    if (run.code !== null && !codes.includes(run.code)) problems.push(`run ${i + 1}: exit code ${run.code}, expected ${codes.join(' or ')}`);
    for (const line of strayStderrLines(run.stderr)) problems.push(`run ${i + 1}: stray standard-error line: ${line}`);
  });
  const first = outcome.runs[0];
  for (const re of outcome.stderr) if (first && !re.test(first.stderr)) problems.push(`standard error lacks ${re}: ${JSON.stringify(first.stderr)}`);
  for (const re of outcome.stdout ?? []) if (first && !re.test(first.stdout)) problems.push(`standard output lacks ${re}`);
  let lost = 0;
  for (const { file, bytes } of outcome.intact) {
    const now = readIfFile(file);
    if (now && now.equals(bytes)) continue;
    const n = bytesLost(bytes, now);
    lost += n;
    problems.push(`${path.basename(file)} changed (${n} bytes of it lost)`);
  }
  for (const { file, original, fixed } of outcome.eitherOr ?? []) {
    const now = readIfFile(file);
    if (now && (now.equals(original) || now.equals(fixed))) continue;
    const n = Math.min(bytesLost(original, now), bytesLost(fixed, now));
    lost += Math.max(n, 1);
    problems.push(`${path.basename(file)} is neither the original nor the fixed note (${n} bytes differ)`);
  }
  for (const { dir, names } of outcome.onlyFiles ?? []) {
    const stray = readdirSync(dir).filter((n) => !names.includes(n));
    if (stray.length) problems.push(`stray files left in ${path.basename(dir)}: ${stray.join(', ')}`);
  }
  return { problems, crashes, bytesLost: lost, runs: outcome.runs.length };
}

function readIfFile(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Write files (relative path → text or bytes) into `dir`, readable by every user. */
function put(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    openFolder(path.dirname(path.join(dir, rel)));
    writeFileSync(path.join(dir, rel), content, { mode: 0o644 });
  }
}

const always = (): null => null;
const bytes = (text: string): Buffer => Buffer.from(text);
/** A one-line `followup-lint: <file>: <message>` on standard error. */
const line = (file: string, message: string): RegExp => new RegExp(`^followup-lint: ${escape(file)}: ${message}$`, 'm');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The stylish report went on to lint `file`. */
const reported = (file: string): RegExp => new RegExp(`^${escape(file)}`, 'm');

/** A tmpfs-based scenario: mounted fresh, always unmounted. */
async function withTmpfs<T>(size: string, body: (fs: ReturnType<typeof mountTmpfs>) => Promise<T>): Promise<T> {
  const fs = mountTmpfs(size);
  try {
    return await body(fs);
  } finally {
    fs.unmount();
  }
}

/** Every fault scenario, in a stable order. */
export const SCENARIOS: readonly Scenario[] = [
  {
    category: 'unreadable file',
    title: 'a note without read permission (run unprivileged) is reported and the run goes on',
    unavailable: unprivilegedUnavailable,
    async run(dir) {
      put(dir, { 'secret.md': FIXABLE_NOTE, 'open.md': CLEAN_NOTE });
      chmodSync(path.join(dir, 'secret.md'), 0o000);
      const run = await runBinary([], { cwd: dir, unprivileged: true });
      return { runs: [run], codes: [2], stderr: [line('secret.md', 'permission denied')], stdout: [reported('open.md')], intact: [{ file: path.join(dir, 'secret.md'), bytes: bytes(FIXABLE_NOTE) }] };
    },
  },
  {
    category: 'unreadable file',
    title: 'an unreadable folder (run unprivileged) is reported, not silently skipped',
    unavailable: unprivilegedUnavailable,
    async run(dir) {
      put(dir, { 'locked/inside.md': CLEAN_NOTE, 'open.md': CLEAN_NOTE });
      chmodSync(path.join(dir, 'locked'), 0o000);
      const walked = await runBinary([], { cwd: dir, unprivileged: true });
      const named = await runBinary(['locked'], { cwd: dir, unprivileged: true });
      return { runs: [walked, named], codes: [2], stderr: [line('locked', 'cannot be read \\(permission denied\\); skipped')], stdout: [reported('open.md')], intact: [] };
    },
  },
  {
    category: 'unreadable file',
    title: 'a FIFO named as a note is reported without blocking; a walk passes it by',
    unavailable: () => (spawnSync('mkfifo', ['--version']).status === 0 ? null : 'mkfifo is not available'),
    async run(dir) {
      put(dir, { 'open.md': CLEAN_NOTE });
      spawnSync('mkfifo', [path.join(dir, 'pipe.md')]);
      const named = await runBinary(['pipe.md', 'open.md'], { cwd: dir, timeoutMs: 20_000 });
      const walked = await runBinary([], { cwd: dir, timeoutMs: 20_000 });
      // The walk must not block on the pipe either: it lints open.md only and exits 0.
      return { runs: [named, walked], codes: [2], codesPerRun: [[2], [0]], stderr: [line('pipe.md', 'is not a regular file; skipped')], stdout: [reported('open.md')], intact: [] };
    },
  },
  {
    category: 'unreadable file',
    title: 'a dangling symbolic link named as a note is reported',
    unavailable: always,
    async run(dir) {
      put(dir, { 'open.md': CLEAN_NOTE });
      symlinkSync(path.join(dir, 'gone.md'), path.join(dir, 'ghost.md'));
      const run = await runBinary(['ghost.md', 'open.md'], { cwd: dir });
      return { runs: [run], codes: [2], stderr: [line('ghost.md', 'no such file or directory')], stdout: [reported('open.md')], intact: [] };
    },
  },
  {
    category: 'unreadable file',
    title: 'a note deleted between discovery and reading is reported',
    unavailable: always,
    async run(dir) {
      put(dir, { 'vanish.md': FIXABLE_NOTE, 'open.md': CLEAN_NOTE });
      const run = await runBinary([], { cwd: dir, fault: { path: path.join(dir, 'vanish.md'), read: 1, action: 'unlink' } });
      return { runs: [run], codes: [2], stderr: [line('vanish.md', 'no such file')], stdout: [reported('open.md')], intact: [] };
    },
  },
  {
    category: 'folder named as a file',
    title: 'a folder called like a note is walked; --config, --output-file and --print-config at a folder are one-line errors',
    unavailable: always,
    async run(dir) {
      put(dir, { 'drafts.md/inner.md': CLEAN_NOTE, 'rc/placeholder.txt': '' });
      const walked = await runBinary(['drafts.md'], { cwd: dir });
      const config = await runBinary(['--config', 'rc', 'drafts.md'], { cwd: dir });
      const output = await runBinary(['--output-file', 'drafts.md', 'drafts.md'], { cwd: dir });
      const problems: BinaryRun[] = [config, output];
      const outcome: Outcome = {
        runs: [walked, ...problems],
        codes: [2],
        codesPerRun: [[0], [2], [2]],
        stderr: [],
        stdout: [reported('drafts.md/inner.md')],
        intact: [{ file: path.join(dir, 'drafts.md/inner.md'), bytes: bytes(CLEAN_NOTE) }],
      };
      const expected: Array<[BinaryRun, RegExp]> = [
        [config, /^followup-lint: rc: cannot be read \(EISDIR\)$/m],
        [output, /^followup-lint: drafts\.md: cannot write the report \(EISDIR\)$/m],
      ];
      return withChecks(outcome, expected.map(([run, re]) => (re.test(run.stderr) ? null : `expected ${re}, got ${JSON.stringify(run.stderr)}`)));
    },
  },
  {
    category: 'symlink loop',
    title: 'a link that points at itself is reported; a folder link loop is not followed',
    unavailable: always,
    async run(dir) {
      put(dir, { 'a/note.md': CLEAN_NOTE });
      symlinkSync(path.join(dir, 'loop.md'), path.join(dir, 'loop.md'));
      symlinkSync(path.join(dir, 'a'), path.join(dir, 'a/back'));
      const named = await runBinary(['loop.md', 'a'], { cwd: dir, timeoutMs: 20_000 });
      const walked = await runBinary([], { cwd: dir, timeoutMs: 20_000 });
      return {
        runs: [named, walked],
        codes: [2],
        // A walk passes broken links by, as it does links to folders.
        codesPerRun: [[2], [0]],
        stderr: [line('loop.md', 'too many levels of symbolic links \\(a link loop\\?\\)')],
        stdout: [reported('a/note.md')],
        intact: [],
      };
    },
  },
  {
    category: 'binary file',
    title: 'binary and non-UTF-8 files are skipped with a line each, --fix leaves them alone',
    unavailable: always,
    async run(dir) {
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]);
      const latin1 = Buffer.from('Dear Ren\xe9,\n\nThank you, I am so sorry I was late.\n', 'latin1');
      put(dir, { 'image.md': png, 'latin1.md': latin1, 'open.md': CLEAN_NOTE });
      const run = await runBinary(['--fix'], { cwd: dir });
      return {
        runs: [run],
        codes: [2],
        stderr: [line('image.md', 'looks like a binary file \\(it contains NUL bytes\\); skipped'), line('latin1.md', 'is not valid UTF-8 text; skipped \\(save it as UTF-8 to lint it\\)')],
        stdout: [reported('open.md')],
        intact: [
          { file: path.join(dir, 'image.md'), bytes: png },
          { file: path.join(dir, 'latin1.md'), bytes: latin1 },
        ],
      };
    },
  },
  {
    category: 'huge file',
    title: 'a file over the size limit is refused without reading it whole; a 1 MB single-line note is linted',
    unavailable: always,
    async run(dir) {
      put(dir, { 'huge.md': '', 'long-line.md': 'I enjoyed the talk about the team. '.repeat(30_000) });
      truncateSync(path.join(dir, 'huge.md'), 17 * 1024 * 1024);
      const run = await runBinary(['huge.md', 'long-line.md'], { cwd: dir, timeoutMs: 120_000 });
      return { runs: [run], codes: [2], stderr: [line('huge.md', 'is larger than 16 MB; skipped')], stdout: [reported('long-line.md')], intact: [] };
    },
  },
  {
    category: 'read-only file (--fix)',
    title: '--fix in a folder the user may not write (run unprivileged) leaves the note whole',
    unavailable: unprivilegedUnavailable,
    async run(dir) {
      const fixed = await fixedVersion(FIXABLE_NOTE);
      put(dir, { 'ro/note.md': FIXABLE_NOTE, 'rw/note.md': FIXABLE_NOTE });
      spawnSync('chown', ['nobody', path.join(dir, 'rw'), path.join(dir, 'rw/note.md')]);
      const run = await runBinary(['--fix', 'ro', 'rw'], { cwd: dir, unprivileged: true });
      const outcome: Outcome = {
        runs: [run],
        codes: [2],
        stderr: [line('ro/note.md', 'could not be written \\(permission denied\\); the original is unchanged')],
        intact: [
          { file: path.join(dir, 'ro/note.md'), bytes: bytes(FIXABLE_NOTE) },
          { file: path.join(dir, 'rw/note.md'), bytes: fixed },
        ],
        onlyFiles: [{ dir: path.join(dir, 'ro'), names: ['note.md'] }],
      };
      return outcome;
    },
  },
  {
    category: 'read-only file (--fix)',
    title: '--fix on a read-only file system (even as root) leaves the note whole',
    unavailable: tmpfsUnavailable,
    async run() {
      return withTmpfs('1m', async (fs) => {
        put(fs.dir, { 'note.md': FIXABLE_NOTE });
        fs.readOnly();
        const run = await runBinary(['--fix', 'note.md'], { cwd: fs.dir });
        return judgeNow({
          runs: [run],
          codes: [2],
          stderr: [line('note.md', 'could not be written \\(read-only file system\\); the original is unchanged')],
          intact: [{ file: path.join(fs.dir, 'note.md'), bytes: bytes(FIXABLE_NOTE) }],
          onlyFiles: [{ dir: fs.dir, names: ['note.md'] }],
        });
      });
    },
  },
  {
    category: 'full disk (--fix)',
    title: '--fix on a full disk leaves the note whole and no temporary file behind',
    unavailable: tmpfsUnavailable,
    async run() {
      const big = FIXABLE_NOTE + 'I also enjoyed hearing about the roadmap for next year. '.repeat(200);
      await fixedVersion(big);
      return withTmpfs('256k', async (fs) => {
        put(fs.dir, { 'note.md': big });
        fillDisk(path.join(fs.dir, 'filler'));
        const run = await runBinary(['--fix', 'note.md'], { cwd: fs.dir });
        return judgeNow({
          runs: [run],
          codes: [2],
          stderr: [line('note.md', 'could not be written \\(no space left on the device\\); the original is unchanged')],
          intact: [{ file: path.join(fs.dir, 'note.md'), bytes: bytes(big) }],
          onlyFiles: [{ dir: fs.dir, names: ['note.md', 'filler'] }],
        });
      });
    },
  },
  {
    category: 'changed underneath (--fix)',
    title: 'a note saved by the user between read and write is not overwritten',
    unavailable: always,
    async run(dir) {
      put(dir, { 'note.md': FIXABLE_NOTE });
      const edit = '\nP.S. I added this line while the linter ran.\n';
      const run = await runBinary(['--fix', 'note.md'], { cwd: dir, fault: { path: path.join(dir, 'note.md'), read: 1, action: 'append', text: edit } });
      return {
        runs: [run],
        codes: [2],
        stderr: [line('note.md', 'changed on disk while it was being fixed; not written \\(run again\\)')],
        intact: [{ file: path.join(dir, 'note.md'), bytes: bytes(FIXABLE_NOTE + edit) }],
        onlyFiles: [{ dir, names: ['note.md'] }],
      };
    },
  },
  {
    category: 'changed underneath (--fix)',
    title: 'a note replaced by a folder between read and write is left as the folder',
    unavailable: always,
    async run(dir) {
      put(dir, { 'note.md': FIXABLE_NOTE });
      const run = await runBinary(['--fix', 'note.md'], { cwd: dir, fault: { path: path.join(dir, 'note.md'), read: 1, action: 'replace-with-folder' } });
      const outcome: Outcome = { runs: [run], codes: [2], stderr: [line('note.md', 'is a directory, not a file')], intact: [], onlyFiles: [{ dir, names: ['note.md'] }] };
      return withChecks(outcome, [isFolder(path.join(dir, 'note.md')) ? null : 'note.md is no longer the folder put there']);
    },
  },
  {
    category: 'concurrent --fix',
    title: 'two --fix runs over the same 50 notes leave each note original or fully fixed',
    unavailable: always,
    async run(dir) {
      const texts = Array.from({ length: 50 }, (_, i) => FIXABLE_NOTE.replace('Tuesday', `Tuesday (note ${i})`));
      const fixed = await fixedVersions(texts);
      const names = texts.map((_, i) => `note-${String(i).padStart(2, '0')}.md`);
      const runs: BinaryRun[] = [];
      const eitherOr: Array<{ file: string; original: Buffer; fixed: Buffer }> = [];
      // Three rounds from fresh copies, so the two runs overlap at different points.
      for (let round = 0; round < 3; round++) {
        const sub = path.join(dir, `round-${round}`);
        texts.forEach((t, i) => put(sub, { [names[i]!]: t }));
        runs.push(...(await Promise.all([runBinary(['--fix', sub], { cwd: dir }), runBinary(['--fix', sub], { cwd: dir })])));
        texts.forEach((t, i) => eitherOr.push({ file: path.join(sub, names[i]!), original: bytes(t), fixed: fixed[i]! }));
      }
      const outcome: Outcome = {
        runs,
        codes: [0, 1, 2],
        stderr: [],
        intact: [],
        eitherOr,
        onlyFiles: [0, 1, 2].map((r) => ({ dir: path.join(dir, `round-${r}`), names })),
      };
      // A run may only fail because the other one changed a file first.
      const other = runs.flatMap((r) => r.stderr.split('\n').filter((l) => l && !/changed on disk while it was being fixed/.test(l)));
      return withChecks(outcome, other.map((l) => `unexpected line: ${l}`));
    },
  },
  {
    category: 'user error',
    title: 'usage and configuration mistakes are one line each, exit 2, no stack trace',
    unavailable: always,
    async run(dir) {
      put(dir, { 'bad-json/.followuplintrc.json': '{ "rules": { "whining": "warn", } }', 'bad-json/a.md': CLEAN_NOTE, 'bad-rule/.followuplintrc.json': '{ "rules": { "whinig": "warn" } }', 'bad-rule/a.md': CLEAN_NOTE });
      const cases: Array<[string[], RegExp]> = [
        [['--frmat', 'json'], /^followup-lint: unknown option --frmat$/m],
        [['--max-warnings', 'lots'], /^followup-lint: --max-warnings needs a whole number/m],
        [['--format'], /^followup-lint: option --format needs a value$/m],
        [['--rule', 'whining:loud'], /^followup-lint: --rule: "rules\.whining" has an invalid severity/m],
        [['bad-json'], /^followup-lint: bad-json\/\.followuplintrc\.json: is not valid JSON: .* at line 1, column \d+$/m],
        [['bad-rule'], /^followup-lint: bad-rule\/\.followuplintrc\.json: unknown rule "whinig" \(did you mean "whining"\?\)/m],
        [['--config', 'missing.json'], /^followup-lint: missing\.json: file not found$/m],
        [['no-such-folder'], /^followup-lint: no-such-folder: no such file or directory$/m],
      ];
      const runs = await Promise.all(cases.map(([args]) => runBinary(args, { cwd: dir })));
      const outcome: Outcome = { runs, codes: [2], stderr: [], intact: [] };
      return withChecks(
        outcome,
        cases.map(([args, re], i) => {
          const stderr = runs[i]!.stderr;
          const lines = stderr.split('\n').filter((l) => l.startsWith('followup-lint: '));
          if (!re.test(stderr)) return `${args.join(' ')}: expected ${re}, got ${JSON.stringify(stderr)}`;
          return lines.length === 1 ? null : `${args.join(' ')}: ${lines.length} lines instead of one`;
        }),
      );
    },
  },
];

/** Fill a file system with a file until it has no room left. */
function fillDisk(file: string): void {
  const block = Buffer.alloc(4096, 0x61);
  try {
    for (;;) appendFileSync(file, block);
  } catch {
    // ENOSPC: full, as wanted. Top up with single bytes so not even a small file fits.
    try {
      for (;;) appendFileSync(file, 'a');
    } catch {
      // Full.
    }
  }
}

/** Extra problems a scenario found itself, carried through `judge` as failed expectations. */
const EXTRA = new WeakMap<Outcome, string[]>();

function withChecks(outcome: Outcome, problems: ReadonlyArray<string | null>): Outcome {
  EXTRA.set(outcome, problems.filter((p): p is string => p !== null));
  return outcome;
}

/** Judge while a mount is still there (its files vanish on unmount); the verdict rides along. */
const PRE_JUDGED = new WeakMap<Outcome, Verdict>();

function judgeNow(outcome: Outcome): Outcome {
  const verdict = judge(outcome);
  const light: Outcome = { ...outcome, intact: [], eitherOr: [], onlyFiles: [], stderr: [], stdout: [] };
  PRE_JUDGED.set(light, verdict);
  return light;
}

/** Run one scenario in a fresh scratch folder and judge it. */
export async function runScenario(scenario: Scenario): Promise<Verdict> {
  const dir = scratchDir('fault');
  try {
    const outcome = await scenario.run(dir);
    const verdict = PRE_JUDGED.get(outcome) ?? judge(outcome);
    verdict.problems.push(...(EXTRA.get(outcome) ?? []));
    return verdict;
  } finally {
    cleanup(dir);
  }
}
