// Security: configuration is data (no config file or package.json script ever runs, no key
// pollutes a prototype), user phrase lists cannot make a lint run away, and nothing reaches
// the network or sends telemetry.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyRules, ConfigError, lintSync, resolveConfig, RULES, validateConfig, type FollowupLintConfig } from '../../rules/index.js';
import { ConfigResolver, settingsToConfig } from '../../server/config/resolve.js';
import { parseRuleFlags } from '../../server/cli/main.js';
import { cleanup, crashSigns, runBinary, scratchDir } from './cli-harness.js';
import { FIXABLE_NOTE } from './faults.js';
import { startServer } from './lsp-session.js';

const ROOT = path.resolve('.');
const TRAP = path.join(ROOT, 'test/reliability/network-trap.mjs');

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--no-types'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 120_000);

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) cleanup(dirs.pop()!);
});
function scratch(): string {
  const dir = scratchDir('security');
  dirs.push(dir);
  return dir;
}

describe('configuration is data, never code', () => {
  it('config files that are code, and package.json scripts, are never run or read', async () => {
    const dir = scratch();
    const marker = (name: string): string => path.join(dir, `RAN-${name}`);
    const js = (name: string): string => `require('node:fs').writeFileSync(${JSON.stringify(marker(name))}, 'x'); module.exports = { rules: { 'too-long': 'off' } };\n`;
    const esm = (name: string): string => `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker(name))}, 'x'); export default { rules: {} };\n`;
    const files: Record<string, string> = {
      '.followuplintrc.js': js('rc-js'),
      '.followuplintrc.cjs': js('rc-cjs'),
      '.followuplintrc.mjs': esm('rc-mjs'),
      '.followuplintrc.ts': esm('rc-ts'),
      'followuplint.config.js': js('config-js'),
      'followup-lint.config.mjs': esm('config-mjs'),
      '.followuplintrc.yaml': `rules: !!js/function "function () { require('fs').writeFileSync('${marker('yaml')}', 'x') }"\n`,
      '.followuplintrc.yml': 'rules:\n  whining: off\n',
      '.followuplintrc': '{ "rules": { "whining": "off" } }',
      'package.json': JSON.stringify({
        name: 'hostile',
        scripts: Object.fromEntries(['preinstall', 'install', 'postinstall', 'prepare', 'pretest', 'test', 'lint', 'followup-lint', 'prelint'].map((s) => [s, `node -e "require('fs').writeFileSync('${marker(s)}','x')"`])),
      }),
      'note.md': FIXABLE_NOTE,
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const hostile = await runBinary(['--format', 'json', 'note.md'], { cwd: dir });
    const printed = await runBinary(['--print-config', 'note.md'], { cwd: dir });
    // The same note with no config file at all: the hostile files must change nothing.
    const plain = scratch();
    writeFileSync(path.join(plain, 'note.md'), FIXABLE_NOTE);
    const baseline = await runBinary(['--format', 'json', 'note.md'], { cwd: plain });

    expect(crashSigns(hostile)).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.startsWith('RAN-'))).toEqual([]);
    expect(JSON.parse(printed.stdout)).toMatchObject({ configFile: null });
    const ids = (out: string): string[] => (JSON.parse(out) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId);
    expect(ids(hostile.stdout)).toEqual(ids(baseline.stdout));
    expect(ids(hostile.stdout).length).toBeGreaterThan(0);
  });

  const POLLUTERS: Array<[string, string]> = [
    ['top-level __proto__', '{ "__proto__": { "polluted": "yes" } }'],
    ['top-level constructor.prototype', '{ "constructor": { "prototype": { "polluted": "yes" } } }'],
    ['rules.__proto__', '{ "rules": { "__proto__": { "polluted": "yes" } } }'],
    ['rules.constructor', '{ "rules": { "constructor": "off" } }'],
    ['rules.hasOwnProperty', '{ "rules": { "hasOwnProperty": "warn" } }'],
    ['options.__proto__', '{ "rules": { "too-long": ["warn", { "__proto__": { "polluted": "yes" } }] } }'],
    ['overrides[0].rules.__proto__', '{ "overrides": [{ "files": ["*.md"], "rules": { "__proto__": { "polluted": "yes" } } }] }'],
    ['overrides[0].__proto__', '{ "overrides": [{ "files": ["*.md"], "__proto__": { "polluted": "yes" } }] }'],
  ];

  /** Whether anything leaked onto shared objects. */
  function pollution(): string[] {
    const found: string[] = [];
    if (({} as Record<string, unknown>)['polluted'] !== undefined) found.push('Object.prototype.polluted');
    if ((Object as unknown as Record<string, unknown>)['severity'] !== undefined) found.push('Object.severity');
    if ((Object.prototype.hasOwnProperty as unknown as Record<string, unknown>)['severity'] !== undefined) found.push('hasOwnProperty.severity');
    if (([] as unknown as Record<string, unknown>)['polluted'] !== undefined) found.push('Array.prototype.polluted');
    return found;
  }

  it.each(POLLUTERS)('%s in a config file is refused by name and pollutes nothing', (_label, json) => {
    const dir = scratch();
    writeFileSync(path.join(dir, '.followuplintrc.json'), json);
    writeFileSync(path.join(dir, 'package.json'), `{ "followupLint": ${json} }`);
    for (const file of ['.followuplintrc.json', 'package.json']) {
      expect(() => new ConfigResolver({ configFile: path.join(dir, file) })).toThrow(ConfigError);
    }
    expect(() => new ConfigResolver().forFile(path.join(dir, 'note.md'))).toThrow(/__proto__|constructor|hasOwnProperty/);
    expect(() => lintSync('Hello.', { config: JSON.parse(json) as FollowupLintConfig })).toThrow(ConfigError);
    expect(pollution()).toEqual([]);
  });

  it('--rule flags and editor settings with such keys are refused and pollute nothing', () => {
    for (const flag of ['__proto__:off', 'constructor:off', 'toString:warn', 'too-long:["warn",{"__proto__":{"polluted":"yes"}}]']) {
      expect(() => parseRuleFlags([flag])).toThrow(ConfigError);
    }
    const settings = JSON.parse('{ "rules": { "__proto__": { "polluted": "yes" }, "constructor": "off" } }') as { rules: FollowupLintConfig['rules'] };
    expect(() => validateConfig(settingsToConfig(settings))).toThrow(ConfigError);
    expect(pollution()).toEqual([]);
  });

  it('the unvalidated library helpers skip keys that are not rules instead of writing through the prototype chain', () => {
    // resolveConfig and applyRules are exported; a caller may hand them unchecked data.
    const hostile = JSON.parse('{ "rules": { "constructor": "off", "hasOwnProperty": "warn", "__proto__": "error", "too-long": ["warn", { "__proto__": { "polluted": "yes" }, "maxWords": 120 }] } }') as FollowupLintConfig;
    const resolved = resolveConfig(hostile);
    applyRules(resolved.rules, hostile.rules);
    expect(pollution()).toEqual([]);
    expect(resolved.rules['too-long']).toEqual({ severity: 'warn', options: { maxWords: 120 } });
    expect(Object.getPrototypeOf(resolved.rules['too-long']!.options)).toBe(Object.prototype);
    expect(Object.keys(resolved.rules).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });
});

