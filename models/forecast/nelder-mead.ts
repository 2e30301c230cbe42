/**
 * Nelder–Mead simplex minimisation with the standard coefficients (reflection 1, expansion 2, contraction ½,
 * shrink ½; Nelder & Mead 1965, Computer Journal 7). Written here rather than taken from npm because the fits call
 * it thousands of times per run and the packages there (fmin 0.0.4) are unmaintained and allocate per step.
 */
export function nelderMead(
  f: (x: Float64Array) => number,
  x0: ArrayLike<number>,
  opts: { maxEvals?: number; step?: number; tolerance?: number } = {},
): { x: Float64Array; fx: number; evals: number } {
  const d = x0.length;
  const maxEvals = opts.maxEvals ?? 200 * d;
  const step = opts.step ?? 0.5;
  const tol = opts.tolerance ?? 1e-8;
  const simplex: Float64Array[] = [];
  const values: number[] = [];
  let evals = 0;
  const evaluate = (x: Float64Array) => {
    evals++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  for (let i = 0; i <= d; i++) {
    const x = Float64Array.from(x0);
    if (i > 0) x[i - 1]! += step;
    simplex.push(x);
    values.push(evaluate(x));
  }
  const order = Array.from({ length: d + 1 }, (_, i) => i);
  const centroid = new Float64Array(d);
  const xr = new Float64Array(d);
  const xe = new Float64Array(d);
  const xc = new Float64Array(d);
  while (evals < maxEvals) {
    order.sort((a, b) => values[a]! - values[b]!);
    const best = order[0]!;
    const worst = order[d]!;
    const second = order[d - 1]!;
    if (Math.abs(values[worst]! - values[best]!) <= tol * (Math.abs(values[best]!) + tol)) break;
    centroid.fill(0);
    for (const i of order) if (i !== worst) for (let k = 0; k < d; k++) centroid[k]! += simplex[i]![k]! / d;
    for (let k = 0; k < d; k++) xr[k] = centroid[k]! + (centroid[k]! - simplex[worst]![k]!);
    const fr = evaluate(xr);
    if (fr < values[best]!) {
      for (let k = 0; k < d; k++) xe[k] = centroid[k]! + 2 * (centroid[k]! - simplex[worst]![k]!);
      const fe = evaluate(xe);
      if (fe < fr) {
        simplex[worst]!.set(xe);
        values[worst] = fe;
      } else {
        simplex[worst]!.set(xr);
        values[worst] = fr;
      }
      continue;
    }
    if (fr < values[second]!) {
      simplex[worst]!.set(xr);
      values[worst] = fr;
      continue;
    }
    const outside = fr < values[worst]!;
    for (let k = 0; k < d; k++) xc[k] = outside ? centroid[k]! + 0.5 * (xr[k]! - centroid[k]!) : centroid[k]! + 0.5 * (simplex[worst]![k]! - centroid[k]!);
    const fc = evaluate(xc);
    if (fc < (outside ? fr : values[worst]!)) {
      simplex[worst]!.set(xc);
      values[worst] = fc;
      continue;
    }
    for (const i of order) {
      if (i === best) continue;
      for (let k = 0; k < d; k++) simplex[i]![k] = simplex[best]![k]! + 0.5 * (simplex[i]![k]! - simplex[best]![k]!);
      values[i] = evaluate(simplex[i]!);
    }
  }
  let bi = 0;
  for (let i = 1; i <= d; i++) if (values[i]! < values[bi]!) bi = i;
  return { x: simplex[bi]!, fx: values[bi]!, evals };
}
