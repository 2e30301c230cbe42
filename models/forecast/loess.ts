/**
 * One local regression estimate at position `xs` from y[nl..nr] (0-based positions), tricube distance weights,
 * degree 0 or 1 — the `est` routine of STL (Cleveland, Cleveland, McRae & Terpenning 1990, J. Official Statistics 6).
 * Returns NaN when every weight is zero.
 */
export function loessAt(
  y: ArrayLike<number>,
  q: number,
  degree: 0 | 1,
  xs: number,
  nl: number,
  nr: number,
  robustness: ArrayLike<number> | null,
): number {
  const n = y.length;
  const range = n - 1;
  let h = Math.max(xs - nl, nr - xs);
  if (q > n) h += Math.floor((q - n) / 2);
  const h9 = 0.999 * h;
  const h1 = 0.001 * h;
  // One pass of weighted sums; the local line through them equals the original's reweighting formulation.
  let sw = 0;
  let swx = 0;
  let swxx = 0;
  let swy = 0;
  let swxy = 0;
  for (let j = nl; j <= nr; j++) {
    const r = j > xs ? j - xs : xs - j;
    if (r > h9) continue;
    let wj = 1;
    if (r > h1) {
      const u = r / h;
      const c = 1 - u * u * u;
      wj = c * c * c;
    }
    if (robustness !== null) wj *= robustness[j]!;
    const yj = y[j]!;
    sw += wj;
    swx += wj * j;
    swxx += wj * j * j;
    swy += wj * yj;
    swxy += wj * j * yj;
  }
  if (sw <= 0) return NaN;
  const mean = swy / sw;
  if (degree === 0 || h <= 0) return mean;
  const c = swx / sw;
  const b = swxx / sw - c * c;
  if (!(Math.sqrt(Math.max(b, 0)) > 0.001 * range)) return mean;
  const slope = (xs - c) / b;
  return mean + slope * (swxy / sw - c * mean);
}

/**
 * Loess-smooth a whole array with window q, evaluating every `jump`-th point and interpolating linearly between
 * (STL's `ess`; the jump trades a little smoothness for speed exactly as the original Fortran does).
 */
export function loessSmooth(
  y: ArrayLike<number>,
  q: number,
  degree: 0 | 1,
  jump: number,
  robustness: ArrayLike<number> | null,
  out: Float64Array,
): Float64Array {
  const n = y.length;
  if (n < 2) {
    if (n === 1) out[0] = y[0]!;
    return out;
  }
  const win = Math.min(q, n);
  const step = Math.max(1, Math.min(jump, n - 1));
  let prev = -1;
  const evalAt = (i: number) => {
    let nl = 0;
    let nr = n - 1;
    if (win < n) {
      nl = Math.min(Math.max(0, i - Math.floor(win / 2)), n - win);
      nr = nl + win - 1;
    }
    const v = loessAt(y, q, degree, i, nl, nr, robustness);
    out[i] = Number.isNaN(v) ? y[i]! : v;
  };
  for (let i = 0; i < n; i += step) {
    evalAt(i);
    if (prev >= 0) for (let k = prev + 1; k < i; k++) out[k] = out[prev]! + ((out[i]! - out[prev]!) * (k - prev)) / (i - prev);
    prev = i;
  }
  if (prev !== n - 1) {
    evalAt(n - 1);
    for (let k = prev + 1; k < n - 1; k++) out[k] = out[prev]! + ((out[n - 1]! - out[prev]!) * (k - prev)) / (n - 1 - prev);
  }
  return out;
}
