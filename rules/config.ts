// The configuration a lint runs with: its shape, JSON Schema, validation and defaults.
// Pure: reading files is the CLI's and server's job; this module only checks data.
// The schema uses draft 2020-12 (prefixItems), which needs Ajv's 2020 build.
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { compileValidator } from './config-validator.js';
import type { OptionSchema, Rule, Severity } from './types.js';
import { RULES, RULE_IDS } from './registry.js';

/** A rule's setting: a severity, or a severity with options. */
export type RuleSetting = Severity | [Severity, Record<string, unknown>];

/** The contents of `.followuplintrc.json` (or `package.json`'s `followupLint` key). */
export interface FollowupLintConfig {
  $schema?: string;
  /** Per-rule severity and options. */
  rules?: Record<string, RuleSetting>;
  /** Marks the folder as note templates: placeholders are expected there. */
  templates?: boolean;
  /** Globs (relative to the config file) of Markdown files to skip. */
  ignores?: string[];
  /** Settings for files matching globs, relative to the config file; later entries win. */
  overrides?: Array<{ files: string[]; rules?: Record<string, RuleSetting>; templates?: boolean }>;
}

/** One rule's effective setting. */
export interface ResolvedRule {
  severity: Severity;
  options: Record<string, unknown>;
}

/** What the engine runs with: every rule's setting, defaults filled in. */
export interface ResolvedConfig {
  rules: Record<string, ResolvedRule>;
  templates: boolean;
}

/** A configuration problem, with a message fit to show a user as it is. */
export class ConfigError extends Error {
  constructor(
    message: string,
    /** The file the problem is in, when it came from a file. */
    readonly filePath?: string,
  ) {
    super(filePath ? `${filePath}: ${message}` : message);
    this.name = 'ConfigError';
  }
}

export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'info', 'warn', 'error'];

/** Most phrases a list option takes, and longest phrase: a config file cannot make a lint run away. */
export const MAX_LIST_ITEMS = 100;
export const MAX_PHRASE_LENGTH = 200;

/** A rule option's schema, with lists of strings bounded unless the rule bounds them itself. */
function bounded(schema: OptionSchema): OptionSchema {
  const s = schema as { type?: unknown; items?: { type?: unknown; maxLength?: number }; maxItems?: number };
  if (s.type !== 'array' || s.items?.type !== 'string') return schema;
  return { ...schema, maxItems: s.maxItems ?? MAX_LIST_ITEMS, items: { ...s.items, maxLength: s.items.maxLength ?? MAX_PHRASE_LENGTH } } as OptionSchema;
}

function optionSchema(rule: Rule<object>): object {
  const properties: Record<string, OptionSchema> = {};
  for (const [key, schema] of Object.entries(rule.meta.options as Record<string, OptionSchema>)) properties[key] = bounded(schema);
  return { type: 'object', additionalProperties: false, properties };
}

/** The JSON Schema of the configuration file, derived from the rule registry. */
export function configSchema(): Record<string, unknown> {
  const severity = { enum: SEVERITIES, description: 'off, hint, info, warn or error' };
  const ruleProps: Record<string, unknown> = {};
  for (const rule of RULES) {
    ruleProps[rule.meta.id] = {
      description: `${rule.meta.description} (default: ${rule.meta.defaultSeverity})`,
      oneOf: [
        severity,
        { type: 'array', prefixItems: [severity, optionSchema(rule)], items: false, minItems: 1, maxItems: 2 },
      ],
    };
  }
  const rules = { type: 'object', additionalProperties: false, properties: ruleProps, description: 'Rule severities and options.' };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'followup-lint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules,
      templates: { type: 'boolean', description: 'Treat these files as note templates: unfilled placeholders are expected.' },
      ignores: { type: 'array', items: { type: 'string' }, description: 'Globs of files to skip, relative to this file.' },
      overrides: {
        type: 'array',
        description: 'Settings for files matching globs, relative to this file; later entries win.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: { type: 'array', items: { type: 'string' }, minItems: 1 },
            rules,
            templates: { type: 'boolean' },
          },
        },
      },
    },
  };
}

let validator: ValidateFunction | undefined;

