// A report made note by note, where each note is linted: the parts, as text or as UTF-8 bytes
// from a worker, put together into the report the formats write, in every format, with and
// without --quiet, for no notes, notes without findings and notes with non-ASCII text; and a
// worker sends back each note's part instead of its messages and text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../server/config/resolve.js';
import { FORMATTERS, NOTE_FORMATS, type FormatName } from '../../server/cli/format/index.js';
import { toJsonResult } from '../../server/cli/format/json.js';
import { contextOf, PartBytes, present, presentPart, presentRun, type Presentation } from '../../server/cli/format/present.js';
import { lintText, type FileReport } from '../../server/cli/lint-text.js';
import { lintBatch } from '../../server/cli/worker.js';

const dir = mkdtempSync(path.join(tmpdir(), 'followup-lint-present-'));
const resolved = new ConfigResolver().forFile(path.join(dir, 'a.md')).resolved;

const NOTES: Record<string, string> = {
  'clean.md': 'Dear Sam,\n\nThank you for the talk on Tuesday.\n\nBest,\nAna\n',
  'findings.md': 'Hi,\n\nI just wanted to say sorry to bother you, but I was wondering if you got my email?\n\nThanks\n',
  'unicode.md': 'Hej Søren,\n\nI just wanted to say “thanks” – really, I am sorry to bother you. ✔\n\nBest,\nAna\n',
};

/** A note with safe fixes (it gains a thank-you line, and loses a sentence). */
const FIXABLE = [
  'Hi Mr. Russo,',
  '',
  "I'm honestly terrible at talking about my own work, and my presentation was amateurish at best. I'm not the most articulate person and I'm sure it showed. I always make a fool of myself in these settings.",
  '',
  'Best,',
  'Felix',
  '',
].join('\n');

function report(name: string): FileReport {
  return lintText(NOTES[name]!, path.join(dir, name), resolved, 'none');
}

function presentation(format: FormatName, quiet = false): Presentation {
  return { format, cwd: dir, color: false, version: '1.2.3', fixing: false, quiet };
}

/** The reports --quiet hands the formatters: errors only. */
function quieted(reports: FileReport[]): FileReport[] {
  return reports.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') }));
}

const FORMATS = Object.keys(FORMATTERS) as FormatName[];
const SETS: Record<string, () => FileReport[]> = {
  'no notes': () => [],
  'notes without findings': () => [report('clean.md'), report('clean.md')],
  'notes with findings': () => [report('findings.md'), report('clean.md'), report('unicode.md')],
};

describe('a report made note by note', () => {
  for (const format of FORMATS) {
    for (const [set, reports] of Object.entries(SETS)) {
      for (const quiet of [false, true]) {
        it(`${format}, ${set}${quiet ? ', --quiet' : ''}: parts as text or as bytes make the formatter's report`, () => {
          const p = presentation(format, quiet);
          const whole = FORMATTERS[format](quiet ? quieted(reports()) : reports(), contextOf(p));
          const notes = reports().map((r) => present(r, p));
          expect(Buffer.concat(presentRun(notes, p)).toString('utf8')).toBe(whole);
          const bytes = notes.map((n, i) => ({ ...n, part: i % 2 === 0 ? Buffer.from(n.part as string) : n.part }));
          expect(Buffer.concat(presentRun(bytes, p)).toString('utf8')).toBe(whole);
          // Parts written one after another by PartBytes make whole pieces of the report.
          const sink = new PartBytes(p);
          const written = notes.map((n, i) => ({ ...n, part: i === 1 ? n.part : sink.add(n.part as string) }));
          expect(Buffer.concat(presentRun(written, p)).toString('utf8')).toBe(whole);
        });
      }
    }
  }

  it("a format that says it does not read the note's text presents a note the same without it", () => {
    const readers = FORMATS.filter((format) => NOTE_FORMATS[format].readsText);
    expect(readers).toEqual(['json']);
    for (const format of FORMATS.filter((f) => !readers.includes(f))) {
      for (const quiet of [false, true]) {
        const p = presentation(format, quiet);
        for (const name of Object.keys(NOTES)) {
          const full = report(name);
          // As a note reported from the cache by its stamp comes: no text, no flagged text.
          const textless: FileReport = {
            ...full,
            source: '',
            messages: full.messages.map((m) => {
              const copy = Object.assign(Object.create(Object.getPrototypeOf(m) as object) as typeof m, m);
              delete copy.actual;
              return copy;
            }),
          };
          expect(full.messages.length === 0 || full.messages.some((m) => m.actual)).toBe(true);
          expect(presentPart(textless, p)).toEqual(presentPart(full, p));
        }
      }
    }
  });

  it('json and sarif come out exactly as JSON.stringify writes their whole value', () => {
    const reports = SETS['notes with findings']!();
    const json = FORMATTERS.json(reports, contextOf(presentation('json')));
    expect(json).toBe(`${JSON.stringify(reports.map(toJsonResult), null, 2)}\n`);
    for (const set of Object.values(SETS)) {
      const sarif = FORMATTERS.sarif(set(), contextOf(presentation('sarif')));
      const log = JSON.parse(sarif) as { runs: Array<{ results: unknown[] }> };
      expect(sarif).toBe(`${JSON.stringify(log, null, 2)}\n`);
      expect(log.runs[0]!.results).toHaveLength(set().reduce((n, r) => n + r.messages.length, 0));
    }
  });
});

describe('a worker given a presentation', () => {
  it("sends each note's part as UTF-8 and its counts, without its messages or the text of a note it read", () => {
    for (const name of Object.keys(NOTES)) writeFileSync(path.join(dir, name), NOTES[name]!);
    const p = presentation('json');
    const files = Object.keys(NOTES).map((name, index) => ({ index, filePath: path.join(dir, name), config: 'c' }));
    const results = lintBatch({ fix: 'none', configs: { c: resolved }, files, presentation: p, messages: false });
    results.forEach((result, i) => {
      if (!('report' in result)) throw new Error(`no report for ${files[i]!.filePath}`);
      const expected = presentPart(report(Object.keys(NOTES)[i]!), p);
      expect(result.report.messages).toBeUndefined();
      expect(result.report.read).toBeUndefined();
      expect(result.report.presented!.part).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(result.report.presented!.part).toString('utf8')).toBe(expected.part);
      expect(result.report.presented!.counts).toEqual(expected.counts);
    });
  });

  it('sends the text and bytes of a note a fix changed, for the main thread to show or write it', () => {
    const filePath = path.join(dir, 'fixable.md');
    writeFileSync(filePath, FIXABLE);
    const fixed = lintText(FIXABLE, filePath, resolved, 'dry-run');
    expect(fixed.original).toBe(FIXABLE);
    const [result] = lintBatch({ fix: 'write', configs: { c: resolved }, files: [{ index: 0, filePath, config: 'c' }], presentation: presentation('stylish'), messages: false });
    if (!result || !('report' in result)) throw new Error('no report');
    expect(result.report.output).toBe(fixed.source);
    expect(result.report.read?.text).toBe(FIXABLE);
    expect(Buffer.from(result.report.read!.bytes!).toString('utf8')).toBe(FIXABLE);
    // Presented as written: the main thread writes it, or lints and presents it again if it cannot.
    expect(Buffer.from(result.report.presented!.part).toString('utf8')).toContain('applied)');
  });
});
