// esbuild plugin: replaces rules/text/lemmatizer.ts (wink-lemmatizer, which loads all of
// WordNet's words and senses at start) with tableLemmatizer() over a compact table encoded here,
// at build time, from the data that same wink-lemmatizer reads. test/text/lemma-table.test.ts
// checks the table's answers against the library's.
import { createRequire } from 'node:module';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { dataBesideBundle, READER_MODULE } from './data-beside-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TABLE_SOURCE = path.join(root, 'rules/text/lemma-table.ts');

/** The wink-lexicon data wink-lemmatizer loads: resolved from the library, so it is the copy the library uses. */
export function lexiconData() {
  const fromLibrary = createRequire(createRequire(import.meta.url).resolve('wink-lemmatizer'));
  const load = (name) => fromLibrary(`wink-lexicon/src/${name}.js`);
  return {
    words: load('wn-words'),
    senses: load('wn-word-senses'),
    adjectiveExceptions: load('wn-adjective-exceptions'),
    nounExceptions: load('wn-noun-exceptions'),
    verbExceptions: load('wn-verb-exceptions'),
  };
}

/** rules/text/lemma-table.ts with what it imports, bundled and loaded as a module here. */
async function tableModule() {
  const { outputFiles } = await build({ entryPoints: [TABLE_SOURCE], bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
}

/** The encoded table, as the bundles read it from beside themselves. */
export async function encodedLemmaTable() {
  const { encodeLemmaTable } = await tableModule();
  return encodeLemmaTable(lexiconData());
}

/** Encoded once per build run, shared by every bundle. */
let encoded;

/** The data file the bundles read the table from (scripts/data-beside-bundle.mjs). */
export const LEMMA_TABLE_FILE = 'lemma-table.txt';

export const lemmaTablePlugin = {
  name: 'lemma-table',
  setup(build) {
    const reads = dataBesideBundle(build, LEMMA_TABLE_FILE, () => (encoded ??= encodedLemmaTable()));
    build.onLoad({ filter: /[\\/]rules[\\/]text[\\/]lemmatizer\.ts$/ }, () => {
      // Read beside the bundle when the table is first asked for.
      reads();
      const contents = `import { tableLemmatizer } from './lemma-table.ts';
import { dataBesideBundle } from '${READER_MODULE}';
export const lemmatizer = tableLemmatizer(() => dataBesideBundle(${JSON.stringify(LEMMA_TABLE_FILE)}));
`;
      return { contents, loader: 'ts', resolveDir: path.join(root, 'rules/text') };
    });
  },
};
