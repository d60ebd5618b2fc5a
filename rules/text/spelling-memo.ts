// A memo keyed by a word's spelling, looked up once for every word of every note read.
//
// A Map keyed by strings compares the word with the key it holds, and that key is a string
// somewhere on the heap: once a note's parse has pushed the memo out of the cache, a cache miss
// per word before the value is even reached. Here the keys' hashes and characters sit side by
// side in typed arrays, so a look-up reads the table, the hash, the characters and the value.
import { grown } from './int-arrays.js';

/** FNV-1a over the UTF-16 units of a word. */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Values by spelling, open addressing; `clear()` empties it. */
export class SpellingMemo<V> {
  /** Per slot, the entry's number plus one; 0 for an empty slot. Twice as many slots as entries at least. */
  private slots = new Int32Array(1024);
  /** Per entry: its key's hash, where its characters start and how many there are. */
  private hashes = new Int32Array(256);
  private starts = new Int32Array(256);
  private lengths = new Int32Array(256);
  private chars = new Uint16Array(2048);
  private charCount = 0;
  private values: V[] = [];

  /** Number of entries. */
  get size(): number {
    return this.values.length;
  }

  get(word: string): V | undefined {
    const h = hashOf(word);
    const { slots, hashes } = this;
    const mask = slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const entry = slots[i]! - 1;
      if (entry < 0) return undefined;
      if (hashes[entry] === h && this.keyIs(entry, word)) return this.values[entry];
    }
  }

  /** Add a value for a word that has none. */
  add(word: string, value: V): void {
    const entry = this.values.length;
    if ((entry + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    this.hashes = grown(this.hashes, entry + 1);
    this.starts = grown(this.starts, entry + 1);
    this.lengths = grown(this.lengths, entry + 1);
    this.chars = grown(this.chars, this.charCount + word.length);
    const h = hashOf(word);
    this.hashes[entry] = h;
    this.starts[entry] = this.charCount;
    this.lengths[entry] = word.length;
    for (let i = 0; i < word.length; i++) this.chars[this.charCount++] = word.charCodeAt(i);
    this.values.push(value);
    this.place(entry, h);
  }

  clear(): void {
    this.slots.fill(0);
    this.values = [];
    this.charCount = 0;
  }

  private keyIs(entry: number, word: string): boolean {
    if (this.lengths[entry] !== word.length) return false;
    const { chars } = this;
    const start = this.starts[entry]!;
    for (let i = 0; i < word.length; i++) if (chars[start + i] !== word.charCodeAt(i)) return false;
    return true;
  }

  private place(entry: number, h: number): void {
    const mask = this.slots.length - 1;
    let i = h & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = entry + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let entry = 0; entry < this.values.length; entry++) this.place(entry, this.hashes[entry]!);
  }
}
