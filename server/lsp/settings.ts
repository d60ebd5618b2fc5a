// The editor settings (section `followupLint`): their defaults, and how odd values are
// repaired so one bad setting never stops linting.
import { ConfigError, validateConfig, type FollowupLintConfig } from '../../rules/index.js';
import { settingsToConfig } from '../config/resolve.js';
import { DEFAULT_MAX_PROBLEMS } from './problem-limit.js';

/** When documents are linted. */
export type RunMode = 'onType' | 'onSave';

/** The `followupLint` settings section, after repair. */
export interface Settings {
  enable: boolean;
  run: RunMode;
  rules: NonNullable<FollowupLintConfig['rules']>;
  maxWords: number | undefined;
  debounce: number;
  languages: string[];
  /** The most findings published for one document; 0 publishes them all (see problem-limit.ts). */
  maxProblems: number;
}

/** Defaults, matching what the VS Code extension contributes. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  run: 'onType',
  rules: {},
  maxWords: undefined,
  debounce: 250,
  languages: ['markdown'],
  maxProblems: DEFAULT_MAX_PROBLEMS,
});

/** The longest debounce honoured, so a typo cannot stall linting for minutes. */
export const MAX_DEBOUNCE = 10_000;

/** Settings after repair, with a sentence per value that had to be replaced. */
export interface SettingsReading {
  settings: Settings;
  /** The settings as a config object, beneath any `.followuplintrc.json`. */
  config: FollowupLintConfig;
  problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Read a raw settings value (from `workspace/configuration`), repairing what is invalid. */
export function readSettings(raw: unknown): SettingsReading {
  const problems: string[] = [];
  const input = isRecord(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isRecord(raw)) problems.push('Settings followupLint must be an object of settings; using the defaults.');
  const settings: Settings = { ...DEFAULT_SETTINGS, rules: {}, languages: [...DEFAULT_SETTINGS.languages] };
  const bad = (key: string, expected: string): void => {
    problems.push(`Setting followupLint.${key} ${expected}; using the default.`);
  };

  if (input['enable'] !== undefined && input['enable'] !== null) {
    if (typeof input['enable'] === 'boolean') settings.enable = input['enable'];
    else bad('enable', 'must be true or false');
  }
  if (input['run'] !== undefined && input['run'] !== null) {
    if (input['run'] === 'onType' || input['run'] === 'onSave') settings.run = input['run'];
    else bad('run', 'must be "onType" or "onSave"');
  }
  if (input['debounce'] !== undefined && input['debounce'] !== null) {
    const d = input['debounce'];
    if (typeof d === 'number' && Number.isFinite(d) && d >= 0) {
      settings.debounce = Math.min(Math.round(d), MAX_DEBOUNCE);
      if (d > MAX_DEBOUNCE) problems.push(`Setting followupLint.debounce is at most ${MAX_DEBOUNCE} milliseconds; using ${MAX_DEBOUNCE}.`);
    } else bad('debounce', 'must be a number of milliseconds, 0 or more');
  }
  if (input['maxProblems'] !== undefined && input['maxProblems'] !== null) {
    const m = input['maxProblems'];
    if (typeof m === 'number' && Number.isInteger(m) && m >= 0) settings.maxProblems = m;
    else bad('maxProblems', 'must be a whole number, 0 or more (0 shows every finding)');
  }
  if (input['languages'] !== undefined && input['languages'] !== null) {
    const l = input['languages'];
    if (Array.isArray(l) && l.every((x) => typeof x === 'string')) settings.languages = [...(l as string[])];
    else bad('languages', 'must be a list of language ids');
  }
  if (input['maxWords'] !== undefined && input['maxWords'] !== null) {
    const m = input['maxWords'];
    if (typeof m === 'number' && Number.isInteger(m) && m >= 1) settings.maxWords = m;
    else bad('maxWords', 'must be a whole number, 1 or more');
  }

  let config: FollowupLintConfig = {};
  const rules = input['rules'];
  if (rules !== undefined && rules !== null && !isRecord(rules)) bad('rules', 'must be an object of rule settings');
  const candidate = settingsToConfig({ rules: isRecord(rules) ? (rules as Settings['rules']) : {}, maxWords: settings.maxWords });
  try {
    config = validateConfig(candidate, 'Setting followupLint.rules');
    settings.rules = isRecord(rules) ? (rules as Settings['rules']) : {};
  } catch (error) {
    const detail = error instanceof ConfigError ? error.message : String(error);
    problems.push(`${detail}; the rule settings were ignored.`);
    // Keep the word budget even when the rule settings are broken.
    config = settingsToConfig({ maxWords: settings.maxWords });
  }
  return { settings, config, problems };
}
