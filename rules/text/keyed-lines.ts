// Look-ups in sorted `key<separator>value` lines, as the bundles carry their build-time tables.

/**
 * The value of `key` in `lines`, each a key, the separator, then a value, sorted by code units;
 * undefined when no line has the key. Found by halving, comparing each line with the key and the
 * separator, so nothing is sliced: with no line's key holding a character at or below the
 * separator, that orders the lines exactly as their keys. A searched key that holds one is in no
 * line and finds nothing either way.
 */
export function valueOfKey(lines: readonly string[], key: string, separator: string): string | undefined {
  const prefix = key + separator;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid]!;
    if (line.startsWith(prefix)) return line.slice(prefix.length);
    if (line < prefix) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
