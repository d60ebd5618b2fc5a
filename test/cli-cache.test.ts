// --cache: results of unchanged notes come from the cache file, anything that could change a
// result (text, configuration, version, rule set) invalidates them, and a bad cache file costs
// one warning line, never a crash or a wrong report. Linting is counted through the engine.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { only, rc, runCli, tempTree } from './cli/helpers.js';

const state = vi.hoisted(() => ({ version: '0.1.0', lints: [] as string[], reads: [] as string[] }));

vi.mock('../server/cli/version.js', () => ({
  get VERSION(): string {
    return state.version;
  },
}));

// Every lint the CLI runs goes through lintSync or fixSync; counting the files it is called for shows
// which notes were linted and which came from the cache.
vi.mock('../rules/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../rules/index.js')>();
  return {
    ...actual,
    lintSync: (text: string, options: Parameters<typeof actual.lintSync>[1]) => {
      state.lints.push(path.basename(options?.filePath ?? '?'));
      return actual.lintSync(text, options);
    },
    fixSync: (text: string, options: Parameters<typeof actual.fixSync>[1]) => {
      state.lints.push(path.basename(options?.filePath ?? '?'));
      return actual.fixSync(text, options);
    },
  };
});

// Every note the CLI reads (on the main thread: a run with --cache lints there) is read here.
vi.mock('../server/cli/source-file.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../server/cli/source-file.js')>();
  return {
    ...actual,
    readSourceFileSync: (filePath: string) => {
      state.reads.push(path.basename(filePath));
      return actual.readSourceFileSync(filePath);
    },
  };
});

vi.mock('../rules/registry.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../rules/registry.js')>();
  const { fixtureRule } = await import('./cli/fixture-rule.js');
  const RULES = [...actual.RULES, fixtureRule as unknown as (typeof actual.RULES)[number]];
  return { RULES, RULE_IDS: RULES.map((r) => r.meta.id), ruleById: (id: string) => RULES.find((r) => r.meta.id === id) };
});

const CONFIG = rc({ rules: only({ 'test-typo': 'warn', 'too-long': ['error', { maxWords: 12 }] }) });
const LONG = 'Dear Sam,\n\nThank you for the chat about the role and the team and the plans for next year.\n\nBest,\nAna\n';
const NOTES = { '.followuplintrc.json': CONFIG, 'a.md': 'I saw the team.\n', 'b.md': 'I saw teh team.\n', 'sub/c.md': LONG };

const CACHE = '.followuplintcache';
const cacheArgs = ['--cache', '--format', 'json'];

beforeEach(() => {
  state.version = '0.1.0';
  state.lints = [];
  state.reads = [];
});

afterEach(() => {
  vi.useRealTimers();
});

/** A cache file's parts: its header line, and each note's entry (one line each: path as JSON, a tab, entry as JSON). */
interface CacheFile {
  header: Record<string, unknown>;
  entries: Map<string, Record<string, unknown>>;
}

function readCache(file: string): CacheFile {
  const [headerLine, ...lines] = readFileSync(file, 'utf8').split('\n');
  const entries = new Map<string, Record<string, unknown>>();
  for (const line of lines) {
    const tab = line.indexOf('\t');
    entries.set(JSON.parse(line.slice(0, tab)) as string, JSON.parse(line.slice(tab + 1)) as Record<string, unknown>);
  }
  return { header: JSON.parse(headerLine!) as Record<string, unknown>, entries };
}

/** Write a cache file with a checksum that holds, whatever its entries say. */
function writeCache(file: string, { header, entries }: CacheFile): void {
  const body = [...entries].map(([note, entry]) => `${JSON.stringify(note)}\t${JSON.stringify(entry)}`).join('\n');
  writeFileSync(file, `${JSON.stringify({ ...header, checksum: createHash('sha1').update(body).digest('hex') })}\n${body}`);
}

/** The run's clock a minute ahead, so that notes just written count as settled (their stamps are kept). */
function settleNotes(): void {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
}

/** Run and return what was linted (sorted), with the run's output. */
async function linted(argv: string[], cwd: string): Promise<{ files: string[]; stdout: string; stderr: string; code: number }> {
  state.lints = [];
  const run = await runCli(argv, { cwd });
  return { files: [...new Set(state.lints)].sort(), ...run };
}

