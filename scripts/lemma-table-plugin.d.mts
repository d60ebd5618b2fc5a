// Types for scripts/lemma-table-plugin.mjs, which the tests import.
import type { Plugin } from 'esbuild';
import type { LexiconData } from '../rules/text/lemma-table.js';

/** The wink-lexicon data wink-lemmatizer loads. */
export function lexiconData(): LexiconData;
/** The encoded table, as the bundles read it from beside themselves. */
export function encodedLemmaTable(): Promise<string>;
/** The data file the bundles read the table from. */
export const LEMMA_TABLE_FILE: string;
export const lemmaTablePlugin: Plugin;
