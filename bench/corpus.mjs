// Deterministic benchmark corpus: interview follow-up notes in Markdown, built from a seeded PRNG.
import { Buffer } from 'node:buffer';
import {
  BULLETS, CLEAN, COMPANIES, DAYS, FIELDS, FIRST_NAMES, GREETINGS, LAST_NAMES, LINK_SENTENCES, LIST_INTROS,
  NEGATIVE_ENDINGS, PROBLEMS, SIGNOFFS, TITLES, TYPOS, WHEN, YEARS,
} from './corpus-text.mjs';

/** The seed `npm run bench` uses; the 1 MB document uses the next one. */
export const DEFAULT_SEED = 20_240_917;

/**
 * A small seeded generator (32-bit state advanced by a Weyl step, output scrambled by two
 * multiply-xorshift rounds) returning floats in [0, 1). Math.random cannot be seeded, and the
 * corpus must be byte-identical on every machine and Node version.
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    z ^= z >>> 15;
    return (z >>> 0) / 4_294_967_296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  /** `count` distinct items in random order. */
  const sample = (list, count) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, count);
  };
  return { next, int, pick, chance, sample };
}

/** Words as a reader counts them: runs of non-space characters. */
export function countWords(text) {
  const words = text.match(/\S+/g);
  return words ? words.length : 0;
}

const slug = (text) => text.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Draws from a list without repeating until it runs out (a note should not say one thing twice). */
function drawer(random, list) {
  let left = [];
  return () => {
    if (left.length === 0) left = random.sample(list, list.length);
    return left.pop();
  };
}

/** Everything one note's sentences are filled from. */
function castNote(random) {
  const field = random.pick(FIELDS);
  const name = random.pick(FIRST_NAMES);
  const company = random.pick(COMPANIES);
  const [topic, topic2] = random.sample(field.topics, 2);
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const values = {
    name,
    last: random.pick(LAST_NAMES),
    title: random.pick(TITLES),
    other: random.pick(FIRST_NAMES.filter((n) => n !== name)),
    company,
    prev: random.pick(COMPANIES.filter((c) => c !== company)),
    role: random.pick(field.roles),
    team: random.pick(field.teams),
    topic,
    topic2,
    when: random.pick(WHEN),
    day: random.pick(DAYS),
    years: random.pick(YEARS),
    url: `https://${slug(first)}-${slug(last)}.example.com/${random.pick(['work', 'case-study', 'portfolio', 'writing'])}`,
  };
  // These vary from sentence to sentence within a note.
  const varying = { skill: drawer(random, field.skills), skill2: drawer(random, field.skills), tool: drawer(random, field.tools), win: drawer(random, field.wins) };
  return { values, varying, candidate: `${first} ${last}` };
}

/** Fills a template's {slots}; `emphasis` wraps the first filled slot in *…* or **…**. */
function fill(template, cast, emphasis = '') {
  let marked = false;
  return template.replace(/\{(\w+)\}/g, (_, key) => {
    const value = key in cast.varying ? cast.varying[key]() : cast.values[key];
    if (value === undefined) throw new Error(`corpus template has an unknown slot {${key}}: ${template}`);
    if (emphasis && !marked && key !== 'url') {
      marked = true;
      return `${emphasis}${value}${emphasis}`;
    }
    return value;
  });
}

/** Replaces the `nth` whole-word occurrence of `word` (a slip of the keyboard). */
function replaceWord(text, word, replacement, nth) {
  let seen = -1;
  return text.replace(new RegExp(`\\b${word}\\b`, 'g'), (match) => (++seen === nth ? replacement : match));
}

function occurrences(text, word) {
  return (text.match(new RegExp(`\\b${word}\\b`, 'g')) ?? []).length;
}

/** The body-sentence themes a middle paragraph is drawn from. */
const MIDDLE_THEMES = [['strengths'], ['strengths', 'clarify'], ['clarify', 'strengths'], ['extra', 'curious', 'fit'], ['fit', 'strengths']];

/**
 * One note. About 40% are clean; the rest carry one to three of the problems the product flags,
 * and one in eight runs far past a short note's length.
 */
