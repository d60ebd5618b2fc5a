// Summary statistics and number formatting shared by the benchmark's processes.

/** Nearest-rank quantile of an ascending list (q in 0..1). */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

/** Median (mean of the two middle values for an even count). */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, p95, mean, min and max of timing samples, in the samples' unit. */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, v) => sum + v, 0);
  return { runs: sorted.length, median: median(sorted), p95: quantile(sorted, 0.95), mean: total / sorted.length, min: sorted[0], max: sorted[sorted.length - 1], total };
}

/** Peak resident set size of this process so far, in MB (10^6 bytes); Node reports KiB. */
export function peakRssMB() {
  return (process.resourceUsage().maxRSS * 1024) / 1e6;
}

/** A duration in milliseconds, with as many decimals as its size deserves. */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 100_000 ? 0 : ms >= 10_000 ? 1 : 2)} s`;
  return `${ms.toFixed(ms >= 100 ? 0 : ms >= 10 ? 1 : 2)} ms`;
}

/** A ratio such as 12.4× or 0.81×. */
export function formatRatio(ratio) {
  if (!Number.isFinite(ratio)) return '–';
  return `${ratio.toFixed(ratio >= 100 ? 0 : ratio >= 10 ? 1 : 2)}×`;
}

/** Rounds for JSON: keeps results readable without pretending to more precision than timing has. */
export function round(value, digits = 3) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
