// The on-disk lint cache behind --cache: a note whose text, configuration and linter are all
// unchanged since the last run is reported from the cache instead of being linted again.
import { isAscii } from 'node:buffer';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES, type LintMessage, type NoteStats, type ResolvedConfig } from '../../rules/index.js';
import { writeAtomically, type FileStamp } from './source-file.js';
import { fromStored, isStoredMessage, toStored, type StoredMessage } from './stored-message.js';

/** The cache file's name when `--cache-location` is not given, or names a folder. */
export const DEFAULT_CACHE_FILE = '.followuplintcache';

/** Marks a file as ours; a file without it is never read as a cache nor overwritten. */
const TOOL = 'followup-lint-cache';

/**
 * The layout of the file; a different number is an old cache, rebuilt without a word.
 * 2: messages without the fields that follow from the others (stored-message.ts), and the body
 * in ASCII (other characters as JSON escapes), which reads several times faster than UTF-8.
 * 3: one line per note (its path as JSON, a tab, its entry as JSON), so that an entry is parsed
 * only when its note is looked up, and written back as it was read when it did not change; and
 * each entry may carry its file's stamp.
 */
const FORMAT = 3;

/**
 * How long before the run began a note must have last changed for its stamp to be kept: a note
 * written within the same tick of the file system's clock as it was read could change again
 * without its stamp changing (git's "racily clean" entries). Also covers clocks that tick by
 * whole seconds, or two.
 */
export const STAMP_SETTLED_MS = 3000;

/** What the cache keeps for one note: enough to report it exactly as a lint would. */
interface CacheEntry {
  /** Hash of the note's text. */
  text: string;
  /** Hash of the configuration it was linted with. */
  config: string;
  /**
   * The note's size, modification time, change time and inode when its text was read, when
   * that text had settled (see `STAMP_SETTLED_MS`): the same stamp again is the same text.
   */
  stamp?: [size: number, mtimeMs: number, ctimeMs: number, ino: number];
  messages: StoredMessage[];
  stats: NoteStats;
}

/** The first line of the file. */
interface CacheHeader {
  tool: string;
  format: number;
  /** What produced the results: version, rule set and build (see `linterFingerprint`). */
  linter: string;
  /** Hash of the rest of the file, so a damaged cache is noticed rather than believed. */
  checksum: string;
}

// node:crypto is loaded at the first hash, not at start: a run without --cache never hashes, and
// loading it took ~5 ms of every start.
function sha1(data: string | Buffer, encoding: BufferEncoding = 'utf8'): string {
  const hash = process.getBuiltinModule('node:crypto').createHash('sha1');
  return (typeof data === 'string' ? hash.update(data, encoding) : hash.update(data)).digest('hex');
}

