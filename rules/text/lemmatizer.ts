// The lemmatizer the tokenizer asks for candidate lemmas. From source this is wink-lemmatizer
// itself; the bundles replace this module with tableLemmatizer() over a table the build derives
// from the same library's data (scripts/lemma-table-plugin.mjs), which answers alike and starts faster.
import winkLemmatizer from 'wink-lemmatizer';
import type { Lemmatizer } from './lemma-table.js';

/** Base forms of a lowercase word read as a verb, a noun or an adjective. */
export const lemmatizer: Lemmatizer = winkLemmatizer;
