// The output formats by name.
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import type { Formatter } from './shared.js';
import { stylish } from './stylish.js';

/** Every `--format` value and its formatter. */
export const FORMATTERS = { stylish, json, sarif, github } satisfies Record<string, Formatter>;

/** A `--format` value. */
export type FormatName = keyof typeof FORMATTERS;

/** Whether a name is a known format. */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}

export type { FormatContext, Formatter } from './shared.js';
