/**
 * Two-sided Student-t quantiles for the fit bands, for whole degrees of freedom.
 * P(|T| ≤ t) in closed form (Abramowitz & Stegun, Handbook of Mathematical Functions, 26.7.3 and 26.7.4),
 * inverted by bisection: exact to the bisection tolerance, with no table to carry.
 */
export function studentTTwoSidedCdf(t: number, df: number): number {
  if (t <= 0) return 0;
  const theta = Math.atan(t / Math.sqrt(df));
  const c2 = Math.cos(theta) ** 2;
  if (df % 2 === 1) {
    // A&S 26.7.3 (odd ν): A = (2/π)[θ + sinθ(cosθ + (2/3)cos³θ + … + (2·4…(ν−3))/(1·3…(ν−2)) cos^(ν−2)θ)]
    if (df === 1) return (2 * theta) / Math.PI;
    let term = Math.cos(theta);
    let sum = term;
    for (let k = 3; k <= df - 2; k += 2) {
      term *= ((k - 1) / k) * c2;
      sum += term;
    }
    return (2 / Math.PI) * (theta + Math.sin(theta) * sum);
  }
  // A&S 26.7.4 (even ν): A = sinθ[1 + (1/2)cos²θ + (1·3)/(2·4)cos⁴θ + … + (1·3…(ν−3))/(2·4…(ν−2)) cos^(ν−2)θ]
  let term = 1;
  let sum = 1;
  for (let k = 2; k <= df - 2; k += 2) {
    term *= ((k - 1) / k) * c2;
    sum += term;
  }
  return Math.sin(theta) * sum;
}

/** The t with P(|T| ≤ t) = `coverage` (0.95 gives the 97.5 % one-sided quantile). */
export function studentTQuantile(coverage: number, df: number): number {
  if (!(coverage > 0 && coverage < 1) || !(df >= 1)) return NaN;
  const nu = Math.floor(df);
  let lo = 0;
  let hi = 1;
  while (studentTTwoSidedCdf(hi, nu) < coverage) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (studentTTwoSidedCdf(mid, nu) < coverage) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
