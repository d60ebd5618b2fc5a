// Phrase patterns over lemmas, compiled once and matched against a sentence's tokens.
//
// Pattern syntax (space-separated elements):
//   give        a word, matched against each token's lemmas (give, gave, given, giving)
//   =gave       the exact normalised surface form only
//   a|the|my    alternatives
//   @neg        a word class (from the shared lexicon or the compiling rule)
//   *           any one word
//   x?          an optional element (any element above)
//   ...  / ...4 a gap of up to 3 (or N) words; gaps never cross sentence-internal
//              stops such as ; : ( ) or a dash, but may cross commas and quotes
// Patterns are data, never code: matching is bounded by sentence length times the
// gap sizes, so no entry can cause runaway backtracking.
import type { Token } from './tokens.js';
import { recordFor } from './sentence-record.js';
import { takeWordSlot } from './word-facts.js';
import { LEXICON_CLASSES } from '../data/lexicon.js';
import { WORD_FREQUENCY } from '../data/word-frequency.js';
import { MATCHER_PLANS } from './matcher-plans.js';
import { valueOfKey } from './keyed-lines.js';
import { grown } from './int-arrays.js';

interface TermElement {
  kind: 'term';
  lemmas: ReadonlySet<string>;
  surfaces: ReadonlySet<string>;
  any: boolean;
  optional: boolean;
}

interface GapElement {
  kind: 'gap';
  max: number;
}

type Element = TermElement | GapElement;

interface CompiledPattern<T> {
  entry: T;
  elements: Element[];
  /** Position in the compiled list, to keep results in a stable order. */
  order: number;
  /** Number of the matcher it belongs to. */
  owner: number;
  /** What a match can start with; undefined when any word will do. */
  start: TermElement | undefined;
  /** The words the pattern cannot do without, as shared presence marks. */
  required: readonly Presence[];
  /** Its number among all compiled patterns, for the look-up's tables (see PatternTables). */
  id: number;
}

/** A pattern match: the entry, and the token range it covers. */
export interface Match<T> {
  entry: T;
  /** Index of the first matched token. */
  start: number;
  /** Index just past the last matched token. */
  end: number;
}