function generateNote(random) {
  const cast = castNote(random);
  const draw = Object.fromEntries(Object.entries({ ...CLEAN, ...PROBLEMS }).map(([k, list]) => [k, drawer(random, list)]));
  const clean = random.chance(0.4);
  const long = random.chance(0.12);
  const target = long ? random.int(520, 820) : Math.round(160 + 190 * ((random.next() + random.next() + random.next()) / 3));

  // Problem sentences, to be scattered through the body.
  const problems = clean ? [] : random.sample(Object.keys(PROBLEMS), random.int(1, 3));
  const planted = [];
  for (const problem of problems) {
    const count = problem === 'apologizing' ? random.int(2, 3) : random.int(1, 2);
    for (let i = 0; i < count; i++) planted.push(draw[problem]());
  }
  const emphasisAt = random.chance(0.3) ? random.int(0, 12) : -1;
  let sentenceIndex = 0;
  const say = (template) => fill(template, cast, sentenceIndex++ === emphasisAt ? random.pick(['*', '**']) : '');

  const paragraphCount = long ? random.int(5, 6) : random.int(3, 6);
  const opening = [];
  if (!random.chance(0.08)) opening.push(say(draw.thanks()));
  for (let i = random.int(1, 2); i > 0; i--) opening.push(say(draw.recap()));
  const closing = [];
  if (random.chance(0.5)) closing.push(say(draw.fit()));
  const negativeEnding = !clean && random.chance(0.3);
  closing.push(negativeEnding ? fill(random.pick(NEGATIVE_ENDINGS), cast) : say(draw.close()));

  const middle = Array.from({ length: paragraphCount - 2 }, () => ({ themes: random.pick(MIDDLE_THEMES), sentences: [] }));
  for (const sentence of planted) {
    const into = random.int(0, middle.length);
    (into === middle.length ? opening : middle[into].sentences).push(fill(sentence, cast));
  }
  const budget = target - countWords([...opening, ...closing].join(' '));
  const perParagraph = budget / middle.length;
  for (const paragraph of middle) {
    let words = countWords(paragraph.sentences.join(' '));
    let guard = 0;
    while ((words < perParagraph || paragraph.sentences.length < 2) && guard++ < 12) {
      const sentence = say(draw[random.pick(paragraph.themes)]());
      // Insert among the planted sentences so problems do not always open a paragraph.
      paragraph.sentences.splice(random.int(0, paragraph.sentences.length), 0, sentence);
      words += countWords(sentence);
    }
  }
  if (random.chance(0.3)) random.pick(middle).sentences.push(fill(random.pick(LINK_SENTENCES), cast));

  const blocks = [opening.join(' '), ...middle.map((p) => p.sentences.join(' '))];
  if (random.chance(0.25)) {
    const items = random.sample(BULLETS, random.int(3, 4)).map((b) => `- ${fill(b, cast)}`);
    blocks.splice(random.int(1, blocks.length), 0, `${fill(random.pick(LIST_INTROS), cast)}\n\n${items.join('\n')}`);
  }
  blocks.push(closing.join(' '));

  let body = blocks.join('\n\n');
  if (random.chance(0.2)) {
    for (let slips = random.int(1, 2); slips > 0; slips--) {
      const candidates = TYPOS.filter(([word]) => occurrences(body, word) > 0);
      if (candidates.length === 0) break;
      const [word, typo] = random.pick(candidates);
      body = replaceWord(body, word, typo, random.int(0, occurrences(body, word) - 1));
    }
  }
  if (random.chance(0.05) && occurrences(body, 'the') > 0) body = replaceWord(body, 'the', 'the the', random.int(0, occurrences(body, 'the') - 1));
  if (random.chance(0.15)) body = body.replace('; ', ' — ');
  if (random.chance(0.35)) body = body.replace(/'/g, '’');

  const greeting = fill(random.pick(GREETINGS), cast);
  const text = `${greeting}\n\n${body}\n\n${random.pick(SIGNOFFS)}\n${cast.candidate}\n`;
  return { text, words: countWords(text), problems: negativeEnding ? [...problems, 'negative-ending'] : problems, long, heading: `${cast.values.role} at ${cast.values.company}` };
}

/**
 * `count` notes from `seed`. Notes come from one stream, so the first k notes are the same
 * whatever the count.
 */
export function generateNotes(count, seed = DEFAULT_SEED) {
  if (!Number.isInteger(count) || count < 1) throw new Error(`note count must be a positive integer, got ${count}`);
  const random = createRandom(seed);
  return Array.from({ length: count }, () => generateNote(random));
}

/**
 * One long Markdown document: notes under numbered headings until it holds at least
 * `minBytes` bytes of UTF-8. Built from its own seed so it does not depend on the note count.
 */
export function bigDocument(minBytes = 1_000_000, seed = DEFAULT_SEED + 1) {
  const random = createRandom(seed);
  const parts = ['# Follow-up notes, collected\n'];
  let bytes = Buffer.byteLength(parts[0]);
  for (let i = 1; bytes < minBytes; i++) {
    const note = generateNote(random);
    const part = `\n## ${i}. ${note.heading}\n\n${note.text}`;
    parts.push(part);
    bytes += Buffer.byteLength(part);
  }
  return parts.join('');
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
