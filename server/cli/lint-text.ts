// Lint (and maybe fix) one note's text: the per-note work, pure and without I/O, that the
// main thread and the worker threads run alike so their reports cannot differ.
import { fixSync, lintSync, type LintMessage, type NoteStats, type ResolvedConfig } from '../../rules/index.js';
import { keepLineEndings } from './source-file.js';

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
