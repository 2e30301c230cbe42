/**
 * Fill NaN slots so models that need a complete series can run, without moving any value's season index.
 * Short gaps are bridged linearly; a gap longer than `minSeasonalGap` (an eighth of a season by default) takes the shape of the previous
 * season, shifted so it meets the observed values at both ends (seasonal interpolation, as R forecast::na.interp does it in spirit).
 */
export function fillGaps(y: Float64Array, period: number, minSeasonalGap = Math.max(2, period / 8)): Float64Array {
  const out = Float64Array.from(y);
  const n = out.length;
  let i = 0;
  while (i < n) {
    if (!Number.isNaN(out[i]!)) {
      i++;
      continue;
    }
    const a = i;
    while (i < n && Number.isNaN(out[i]!)) i++;
    const b = i; // first observed slot after the gap, or n
    const left = a > 0 ? out[a - 1]! : NaN;
    const right = b < n ? out[b]! : NaN;
    const seasonal = period > 1 && b - a > minSeasonalGap && a - 1 - period >= 0;
    for (let k = a; k < b; k++) {
      const frac = (k - a + 1) / (b - a + 1);
      if (seasonal) {
        // Offset of the observed ends from their previous season, interpolated across the gap.
        const offLeft = left - out[a - 1 - period]!;
        const offRight = b < n && b - period >= 0 && !Number.isNaN(out[b - period]!) ? right - out[b - period]! : offLeft;
        out[k] = out[k - period]! + offLeft + (offRight - offLeft) * frac;
      } else if (Number.isNaN(left)) out[k] = right;
      else if (Number.isNaN(right)) out[k] = left;
      else out[k] = left + (right - left) * frac;
    }
  }
  return out;
}