/** Every option of every rule that is a list of phrases. */
function phraseOptions(): Array<{ rule: string; option: string }> {
  const found: Array<{ rule: string; option: string }> = [];
  for (const rule of RULES) {
    for (const [option, schema] of Object.entries(rule.meta.options as Record<string, { type?: string; items?: { type?: string } }>)) {
      if (schema.type === 'array' && schema.items?.type === 'string') found.push({ rule: rule.meta.id, option });
    }
  }
  return found;
}

/** A config putting `list` in every phrase option of every rule. */
function everyPhraseOption(list: readonly string[]): FollowupLintConfig {
  const rules: Record<string, ['warn', Record<string, unknown>]> = {};
  for (const { rule, option } of phraseOptions()) (rules[rule] ??= ['warn', {}])[1][option] = list;
  return { rules };
}

describe('user phrase lists are literal and bounded', () => {
  it('there are phrase options to test', () => {
    expect(phraseOptions().length).toBeGreaterThan(5);
  });

  it('a phrase with regex syntax matches only itself', () => {
    const config: FollowupLintConfig = { rules: { whining: ['warn', { extraPhrases: ['(a+)+$', 'grr.*'] }] } };
    const ids = (text: string): string[] => lintSync(text, { config }).messages.filter((m) => m.ruleId === 'whining').map((m) => m.ruleId);
    expect(ids(`Dear Sam,\n\nThank you. ${'a'.repeat(40)}! It was grrrrr fun.\n\nBest,\nAna\n`)).toEqual([]);
    expect(ids('Dear Sam,\n\nThank you. I typed (a+)+$ in the chat.\n\nBest,\nAna\n')).toEqual(['whining']);
  });

  it('an oversized phrase or phrase list in a config file is a clear error, not a slow lint', () => {
    const huge = Array.from({ length: 10_000 }, (_, i) => `phrase ${i}`);
    const long = '(a+)+'.repeat(2_000);
    for (const { rule, option } of phraseOptions()) {
      expect(() => validateConfig({ rules: { [rule]: ['warn', { [option]: huge }] } }, 'rc.json')).toThrow(new RegExp(`^rc\\.json: rule "${rule}" option "${option}" takes at most 100 entries$`));
      expect(() => validateConfig({ rules: { [rule]: ['warn', { [option]: [long] }] } }, 'rc.json')).toThrow(new RegExp(`^rc\\.json: rule "${rule}" option "${option}" entries must be at most 200 characters long$`));
    }
  });

  it('the largest accepted lists, in every phrase option at once, lint a hostile note in bounded time', () => {
    // Shapes that make a naive matcher slow: long runs of one repeated word, and a tail that never matches.
    const list = Array.from({ length: 100 }, (_, i) => `${i} ${'a '.repeat(97)}b`.slice(0, 200));
    const config = validateConfig(everyPhraseOption(list));
    const note = `Dear Sam,\n\n${'a '.repeat(10_000)}\n\n${FIXABLE_NOTE.repeat(10)}`;
    const started = performance.now();
    lintSync(note, { config });
    const ms = performance.now() - started;
    // A guard against catastrophic backtracking (minutes), not a benchmark.
    expect(ms).toBeLessThan(5_000);
  }, 30_000);
});

