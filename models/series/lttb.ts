/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson, "Downsampling Time Series for Visual
 * Representation", 2013): keeps the visual shape of a long series in `threshold` points.
 * Gaps (NaN) are skipped, so a chart draws them as breaks only where the caller splits the series.
 */
export function lttb(t: Float64Array, v: Float64Array, threshold: number): { t: Float64Array; v: Float64Array } {
  const n = t.length;
  if (threshold >= n || threshold < 3) return { t, v };
  const outT = new Float64Array(threshold);
  const outV = new Float64Array(threshold);
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  outT[0] = t[0]!;
  outV[0] = v[0]!;
  for (let i = 0; i < threshold - 2; i++) {
    const avgStart = Math.floor((i + 1) * every) + 1;
    const avgEnd = Math.min(Math.floor((i + 2) * every) + 1, n);
    let avgT = 0;
    let avgV = 0;
    let avgN = 0;
    for (let j = avgStart; j < avgEnd; j++) {
      if (Number.isNaN(v[j]!)) continue;
      avgT += t[j]!;
      avgV += v[j]!;
      avgN++;
    }
    if (avgN > 0) {
      avgT /= avgN;
      avgV /= avgN;
    } else {
      avgT = t[Math.min(avgStart, n - 1)]!;
      avgV = v[a]!;
    }
    const rangeStart = Math.floor(i * every) + 1;
    const rangeEnd = Math.floor((i + 1) * every) + 1;
    const at = t[a]!;
    const av = v[a]!;
    let maxArea = -1;
    let next = rangeStart;
    for (let j = rangeStart; j < rangeEnd; j++) {
      const vj = v[j]!;
      if (Number.isNaN(vj)) continue;
      const area = Math.abs((at - avgT) * (vj - av) - (at - t[j]!) * (avgV - av));
      if (area > maxArea) {
        maxArea = area;
        next = j;
      }
    }
    outT[i + 1] = t[next]!;
    outV[i + 1] = v[next]!;
    a = next;
  }
  outT[threshold - 1] = t[n - 1]!;
  outV[threshold - 1] = v[n - 1]!;
  return { t: outT, v: outV };
}
