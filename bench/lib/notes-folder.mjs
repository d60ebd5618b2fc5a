// Writes the CLI benchmarks' folder of notes: greetings, paragraphs and sign-offs of the
// development corpus recombined by a seeded generator, 100 notes to a subfolder.
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = 20_251_122;

/** A small seeded PRNG (mulberry32): the same notes on every machine and every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The development corpus's notes numbered 001-100, the ones the benchmark was first recorded
 * with: notes added later (101 on) would change its input.
 */
export const firstHundred = (name) => /^(0\d\d|100)-.*\.md$/.test(name);

/** Greetings, body paragraphs and sign-offs of the development corpus, in file order. */
function corpusParts() {
  const dir = path.join(ROOT, 'test/corpus/dev');
  const parts = { greetings: [], bodies: [], signoffs: [] };
  for (const name of readdirSync(dir).filter(firstHundred).sort()) {
    const blocks = readFileSync(path.join(dir, name), 'utf8')
      .split(/\n\s*\n/)
      .map((b) => b.trim())
      .filter(Boolean);
    if (blocks.length < 3) continue;
    parts.greetings.push(blocks[0]);
    parts.signoffs.push(blocks[blocks.length - 1]);
    parts.bodies.push(...blocks.slice(1, -1));
  }
  return parts;
}

/** The texts of `count` notes: a greeting, two to five paragraphs, a sign-off. */
export function noteTexts(count) {
  const next = random(SEED);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const { greetings, bodies, signoffs } = corpusParts();
  return Array.from({ length: count }, () => {
    const body = Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(bodies));
    return `${[pick(greetings), ...body, pick(signoffs)].join('\n\n')}\n`;
  });
}

/**
 * Write `count` notes under `dir` (folders batch-000, batch-001, …) and an empty configuration
 * (every rule at its default, no config search above the folder).
 * @returns the bytes written in notes.
 */
export function writeNotesFolder(dir, count) {
  let bytes = 0;
  noteTexts(count).forEach((text, i) => {
    const folder = path.join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `note-${String(i).padStart(5, '0')}.md`), text);
    bytes += Buffer.byteLength(text);
  });
  writeFileSync(path.join(dir, '.followuplintrc.json'), '{}\n');
  return bytes;
}
