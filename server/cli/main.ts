// The command line: `followup-lint [options] [files, folders, globs | -]`. `main()` takes
// argv, cwd and streams and returns the exit code, so tests run it in-process.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import pc from 'picocolors';
import { ConfigError, validateConfig, type RuleSetting } from '../../rules/index.js';
import { ConfigResolver } from '../config/resolve.js';
import { EXIT, HELP, parseCommandLine, UsageError, type CliOptions } from './args.js';
import { Discoverer } from './discover.js';
import { present, presentRun, totalCounts, type Presentation } from './format/present.js';
import { displayPath } from './format/shared.js';
import { lintFiles, lintText, type FixMode, type LintRun } from './lint-files.js';
import { formatRuleList } from './list-rules.js';
import { renderDiff } from './diff.js';
import { decode, SourceError } from './source-file.js';
import { VERSION } from './version.js';
import { cacheFilePath, linterFingerprint, LintCache } from './cache.js';
import { CLI_WORKER_ROLE, serveLintBatches } from './worker.js';

/** The lint worker's side, for a worker script of one's own (the tests wrap it to inject faults). */
export { serveLintBatches } from './worker.js';

/**
 * The script worker threads run: this very file once bundled (dist/cli.js). bin/followup-lint.js
 * runs the same build's CommonJS twin, dist/cli.cjs (for its code cache); its workers run
 * dist/cli.js too, which also keys the lint cache to the build. Run from the TypeScript sources
 * there is none, and notes are linted on the main thread.
 */
const BUNDLE: string | undefined = /\.c?js$/.test(import.meta.url) ? import.meta.url.replace(/\.cjs$/, '.js') : undefined;

/** The process a run talks to; tests pass fakes. */
export interface CliIo {
  cwd: string;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env?: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colours default on when it is). */
  isTTY?: boolean;
  /** The script lint worker threads run (a file URL); by default the bundled CLI itself. */
  workerScript?: string;
}

/** Whether to colour the report: flags first, then NO_COLOR / FORCE_COLOR, then the terminal. */
export function useColor(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env['NO_COLOR']) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  return isTTY;
}

