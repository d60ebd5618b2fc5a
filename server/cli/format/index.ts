// The output formats by name.
import { github, githubFormat } from './github.js';
import { json, jsonFormat } from './json.js';
import { sarif, sarifFormat } from './sarif.js';
import type { Formatter, NoteFormat } from './shared.js';
import { stylish, stylishFormat } from './stylish.js';

/** Every `--format` value and its formatter. */
export const FORMATTERS = { stylish, json, sarif, github } satisfies Record<string, Formatter>;

/** A `--format` value. */
export type FormatName = keyof typeof FORMATTERS;

/** Every format, made note by note. */
export const NOTE_FORMATS: Record<FormatName, NoteFormat> = { stylish: stylishFormat, json: jsonFormat, sarif: sarifFormat, github: githubFormat };

/** Whether a name is a known format. */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}

export type { FormatContext, Formatter, NoteFormat } from './shared.js';
