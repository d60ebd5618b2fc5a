// Types for scripts/lemma-table-plugin.mjs, which the tests import.
import type { Plugin } from 'esbuild';
import type { LexiconData } from '../rules/text/lemma-table.js';

/** The wink-lexicon data wink-lemmatizer loads. */
export function lexiconData(): LexiconData;
/** The encoded table, as the bundles carry it. */
export function encodedLemmaTable(): Promise<string>;
export const lemmaTablePlugin: Plugin;
