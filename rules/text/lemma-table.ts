// A compact form of the WordNet data wink-lemmatizer consults, and a lemmatizer that reads it.
// wink-lemmatizer asks of a candidate base form only whether WordNet knows it as an adjective,
// a verb or a noun, plus three exception lists; the library loads all 77,000 words with every
// sense (~85 ms at each start). The build encodes just those answers (see
// scripts/lemma-table-plugin.mjs) and test/text/lemma-table.test.ts checks this lemmatizer
// against the library's, so the two cannot drift apart.
import { valueOfKey } from './keyed-lines.js';

/** What a lemmatizer gives: the base form of a word read as each part of speech. */
export interface Lemmatizer {
  verb(word: string): string;
  noun(word: string): string;
  adjective(word: string): string;
}

/** The data wink-lemmatizer reads from wink-lexicon, as the build hands it to encodeLemmaTable(). */
export interface LexiconData {
  /** Every base form, to its index in `senses`. */
  words: Readonly<Record<string, number>>;
  /** Each word's WordNet lexicographer file numbers. */
  senses: readonly (readonly number[])[];
  adjectiveExceptions: Readonly<Record<string, string>>;
  nounExceptions: Readonly<Record<string, string>>;
  verbExceptions: Readonly<Record<string, string>>;
}

/** Part-of-speech bits of a word, as wink-lemmatizer's isAdjective, isVerb and isNoun read its senses. */
const ADJECTIVE = 1;
const VERB = 2;
const NOUN = 4;

/** Words per block: a look-up finds its block by binary search over the first words, then reads one block. */
const BLOCK = 16;
/**
 * A word shares up to this many leading characters with the one before; the count is one
 * character from '0' up to 'X', below the letters and clear of the separators (',' '|' newline).
 */
const MAX_SHARED = 40;
/** The sections of the table, in order, one a line: blocks, their first words, three exception lists. */
const SECTIONS = 5;

function partsOfSenses(senses: readonly number[]): number {
  let parts = 0;
  for (const sense of senses) {
    if (sense < 2) parts |= ADJECTIVE;
    if (sense > 28 && sense < 44) parts |= VERB;
    if (sense > 2 && sense < 29) parts |= NOUN;
  }
  return parts;
}

function sharedPrefix(a: string, b: string): number {
  const most = Math.min(a.length, b.length, MAX_SHARED);
  let n = 0;
  while (n < most && a.charCodeAt(n) === b.charCodeAt(n)) n += 1;
  return n;
}

function checkWord(word: string, what: string): void {
  if (!/^[a-z]+$/.test(word)) throw new Error(`lemma table: ${what} ${JSON.stringify(word)} is not a lowercase word`);
}

function encodeExceptions(exceptions: Readonly<Record<string, string>>): string {
  return Object.keys(exceptions)
    .sort()
    .map((key) => {
      const value = exceptions[key]!;
      checkWord(key, 'exception');
      if (typeof value !== 'string' || /[\s,\n]/.test(value)) throw new Error(`lemma table: exception value ${JSON.stringify(value)}`);
      return `${key} ${value}`;
    })
    .join(',');
}

/**
 * Encode the lexicon: the words WordNet knows as an adjective, verb or noun, sorted and
 * front-coded in blocks, then each block's first word, then the three exception lists. Words that are none of the three
 * answer as unknown words do, so they are left out.
 */
export function encodeLemmaTable(data: LexiconData): string {
  const known: string[] = [];
  const parts = new Map<string, number>();
  for (const word of Object.keys(data.words)) {
    const senses = data.senses[data.words[word]!];
    if (!senses) throw new Error(`lemma table: no senses for ${JSON.stringify(word)}`);
    const bits = partsOfSenses(senses);
    if (bits === 0) continue;
    checkWord(word, 'word');
    known.push(word);
    parts.set(word, bits);
  }
  known.sort();
  const blocks: string[] = [];
  const heads: string[] = [];
  for (let i = 0; i < known.length; i += BLOCK) {
    heads.push(known[i]!);
    const entries: string[] = [];
    let previous = '';
    for (const word of known.slice(i, i + BLOCK)) {
      const bits = String(parts.get(word));
      if (previous === '') entries.push(word + bits);
      else {
        const shared = sharedPrefix(previous, word);
        entries.push(String.fromCharCode(48 + shared) + word.slice(shared) + bits);
      }
      previous = word;
    }
    blocks.push(entries.join(','));
  }
  // The first words again, on their own: a start splits them out in one call.
  const exceptions = [data.adjectiveExceptions, data.nounExceptions, data.verbExceptions].map(encodeExceptions);
  return [blocks.join('|'), heads.join('|'), ...exceptions].join('\n');
}

