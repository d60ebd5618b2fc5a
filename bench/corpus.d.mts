// Types for bench/corpus.mjs, so TypeScript tests can import the generator.

/** One generated note and what went into it. */
export interface GeneratedNote {
  /** The note as Markdown. */
  text: string;
  /** Whitespace-separated words in the whole note. */
  words: number;
  /** The problems planted in it (empty for a clean note). */
  problems: string[];
  /** Whether it was built to run far past a short note's length. */
  long: boolean;
  /** "role at company", used as its heading in the 1 MB document. */
  heading: string;
}

/** A seeded generator of floats in [0, 1) with helpers. */
export interface Random {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  sample<T>(list: readonly T[], count: number): T[];
}

export const DEFAULT_SEED: number;
export function createRandom(seed: number): Random;
export function countWords(text: string): number;
export function generateNotes(count: number, seed?: number): GeneratedNote[];
export function bigDocument(minBytes?: number, seed?: number): string;
export function median(values: readonly number[]): number;
