// Finds and loads the configuration for a file: the nearest `.followuplintrc.json` or
// `package.json` with a `followupLint` key, walking up from the file. Shared by the CLI
// and the language server so the editor and CI always agree. Configuration is JSON data
// only: nothing found in a repository is ever executed.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import {
  ConfigError,
  resolveConfig,
  applyRules,
  validateConfig,
  type FollowupLintConfig,
  type ResolvedConfig,
  type RuleSetting,
} from '../../rules/index.js';

/** The config file names looked for in each folder, nearest first within a folder. */
export const CONFIG_FILE = '.followuplintrc.json';
export const PACKAGE_KEY = 'followupLint';

/** A configuration file that was found and parsed. */
export interface LoadedConfig {
  /** Absolute path of the file it came from. */
  filePath: string;
  /** Folder the file sits in; globs in it are relative to this. */
  dir: string;
  config: FollowupLintConfig;
}

/** The configuration that applies to one file. */
export interface FileConfig {
  resolved: ResolvedConfig;
  /** The file the settings came from, if any. */
  source: LoadedConfig | undefined;
  /** True when the config's `ignores` globs exclude the file. */
  ignored: boolean;
}

/** Options for a resolver. */
export interface ResolverOptions {
  /** Settings beneath every file config (e.g. the editor's settings). */
  defaults?: FollowupLintConfig;
  /** Use this file for every lint instead of searching (the CLI's `--config`). */
  configFile?: string;
  /** Rule settings over every file's configuration, overrides included (the CLI's `--rule`). */
  rules?: Record<string, RuleSetting>;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Read and parse a JSON file, turning every failure into a ConfigError that names it. */
function readJson(filePath: string): unknown {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? String(error)})`, filePath);
  }
  try {
    return JSON.parse(stripBom(text));
  } catch (error) {
    throw new ConfigError(`is not valid JSON: ${jsonProblem(text, error)}`, filePath);
  }
}

/** V8's JSON error with its character position turned into a line and column. */
function jsonProblem(text: string, error: unknown): string {
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
  const at = / in JSON at position (\d+)/.exec(detail);
  if (!at) return detail;
  const offset = Number(at[1]) + (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `${detail.slice(0, at.index)} at line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

/** Load and validate a config file (`.followuplintrc.json` or a `package.json`). */
export function loadConfigFile(filePath: string): LoadedConfig | undefined {
  const absolute = path.resolve(filePath);
  const data = readJson(absolute);
  if (path.basename(absolute) === 'package.json') {
    const value = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[PACKAGE_KEY] : undefined;
    if (value === undefined) return undefined;
    return { filePath: absolute, dir: path.dirname(absolute), config: validateConfig(value, `${absolute} (key "${PACKAGE_KEY}")`) };
  }
  return { filePath: absolute, dir: path.dirname(absolute), config: validateConfig(data, absolute) };
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Resolves and caches configuration per folder. */
export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig | null>();
  private readonly explicit: LoadedConfig | undefined;

  constructor(private readonly options: ResolverOptions = {}) {
    if (options.configFile) {
      const loaded = loadConfigFile(options.configFile);
      if (!loaded) throw new ConfigError(`has no "${PACKAGE_KEY}" key`, path.resolve(options.configFile));
      this.explicit = loaded;
    }
  }

  /** Forget every cached file (after a config file changes on disk). */
  clear(): void {
    this.byDir.clear();
  }

  /** The nearest config file for files in `dir`, searching upward; cached. */
  findFor(dir: string): LoadedConfig | undefined {
    const visited: string[] = [];
    let current = path.resolve(dir);
    let found: LoadedConfig | null = null;
    for (;;) {
      const cached = this.byDir.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(current);
      const rc = path.join(current, CONFIG_FILE);
      const pkg = path.join(current, 'package.json');
      const loaded = isFile(rc) ? loadConfigFile(rc) : isFile(pkg) ? loadConfigFile(pkg) : undefined;
      if (loaded) {
        found = loaded;
        break;
      }
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const d of visited) this.byDir.set(d, found);
    return found ?? undefined;
  }

  /**
   * The config file whose settings apply to a file (`--config`'s, or the nearest), if any.
   * @throws ConfigError when it is broken.
   */
  sourceFor(filePath: string): LoadedConfig | undefined {
    return this.explicit ?? this.findFor(path.dirname(path.resolve(filePath)));
  }

  /**
   * The configuration for one file.
   * @throws ConfigError when the governing config file is broken.
   */
  forFile(filePath: string): FileConfig {
    const absolute = path.resolve(filePath);
    const source = this.sourceFor(absolute);
    const base = resolveConfig(this.options.defaults ?? {});
    if (!source) {
      applyRules(base.rules, this.options.rules);
      return { resolved: base, source: undefined, ignored: false };
    }
    const { config, dir } = source;
    const resolved = resolveConfig(config, base);
    const relative = path.relative(dir, absolute).split(path.sep).join('/');
    const matches = (globs: readonly string[]): boolean => !relative.startsWith('..') && picomatch(globs as string[], { dot: true })(relative);
    for (const override of config.overrides ?? []) {
      if (!matches(override.files)) continue;
      applyRules(resolved.rules, override.rules);
      if (override.templates !== undefined) resolved.templates = override.templates;
    }
    applyRules(resolved.rules, this.options.rules);
    const ignored = config.ignores ? matches(config.ignores) : false;
    return { resolved, source, ignored };
  }
}

/** Merge editor-style settings (a `rules` object and `maxWords`) into a config object. */
export function settingsToConfig(settings: { rules?: FollowupLintConfig['rules']; maxWords?: number }): FollowupLintConfig {
  const rules = { ...(settings.rules ?? {}) };
  if (typeof settings.maxWords === 'number' && !rules['too-long']) rules['too-long'] = ['warn', { maxWords: settings.maxWords }];
  else if (typeof settings.maxWords === 'number') {
    const current = rules['too-long']!;
    rules['too-long'] = Array.isArray(current) ? [current[0], { maxWords: settings.maxWords, ...current[1] }] : [current, { maxWords: settings.maxWords }];
  }
  return { rules };
}