/**
 * Look-ups in an encoded table. It is split into its parts at first use, and searched in place:
 * building the block heads and maps of the ~6,000 exceptions took a one-note run several
 * milliseconds and a megabyte of garbage.
 */
class LemmaTable {
  private readonly blocks: string[];
  private readonly heads: string[];
  private readonly exceptions: string[][];

  constructor(encoded: string) {
    const sections = encoded.split('\n');
    if (sections.length !== SECTIONS) throw new Error('lemma table: malformed');
    const split = (section: string, by: string): string[] => (section === '' ? [] : section.split(by));
    this.blocks = split(sections[0]!, '|');
    this.heads = split(sections[1]!, '|');
    if (this.heads.length !== this.blocks.length) throw new Error('lemma table: malformed');
    this.exceptions = sections.slice(2).map((section) => split(section, ','));
  }

  /** The part-of-speech bits of a base form; 0 when WordNet knows it as none of the three. */
  parts(word: string): number {
    const heads = this.heads;
    if (heads.length === 0 || word < heads[0]!) return 0;
    let lo = 0;
    let hi = heads.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (heads[mid]! <= word) lo = mid;
      else hi = mid - 1;
    }
    const block = this.blocks[lo]!;
    let previous = '';
    let at = 0;
    while (at < block.length) {
      let end = block.indexOf(',', at);
      if (end === -1) end = block.length;
      const current = previous === '' ? block.slice(at, end - 1) : previous.slice(0, block.charCodeAt(at) - 48) + block.slice(at + 1, end - 1);
      if (current === word) return block.charCodeAt(end - 1) - 48;
      if (current > word) return 0;
      previous = current;
      at = end + 1;
    }
    return 0;
  }

  adjectiveException(word: string): string | undefined {
    return valueOfKey(this.exceptions[0]!, word, ' ');
  }

  nounException(word: string): string | undefined {
    return valueOfKey(this.exceptions[1]!, word, ' ');
  }

  verbException(word: string): string | undefined {
    return valueOfKey(this.exceptions[2]!, word, ' ');
  }
}

/** wink-lemmatizer's noun endings and what each becomes, tried in this order. */
const NOUN_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/s$/, ''],
  [/ses$/, 's'],
  [/xes$/, 'x'],
  [/zes$/, 's'],
  [/ves$/, 'f'],
  [/ches$/, 'ch'],
  [/shes$/, 'sh'],
  [/men$/, 'man'],
  [/ies$/, 'y'],
];

/**
 * A lemmatizer over an encoded table that answers as wink-lemmatizer 3.0.4 does (its
 * adaptation of WordNet's Morphy), step for step; the table (or the function that gives it) is
 * read when first asked.
 */
export function tableLemmatizer(encoded: string | (() => string)): Lemmatizer {
  let table: LemmaTable | undefined;
  const read = (): LemmaTable => (table ??= new LemmaTable(typeof encoded === 'string' ? encoded : encoded()));
  const is = (word: string, part: number): boolean => (read().parts(word) & part) !== 0;
  return {
    adjective(adjective) {
      const exception = read().adjectiveException(adjective);
      if (exception) return exception;
      let lemma = adjective.replace(/est$|er$/, '');
      if (lemma.length === adjective.length) return adjective;
      if (is(lemma, ADJECTIVE)) return lemma;
      lemma += 'e';
      if (is(lemma, ADJECTIVE)) return lemma;
      return adjective;
    },
    verb(verb) {
      const exception = read().verbException(verb);
      if (exception) return exception;
      let lemma = verb.replace(/s$/, '');
      if (lemma.length !== verb.length && is(lemma, VERB)) return lemma;
      lemma = verb.replace(/ies$/, 'y');
      if (lemma.length !== verb.length && is(lemma, VERB)) return lemma;
      lemma = verb.replace(/es$|ed$|ing$/, '');
      if (lemma.length !== verb.length) {
        if (is(lemma, VERB)) return lemma;
        lemma += 'e';
        if (is(lemma, VERB)) return lemma;
      }
      return verb;
    },
    noun(noun) {
      const exception = read().nounException(noun);
      if (exception) return exception;
      for (const [ending, by] of NOUN_ENDINGS) {
        const lemma = noun.replace(ending, by);
        if (lemma.length !== noun.length && is(lemma, NOUN)) return lemma;
      }
      return noun;
    },
  };
}
