// Growable Int32Array tables, for look-ups that keep their data side by side instead of in objects.

/** An Int32Array at least `size` long holding `array`'s values: `array` itself when it is long enough, else one at least twice as long. */
export function grown(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const bigger = new Int32Array(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}
