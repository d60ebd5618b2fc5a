// A note's report made ready for the output where the note was linted (on a worker thread or
// the main thread): its part of the report in the run's format, and its findings counted, so
// that what is left for the end of a run is putting the parts together.
import pc from 'picocolors';
import type { FileReport } from '../lint-text.js';
import { NOTE_FORMATS, type FormatName } from './index.js';
import { assembleBytes, countMessages, type Counts, type FormatContext, type Layout, type RunTotals } from './shared.js';

/** How the run's report is written: plain data, so a worker thread can be told. */
export interface Presentation {
  format: FormatName;
  cwd: string;
  /** Whether to colour the report. */
  color: boolean;
  version: string;
  fixing: boolean;
  quiet: boolean;
}

/** A note's part of the report and its counts. */
export interface PresentedPart {
  /** Its part of the report, in the run's format (errors only with --quiet): text, or UTF-8 from a worker. */
  part: string | Uint8Array;
  /** All its findings counted, --quiet or not (the exit code counts them all). */
  counts: Counts;
}

/** A note's outcome as the output needs it. */
export interface NoteReport extends PresentedPart {
  filePath: string;
  /** The text before fixing, when fixes changed the note (for --fix-dry-run's diff). */
  original?: string;
  /** The fixed text, when fixes changed the note. */
  source?: string;
}

const contexts = new WeakMap<Presentation, FormatContext>();

/** The formatters' context for a presentation (made once for each). */
export function contextOf(presentation: Presentation): FormatContext {
  let context = contexts.get(presentation);
  if (!context) {
    const { cwd, color, version, fixing, quiet } = presentation;
    contexts.set(presentation, (context = { cwd, colors: pc.createColors(color), version, fixing, quiet }));
  }
  return context;
}

/** A note's part of the report and its counts. */
export function presentPart(report: FileReport, presentation: Presentation): PresentedPart {
  const shown = presentation.quiet ? { ...report, messages: report.messages.filter((m) => m.severity === 'error') } : report;
  return { part: NOTE_FORMATS[presentation.format].note(shown, contextOf(presentation)), counts: countMessages(report.messages) };
}

/** A note's report as the output needs it. */
export function present(report: FileReport, presentation: Presentation): NoteReport {
  return {
    filePath: report.filePath,
    ...presentPart(report, presentation),
    ...(report.original !== undefined ? { original: report.original, source: report.source } : {}),
  };
}

/**
 * Keeps notes' parts of the report as UTF-8, written one after another into large buffers, each
 * followed by the report's separator: a buffer of its own for each part cost more to allocate
 * than the part did to encode, and parts added in the report's order make whole pieces of it
 * (see `assembleBytes`).
 */
export class PartBytes {
  private chunk = Buffer.alloc(0);
  private used = 0;
  private readonly separator: string;

  constructor(presentation: Presentation) {
    this.separator = layoutOf(presentation, { notes: 0, counts: NO_COUNTS }).separator;
  }

  /** The part as UTF-8 bytes (a view of a shared buffer). */
  add(part: string): Uint8Array {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, two units, takes 4).
    const most = (part.length + this.separator.length) * 3;
    if (this.used + most > this.chunk.length) {
      this.chunk = Buffer.allocUnsafe(Math.max(PART_CHUNK_BYTES, most));
      this.used = 0;
    }
    const length = this.chunk.write(part, this.used);
    const bytes = this.chunk.subarray(this.used, this.used + length);
    this.used += length;
    this.used += this.chunk.write(this.separator, this.used);
    return bytes;
  }
}

const NO_COUNTS: Counts = { error: 0, warn: 0, info: 0, hint: 0, fixableErrors: 0, fixableWarnings: 0 };

/** How the format puts the parts together. */
function layoutOf(presentation: Presentation, totals: RunTotals): Layout {
  return NOTE_FORMATS[presentation.format].layout(totals, contextOf(presentation));
}

/** The size of each of PartBytes' buffers. */
const PART_CHUNK_BYTES = 1 << 20;

/** Every note's findings counted. */
export function totalCounts(notes: readonly PresentedPart[]): Counts {
  const total: Counts = { error: 0, warn: 0, info: 0, hint: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const { counts } of notes) for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += counts[key];
  return total;
}

/** The whole report from the notes' parts, in file order, as UTF-8 bytes in pieces to write one after another. */
export function presentRun(notes: readonly NoteReport[], presentation: Presentation): Uint8Array[] {
  const all = totalCounts(notes);
  // With --quiet the report shows errors only, and its totals count those.
  const counts = presentation.quiet ? { error: all.error, warn: 0, info: 0, hint: 0, fixableErrors: all.fixableErrors, fixableWarnings: 0 } : all;
  const layout = layoutOf(presentation, { notes: notes.length, counts });
  return assembleBytes(
    layout,
    notes.map((n) => n.part),
  );
}