/** Parse `--rule id:severity` / `--rule 'id:["warn",{…}]'` into a validated rules object. */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleSetting> | undefined {
  if (flags.length === 0) return undefined;
  // Own data properties, so `--rule __proto__:…` is refused by name instead of setting a prototype.
  const entries: Array<[string, unknown]> = [];
  for (const flag of flags) {
    const colon = flag.indexOf(':');
    if (colon <= 0) throw new UsageError(`--rule needs id:severity (e.g. too-long:error), not "${flag}"`);
    const id = flag.slice(0, colon).trim();
    const value = flag.slice(colon + 1).trim();
    if (value.startsWith('[')) {
      try {
        entries.push([id, JSON.parse(value)]);
      } catch {
        throw new UsageError(`--rule ${id}: the setting is not valid JSON: ${value}`);
      }
    } else entries.push([id, value]);
  }
  return validateConfig({ rules: Object.fromEntries(entries) }, '--rule').rules;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** A user-facing path inside a message: relative to the cwd when under it. */
function shown(p: string, cwd: string): string {
  return displayPath(p, cwd);
}

/** A ConfigError's text with the config file's path shown relative to the cwd. */
function configErrorLine(error: ConfigError, cwd: string): string {
  const file = error.filePath;
  if (file && error.message.startsWith(`${file}: `)) {
    return `${path.isAbsolute(file) ? shown(file, cwd) : file}: ${error.message.slice(file.length + 2)}`;
  }
  return error.message;
}

/** Lint standard input as one note. */
async function lintStdin(options: CliOptions, io: CliIo, resolver: ConfigResolver, fix: FixMode): Promise<LintRun> {
  const run: LintRun = { reports: [], failures: [], skipped: [] };
  const named = options.stdinFilename ? path.resolve(io.cwd, options.stdinFilename) : undefined;
  const config = resolver.forFile(named ?? path.join(io.cwd, 'stdin.md'));
  if (named && config.ignored && options.ignore) {
    run.skipped.push({ filePath: named, reason: `ignored by "ignores" in ${shown(config.source?.filePath ?? '', io.cwd)}` });
    return run;
  }
  try {
    const source = decode(await readAll(io.stdin));
    run.reports.push(lintText(source.text, named ?? '<stdin>', config.resolved, fix));
  } catch (error) {
    run.failures.push({ filePath: named ?? '<stdin>', error: error instanceof SourceError ? error : new SourceError(String(error), 'io') });
  }
  return run;
}

/** Open the `--cache` file; what is wrong with it is one warning line, never a failed run. */
function openCache(options: CliOptions, io: CliIo): Promise<{ cache: LintCache; warning?: string }> {
  return LintCache.open(cacheFilePath(options.cacheLocation, io.cwd), linterFingerprint(VERSION, io.workerScript ?? BUNDLE));
}

async function execute(options: CliOptions, io: CliIo): Promise<number> {
  const env = io.env ?? {};
  const out = (text: string | Uint8Array): void => void io.stdout.write(text);
  const err = (text: string): void => void io.stderr.write(`followup-lint: ${text}\n`);

  if (options.help) return out(HELP), EXIT.ok;
  if (options.version) return out(`${VERSION}\n`), EXIT.ok;
  const color = useColor(options.color, env, io.isTTY ?? false);
  const colors = pc.createColors(color && !options.outputFile);
  if (options.listRules) return out(formatRuleList(options.format, pc.createColors(color))), EXIT.ok;

  const resolver = new ConfigResolver({
    configFile: options.config ? path.resolve(io.cwd, options.config) : undefined,
    rules: parseRuleFlags(options.rules),
  });

  if (options.printConfig) {
    const target = path.resolve(io.cwd, options.printConfig);
    const config = resolver.forFile(target);
    const printed = {
      filePath: target,
      configFile: config.source?.filePath ?? null,
      ignored: config.ignored,
      templates: config.resolved.templates,
      rules: config.resolved.rules,
    };
    return out(`${JSON.stringify(printed, null, 2)}\n`), EXIT.ok;
  }

  const fix: FixMode = options.fix ? 'write' : options.fixDryRun ? 'dry-run' : 'none';
  const presentation: Presentation = {
    format: options.format,
    cwd: io.cwd,
    color: color && !options.outputFile,
    version: VERSION,
    fixing: fix !== 'none',
    quiet: options.quiet,
  };
  let run: LintRun;
  let problems: Array<{ path: string; message: string }> = [];
  if (options.operands[0] === '-') {
    run = await lintStdin(options, io, resolver, fix);
  } else {
    const discoverer = new Discoverer({ cwd: io.cwd, useIgnoreFiles: options.ignore });
    // The cache file is read while the folders are walked: both spend much of their time waiting
    // on the disk. (Opening it never fails: a bad file is a warning.)
    const opening = options.cache ? openCache(options, io) : undefined;
    const found = await discoverer.discover(options.operands);
    problems = found.problems;
    for (const file of found.ignored) err(`${shown(file, io.cwd)}: ignored by .followuplintignore; use --no-ignore to lint it`);
    const opened = await opening;
    if (opened?.warning) err(`${shown(opened.cache.file, io.cwd)}: ${opened.warning}`);
    const cache = opened?.cache;
    run = await lintFiles(found.files, {
      resolver,
      fix,
      honourIgnores: options.ignore,
      concurrency: options.concurrency,
      workerScript: io.workerScript ?? BUNDLE,
      workerOutput: io.stderr,
      cache,
      presentation,
    });
    for (const warning of cache?.warnings ?? []) err(`${shown(cache!.file, io.cwd)}: ${warning}`);
    const warning = await cache?.save();
    if (warning) err(`${shown(cache!.file, io.cwd)}: ${warning}`);
    if (found.files.length === 0 && problems.length === 0 && found.ignored.length === 0) err('no Markdown notes found');
  }

  for (const p of problems) err(`${p.path}: ${p.message}`);
  for (const f of run.failures) err(`${shown(f.filePath, io.cwd)}: ${f.error.message}`);
  for (const s of run.skipped) err(`${shown(s.filePath, io.cwd)}: ${s.reason}; use --no-ignore to lint it`);

  const notes = run.presented ?? run.reports.map((r) => present(r, presentation));
  const counts = totalCounts(notes);

  const machine = options.format === 'json' || options.format === 'sarif';
  if (fix === 'dry-run') {
    const diffs = notes.filter((r) => r.original !== undefined).map((r) => renderDiff(displayPath(r.filePath, io.cwd), r.original!, r.source!, colors));
    const text = diffs.map((d) => `${d}\n`).join('');
    if (machine && !options.outputFile) io.stderr.write(text);
    else out(text);
  }

  const report = presentRun(notes, presentation);
  if (options.outputFile) {
    const target = path.resolve(io.cwd, options.outputFile);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, report);
    } catch (error) {
      err(`${options.outputFile}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      return EXIT.failure;
    }
  } else for (const piece of report) out(piece);

  if (problems.length || run.failures.length) return EXIT.failure;
  if (counts.error > 0) return EXIT.problems;
  if (options.maxWarnings >= 0 && counts.warn > options.maxWarnings) {
    err(`too many warnings (${counts.warn}); --max-warnings allows ${options.maxWarnings}`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/**
 * Run the command line in-process.
 * @returns the exit code: 0 clean or warnings only, 1 errors or too many warnings,
 * 2 usage, configuration or file failure.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await execute(parseCommandLine(argv), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`followup-lint: ${error.message}\nRun "followup-lint --help" for usage.\n`);
    } else if (error instanceof ConfigError) {
      io.stderr.write(`followup-lint: ${configErrorLine(error, io.cwd)}\n`);
    } else {
      // A bug of ours: one line for the user, the stack only on request.
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr.write(`followup-lint: internal error: ${detail} (please report it; set FOLLOWUP_LINT_DEBUG=1 for details)\n`);
      if (io.env?.['FOLLOWUP_LINT_DEBUG'] && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    }
    return EXIT.failure;
  }
}

/** Run with the real process's streams (what bin/followup-lint.js calls). */
export async function run(argv: string[]): Promise<number> {
  // `followup-lint | head` closes the pipe early: stop writing quietly instead of crashing.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  return main(argv, {
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  });
}

// In a lint worker thread started from this file (the pool names it as the entry), answer
// batches. Another worker script importing the bundle, as the fault tests do, serves itself.
// Workers are started on the ES module bundle (BUNDLE) only, so its CommonJS twin, which the
// binary runs, need not load node:worker_threads (~3 ms of a start) to ask.
if (import.meta.url === BUNDLE) {
  const { isMainThread, parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  const started = workerData as { role?: unknown; entry?: unknown } | null;
  if (!isMainThread && parentPort && started?.role === CLI_WORKER_ROLE && started.entry === import.meta.url) serveLintBatches(parentPort);
}