/** JSON text with every character outside ASCII written as a `\\uXXXX` escape (the same JSON). */
function asciiJson(json: string): string {
  return json.replace(/[^\0-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The key of a note's text (UTF-16 code units, so any string, even a broken one, hashes exactly). */
export function textKey(text: string): string {
  return sha1(text, 'utf16le');
}

/** The key of a resolved configuration: every rule's severity and options, and `templates`. */
export function configKey(resolved: ResolvedConfig): string {
  return sha1(JSON.stringify(resolved));
}

/**
 * What makes results differ although text and configuration are the same: the version, the
 * rule set with each rule's metadata and defaults, and the build the CLI runs from (its file's
 * size and modification time, which change with every rebuild of a checkout).
 */
export function linterFingerprint(version: string, script: string | undefined): string {
  let build = '';
  if (script?.startsWith('file:') && script.endsWith('.js')) {
    try {
      const info = statSync(fileURLToPath(script));
      build = `${info.size}:${info.mtimeMs}`;
    } catch {
      // Unknown build: the version and rule set still key the cache.
    }
  }
  return sha1(JSON.stringify({ version, build, rules: RULES.map((rule) => rule.meta) }));
}

/** Where the cache lives: `--cache-location` as a file, or as a folder to put the default name in. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_FILE);
  const target = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(target, DEFAULT_CACHE_FILE);
  try {
    if (statSync(target).isDirectory()) return path.join(target, DEFAULT_CACHE_FILE);
  } catch {
    // Not there yet: a file of that name.
  }
  return target;
}

/** What reading the cache file found. */
type Loaded =
  | { kind: 'entries'; entries: Map<string, Stored>; body: Body }
  | { kind: 'fresh' }
  | { kind: 'damaged'; reason: string }
  | { kind: 'foreign' }
  | { kind: 'unreadable'; reason: string };

/**
 * An entry not parsed yet: where its line lies in the file's body (its start, the tab after its
 * path, its end). Lines are decoded only when their notes are looked up: decoding the whole body
 * at once filled as much fresh memory again as the file's size, which costs more than the copy.
 */
interface Line {
  start: number;
  tab: number;
  end: number;
}

/** An entry as read (its line in the file) or as parsed and changed, or made, this run. */
type Stored = Line | CacheEntry;

const isLine = (stored: Stored): stored is Line => 'tab' in stored;

/** The body of the cache file as read, and how its text is decoded. */
interface Body {
  bytes: Buffer;
  /** This build writes ASCII, which Latin-1 decodes as it is, far faster than UTF-8. */
  encoding: 'latin1' | 'utf8';
}

const NO_BODY: Body = { bytes: Buffer.alloc(0), encoding: 'latin1' };

const NEWLINE = Buffer.from('\n');

function isEntry(value: unknown): value is CacheEntry {
  if (value === null || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e['text'] === 'string' &&
    typeof e['config'] === 'string' &&
    (e['stamp'] === undefined || (Array.isArray(e['stamp']) && e['stamp'].length === 4 && e['stamp'].every((n) => typeof n === 'number'))) &&
    Array.isArray(e['messages']) &&
    e['messages'].every(isStoredMessage) &&
    e['stats'] !== null &&
    typeof e['stats'] === 'object'
  );
}

/** Whether the bytes are all white space (looked at up to the first that is not). */
function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  return true;
}

/** A note's line in the file: its path as JSON, a tab (which JSON text never holds), its entry as JSON. */
function entryLine(file: string, entry: CacheEntry): string {
  return `${JSON.stringify(file)}\t${JSON.stringify(entry)}`;
}

/** The path a line is for (given the JSON before its tab), or undefined when the line is not one of ours. */
function pathOf(quoted: string): string | undefined {
  // Most paths need no escapes: their JSON is the path in quotes.
  if (quoted.length >= 2 && quoted.startsWith('"') && quoted.endsWith('"') && !quoted.includes('\\')) return quoted.slice(1, -1);
  try {
    const file: unknown = JSON.parse(quoted);
    return typeof file === 'string' ? file : undefined;
  } catch {
    return undefined;
  }
}

function parseCache(content: Buffer, linter: string): Loaded {
  // An empty file (made by `touch`, say) is an empty cache.
  if (isBlank(content)) return { kind: 'fresh' };
  const newline = content.indexOf(10);
  const headerBytes = newline < 0 ? content : content.subarray(0, newline);
  let header: Partial<CacheHeader>;
  try {
    header = JSON.parse(headerBytes.toString('utf8')) as Partial<CacheHeader>;
  } catch {
    return { kind: 'foreign' };
  }
  if (header === null || typeof header !== 'object' || header.tool !== TOOL) return { kind: 'foreign' };
  // Another format or another linter: the results are stale, not damaged.
  if (header.format !== FORMAT || header.linter !== linter) return { kind: 'fresh' };
  const bytes = newline < 0 ? Buffer.alloc(0) : content.subarray(newline + 1);
  // The checksum is of the body's bytes, which hash without first becoming a string.
  if (header.checksum !== sha1(bytes)) return { kind: 'damaged', reason: 'its checksum does not match' };
  const body: Body = { bytes, encoding: isAscii(bytes) ? 'latin1' : 'utf8' };
  const entries = new Map<string, Stored>();
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(10, start);
    const end = newline < 0 ? bytes.length : newline;
    const tab = bytes.indexOf(9, start);
    const file = tab < 0 || tab > end ? undefined : pathOf(bytes.toString(body.encoding, start, tab));
    if (file === undefined) return { kind: 'damaged', reason: 'it is not a list of entries' };
    entries.set(file, { start, tab, end });
    start = end + 1;
  }
  return { kind: 'entries', entries, body };
}

/** Whether a note's stamp is the one its entry kept. */
function sameStamp(known: CacheEntry['stamp'], stamp: FileStamp | undefined): boolean {
  return known !== undefined && stamp !== undefined && known[0] === stamp.size && known[1] === stamp.mtimeMs && known[2] === stamp.ctimeMs && known[3] === stamp.ino;
}

/** An entry's result for its note (without `text`, its messages have no `actual`; see `fromStored`). */
function resultOf(entry: CacheEntry, note: Parameters<typeof fromStored>[1]): CachedResult {
  return { messages: entry.messages.map((message) => fromStored(message, note)), stats: entry.stats };
}

/** A cached lint result. */
export interface CachedResult {
  messages: LintMessage[];
  stats: NoteStats;
}

/** What a look-up found. */
export interface Lookup {
  /** The result linted for exactly this text and configuration, if the cache has it. */
  result?: CachedResult;
  /** The text's `textKey`, when the look-up had to compute it (the stamp did not answer). */
  textKey?: string;
}

/** The cache of one run: read once at the start, written once (atomically) at the end. */
export class LintCache {
  /** Files linted or looked up this run; others are kept only while they still exist. */
  private readonly seen = new Set<string>();
  private changed = false;
  /** When the run began: stamps of notes changed since shortly before are not kept. */
  private readonly started = Date.now();
  /** The entry parsed last. */
  private recent?: { line: Stored; entry: CacheEntry };
  /** What went wrong after the file was opened (a malformed entry). */
  readonly warnings: string[] = [];

  private constructor(
    /** The cache file. */
    readonly file: string,
    private readonly linter: string,
    private readonly entries: Map<string, Stored>,
    /** False when the file must not be written (it is not ours, or it cannot be read). */
    private readonly writable: boolean,
    /** The body of the file read, which the entries not yet parsed lie in. */
    private readonly body: Body = NO_BODY,
  ) {}

  /**
   * Open the cache file. Never throws: a missing, stale, damaged, foreign or unreadable file
   * gives an empty cache, and `warning` says what happened when the user should know.
   */
  static async open(file: string, linter: string): Promise<{ cache: LintCache; warning?: string }> {
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { cache: new LintCache(file, linter, new Map(), true) };
      const loaded: Loaded = { kind: 'unreadable', reason: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error)) };
      return LintCache.from(file, linter, loaded);
    }
    return LintCache.from(file, linter, parseCache(content, linter));
  }

  private static from(file: string, linter: string, loaded: Loaded): { cache: LintCache; warning?: string } {
    switch (loaded.kind) {
      case 'entries':
        return { cache: new LintCache(file, linter, loaded.entries, true, loaded.body) };
      case 'fresh':
        return { cache: new LintCache(file, linter, new Map(), true) };
      case 'damaged':
        return { cache: new LintCache(file, linter, new Map(), true), warning: `the cache is damaged (${loaded.reason}); rebuilding it` };
      case 'foreign':
        return {
          cache: new LintCache(file, linter, new Map(), false),
          warning: 'not a followup-lint cache file; running without the cache and leaving the file alone (choose another --cache-location)',
        };
      case 'unreadable':
        return { cache: new LintCache(file, linter, new Map(), false), warning: `the cache cannot be read (${loaded.reason}); running without it` };
    }
  }

  /**
   * A file's entry, parsed from its line (which stays the entry until it changes: parsed entries
   * kept all run long were most of the garbage collector's work). A malformed entry (in a file
   * whose checksum holds, so not written by this build) makes the rest of the file
   * untrustworthy: no entry not yet read is believed, and the file is rebuilt.
   */
  private entryOf(filePath: string): CacheEntry | undefined {
    const stored = this.entries.get(filePath);
    if (stored === undefined || !isLine(stored)) return stored;
    // A note is looked up by its stamp, and then, if that did not answer, by its text.
    if (this.recent?.line === stored) return this.recent.entry;
    let entry: unknown;
    try {
      entry = JSON.parse(this.body.bytes.toString(this.body.encoding, stored.tab + 1, stored.end));
    } catch {
      entry = undefined;
    }
    if (isEntry(entry)) {
      this.recent = { line: stored, entry };
      return entry;
    }
    this.entries.delete(filePath);
    for (const [file, other] of this.entries) if (isLine(other) && !this.seen.has(file)) this.entries.delete(file);
    this.changed = true;
    this.warnings.push(`the cache is damaged (its entry for ${filePath} is malformed); rebuilding it`);
    return undefined;
  }

  /** The stamp to keep for a note read with this one: none when it changed too lately to be sure of. */
  private settled(stamp: FileStamp | undefined): CacheEntry['stamp'] {
    if (!stamp || Math.max(stamp.mtimeMs, stamp.ctimeMs) > this.started - STAMP_SETTLED_MS) return undefined;
    return [stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino];
  }

  /**
   * Look a note up: its entry answers when it was made with this configuration and for this
   * text, which the note's stamp, when the entry has the same, vouches for without hashing it.
   * @param stamp the note's stamp when its text was read
   */
  lookup(filePath: string, text: string, stamp: FileStamp | undefined, config: string): Lookup {
    this.seen.add(filePath);
    const entry = this.entryOf(filePath);
    if (!entry || entry.config !== config) return {};
    const known = entry.stamp;
    let key: string | undefined;
    if (!sameStamp(known, stamp)) {
      key = textKey(text);
      if (entry.text !== key) return { textKey: key };
      // The same text under another stamp (a checkout rewrites every file): keep the new one.
      const settled = this.settled(stamp);
      if (settled?.join() !== known?.join()) {
        if (settled) entry.stamp = settled;
        else delete entry.stamp;
        this.entries.set(filePath, entry);
        this.changed = true;
      }
    }
    return { result: resultOf(entry, { filePath, text }), ...(key ? { textKey: key } : {}) };
  }

  /**
   * Look a note up by its stamp alone, without its text, for a report that does not show it:
   * its entry answers when it was made with this configuration and has the same stamp. The
   * messages have no `actual` (see `fromStored`).
   * @returns undefined when the stamp does not answer (the note must be read and looked up).
   */
  lookupStamp(filePath: string, stamp: FileStamp, config: string): CachedResult | undefined {
    const entry = this.entryOf(filePath);
    if (!entry || entry.config !== config || !sameStamp(entry.stamp, stamp)) return undefined;
    this.seen.add(filePath);
    return resultOf(entry, { filePath });
  }

  /**
   * Remember the lint of a text (the plain lint, not a fix).
   * @param key the text's `textKey`
   * @param stamp the note's stamp when that text was read from it; none for a text this run wrote
   */
  store(filePath: string, text: string, key: string, config: string, result: CachedResult, stamp?: FileStamp): void {
    this.seen.add(filePath);
    const entry = this.entryOf(filePath);
    // The same text and configuration give the same result: nothing to rewrite.
    if (entry && entry.text === key && entry.config === config) return;
    const note = { filePath, text };
    const settled = this.settled(stamp);
    this.entries.set(filePath, {
      text: key,
      config,
      ...(settled ? { stamp: settled } : {}),
      messages: result.messages.map((message) => toStored(message, note)),
      stats: result.stats,
    });
    this.changed = true;
  }

  /** Forget a file (it could not be linted, so its old entry may be stale). */
  forget(filePath: string): void {
    this.seen.add(filePath);
    if (this.entries.delete(filePath)) this.changed = true;
  }

  /**
   * Drop the entries of notes that no longer exist, then write the file atomically if anything
   * changed.
   * @returns a warning when the file could not be written (the run's results stand).
   */
  async save(): Promise<string | undefined> {
    if (!this.writable) return undefined;
    const others = [...this.entries.keys()].filter((file) => !this.seen.has(file));
    const gone = await Promise.all(others.map((file) => stat(file).then((info) => !info.isFile(), () => true)));
    others.forEach((file, i) => {
      if (gone[i] && this.entries.delete(file)) this.changed = true;
    });
    if (!this.changed) return undefined;
    const lines: Buffer[] = [];
    const { bytes, encoding } = this.body;
    for (const [file, stored] of this.entries) {
      if (lines.length > 0) lines.push(NEWLINE);
      // An entry not looked up, or looked up and unchanged, is written as it was read (in ASCII).
      if (isLine(stored) && encoding === 'latin1') lines.push(bytes.subarray(stored.start, stored.end));
      else {
        const line = isLine(stored) ? bytes.toString(encoding, stored.start, stored.end) : entryLine(file, stored);
        lines.push(Buffer.from(asciiJson(line), 'latin1'));
      }
    }
    const body = Buffer.concat(lines);
    const header: CacheHeader = { tool: TOOL, format: FORMAT, linter: this.linter, checksum: sha1(body) };
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeAtomically(this.file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
    } catch (error) {
      return `the cache could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    }
    return undefined;
  }
}