function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return bestScore <= Math.max(2, name.length / 3) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** Turn the most telling schema error into one sentence a user can act on. */
function describe(errors: readonly ErrorObject[]): string {
  const where = (e: ErrorObject): string => {
    const parts = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (parts.length === 0) return 'the configuration';
    const text = parts.join('.');
    // rules.<id>.1.<option>, possibly inside overrides.<n>.
    const option = /^(?:overrides\.(\d+)\.)?rules\.([^.]+)\.1\.([^.]+)/.exec(text);
    if (option) return `${option[1] !== undefined ? `overrides[${option[1]}]: ` : ''}rule "${option[2]}" option "${option[3]}"`;
    return `"${text}"`;
  };
  const wording = (e: ErrorObject): string => {
    if (e.keyword === 'type') {
      const type = String(e.params['type']);
      return `must be ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
    }
    return e.message ?? 'is invalid';
  };
  // Prefer the deepest error: it is the most specific.
  const sorted = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length);
  for (const e of sorted) {
    if (e.keyword === 'additionalProperties') {
      const extra = String(e.params['additionalProperty']);
      const isRules = /\/rules$/.test(e.instancePath);
      const isOptions = /\/rules\/[^/]+\/1$/.test(e.instancePath);
      if (isRules) {
        const hint = closest(extra, RULE_IDS);
        return `unknown rule "${extra}"${hint ? ` (did you mean "${hint}"?)` : ''}; run --list-rules to see them`;
      }
      if (isOptions) {
        const ruleId = e.instancePath.split('/')[e.instancePath.split('/').length - 2]!;
        const known = Object.keys(RULES.find((r) => r.meta.id === ruleId)?.meta.defaults ?? {});
        return `rule "${ruleId}" has no option "${extra}"${known.length ? ` (its options: ${known.join(', ')})` : ' (it takes no options)'}`;
      }
      return `${where(e)} has an unknown key "${extra}"`;
    }
  }
  for (const e of sorted) {
    // Before the severity check: oneOf also reports the severity branch as not matching.
    if (e.keyword === 'maxItems') return `${where(e)} takes at most ${String(e.params['limit'])} entries`;
    if (e.keyword === 'maxLength') return `${where(e)} entries must be at most ${String(e.params['limit'])} characters long`;
  }
  for (const e of sorted) {
    if (e.keyword === 'enum' && /\/rules\/[^/]+(\/0)?$/.test(e.instancePath)) {
      return `${where(e)} has an invalid severity; use one of ${SEVERITIES.join(', ')}`;
    }
    if (e.keyword === 'type' || e.keyword === 'minimum' || e.keyword === 'maximum' || e.keyword === 'enum') {
      return `${where(e)} ${wording(e)}`;
    }
  }
  const first = sorted[0];
  if (first && /\/rules\/[^/]+$/.test(first.instancePath)) {
    return `${where(first)} must be a severity (${SEVERITIES.join(', ')}) or [severity, options]`;
  }
  return first ? `${where(first)} ${wording(first)}` : 'invalid configuration';
}

/**
 * Check a configuration object against the schema.
 * @throws ConfigError naming `filePath` and the problem.
 */
export function validateConfig(value: unknown, filePath?: string): FollowupLintConfig {
  validator ??= compileValidator(configSchema());
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError('the configuration must be a JSON object', filePath);
  }
  if (!validator(value)) throw new ConfigError(describe(validator.errors ?? []), filePath);
  return value as FollowupLintConfig;
}

/** Merge rule settings over the defaults of every rule. */
export function resolveConfig(config: FollowupLintConfig = {}, base?: ResolvedConfig): ResolvedConfig {
  const rules: Record<string, ResolvedRule> = {};
  for (const rule of RULES) {
    const inherited = base?.rules[rule.meta.id];
    rules[rule.meta.id] = inherited
      ? { severity: inherited.severity, options: { ...inherited.options } }
      : { severity: rule.meta.defaultSeverity, options: { ...(rule.meta.defaults as Record<string, unknown>) } };
  }
  applyRules(rules, config.rules);
  return { rules, templates: config.templates ?? base?.templates ?? false };
}

/** Apply a `rules` object onto resolved settings, in place. */
export function applyRules(target: Record<string, ResolvedRule>, settings: Record<string, RuleSetting> | undefined): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    // Own keys only: "constructor" or "__proto__" must not reach Object and its prototype.
    const current = Object.hasOwn(target, id) ? target[id] : undefined;
    if (!current) continue;
    if (Array.isArray(setting)) {
      current.severity = setting[0];
      for (const [key, value] of Object.entries(setting[1] ?? {})) {
        if (key !== '__proto__') current.options[key] = value;
      }
    } else current.severity = setting;
  }
}
