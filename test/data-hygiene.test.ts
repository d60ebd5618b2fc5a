// Hygiene of the rules' phrase data: every pattern in rules/data compiles, none repeats within a
// file, and no two rules' files carry the same pattern (which would make two rules fire as one).
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../rules/text/matcher.js';
import { LEXICON_CLASSES } from '../rules/data/lexicon.js';

const DATA_DIR = resolve(__dirname, '../rules/data');

/** Data files present when the suite is collected; files added later are picked up on the next run. */
const FILES = readdirSync(DATA_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();

type WordClasses = Record<string, readonly string[]>;

/** One pattern entry found in a data module, with where it sits. */
interface Found {
  file: string;
  /** Export name and path inside it, e.g. `NEGATIVE_CLOSINGS[3]`. */
  where: string;
  pattern: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Every object with a string `pattern`, however deeply it is nested in arrays and plain objects. */
function collectPatterns(value: unknown, where: string, file: string, out: Found[], seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectPatterns(item, `${where}[${i}]`, file, out, seen));
    return;
  }
  if (!isPlainObject(value)) return;
  if (typeof value['pattern'] === 'string') out.push({ file, where, pattern: value['pattern'] });
  for (const [key, child] of Object.entries(value)) if (key !== 'pattern') collectPatterns(child, `${where}.${key}`, file, out, seen);
}

/** Exported word classes (`export const X_CLASSES = { name: [...] }`), which patterns use as `@name`. */
function collectClasses(module: Record<string, unknown>): WordClasses {
  const classes: WordClasses = {};
  for (const [name, value] of Object.entries(module)) {
    if (!/classes$/i.test(name) || !isPlainObject(value)) continue;
    for (const [cls, members] of Object.entries(value)) {
      if (Array.isArray(members) && members.every((m) => typeof m === 'string')) classes[cls] = members as string[];
    }
  }
  return classes;
}

/** The whitespace- and case-insensitive form two patterns are compared in. */
function normalize(pattern: string): string {
  return pattern.trim().split(/\s+/).join(' ').toLowerCase();
}

interface Loaded {
  file: string;
  module?: Record<string, unknown>;
  error?: unknown;
}

let loading: Promise<Loaded[]> | undefined;

/** Import every data module once; a module that fails to load is kept with its error. */
function loadAll(): Promise<Loaded[]> {
  loading ??= Promise.all(
    FILES.map(async (file): Promise<Loaded> => {
      try {
        return { file, module: (await import(pathToFileURL(join(DATA_DIR, file)).href)) as Record<string, unknown> };
      } catch (error) {
        return { file, error };
      }
    }),
  );
  return loading;
}

async function patternsOf(file: string): Promise<{ found: Found[]; classes: WordClasses }> {
  const loaded = (await loadAll()).find((l) => l.file === file)!;
  if (loaded.error) throw new Error(`rules/data/${file} does not load: ${String(loaded.error)}`);
  const found: Found[] = [];
  for (const [name, value] of Object.entries(loaded.module!)) collectPatterns(value, name, file, found);
  return { found, classes: collectClasses(loaded.module!) };
}

/** Word classes exported by any data module, for patterns that use another file's classes. */
async function allClasses(): Promise<WordClasses> {
  const merged: WordClasses = { ...LEXICON_CLASSES };
  for (const l of await loadAll()) if (l.module) Object.assign(merged, collectClasses(l.module));
  return merged;
}

describe('rule data hygiene', () => {
  it('finds the data files', () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  for (const file of FILES) {
    describe(`rules/data/${file}`, () => {
      it('every pattern compiles', async () => {
        const { found, classes } = await patternsOf(file);
        const known = { ...(await allClasses()), ...classes };
        const broken: string[] = [];
        for (const f of found) {
          try {
            compilePatterns([{ pattern: f.pattern }], known);
          } catch (error) {
            broken.push(`${f.where}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        expect(broken).toEqual([]);
      });

      it('no pattern appears twice', async () => {
        const { found } = await patternsOf(file);
        const first = new Map<string, string>();
        const repeats: string[] = [];
        for (const f of found) {
          const key = normalize(f.pattern);
          const earlier = first.get(key);
          if (earlier) repeats.push(`"${f.pattern}" at ${f.where} repeats ${earlier}`);
          else first.set(key, f.where);
        }
        expect(repeats).toEqual([]);
      });
    });
  }

  it('no two files carry the same pattern', async () => {
    const owners = new Map<string, Found>();
    const overlaps: string[] = [];
    for (const l of await loadAll()) {
      if (!l.module) continue;
      const found: Found[] = [];
      for (const [name, value] of Object.entries(l.module)) collectPatterns(value, name, l.file, found);
      for (const f of found) {
        const key = normalize(f.pattern);
        const owner = owners.get(key);
        if (owner && owner.file !== f.file) overlaps.push(`"${f.pattern}": ${owner.file} ${owner.where} and ${f.file} ${f.where}`);
        else if (!owner) owners.set(key, f);
      }
    }
    expect(overlaps, `patterns shared between rules:\n${overlaps.join('\n')}`).toEqual([]);
  });
});