describe('--cache', () => {
  it('reports unchanged notes from the cache, exactly as linting them does, in every format', async () => {
    const cwd = tempTree(NOTES);
    for (const format of ['json', 'stylish', 'sarif', 'github']) {
      rmSync(path.join(cwd, CACHE), { force: true });
      const plain = await linted(['--format', format], cwd);
      const cold = await linted(['--cache', '--format', format], cwd);
      const warm = await linted(['--cache', '--format', format], cwd);
      expect(cold.files).toEqual(['a.md', 'b.md', 'c.md']);
      expect(warm.files).toEqual([]);
      expect(warm).toMatchObject({ code: plain.code, stdout: plain.stdout, stderr: '' });
      expect(cold.stdout).toBe(plain.stdout);
    }
    expect(existsSync(path.join(cwd, CACHE))).toBe(true);
  });

  it('lints again only the note whose text changed', async () => {
    const cwd = tempTree(NOTES);
    await linted(cacheArgs, cwd);
    writeFileSync(path.join(cwd, 'a.md'), 'I saw teh team again.\n');
    const run = await linted(cacheArgs, cwd);
    expect(run.files).toEqual(['a.md']);
    const a = (JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>).find((r) => r.filePath.endsWith('a.md'))!;
    expect(a.messages.map((m) => m.ruleId)).toEqual(['test-typo']);
  });

  it('lints everything again when the configuration changes, also through --rule', async () => {
    const cwd = tempTree(NOTES);
    await linted(cacheArgs, cwd);
    expect((await linted([...cacheArgs, '--rule', 'too-long:warn'], cwd)).files).toEqual(['a.md', 'b.md', 'c.md']);
    writeFileSync(path.join(cwd, '.followuplintrc.json'), rc({ rules: only({ 'test-typo': 'error' }) }));
    const changed = await linted(cacheArgs, cwd);
    expect(changed.files).toEqual(['a.md', 'b.md', 'c.md']);
    expect(changed.code).toBe(1);
    expect((await linted(cacheArgs, cwd)).files).toEqual([]);
  });

  it('lints only the notes an override applies to when only the override changes', async () => {
    const cwd = tempTree(NOTES);
    await linted(cacheArgs, cwd);
    const config = JSON.parse(CONFIG) as Record<string, unknown>;
    writeFileSync(path.join(cwd, '.followuplintrc.json'), rc({ ...config, overrides: [{ files: ['sub/**'], rules: { 'too-long': 'off' } }] }));
    expect((await linted(cacheArgs, cwd)).files).toEqual(['c.md']);
  });

  it('lints everything again under another version of followup-lint', async () => {
    const cwd = tempTree(NOTES);
    await linted(cacheArgs, cwd);
    state.version = '0.2.0';
    const run = await linted(cacheArgs, cwd);
    expect(run.files).toEqual(['a.md', 'b.md', 'c.md']);
    expect(run.stderr).toBe('');
  });

  it('--cache-location names the file, or a folder to keep the default file in', async () => {
    const cwd = tempTree({ ...NOTES, 'cache-dir': null });
    await linted([...cacheArgs, '--cache-location', 'ci/lint.cache'], cwd);
    expect(existsSync(path.join(cwd, 'ci/lint.cache'))).toBe(true);
    expect((await linted([...cacheArgs, '--cache-location', 'ci/lint.cache'], cwd)).files).toEqual([]);
    await linted([...cacheArgs, '--cache-location', 'cache-dir'], cwd);
    expect(existsSync(path.join(cwd, 'cache-dir', CACHE))).toBe(true);
    expect(existsSync(path.join(cwd, CACHE))).toBe(false);
  });

  it('drops the entries of notes that no longer exist, and keeps those of notes not linted this time', async () => {
    const cwd = tempTree(NOTES);
    await linted(cacheArgs, cwd);
    rmSync(path.join(cwd, 'b.md'));
    await linted([...cacheArgs, 'a.md'], cwd);
    const entries = [...readCache(path.join(cwd, CACHE)).entries.keys()].map((f) => path.relative(cwd, f));
    expect(entries.sort()).toEqual(['a.md', path.join('sub', 'c.md')]);
  });

  it('writes the file in ASCII, however the notes and findings are written, and reads it back exactly', async () => {
    const cwd = tempTree({ ...NOTES, 'é.md': 'I saw teh “team” 😀 again.\n' });
    const plain = await linted(['--format', 'json'], cwd);
    await linted(cacheArgs, cwd);
    const bytes = readFileSync(path.join(cwd, CACHE));
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    expect(await linted(cacheArgs, cwd)).toMatchObject({ files: [], stdout: plain.stdout });
  });

  it('rebuilds a cache of an earlier layout without a word', async () => {
    const cwd = tempTree(NOTES);
    await linted(cacheArgs, cwd);
    const file = path.join(cwd, CACHE);
    const cache = readCache(file);
    writeCache(file, { ...cache, header: { ...cache.header, format: 2 } });
    const run = await linted(cacheArgs, cwd);
    expect(run).toMatchObject({ files: ['a.md', 'b.md', 'c.md'], stderr: '' });
    expect(readCache(file).header).toMatchObject({ format: 3 });
  });

  it('does not rewrite the cache file when nothing changed', async () => {
    const cwd = tempTree(NOTES);
    await linted(cacheArgs, cwd);
    const file = path.join(cwd, CACHE);
    writeFileSync(file, readFileSync(file));
    const before = readFileSync(file);
    mkdirSync(path.join(cwd, 'empty'));
    await linted(cacheArgs, cwd);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('--cache with a bad cache file', () => {
  it('a damaged cache: one warning, everything linted, the file rebuilt', async () => {
    const cwd = tempTree(NOTES);
    const plain = await linted(['--format', 'json'], cwd);
    await linted(cacheArgs, cwd);
    const file = path.join(cwd, CACHE);
    // A wrong result planted in the cache, without fixing the checksum: it must not be believed.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"errors":1/g, '"errors":0'));
    const run = await linted(cacheArgs, cwd);
    expect(run.stderr).toBe('followup-lint: .followuplintcache: the cache is damaged (its checksum does not match); rebuilding it\n');
    expect(run.files).toEqual(['a.md', 'b.md', 'c.md']);
    expect(run.stdout).toBe(plain.stdout);
    expect(await linted(cacheArgs, cwd)).toMatchObject({ files: [], stderr: '', stdout: plain.stdout });
  });

  it('a truncated cache: one warning and a rebuild', async () => {
    const cwd = tempTree(NOTES);
    await linted(cacheArgs, cwd);
    const file = path.join(cwd, CACHE);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
    const run = await linted(cacheArgs, cwd);
    expect(run.stderr).toMatch(/^followup-lint: \.followuplintcache: the cache is damaged \(.+\); rebuilding it\n$/);
    expect(run.files).toEqual(['a.md', 'b.md', 'c.md']);
  });

  it('a well-formed cache with a malformed entry is damaged, whatever its checksum says', async () => {
    const cwd = tempTree(NOTES);
    await linted(cacheArgs, cwd);
    const file = path.join(cwd, CACHE);
    const cache = readCache(file);
    delete cache.entries.values().next().value!['messages'];
    writeCache(file, cache);
    const run = await linted(cacheArgs, cwd);
    expect(run.stderr).toMatch(/^followup-lint: \.followuplintcache: the cache is damaged \(its entry for .+a\.md is malformed\); rebuilding it\n$/);
    expect(run.files).toEqual(['a.md', 'b.md', 'c.md']);
  });

  it('a malformed entry met partway: the notes looked up before it stand, no entry after it is believed, the file is rebuilt', async () => {
    const cwd = tempTree(NOTES);
    const plain = await linted(['--format', 'json'], cwd);
    await linted(cacheArgs, cwd);
    const file = path.join(cwd, CACHE);
    const cache = readCache(file);
    cache.entries.get(path.join(cwd, 'b.md'))!['stats'] = null;
    writeCache(file, cache);
    const run = await linted(cacheArgs, cwd);
    expect(run.stderr).toMatch(/^followup-lint: \.followuplintcache: the cache is damaged \(its entry for .+b\.md is malformed\); rebuilding it\n$/);
    expect(run.files).toEqual(['b.md', 'c.md']);
    expect(run.stdout).toBe(plain.stdout);
    expect(await linted(cacheArgs, cwd)).toMatchObject({ files: [], stderr: '', stdout: plain.stdout });
  });

  it('a file that is not a cache: one warning, linted without the cache, the file left alone', async () => {
    const cwd = tempTree({ ...NOTES, 'notes.txt': 'my own notes, not a cache\n' });
    const run = await linted([...cacheArgs, '--cache-location', 'notes.txt'], cwd);
    expect(run.stderr).toBe(
      'followup-lint: notes.txt: not a followup-lint cache file; running without the cache and leaving the file alone (choose another --cache-location)\n',
    );
    expect(run.files).toEqual(['a.md', 'b.md', 'c.md']);
    expect(run.code).toBe(1);
    expect(readFileSync(path.join(cwd, 'notes.txt'), 'utf8')).toBe('my own notes, not a cache\n');
  });

  it('a cache that cannot be written: one warning, the run stands', async () => {
    const cwd = tempTree({ ...NOTES, blocker: 'a file where a folder should be\n' });
    const run = await linted([...cacheArgs, '--cache-location', 'blocker/sub/cache'], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^followup-lint: blocker\/sub\/cache: the cache could not be written \((ENOTDIR|EEXIST)\)\n$/);
  });

  it('an empty cache file is an empty cache', async () => {
    const cwd = tempTree({ ...NOTES, [CACHE]: '' });
    const run = await linted(cacheArgs, cwd);
    expect(run.stderr).toBe('');
    expect((await linted(cacheArgs, cwd)).files).toEqual([]);
  });
});

describe('--cache and file stamps', () => {
  it('keeps no stamp for a note that changed just before the run: its text is hashed until it has settled', async () => {
    const cwd = tempTree(NOTES);
    await linted(cacheArgs, cwd);
    const file = path.join(cwd, CACHE);
    expect([...readCache(file).entries.values()].map((e) => e['stamp'])).toEqual([undefined, undefined, undefined]);
    settleNotes();
    expect((await linted(cacheArgs, cwd)).files).toEqual([]);
    const a = statSync(path.join(cwd, 'a.md'));
    expect(readCache(file).entries.get(path.join(cwd, 'a.md'))!['stamp']).toEqual([a.size, a.mtimeMs, a.ctimeMs, a.ino]);
  });

  it('a note whose stamp is unchanged is taken from the cache without its text being hashed', async () => {
    const cwd = tempTree(NOTES);
    settleNotes();
    await linted(cacheArgs, cwd);
    const file = path.join(cwd, CACHE);
    const cache = readCache(file);
    // The stamp vouches for the text: a text hash that no longer matches is not even looked at.
    cache.entries.get(path.join(cwd, 'b.md'))!['text'] = '0'.repeat(40);
    writeCache(file, cache);
    expect((await linted(cacheArgs, cwd)).files).toEqual([]);
  });

  it('a note changed with its modification time and size put back is linted again (its change time moved)', async () => {
    const cwd = tempTree(NOTES);
    settleNotes();
    const note = path.join(cwd, 'b.md');
    // A whole second, which setting the time back gives exactly.
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    utimesSync(note, hourAgo, hourAgo);
    const before = statSync(note);
    await linted(cacheArgs, cwd);
    writeFileSync(note, 'I saw the team.\n');
    utimesSync(note, hourAgo, hourAgo);
    expect(statSync(note)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs, ino: before.ino });
    const run = await linted(cacheArgs, cwd);
    expect(run.files).toEqual(['b.md']);
    vi.useRealTimers();
    expect(run.stdout).toBe((await linted(['--format', 'json'], cwd)).stdout);
  });

  it('a report that does not show the text takes notes with an unchanged stamp from the cache without reading them, exactly as linting them does', async () => {
    const cwd = tempTree(NOTES);
    settleNotes();
    await linted(cacheArgs, cwd);
    for (const format of ['stylish', 'sarif', 'github', 'json']) {
      for (const flags of [[], ['--quiet']]) {
        const plain = await linted(['--format', format, ...flags], cwd);
        state.reads = [];
        const warm = await linted(['--cache', '--format', format, ...flags], cwd);
        expect(warm).toMatchObject({ files: [], code: plain.code, stdout: plain.stdout, stderr: '' });
        // json shows each note's text, so reads it.
        expect(state.reads.sort()).toEqual(format === 'json' ? ['a.md', 'b.md', 'c.md'] : []);
      }
    }
    // --fix needs the text of every note whose findings it might fix.
    state.reads = [];
    await linted(['--cache', '--fix-dry-run'], cwd);
    expect(state.reads.sort()).toEqual(['a.md', 'b.md', 'c.md']);
  });

  it('a note rewritten or touched without a change of text still comes from the cache, and its new stamp is kept', async () => {
    const cwd = tempTree(NOTES);
    settleNotes();
    await linted(cacheArgs, cwd);
    // As a fresh checkout does: the same text, written anew.
    writeFileSync(path.join(cwd, 'a.md'), NOTES['a.md']);
    utimesSync(path.join(cwd, 'b.md'), new Date(), new Date(Date.now() - 3_600_000));
    settleNotes();
    expect((await linted(cacheArgs, cwd)).files).toEqual([]);
    const entries = readCache(path.join(cwd, CACHE)).entries;
    for (const name of ['a.md', 'b.md']) {
      const now = statSync(path.join(cwd, name));
      expect(entries.get(path.join(cwd, name))!['stamp']).toEqual([now.size, now.mtimeMs, now.ctimeMs, now.ino]);
    }
  });
});

describe('--cache with --fix', () => {
  it('skips notes whose cached findings have no safe fix, fixes the others, and caches the fixed text', async () => {
    const cwd = tempTree(NOTES);
    await linted(cacheArgs, cwd);
    const run = await linted(['--cache', '--fix'], cwd);
    // a.md is clean and c.md's finding has no safe fix: only b.md needs fixing.
    expect(run.files).toEqual(['b.md']);
    expect(readFileSync(path.join(cwd, 'b.md'), 'utf8')).toBe('I saw the team.\n');
    expect((await linted(cacheArgs, cwd)).files).toEqual([]);
  });

  it('--fix-dry-run leaves the cache describing what is on disk', async () => {
    const cwd = tempTree(NOTES);
    const plain = await linted(['--format', 'json'], cwd);
    await linted(['--cache', '--fix-dry-run'], cwd);
    expect(readFileSync(path.join(cwd, 'b.md'), 'utf8')).toBe('I saw teh team.\n');
    const run = await linted(cacheArgs, cwd);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.files).toEqual(['b.md']);
  });
});
