/**
 * Steps a regularly sampled series is missing. The step is the median interval between points (scrape
 * times jitter by milliseconds, so the smallest interval would be too small); an interval of more than
 * one and a half steps counts the steps it skips. Prometheus leaves out steps where a series had no sample.
 */
export function missingSteps(t: Float64Array): { stepMs: number; missing: number } {
  if (t.length < 3) return { stepMs: Number.NaN, missing: 0 };
  const diffs = new Float64Array(t.length - 1);
  for (let i = 1; i < t.length; i++) diffs[i - 1] = t[i]! - t[i - 1]!;
  const sorted = diffs.slice().sort();
  const step = sorted[Math.floor((sorted.length - 1) / 2)]!;
  if (!(step > 0)) return { stepMs: Number.NaN, missing: 0 };
  let missing = 0;
  for (const d of diffs) if (d > step * 1.5) missing += Math.round(d / step) - 1;
  return { stepMs: step, missing };
}
