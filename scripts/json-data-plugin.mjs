// An esbuild plugin that bundles large data-only CommonJS modules as one JSON.parse call.
// wink-lexicon's word list is 77,000 `words.x = n;` statements: V8 parses and runs those in
// ~70 ms at every start, where parsing the same data as JSON takes ~25 ms.
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';

const require = createRequire(import.meta.url);

/** The modules turned into JSON: pure data, required at build time to read their value. */
const DATA_MODULES = /[\\/]node_modules[\\/]wink-lexicon[\\/]src[\\/]wn-[a-z-]+\.js$/;

/** Whether a value survives JSON unchanged: plain objects (or null-prototype ones), arrays, strings, finite numbers, booleans, null. */
function isJsonData(value) {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isJsonData);
  if (typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every(isJsonData);
}

/** The esbuild plugin. A module that is not pure JSON data is left as it is. */
export const jsonDataPlugin = {
  name: 'json-data',
  setup(build) {
    build.onLoad({ filter: DATA_MODULES }, (args) => {
      const value = require(args.path);
      if (!isJsonData(value)) return undefined;
      const json = JSON.stringify(value);
      const parsed = JSON.parse(json);
      // Lookups like words['constructor'] must stay undefined: keep a null prototype.
      const nullPrototype = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === null;
      if (!isDeepStrictEqual(nullPrototype ? Object.setPrototypeOf(parsed, null) : parsed, value)) return undefined;
      const expression = `JSON.parse(${JSON.stringify(json)})`;
      return { contents: `module.exports = ${nullPrototype ? `Object.setPrototypeOf(${expression}, null)` : expression};\n`, loader: 'js' };
    });
  },
};
