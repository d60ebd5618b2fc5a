// Turns command-line operands (files, folders, globs) into the list of notes to lint,
// honouring node_modules, nested .gitignore files and .followuplintignore files.
import { existsSync, readFileSync, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';

/** The linter's own ignore file; it works like a .gitignore in the folder it sits in. */
export const IGNORE_FILE = '.followuplintignore';

/** File name endings linted when a folder is walked. */
export const MARKDOWN_EXTENSIONS: readonly string[] = ['.md', '.markdown'];

/** Folders never walked into. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

/** A note found by discovery. */
export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** True when it was named on the command line (so a config's `ignores` is reported, not silent). */
  explicit: boolean;
}

/** What discovery found, and the operands it could not use. */
export interface Discovery {
  files: FoundFile[];
  /** One-line problems, e.g. a missing file or a glob that matched nothing. */
  problems: Array<{ path: string; message: string }>;
  /** Files named on the command line that an ignore file excludes (reported, not an error). */
  ignored: string[];
}

/** How to discover. */
export interface DiscoverOptions {
  cwd: string;
  /** False for `--no-ignore`: .gitignore and .followuplintignore are not read. */
  useIgnoreFiles: boolean;
}

/** The ignore rules of one ignore-file name, read per folder and cached. */
export class IgnoreRules {
  private readonly byDir = new Map<string, Ignore | null>();

  constructor(private readonly fileName: string) {}

  private rulesIn(dir: string): Ignore | null {
    let rules = this.byDir.get(dir);
    if (rules !== undefined) return rules;
    rules = null;
    const file = path.join(dir, this.fileName);
    try {
      rules = ignore({ allowRelativePaths: true }).add(readFileSync(file, 'utf8'));
    } catch {
      // No ignore file here (or an unreadable one, which git would skip as well).
    }
    this.byDir.set(dir, rules);
    return rules;
  }

  /** Whether any folder from `top` down to `dir` (both included) has this ignore file. */
  hasRulesBetween(top: string, dir: string): boolean {
    const rel = path.relative(top, dir);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return false;
    let current = top;
    if (this.rulesIn(current)) return true;
    for (const part of rel === '' ? [] : rel.split(path.sep)) {
      current = path.join(current, part);
      if (this.rulesIn(current)) return true;
    }
    return false;
  }

  /**
   * Whether `target` is ignored by the files of every folder from `top` down to its parent,
   * deeper files overriding shallower ones as in git. Paths outside `top` are never ignored.
   */
  isIgnored(target: string, isDir: boolean, top: string): boolean {
    const relToTop = path.relative(top, target);
    if (relToTop === '' || relToTop.startsWith('..') || path.isAbsolute(relToTop)) return false;
    const parts = relToTop.split(path.sep);
    let ignored = false;
    let dir = top;
    for (let i = 0; i < parts.length; i++) {
      const rules = this.rulesIn(dir);
      if (rules) {
        const rel = parts.slice(i).join('/') + (isDir ? '/' : '');
        const verdict = rules.test(rel);
        if (verdict.ignored) ignored = true;
        else if (verdict.unignored) ignored = false;
      }
      dir = path.join(dir, parts[i]!);
    }
    return ignored;
  }
}

/** The folder ignore files are read from: the enclosing git work tree, else the cwd. */
export function ignoreRoot(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

function isMarkdown(name: string): boolean {
  const lower = name.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A folder a walk could not list, and why. */
export interface UnreadableFolder {
  dir: string;
  reason: string;
}

/** Finds notes; one instance per run so ignore files are read once. */
export class Discoverer {
  private readonly root: string;
  private readonly gitignore = new IgnoreRules('.gitignore');
  private readonly ownIgnore = new IgnoreRules(IGNORE_FILE);

  constructor(private readonly options: DiscoverOptions) {
    this.root = ignoreRoot(options.cwd);
  }

  /** Whether discovery skips this path (any ignore file, from `top` down). */
  private skipped(target: string, isDir: boolean, top = this.root): boolean {
    if (!this.options.useIgnoreFiles) return false;
    return this.gitignore.isIgnored(target, isDir, top) || this.ownIgnore.isIgnored(target, isDir, top);
  }

  /** Whether `.followuplintignore` excludes a file named on the command line. */
  explicitlyIgnored(file: string): boolean {
    return this.options.useIgnoreFiles && this.ownIgnore.isIgnored(file, false, this.root);
  }

  /**
   * Every Markdown file under `dir`, skipping ignored paths; symlinked folders are not followed
   * (no loops). A folder that cannot be listed is added to `unreadable` and the walk goes on.
   */
  async walk(dir: string, top: string, out: string[], unreadable: UnreadableFolder[] = []): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      // Skipped, but said, as git and ripgrep do: notes in it would otherwise go unchecked unnoticed.
      unreadable.push({ dir, reason: describeFsError(error as NodeJS.ErrnoException) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // Entries here can be ignored only by ignore files from `top` down to this folder: where
    // there are none, as in most folders of notes, they are not asked about one by one.
    const ruled = this.options.useIgnoreFiles && (this.gitignore.hasRulesBetween(top, dir) || this.ownIgnore.hasRulesBetween(top, dir));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED.has(entry.name) || (ruled && this.skipped(full, true, top))) continue;
        await this.walk(full, top, out, unreadable);
      } else if (isMarkdown(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await isFileTarget(full))))) {
        if (!ruled || !this.skipped(full, false, top)) out.push(full);
      }
    }
  }

  /** Resolve command-line operands (none means the whole cwd). */
  async discover(operands: readonly string[]): Promise<Discovery> {
    const { cwd } = this.options;
    const found = new Map<string, FoundFile>();
    const problems: Discovery['problems'] = [];
    const ignored: string[] = [];
    const add = (file: string, explicit: boolean): void => {
      const existing = found.get(file);
      if (!existing || (explicit && !existing.explicit)) found.set(file, { path: file, explicit });
    };
    const walkFrom = async (dir: string): Promise<void> => {
      // A folder named on the command line is walked even if an ignore file excludes it;
      // the rules of ignore files inside it still apply.
      const top = this.skipped(dir, true) ? dir : this.root;
      const files: string[] = [];
      const unreadable: UnreadableFolder[] = [];
      await this.walk(dir, top, files, unreadable);
      for (const f of files) add(f, false);
      for (const u of unreadable) problems.push({ path: path.relative(cwd, u.dir) || '.', message: `cannot be read (${u.reason}); skipped` });
    };

    if (operands.length === 0) await walkFrom(path.resolve(cwd));
    for (const operand of operands) {
      const target = path.resolve(cwd, operand);
      const info = await stat(target).catch((error: NodeJS.ErrnoException) => error);
      if (!(info instanceof Error)) {
        if (info.isDirectory()) await walkFrom(target);
        else if (this.explicitlyIgnored(target)) ignored.push(target);
        else add(target, true);
        continue;
      }
      if (isDynamicPattern(operand)) {
        const matches = await glob(operand.split(path.sep).join('/'), {
          cwd,
          absolute: true,
          onlyFiles: true,
          dot: false,
          ignore: ['**/node_modules/**', '**/.git/**'],
          expandDirectories: false,
        });
        const kept = matches.map((m) => path.resolve(m)).filter((m) => !this.skipped(m, false));
        if (kept.length === 0) problems.push({ path: operand, message: 'no files match this pattern' });
        for (const m of kept) add(m, false);
        continue;
      }
      const described = describeFsError(info);
      problems.push({ path: operand, message: described === (info.code ?? info.message) ? `cannot be read (${described})` : described });
    }
    const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, problems, ignored };
  }
}

/** A file-system error in a few words. */
export function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links (a link loop?)';
    default:
      return error.code ?? error.message;
  }
}

async function isFileTarget(link: string): Promise<boolean> {
  try {
    return (await stat(link)).isFile();
  } catch {
    return false;
  }
}
