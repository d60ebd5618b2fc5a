// The labelled corpus on disk: its labels, its notes, and the configuration each note is linted with.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FollowupLintConfig } from '../rules/config.js';

/** Every rule the corpus is labelled for, in the order the advice lists them. */
export const LABELLED_RULES = [
  'too-long',
  'whining',
  'begging',
  'blaming-others',
  'badmouthing',
  'trivial-slip',
  'missing-thanks',
  'missing-strengths',
  'negative-ending',
  'desperation',
  'hounding',
  'self-deprecation',
  'over-apologizing',
  'oversharing',
  'unfilled-placeholder',
] as const;

/**
 * The splits: rule authors read and tune against `dev` and `test`; `holdout` is written
 * blind and never read while writing rules, so its scores are the honest measurement.
 */
export const SPLITS = ['dev', 'test', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

/** What a note is as a whole. */
export type NoteKind = 'clean' | 'near-miss' | 'flawed';

/** One note's hand label. */
export interface NoteLabel {
  /** Rules that apply to the note (ids from {@link LABELLED_RULES}). */
  rules: string[];
  kind: NoteKind;
  /** Why, in a few words. */
  notes?: string;
}

/** A note ready to lint: where it is, its label and its configuration. */
export interface CorpusNote {
  /** Path relative to the corpus folder, with forward slashes (the key in labels.json). */
  path: string;
  split: Split;
  label: NoteLabel;
  source: string;
  /** The nearest `.followuplintrc.json` between the note and the corpus folder, if any. */
  config: FollowupLintConfig;
}

/**
 * The corpus folder. The same relative hop works from `scripts/` (tests, tsc) and
 * from `dist/` (the bundled quality script).
 */
export const CORPUS_DIR = fileURLToPath(new URL('../test/corpus/', import.meta.url));

const KINDS: readonly string[] = ['clean', 'near-miss', 'flawed'];

/** Read and check `labels.json`; a malformed entry is an error naming it. */
export function loadLabels(corpusDir: string = CORPUS_DIR): Record<string, NoteLabel> {
  const file = join(corpusDir, 'labels.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file}: expected an object keyed by note path`);
  const labels: Record<string, NoteLabel> = {};
  for (const [path, value] of Object.entries(data)) {
    const entry = value as Partial<NoteLabel> | null;
    const where = `${file}: "${path}"`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where} must be an object`);
    if (!Array.isArray(entry.rules) || !entry.rules.every((r) => typeof r === 'string')) throw new Error(`${where} needs "rules", an array of rule ids`);
    if (typeof entry.kind !== 'string' || !KINDS.includes(entry.kind)) throw new Error(`${where} needs "kind": one of ${KINDS.join(', ')}`);
    if (entry.notes !== undefined && typeof entry.notes !== 'string') throw new Error(`${where}: "notes" must be a string`);
    labels[path] = { rules: entry.rules, kind: entry.kind, ...(entry.notes ? { notes: entry.notes } : {}) };
  }
  return labels;
}

/** Every Markdown note under the split folders, as corpus-relative paths, sorted. */
export function listNotePaths(corpusDir: string = CORPUS_DIR): string[] {
  const paths: string[] = [];
  for (const split of SPLITS) {
    const root = join(corpusDir, split);
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
      // `parentPath` is Node 20.12+; `path` is its older name.
      const parent = (entry as { parentPath?: string }).parentPath ?? entry.path;
      paths.push(toKey(relative(corpusDir, join(parent, entry.name))));
    }
  }
  return paths.sort();
}

function toKey(path: string): string {
  return path.split(sep).join('/');
}

/** The split a corpus path belongs to, or undefined when it is outside every split. */
export function splitOf(path: string): Split | undefined {
  const first = path.split('/')[0];
  return SPLITS.find((s) => s === first);
}

/**
 * The configuration for a note: the nearest `.followuplintrc.json` in its folder or
 * a parent, stopping at the corpus folder (so the project's own config never leaks in).
 */
export function configFor(notePath: string, corpusDir: string = CORPUS_DIR): FollowupLintConfig {
  const root = resolve(corpusDir);
  let dir = dirname(resolve(root, notePath));
  while (dir.startsWith(root)) {
    const candidate = join(dir, '.followuplintrc.json');
    if (existsSync(candidate)) {
      try {
        return JSON.parse(readFileSync(candidate, 'utf8')) as FollowupLintConfig;
      } catch (error) {
        throw new Error(`${candidate}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (dir === root) break;
    dir = dirname(dir);
  }
  return {};
}

/** Load every labelled note with its source and configuration. */
export function loadCorpus(corpusDir: string = CORPUS_DIR): CorpusNote[] {
  const labels = loadLabels(corpusDir);
  const notes: CorpusNote[] = [];
  for (const [path, label] of Object.entries(labels)) {
    const split = splitOf(path);
    if (!split) throw new Error(`labels.json: "${path}" is not under ${SPLITS.join('/ or ')}/`);
    const file = join(corpusDir, path);
    if (!existsSync(file)) throw new Error(`labels.json: "${path}" does not exist`);
    notes.push({ path, split, label, source: readFileSync(file, 'utf8'), config: configFor(path, corpusDir) });
  }
  return notes.sort((a, b) => a.path.localeCompare(b.path));
}
