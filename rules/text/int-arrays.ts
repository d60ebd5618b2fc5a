// Growable typed-array tables, for look-ups that keep their data side by side instead of in objects.

/** The typed arrays the tables use. */
type Table = Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>;

/** An array of `array`'s kind at least `size` long holding its values: `array` itself when it is long enough, else one at least twice as long. */
export function grown<T extends Table>(array: T, size: number): T {
  if (size <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}