/** Every TypeScript source under the given folders. */
function sources(...folders: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'out') walk(full);
      else if (/\.(ts|mts|cts|js|mjs)$/.test(entry.name)) out.push(full);
    }
  };
  for (const f of folders) if (existsSync(f)) walk(f);
  return out;
}

describe('no network, no telemetry', () => {
  const NETWORK_MODULES = /(?:from\s+|require\(\s*|import\(\s*)['"](?:node:)?(?:http|https|http2|net|dgram|tls|dns)(?:\/[\w/]*)?['"]/;
  const NETWORK_CALLS = /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bsendBeacon\b|\bEventSource\b/;
  const TELEMETRY = /telemetry|applicationinsights|analytics|@sentry|posthog|mixpanel|segment\.(?:io|com)/i;

  it('no source of the linter, server or extension imports a network module or calls fetch', () => {
    const files = sources('rules', 'server', 'client/src');
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((f) => NETWORK_MODULES.test(readFileSync(f, 'utf8')) || NETWORK_CALLS.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('the CLI and library bundles contain no network module at all', () => {
    for (const bundle of ['dist/cli.js', 'dist/index.js']) {
      const text = readFileSync(bundle, 'utf8');
      expect(text.match(/(?:require\(|from )"(?:node:)?(?:http|https|http2|net|dgram|tls|dns)"/g) ?? [], bundle).toEqual([]);
    }
  });

  it('nothing sends telemetry, and no telemetry package is a dependency', () => {
    // Code only: the phrase data under rules/data may well mention "analytics" as a topic.
    const files = sources('rules', 'server', 'client/src').filter((f) => !f.includes(`${path.sep}data${path.sep}`));
    const offenders = files.filter((f) => TELEMETRY.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
    for (const manifest of ['package.json', 'client/package.json']) {
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, Record<string, string> | undefined>;
      const deps = Object.keys({ ...pkg['dependencies'], ...pkg['devDependencies'] });
      expect(deps.filter((d) => TELEMETRY.test(d)), manifest).toEqual([]);
    }
  });

  it('the CLI, library and language server at work make no network attempt', async () => {
    const cwd = scratch();
    writeFileSync(path.join(cwd, 'note.md'), FIXABLE_NOTE);
    writeFileSync(path.join(cwd, '.followuplintrc.json'), JSON.stringify({ $schema: 'https://example.invalid/schema.json' }));
    const runs = await Promise.all(
      [['--format', 'sarif'], ['--fix-dry-run'], ['--list-rules'], ['--print-config', 'note.md']].map((args) => runBinary([...args, ...(args[0] === '--list-rules' || args[0] === '--print-config' ? [] : ['note.md'])], { cwd, nodeArgs: ['--import', TRAP] })),
    );
    for (const run of runs) {
      expect(run.stderr).not.toMatch(/NETWORK ATTEMPT/);
      expect(crashSigns(run)).toEqual([]);
    }
    const library = spawnSync(process.execPath, ['--import', TRAP, '--input-type=module', '-e', `const m = await import(${JSON.stringify(path.join(ROOT, 'dist/index.js'))}); const r = await m.lint(${JSON.stringify(FIXABLE_NOTE)}); console.log(r.messages.length);`], { encoding: 'utf8' });
    expect(library.stderr).not.toMatch(/NETWORK ATTEMPT/);
    expect(Number(library.stdout)).toBeGreaterThan(0);

    const server = await startServer(['--import', TRAP], cwd);
    try {
      const uri = `file://${path.join(cwd, 'note.md')}`;
      const diagnostics = new Promise<unknown>((resolve) => server.connection.onNotification('textDocument/publishDiagnostics', resolve));
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: FIXABLE_NOTE } });
      await diagnostics;
    } finally {
      await server.stop();
    }
    expect(server.stderr()).not.toMatch(/NETWORK ATTEMPT/);
  }, 120_000);

  it('the extension declares full support for untrusted workspaces, and no setting names a program to run', () => {
    const pkg = JSON.parse(readFileSync('client/package.json', 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: boolean | string } };
      contributes: { configuration: { properties: Record<string, unknown> } };
    };
    // Supported because nothing a workspace holds is executed; a setting naming a program would break that.
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(Object.keys(pkg.contributes.configuration.properties).filter((k) => /path|executable|command|runtime|node|args/i.test(k))).toEqual([]);
  });
});
