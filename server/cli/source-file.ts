// Reads a note from disk (decoding, BOM, binary detection) and writes a fixed one back
// safely: atomically, in the same encoding, and only if nobody changed it meanwhile.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

/** How a note's bytes were encoded, so a fix can be written back the same way. */
export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

/** A note read from disk. */
export interface SourceFile {
  /** The text the linter sees: decoded, without the byte order mark. */
  text: string;
  encoding: Encoding;
  /** Whether the file began with a byte order mark (kept on write). */
  bom: boolean;
  /** The exact bytes read, to tell whether the file changed before a write. */
  bytes: Buffer;
  /** The file's metadata when it was read (by `readSourceFileSync`). */
  stamp?: FileStamp;
}

/**
 * What a file's metadata says about its version: a write changes its modification and change
 * times (the change time, unlike the other, cannot be set back), a replacement its inode.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** A file's stamp from its stat. */
export function stampOf(info: Stats): FileStamp {
  return { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
}

/** A regular file's stamp, without opening it; undefined for anything else or on any error (reading it will say what is wrong). */
export function stampAt(filePath: string): FileStamp | undefined {
  try {
    const info = statSync(filePath, { throwIfNoEntry: false });
    return info?.isFile() ? stampOf(info) : undefined;
  } catch {
    return undefined;
  }
}

/** Why a file could not be linted; each becomes one line on standard error. */
export class SourceError extends Error {
  constructor(
    message: string,
    /** A short machine-readable kind: `not-found`, `directory`, `permission`, `binary`, `encoding`, `changed`, `io`. */
    readonly kind: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

/** Files bigger than this are refused rather than read whole into memory. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

function describeErrno(error: unknown): SourceError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new SourceError('no such file', 'not-found');
    case 'EISDIR':
      return new SourceError('is a directory, not a file', 'directory');
    case 'EACCES':
    case 'EPERM':
      return new SourceError('permission denied', 'permission');
    case 'ELOOP':
      return new SourceError('too many levels of symbolic links (a link loop?)', 'io');
    default:
      return new SourceError(`cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`, 'io');
  }
}

/** Strict UTF-8; a decoder is reusable, as each call without `stream` starts afresh. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decode a note's bytes: UTF-16 when it has a UTF-16 BOM, otherwise strict UTF-8. */
export function decode(bytes: Buffer): SourceFile {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf16le', bom: true, bytes };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return { text: swapped.toString('utf16le'), encoding: 'utf16be', bom: true, bytes };
  }
  // A NUL byte never occurs in UTF-8 text; it is the usual sign of a binary file.
  if (bytes.includes(0)) throw new SourceError('looks like a binary file (it contains NUL bytes); skipped', 'binary');
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new SourceError('is not valid UTF-8 text; skipped (save it as UTF-8 to lint it)', 'encoding');
  }
  // TextDecoder drops a leading BOM itself; note it from the bytes so a write puts it back.
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text, encoding: 'utf8', bom, bytes };
}

/** Encode text the way `like` was encoded (same encoding, same BOM). */
export function encode(text: string, like: Pick<SourceFile, 'encoding' | 'bom'>): Buffer {
  if (like.encoding === 'utf8') return Buffer.from((like.bom ? '\ufeff' : '') + text, 'utf8');
  const body = Buffer.from(text, 'utf16le');
  if (like.encoding === 'utf16be') body.swap16();
  const mark = like.encoding === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Buffer.concat([Buffer.from(like.bom ? mark : []), body]);
}

/**
 * Read and decode a note.
 * @throws SourceError with a one-line reason when the file cannot be linted.
 */
export async function readSourceFile(filePath: string): Promise<SourceFile> {
  try {
    checkReadable(await stat(filePath));
    return decode(await readFile(filePath));
  } catch (error) {
    throw error instanceof SourceError ? error : describeErrno(error);
  }
}

/**
 * Read and decode a note without leaving the thread: for the CLI's loop over many notes, where
 * each asynchronous read costs several times the CPU of reading a small note outright.
 * @throws SourceError as `readSourceFile` does.
 */
export function readSourceFileSync(filePath: string): SourceFile {
  let fd: number | undefined;
  try {
    // Opened first and checked through the descriptor: one look-up of the path instead of two
    // (a stat, then the open), which was a third of reading a small note. Without blocking, so
    // opening a FIFO returns at once and is refused by the check; a regular file ignores it.
    fd = openSync(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    checkReadable(info);
    const file = decode(readAll(fd, info.size));
    file.stamp = stampOf(info);
    return file;
  } catch (error) {
    throw error instanceof SourceError ? error : describeErrno(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Read a file whole, as `readFileSync` does: `size` bytes when its stat gave a size (a file that
 * grows meanwhile is read as it was), else on to the end (files such as /proc's report none).
 */
function readAll(fd: number, size: number): Buffer {
  if (size > 0) {
    const buffer = Buffer.allocUnsafe(size);
    let length = 0;
    while (length < size) {
      const read = readSync(fd, buffer, length, size - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > MAX_FILE_BYTES) throw new SourceError(`is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; skipped`, 'io');
  }
}

/** Refuse what is not a regular file of a sane size (a FIFO would block the read). */
function checkReadable(info: Stats): void {
  if (info.isDirectory()) throw new SourceError('is a directory, not a file', 'directory');
  if (!info.isFile()) throw new SourceError('is not a regular file; skipped', 'io');
  if (info.size > MAX_FILE_BYTES) throw new SourceError(`is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; skipped`, 'io');
}

/** The line ending a text uses throughout, or undefined when it mixes them or has none. */
export function uniformEol(text: string): '\r\n' | '\n' | undefined {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length;
  if (lf === 0) return undefined;
  if (crlf === lf) return '\r\n';
  return crlf === 0 ? '\n' : undefined;
}

/**
 * Make a fixed text keep the original's line endings: in a CRLF file, a line break a fix
 * inserted as a bare LF becomes CRLF. Mixed files are left exactly as the fix made them.
 */
export function keepLineEndings(original: string, fixed: string): string {
  return uniformEol(original) === '\r\n' ? fixed.replace(/\r?\n/g, '\r\n') : fixed;
}

/** Why a write failed, in words, for the errors a user can do something about. */
const WRITE_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
};

/**
 * Write a file atomically with write-file-atomic, loaded at the first write rather than at start:
 * loading it loads node:crypto (~5 ms of every start), and a run that fixes nothing and keeps no
 * cache never writes.
 */
export async function writeAtomically(filePath: string, data: string | Buffer): Promise<void> {
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(filePath, data);
}

/**
 * Write a fixed note over the original atomically (temporary file, then rename), in the
 * original's encoding and BOM, keeping its mode and owner. Refuses when the file's bytes
 * differ from what was read, so an edit made meanwhile is never lost.
 * @throws SourceError when the file changed or cannot be written; the original is then intact.
 */
export async function writeSourceFile(filePath: string, original: SourceFile, text: string): Promise<void> {
  let current: Buffer;
  try {
    current = await readFile(filePath);
  } catch (error) {
    throw describeErrno(error);
  }
  if (!current.equals(original.bytes)) {
    throw new SourceError('changed on disk while it was being fixed; not written (run again)', 'changed');
  }
  try {
    await writeAtomically(filePath, encode(text, original));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = WRITE_ERRORS[code ?? ''] ?? code ?? String(error);
    throw new SourceError(`could not be written (${reason}); the original is unchanged`, 'write');
  }
}
