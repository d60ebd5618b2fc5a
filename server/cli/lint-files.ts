// The CLI's core loop: read each note, resolve its configuration, lint or fix it, write
// fixes back. Knows nothing of arguments or output formats, so a worker pool or a cache
// can take over per-file work without touching either.
import { fixSync, lintSync, type LintMessage, type NoteStats, type ResolvedConfig } from '../../rules/index.js';
import type { ConfigResolver } from '../config/resolve.js';
import { keepLineEndings, readSourceFile, SourceError, writeSourceFile, type SourceFile } from './source-file.js';

/** What `--fix` and `--fix-dry-run` ask for. */
export type FixMode = 'none' | 'write' | 'dry-run';

/** The outcome for one note. */
export interface FileReport {
  /** Absolute path (for standard input: the `--stdin-filename`, resolved, or `<stdin>`). */
  filePath: string;
  /** Findings; after fixing, those left in the fixed text. */
  messages: LintMessage[];
  stats: NoteStats;
  /** The text the findings refer to (the fixed text when a fix applied). */
  source: string;
  /** The text before fixing, when fixes changed it. */
  original?: string;
  /** Number of fixes applied. */
  fixed: number;
  /** True when the fixed text was written to disk. */
  written: boolean;
}

/** A file that could not be linted, or whose fix could not be written. */
export interface FileFailure {
  filePath: string;
  error: SourceError;
}

/** A file a config's `ignores` or an ignore file excludes, though it was named explicitly. */
export interface FileSkip {
  filePath: string;
  reason: string;
}

/** Everything one run produced, in file order. */
export interface LintRun {
  reports: FileReport[];
  failures: FileFailure[];
  skipped: FileSkip[];
}

/** Options of the loop. */
export interface LintFilesOptions {
  resolver: ConfigResolver;
  fix: FixMode;
  /** False for `--no-ignore`: a config's `ignores` is not applied. */
  honourIgnores: boolean;
}

/** A file to lint, as discovery hands it over. */
export interface LintTarget {
  path: string;
  explicit: boolean;
}

/** Lint (and maybe fix) one text with a resolved configuration; pure, no I/O. */
export function lintText(text: string, filePath: string, resolved: ResolvedConfig, fix: FixMode): FileReport {
  if (fix === 'none') {
    const { messages, stats } = lintSync(text, { resolved, filePath });
    return { filePath, messages, stats, source: text, fixed: 0, written: false };
  }
  const outcome = fixSync(text, { resolved, filePath });
  const output = keepLineEndings(text, outcome.output);
  if (output === text) {
    return { filePath, messages: outcome.result.messages, stats: outcome.result.stats, source: text, fixed: 0, written: false };
  }
  // Line endings restored after fixing may shift offsets: lint what will really be on disk.
  const result = output === outcome.output ? outcome.result : lintSync(output, { resolved, filePath });
  return { filePath, messages: result.messages, stats: result.stats, source: output, original: text, fixed: outcome.fixed, written: false };
}

/**
 * Lint the given files one after another.
 * @throws ConfigError when a governing configuration file is broken (the run must stop).
 */
export async function lintFiles(targets: readonly LintTarget[], options: LintFilesOptions): Promise<LintRun> {
  const run: LintRun = { reports: [], failures: [], skipped: [] };
  for (const target of targets) {
    const config = options.resolver.forFile(target.path);
    if (config.ignored && options.honourIgnores) {
      if (target.explicit) run.skipped.push({ filePath: target.path, reason: `ignored by "ignores" in ${config.source?.filePath ?? 'the configuration'}` });
      continue;
    }
    let file: SourceFile;
    try {
      file = await readSourceFile(target.path);
    } catch (error) {
      run.failures.push({ filePath: target.path, error: asSourceError(error) });
      continue;
    }
    const report = lintText(file.text, target.path, config.resolved, options.fix);
    if (options.fix === 'write' && report.original !== undefined) {
      try {
        await writeSourceFile(target.path, file, report.source);
        report.written = true;
      } catch (error) {
        run.failures.push({ filePath: target.path, error: asSourceError(error) });
        // Nothing was written: report what is really on disk.
        run.reports.push(lintText(file.text, target.path, config.resolved, 'none'));
        continue;
      }
    }
    run.reports.push(report);
  }
  return run;
}

function asSourceError(error: unknown): SourceError {
  return error instanceof SourceError ? error : new SourceError(error instanceof Error ? error.message : String(error), 'io');
}