/** Punctuation a gap may step over. */
const GAP_PASSABLE = new Set([',', '"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '-']);

const NO_MATCHES: readonly never[] = Object.freeze([]);

/** Thrown for a malformed pattern, naming it. */
export class PatternError extends Error {}

/**
 * Elements that name no word class, by their text: the same text compiles to the same element
 * in every pattern (elements are never changed once made), and the rules' patterns repeat
 * their words (~7,600 elements, ~2,300 distinct texts).
 */
const PLAIN_ELEMENTS = new Map<string, Element>();

/**
 * The element for a pattern's text. Those naming a class (`@neg`) depend on the compiling
 * matcher's classes, so they are kept in its own `byClass` map.
 */
function elementOf(raw: string, classes: Readonly<Record<string, readonly string[]>>, byClass: Map<string, Element>, pattern: string): Element {
  const cache = raw.includes('@') ? byClass : PLAIN_ELEMENTS;
  let element = cache.get(raw);
  if (!element) {
    element = compileElement(raw, classes, pattern);
    cache.set(raw, element);
  }
  return element;
}

function compileElement(raw: string, classes: Readonly<Record<string, readonly string[]>>, pattern: string): Element {
  const gap = /^\.\.\.(\d*)$/.exec(raw);
  if (gap) return { kind: 'gap', max: gap[1] ? Number(gap[1]) : 3 };
  let text = raw;
  const optional = text.endsWith('?') && text.length > 1;
  if (optional) text = text.slice(0, -1);
  const lemmas = new Set<string>();
  const surfaces = new Set<string>();
  let any = false;
  for (const alt of text.split('|')) {
    if (alt === '*') any = true;
    else if (alt.startsWith('@')) {
      const members = classes[alt.slice(1)];
      if (!members) throw new PatternError(`Unknown word class "${alt}" in pattern "${pattern}"`);
      for (const m of members) lemmas.add(m);
    } else if (alt.startsWith('=')) surfaces.add(alt.slice(1).toLowerCase());
    else if (alt !== '') lemmas.add(alt.toLowerCase());
    else throw new PatternError(`Empty alternative in pattern "${pattern}"`);
  }
  return { kind: 'term', lemmas, surfaces, any, optional };
}

function termMatches(el: TermElement, token: Token): boolean {
  if (token.kind === 'punct') return false;
  if (el.any) return true;
  if (token.kind !== 'word') return false;
  if (el.surfaces.has(token.norm)) return true;
  for (const l of token.lemmas) if (el.lemmas.has(l)) return true;
  return false;
}

/** Try to match `elements[ei..]` at `tokens[ti..]`; returns the end token index or -1. */
function matchFrom(elements: readonly Element[], ei: number, tokens: readonly Token[], ti: number): number {
  if (ei === elements.length) return ti;
  const el = elements[ei]!;
  if (el.kind === 'gap') {
    // Lazy: prefer the shortest gap so spans stay tight.
    let words = 0;
    let t = ti;
    for (;;) {
      const end = matchFrom(elements, ei + 1, tokens, t);
      if (end !== -1) return end;
      const tok = tokens[t];
      if (!tok) return -1;
      if (tok.kind === 'punct') {
        if (!GAP_PASSABLE.has(tok.norm)) return -1;
      } else if (++words > el.max) return -1;
      t++;
    }
  }
  const tok = tokens[ti];
  if (tok && termMatches(el, tok)) {
    const end = matchFrom(elements, ei + 1, tokens, ti + 1);
    if (end !== -1) return end;
  }
  if (el.optional) return matchFrom(elements, ei + 1, tokens, ti);
  return -1;
}

/** How often words occur in sample notes (lemmas seen fewer than three times are absent). */
const FREQUENCY = new Map(Object.entries(WORD_FREQUENCY));

/**
 * How many sentences an element lets through, roughly: the sample frequency of its words
 * summed (an unseen word counts as rare). The index files a pattern under its rarest
 * element, so most sentences never look at it.
 */
function breadth(el: TermElement): number {
  let n = 0;
  for (const l of el.lemmas) n += FREQUENCY.get(l) ?? 1;
  for (const w of el.surfaces) n += FREQUENCY.get(w) ?? 1;
  return n;
}

/** Each element's breadth, once worked out: patterns share elements (see elementOf). */
const BREADTH = new WeakMap<TermElement, number>();

function breadthOf(el: TermElement): number {
  let n = BREADTH.get(el);
  if (n === undefined) BREADTH.set(el, (n = breadth(el)));
  return n;
}

/**
 * A mark that one of a set of words occurs in the sentence being looked up, by number (see
 * `marks.seen`). Patterns needing the same words share it.
 */
type Presence = number;

/**
 * What a look-up reads and writes of the marks and patterns, side by side in typed arrays rather
 * than in the pattern and mark objects: a sentence's words bring a few hundred patterns and a few
 * thousand marks a note, most of which are dropped, and objects scattered over the heap cost a
 * cache miss each once the note's parse has pushed them out of the cache.
 */
const marks = {
  /** The last look-up that met each mark, by mark number. */
  seen: new Int32Array(1024),
  count: 0,
};

const tables = {
  /** The last look-up round that picked each pattern, by pattern id, so a round picks it once. */
  tried: new Int32Array(2048),
  /** The number of the matcher each pattern belongs to. */
  owner: new Int32Array(2048),
  /** Where each pattern's required marks start in `required`, and how many there are. */
  requiredAt: new Int32Array(2048),
  requiredCount: new Int32Array(2048),
  /** Every pattern's required marks, one after another. */
  required: new Int32Array(8192),
  requiredLength: 0,
  count: 0,
};

/** A new mark, never met. */
function newPresence(): Presence {
  marks.seen = grown(marks.seen, marks.count + 1);
  return marks.count++;
}

/** Number a pattern of matcher `owner` that requires `required`, filing both in the tables. */
function newPatternId(owner: number, required: readonly Presence[]): number {
  const id = tables.count++;
  tables.tried = grown(tables.tried, id + 1);
  tables.owner = grown(tables.owner, id + 1);
  tables.requiredAt = grown(tables.requiredAt, id + 1);
  tables.requiredCount = grown(tables.requiredCount, id + 1);
  tables.required = grown(tables.required, tables.requiredLength + required.length);
  tables.owner[id] = owner;
  tables.requiredAt[id] = tables.requiredLength;
  tables.requiredCount[id] = required.length;
  tables.required.set(required, tables.requiredLength);
  tables.requiredLength += required.length;
  return id;
}

const PRESENCES = new Map<string, Presence>();
/** Presence marks by a word that sets them, lemmas and surfaces apart. */
const PRESENCE_BY_LEMMA = new Map<string, Presence[]>();
const PRESENCE_BY_SURFACE = new Map<string, Presence[]>();

/** Each element's mark, once found: patterns share elements (see elementOf). */
const PRESENCE_OF_ELEMENT = new WeakMap<TermElement, Presence>();

/** The words of a set in one string, the same for equal sets in any order. */
function setKey(words: ReadonlySet<string>): string {
  if (words.size === 0) return '';
  if (words.size === 1) return words.values().next().value as string;
  return [...words].sort().join('|');
}

/** The shared mark for an element's words, filed under each of them on first use. */
function presenceOf(el: TermElement): Presence {
  const known = PRESENCE_OF_ELEMENT.get(el);
  if (known !== undefined) return known;
  const key = `${setKey(el.lemmas)}=${setKey(el.surfaces)}`;
  let presence = PRESENCES.get(key);
  if (presence === undefined) {
    presence = newPresence();
    PRESENCES.set(key, presence);
    for (const l of el.lemmas) fileUnder(PRESENCE_BY_LEMMA, l, presence);
    for (const w of el.surfaces) fileUnder(PRESENCE_BY_SURFACE, w, presence);
  }
  PRESENCE_OF_ELEMENT.set(el, presence);
  return presence;
}

/** The required words of a pattern (neither optional nor a wildcard), as presence marks. */
function requiredPresences(elements: readonly Element[]): Presence[] {
  return elements.filter((el): el is TermElement => el.kind === 'term' && !el.optional && !el.any).map(presenceOf);
}

/**
 * The narrowest required element of the pattern: a sentence without any of its words
 * cannot match, so the pattern is never tried there. Undefined when every element is
 * optional or a wildcard.
 */
function filterElement(elements: readonly Element[]): TermElement | undefined {
  let best: TermElement | undefined;
  let narrowest = Infinity;
  for (const el of elements) {
    if (el.kind !== 'term' || el.optional || el.any) continue;
    const n = breadthOf(el);
    if (!best || n < narrowest) {
      best = el;
      narrowest = n;
    }
  }
  return best;
}

/**
 * What a match can start with, as one element: the first element, or while elements are
 * optional, it and the next ones merged. Undefined (any word) when a wildcard or a gap can
 * come first.
 */
function startOf(elements: readonly Element[], from = 0): TermElement | undefined {
  const el = elements[from];
  if (!el || el.kind === 'gap' || el.any) return undefined;
  if (!el.optional) return el;
  const rest = startOf(elements, from + 1);
  return rest && { ...el, lemmas: new Set([...el.lemmas, ...rest.lemmas]), surfaces: new Set([...el.surfaces, ...rest.surfaces]), optional: false };
}

/** Add `value` to the list filed under `key`. */
function fileUnder<V>(index: Map<string, V[]>, key: string, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/**
 * One index over every matcher's patterns (the rules compile theirs at load), so a
 * sentence's words are looked up once for all rules rather than once per matcher.
 */
const BY_LEMMA = new Map<string, Array<CompiledPattern<unknown>>>();
/** The same for `=surface` elements, by surface. */
const BY_SURFACE = new Map<string, Array<CompiledPattern<unknown>>>();
let matchers = 0;
let round = 0;

/** Per run of tokens, the candidate patterns of each matcher (by matcher number). */
interface Lookup {
  matchers: number;
  buckets: Array<Array<CompiledPattern<unknown>> | undefined>;
  /** Each matcher's answer for these tokens, by matcher number, once asked. */
  results: Array<readonly Match<unknown>[] | undefined>;
}

/** Any matcher, as the plans keep it. */
type AnyMatcher = Matcher<{ pattern: string }>;

/** Matchers that compiled their patterns as they were made, in that order: what matcherPlans() describes. */
const COMPILED_MATCHERS: AnyMatcher[] = [];

/**
 * What a plan is for: a matcher's patterns, one a line, then its own word classes. The plan
 * of the rules' matchers depends on nothing else (LEXICON_CLASSES is checked once for all).
 */
function planKey(entries: readonly { pattern: string }[], classes: Readonly<Record<string, readonly string[]>>): string {
  return `${entries.map((e) => e.pattern).join('\n')}\n${JSON.stringify(classes)}`;
}

/**
 * Plans as matcherPlans() writes them. Kept to a few long strings, which JSON reads at the speed
 * of a copy: a word's numbers are read only when a note holds the word, and a pattern's
 * required marks only when it is compiled.
 */
interface PlanFile {
  /** LEXICON_CLASSES as JSON when the plans were made. */
  lexicon: string;
  matchers: Array<{
    key: string;
    size: number;
    /** Per pattern, the numbers of the presence marks it requires: comma-separated, patterns apart by `;`. */
    required: string;
    /** The patterns with no required word, by order. */
    always: number[];
  }>;
  /**
   * Lines `word<TAB>patterns<TAB>marks`, sorted by word (code units): the numbers of the
   * patterns filed under the word and of the presence marks it sets, comma-separated. A
   * pattern's number is its plan's first number plus its order.
   */
  lemmas: string;
  /** The same for `=surface` words. */
  surfaces: string;
}

/** Loaded plans, and what of them this module has made so far. */
interface Plans {
  /** Plan number by key, while no matcher has claimed the plan. */
  unclaimed: Map<string, number>;
  matchers: PlanFile['matchers'];
  /** Each plan's first pattern number. */
  first: number[];
  /** The lines of the word indexes. */
  lemmas: string[];
  surfaces: string[];
  /** Each plan's required marks, pattern by pattern, once asked. */
  required: Array<string[] | undefined>;
  /** The matcher that claimed each plan. */
  owners: Array<AnyMatcher | undefined>;
  /** Whether any matcher has claimed a plan (else look-ups skip the plans). */
  claimed: boolean;
  /** Patterns compiled so far, and presence marks made so far, by number. */
  patterns: Array<CompiledPattern<unknown> | undefined>;
  presences: Array<Presence | undefined>;
}

let plans: Plans | undefined;
let plansRead = false;

/** Read the plans once: the bundle's, or those given to useMatcherPlans. Plans made with another lexicon are ignored. */
function loadedPlans(): Plans | undefined {
  if (plansRead) return plans;
  plansRead = true;
  if (MATCHER_PLANS !== undefined) plans = readPlans(MATCHER_PLANS);
  return plans;
}

function readPlans(json: string): Plans | undefined {
  const file = JSON.parse(json) as PlanFile;
  if (file.lexicon !== JSON.stringify(LEXICON_CLASSES)) return undefined;
  const first: number[] = [];
  let next = 0;
  for (const m of file.matchers) {
    first.push(next);
    next += m.size;
  }
  return {
    unclaimed: new Map(file.matchers.map((m, plan) => [m.key, plan])),
    matchers: file.matchers,
    first,
    lemmas: file.lemmas === '' ? [] : file.lemmas.split('\n'),
    surfaces: file.surfaces === '' ? [] : file.surfaces.split('\n'),
    required: [],
    owners: [],
    claimed: false,
    patterns: [],
    presences: [],
  };
}

/**
 * Use these plans (as matcherPlans() wrote them) for the matchers made from now on, instead of
 * any the bundle carries. For tests; plans made with another lexicon are ignored.
 */
export function useMatcherPlans(json: string): void {
  plansRead = true;
  plans = readPlans(json);
}

/** The plan for a matcher with these patterns and classes, claimed for it, if there is one no matcher has claimed. */
function claimPlan(matcher: AnyMatcher, entries: readonly { pattern: string }[], classes: Readonly<Record<string, readonly string[]>>): PlanFile['matchers'][number] | undefined {
  const loaded = loadedPlans();
  if (!loaded) return undefined;
  const key = planKey(entries, classes);
  const plan = loaded.unclaimed.get(key);
  if (plan === undefined) return undefined;
  loaded.unclaimed.delete(key);
  loaded.owners[plan] = matcher;
  loaded.claimed = true;
  return loaded.matchers[plan];
}

/** Comma-separated numbers. */
function numbersOf(list: string | undefined): number[] {
  return list ? list.split(',').map(Number) : [];
}

function plannedPresence(loaded: Plans, n: number): Presence {
  return (loaded.presences[n] ??= newPresence());
}

/** The pattern with this number, compiled on first use; undefined while no matcher has claimed its plan. */
function plannedPattern(loaded: Plans, n: number): CompiledPattern<unknown> | undefined {
  const known = loaded.patterns[n];
  if (known) return known;
  let plan = loaded.first.length - 1;
  while (loaded.first[plan]! > n) plan--;
  const owner = loaded.owners[plan];
  if (!owner) return undefined;
  const order = n - loaded.first[plan]!;
  const required = (loaded.required[plan] ??= loaded.matchers[plan]!.required.split(';'))[order];
  const marks = numbersOf(required).map((p) => plannedPresence(loaded, p));
  return (loaded.patterns[n] = owner.compileAt(order, marks) as CompiledPattern<unknown>);
}

/** Add the planned patterns and presence marks filed under one word. */
function addPlanned(loaded: Plans, lines: readonly string[], word: string, patterns: Set<CompiledPattern<unknown>>, presences: Set<Presence>): void {
  const numbers = valueOfKey(lines, word, '\t');
  if (numbers === undefined) return;
  const [patternNumbers, presenceNumbers] = numbers.split('\t');
  for (const n of numbersOf(patternNumbers)) {
    const c = plannedPattern(loaded, n);
    if (c) patterns.add(c);
  }
  for (const n of numbersOf(presenceNumbers)) presences.add(plannedPresence(loaded, n));
}

/**
 * Index lines for words' pattern and presence numbers (see PlanFile). A word with a tab, a line
 * break or a control character below the tab is left out (valueOfKey needs keys above the tab):
 * no token holds one, so it never finds a pattern or sets a mark.
 */
function indexLines(patterns: Map<string, number[]>, presences: Map<string, number[]>): string {
  const words = [...new Set([...patterns.keys(), ...presences.keys()])].filter((w) => !/[\0-\t\n]/.test(w)).sort();
  return words.map((w) => `${w}\t${(patterns.get(w) ?? []).join(',')}\t${(presences.get(w) ?? []).join(',')}`).join('\n');
}

/**
 * The plans of the matchers compiled so far (in this module, without a plan), as JSON: for
 * each, the words each pattern is filed under, its required presence marks and the words
 * that set them. The build makes the rules' plans, and the bundles carry them, so a start
 * files the patterns without compiling them (useMatcherPlans, MATCHER_PLANS).
 */
export function matcherPlans(): string {
  const numbers = new Map<Presence, number>();
  const presenceNumber = (p: Presence): number => {
    let n = numbers.get(p);
    if (n === undefined) numbers.set(p, (n = numbers.size));
    return n;
  };
  const byLemma = new Map<string, number[]>();
  const bySurface = new Map<string, number[]>();
  const matchersOut: PlanFile['matchers'] = [];
  let first = 0;
  for (const matcher of COMPILED_MATCHERS) {
    const { key, required, always, filters } = matcher.planOf(presenceNumber);
    filters.forEach((filter, order) => {
      for (const l of filter?.lemmas ?? []) fileUnder(byLemma, l, first + order);
      for (const w of filter?.surfaces ?? []) fileUnder(bySurface, w, first + order);
    });
    matchersOut.push({ key, size: required.length, required: required.map((r) => r.join(',')).join(';'), always });
    first += required.length;
  }
  /** Each word's marks among those numbered here. */
  const marks = (index: Map<string, Presence[]>): Map<string, number[]> =>
    new Map(
      [...index].flatMap(([word, all]): Array<[string, number[]]> => {
        const mine = all.filter((p) => numbers.has(p)).map((p) => numbers.get(p)!);
        return mine.length > 0 ? [[word, mine]] : [];
      }),
    );
  const file: PlanFile = {
    lexicon: JSON.stringify(LEXICON_CLASSES),
    matchers: matchersOut,
    lemmas: indexLines(byLemma, marks(PRESENCE_BY_LEMMA)),
    surfaces: indexLines(bySurface, marks(PRESENCE_BY_SURFACE)),
  };
  return JSON.stringify(file);
}

/**
 * What one word brings to a look-up, in one Int32Array (one object to reach, not three): the
 * number of matchers compiled when it was made (a later one may add patterns), the number of
 * patterns filed under the word, their ids, then the presence marks the word sets.
 */
type WordEntry = Int32Array;

/** Every compiled pattern, by id. */
const patternById: Array<CompiledPattern<unknown>> = [];

/**
 * Entries by a word token's lemma list, which stands for the word: every word token's list
 * starts with its spelling and is shared by all tokens of that spelling and kind (a
 * contraction's ending has a list of its own), so equal lists mean equal entries.
 */
const wordEntries = new WeakMap<readonly string[], WordEntry>();
/** The entry's slot in a word token's facts (its spelling's record): read without a look-up. */
const ENTRY_SLOT = takeWordSlot();

function entryOf(token: Token): WordEntry {
  const facts = token.facts;
  const known = (facts ? facts[ENTRY_SLOT] : wordEntries.get(token.lemmas)) as WordEntry | undefined;
  if (known && known[0] === matchers) return known;
  const patterns = new Set<CompiledPattern<unknown>>(BY_SURFACE.get(token.norm));
  const presences = new Set<Presence>(PRESENCE_BY_SURFACE.get(token.norm));
  for (const l of token.lemmas) {
    for (const c of BY_LEMMA.get(l) ?? []) patterns.add(c);
    for (const p of PRESENCE_BY_LEMMA.get(l) ?? []) presences.add(p);
  }
  if (plans?.claimed) {
    addPlanned(plans, plans.surfaces, token.norm, patterns, presences);
    for (const l of token.lemmas) addPlanned(plans, plans.lemmas, l, patterns, presences);
  }
  const entry = Int32Array.from([matchers, patterns.size, ...Array.from(patterns, (c) => c.id), ...presences]);
  if (facts) facts[ENTRY_SLOT] = entry;
  else wordEntries.set(token.lemmas, entry);
  return entry;
}

/** Whether every mark the pattern `id` requires was set in look-up round `now`. */
function allSeen(id: number, now: number): boolean {
  const { required } = tables;
  const seen = marks.seen;
  for (let i = tables.requiredAt[id]!, end = i + tables.requiredCount[id]!; i < end; i++) if (seen[required[i]!] !== now) return false;
  return true;
}

/** The ids of the patterns a look-up picked: reused from one look-up to the next. */
let pickedIds = new Int32Array(256);

/**
 * The candidates of every matcher for a sentence's tokens, kept in the sentence's shared record
 * (rules/text/sentence-record.ts), which lives as long as the tokens, or as the lint.
 */
function lookupOf(tokens: readonly Token[]): Lookup {
  const record = recordFor(tokens);
  const cached = record.lookup as Lookup | undefined;
  // A matcher compiled after the sentence was first seen (not the rules' own) needs a new look-up.
  if (cached && cached.matchers === matchers) return cached;
  const buckets: Array<Array<CompiledPattern<unknown>> | undefined> = [];

  const now = ++round;
  let count = 0;
  for (const tok of tokens) {
    if (tok.kind !== 'word') continue;
    const entry = entryOf(tok);
    // The tables are read after entryOf, which may have compiled patterns and made marks.
    const patternsEnd = 2 + entry[1]!;
    const tried = tables.tried;
    for (let k = 2; k < patternsEnd; k++) {
      const id = entry[k]!;
      if (tried[id] === now) continue;
      tried[id] = now;
      pickedIds = grown(pickedIds, count + 1);
      pickedIds[count++] = id;
    }
    const seen = marks.seen;
    for (let k = patternsEnd; k < entry.length; k++) seen[entry[k]!] = now;
  }
  // A pattern whose other required words are missing cannot match: drop it before matching.
  const { owner } = tables;
  for (let k = 0; k < count; k++) {
    const id = pickedIds[k]!;
    if (allSeen(id, now)) (buckets[owner[id]!] ??= []).push(patternById[id]!);
  }
  const lookup = { matchers, buckets, results: [] };
  record.lookup = lookup;
  return lookup;
}

/**
 * A compiled set of patterns. Each is indexed by the keys of its narrowest required
 * element, so a sentence only tries the few patterns whose rare words it contains. A matcher
 * the loaded plans know (see matcherPlans) files its patterns from the plan and compiles each
 * only when a sentence first holds its words.
 */
export class Matcher<T extends { pattern: string }> {
  /** Patterns with no required word, tried on every sentence. */
  private readonly always: CompiledPattern<T>[] = [];
  private readonly id = matchers++;
  readonly size: number;
  private readonly entries: readonly T[];
  /** The classes it was given, and with the shared lexicon's. */
  private readonly ownClasses: Readonly<Record<string, readonly string[]>>;
  private readonly classes: Readonly<Record<string, readonly string[]>>;
  /** The class elements (`@neg`) of this matcher's patterns, by text: they depend on its classes. */
  private readonly byClass = new Map<string, Element>();
  /** As compiled here, without a plan: each pattern and the element it is filed under. */
  private readonly compiled: Array<{ pattern: CompiledPattern<T>; filter: TermElement | undefined }> = [];

  constructor(entries: readonly T[], classes: Readonly<Record<string, readonly string[]>> = {}) {
    this.entries = entries;
    this.size = entries.length;
    this.ownClasses = classes;
    this.classes = { ...LEXICON_CLASSES, ...classes };
    const plan = claimPlan(this, entries, classes);
    if (plan) {
      for (const order of plan.always) this.always.push(this.compileAt(order, []));
      return;
    }
    for (let order = 0; order < entries.length; order++) {
      const compiled = this.compileAt(order);
      const filter = filterElement(compiled.elements);
      this.compiled.push({ pattern: compiled, filter });
      if (!filter) {
        this.always.push(compiled);
        continue;
      }
      for (const l of filter.lemmas) fileUnder(BY_LEMMA, l, compiled as CompiledPattern<unknown>);
      for (const w of filter.surfaces) fileUnder(BY_SURFACE, w, compiled as CompiledPattern<unknown>);
    }
    COMPILED_MATCHERS.push(this);
  }

  /** Compile the pattern at `order`, with its required presences when a plan gives them. */
  compileAt(order: number, required?: readonly Presence[]): CompiledPattern<T> {
    const entry = this.entries[order]!;
    const parts = entry.pattern.trim().split(/\s+/);
    const elements = parts.map((p) => elementOf(p, this.classes, this.byClass, entry.pattern));
    const first = elements[0];
    if (!first || first.kind === 'gap') throw new PatternError(`Pattern "${entry.pattern}" must start with a word`);
    const marks = required ?? requiredPresences(elements);
    const compiled: CompiledPattern<T> = { entry, elements, order, owner: this.id, start: startOf(elements), required: marks, id: newPatternId(this.id, marks) };
    patternById[compiled.id] = compiled as CompiledPattern<unknown>;
    return compiled;
  }

  /** What a plan for this matcher holds: patterns filed by word, required presences, always-tried patterns. */
  planOf(presenceNumber: (presence: Presence) => number): { key: string; required: number[][]; always: number[]; filters: Array<TermElement | undefined> } {
    return {
      key: planKey(this.entries, this.ownClasses),
      required: this.compiled.map(({ pattern }) => pattern.required.map(presenceNumber)),
      always: this.compiled.flatMap(({ filter }, order) => (filter ? [] : [order])),
      filters: this.compiled.map(({ filter }) => filter),
    };
  }

  /** The patterns that can match somewhere in the tokens, in compile order. */
  private candidates(tokens: readonly Token[]): readonly CompiledPattern<T>[] {
    const bucket = lookupOf(tokens).buckets[this.id] as CompiledPattern<T>[] | undefined;
    if (!bucket) return this.always;
    return [...this.always, ...bucket].sort((a, b) => a.order - b.order);
  }

  /**
   * Every match in the tokens, ordered by start then by length (longest first). The answer
   * for a sentence's tokens is kept while they live: several rules ask for the same one,
   * and an editor's sentences outlive a lint when their section is unchanged.
   */
  findAll(tokens: readonly Token[]): readonly Match<T>[] {
    const { results } = lookupOf(tokens);
    return (results[this.id] ??= this.match(tokens)) as readonly Match<T>[];
  }

  private match(tokens: readonly Token[]): readonly Match<T>[] {
    const candidates = this.candidates(tokens);
    if (candidates.length === 0) return NO_MATCHES;
    const out: Match<T>[] = [];
    // Candidate by candidate, so ties in the sort below keep compile order.
    for (const c of candidates) {
      for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i]!;
        if (tok.kind === 'punct' || (c.start && !termMatches(c.start, tok))) continue;
        const end = matchFrom(c.elements, 0, tokens, i);
        if (end > i) out.push({ entry: c.entry, start: i, end });
      }
    }
    if (out.length > 1) out.sort((a, b) => a.start - b.start || b.end - a.end);
    return out;
  }

  /** Matches that do not overlap, preferring the earliest and then the longest. */
  find(tokens: readonly Token[]): readonly Match<T>[] {
    const out: Match<T>[] = [];
    let last = -1;
    for (const m of this.findAll(tokens)) {
      if (m.start >= last) {
        out.push(m);
        last = m.end;
      }
    }
    return out;
  }
}

/** Compile patterns once, at module load, for reuse across lints. */
export function compilePatterns<T extends { pattern: string }>(
  entries: readonly T[],
  classes?: Readonly<Record<string, readonly string[]>>,
): Matcher<T> {
  return new Matcher(entries, classes);
}
