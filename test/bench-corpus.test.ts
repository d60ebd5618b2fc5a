// The benchmark corpus generator is deterministic and shaped like the notes it stands for.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, bigDocument, createRandom, generateNotes, median } from '../bench/corpus.mjs';

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('bench corpus', () => {
  const notes = generateNotes(1000);

  it('gives byte-identical notes for the same seed and different ones for another seed', () => {
    const again = generateNotes(1000, DEFAULT_SEED);
    expect(digest(again.map((n) => n.text).join('\u0000'))).toBe(digest(notes.map((n) => n.text).join('\u0000')));
    const other = generateNotes(50, DEFAULT_SEED + 7);
    expect(other.map((n) => n.text)).not.toEqual(notes.slice(0, 50).map((n) => n.text));
  });

  it('gives the same first notes whatever the count', () => {
    expect(generateNotes(10).map((n) => n.text)).toEqual(notes.slice(0, 10).map((n) => n.text));
  });

  it('has a median near 300 words, with some notes far too long', () => {
    const m = median(notes.map((n) => n.words));
    expect(m).toBeGreaterThanOrEqual(270);
    expect(m).toBeLessThanOrEqual(330);
    expect(notes.filter((n) => n.words > 500).length).toBeGreaterThan(50);
  });

  it('mixes clean notes with every planted problem', () => {
    const clean = notes.filter((n) => n.problems.length === 0).length;
    expect(clean).toBeGreaterThan(250);
    expect(clean).toBeLessThan(600);
    const planted = new Set(notes.flatMap((n) => n.problems));
    for (const problem of ['whining', 'begging', 'blaming', 'badmouthing', 'apologizing', 'slip', 'negative-ending']) expect(planted).toContain(problem);
  });

  it('writes Markdown: greeting, paragraphs, and sometimes a list, a link and emphasis', () => {
    for (const { text } of notes.slice(0, 100)) {
      expect(text).toMatch(/^(Hi|Hello|Dear|Good afternoon) [^\n]+,\n\n/);
      const paragraphs = text.split('\n\n').length;
      expect(paragraphs).toBeGreaterThanOrEqual(5);
      expect(text).not.toMatch(/\{\w+\}/);
    }
    const all = notes.map((n) => n.text).join('\n');
    expect(all).toMatch(/^- /m);
    expect(all).toMatch(/\]\(https:\/\/[\w.-]+\.example\.com\/\w[\w-]*\)/);
    expect(all).toMatch(/\*\*[^*\n]+\*\*/);
    expect(all).toMatch(/(^|[^*])\*[^*\s][^*\n]*\*(?!\*)/);
  });

  it('builds a document of at least 1,000,000 bytes, the same every time', () => {
    const big = bigDocument();
    expect(Buffer.byteLength(big)).toBeGreaterThanOrEqual(1_000_000);
    expect(Buffer.byteLength(big)).toBeLessThan(1_010_000);
    expect(digest(bigDocument())).toBe(digest(big));
    expect(big).toMatch(/^## 2\. /m);
  });

  it('draws from a seeded generator that repeats exactly', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const first = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(first);
    expect(Math.min(...first)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...first)).toBeLessThan(1);
    // Not stuck in a corner of the range.
    expect(median(first)).toBeGreaterThan(0.4);
    expect(median(first)).toBeLessThan(0.6);
  });
});
