import { nelderMead } from './nelder-mead';

export type TrendKind = 'none' | 'additive' | 'damped';
export type SeasonKind = 'none' | 'additive' | 'multiplicative';

export interface EtsSpec {
  trend: TrendKind;
  season: SeasonKind;
  /** Season length in steps (ignored without a season). */
  m: number;
}

export interface EtsFit {
  spec: EtsSpec;
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
  /** Final states after the last observation. */
  level: number;
  slope: number;
  /** Seasonal states; season[k] belongs to forecast step k+1's phase, modulo m. */
  season: Float64Array;
  sse: number;
  n: number;
  /** Free parameters, initial states included, for information criteria. */
  parameterCount: number;
  /** Optimiser coordinates, for warm starts. */
  raw: Float64Array;
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

interface Params {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
}

function decode(spec: EtsSpec, x: Float64Array, out: Params = { alpha: 0, beta: 0, gamma: 0, phi: 0 }): Params {
  // Usual admissible region: 0 < β < α, 0 < γ < 1 − α, φ in [0.8, 0.98] (Hyndman et al. 2008, §2.5 and §5.1).
  const alpha = 1e-4 + (1 - 2e-4) * logistic(x[0]!);
  let k = 1;
  out.alpha = alpha;
  out.beta = spec.trend === 'none' ? 0 : alpha * logistic(x[k++]!);
  out.gamma = spec.season === 'none' ? 0 : (1 - alpha) * logistic(x[k++]!);
  out.phi = spec.trend === 'damped' ? 0.8 + 0.18 * logistic(x[k]!) : spec.trend === 'additive' ? 1 : 0;
  return out;
}

function initialState(y: Float64Array, spec: EtsSpec): { level: number; slope: number; season: Float64Array } {
  const n = y.length;
  const m = spec.season === 'none' ? 1 : spec.m;
  const season = new Float64Array(m);
  if (spec.season === 'none') {
    // Level and slope from a least-squares line through the first ten points (Hyndman et al. 2008, §2.6.1 heuristic).
    const k = Math.min(10, n);
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    for (let i = 0; i < k; i++) {
      sx += i;
      sy += y[i]!;
      sxx += i * i;
      sxy += i * y[i]!;
    }
    const slope = k > 1 ? (k * sxy - sx * sy) / (k * sxx - sx * sx) : 0;
    const level = sy / k - slope * (sx / k);
    return { level: level - (spec.trend === 'none' ? 0 : slope), slope: spec.trend === 'none' ? 0 : slope, season };
  }
  // Seasonal heuristic: level and slope from the first two seasons' means, seasonal states from the detrended first seasons.
  const mean = (a: number, b: number) => {
    let s = 0;
    for (let i = a; i < b; i++) s += y[i]!;
    return s / (b - a);
  };
  const m1 = mean(0, m);
  const m2 = n >= 2 * m ? mean(m, 2 * m) : m1;
  const slope = spec.trend === 'none' ? 0 : (m2 - m1) / m;
  const cycles = Math.max(1, Math.min(Math.floor(n / m), 3));
  for (let j = 0; j < m; j++) {
    let s = 0;
    for (let c = 0; c < cycles; c++) {
      const i = c * m + j;
      const base = m1 + (i - (m - 1) / 2) * slope;
      s += spec.season === 'multiplicative' ? y[i]! / base : y[i]! - base;
    }
    season[j] = s / cycles;
  }
  let norm = 0;
  for (let j = 0; j < m; j++) norm += season[j]!;
  norm /= m;
  for (let j = 0; j < m; j++) season[j] = spec.season === 'multiplicative' ? season[j]! / norm : season[j]! - norm;
  return { level: m1 - ((m - 1) / 2 + 1) * slope, slope, season };
}

/**
 * Run the additive-error ETS recursions (error-correction form, Hyndman, Koehler, Ord & Snyder 2008, Table 2.1):
 * ETS(A,N|A|Ad,N|A|M). Returns the SSE of one-step errors and leaves the final states in `state`.
 */
function run(y: Float64Array, spec: EtsSpec, p: Params, state: { level: number; slope: number; season: Float64Array }, rotate = true): number {
  let l = state.level;
  let b = state.slope;
  const s = state.season;
  const m = s.length;
  const mult = spec.season === 'multiplicative';
  const hasSeason = spec.season !== 'none';
  const { alpha, beta, gamma, phi } = p;
  let sse = 0;
  let j = 0;
  for (let t = 0; t < y.length; t++) {
    const lb = l + phi * b;
    const st = hasSeason ? s[j]! : mult ? 1 : 0;
    const yhat = mult ? lb * st : lb + st;
    const e = y[t]! - yhat;
    sse += e * e;
    if (mult) {
      if (st <= 0 || lb <= 0) return Infinity;
      l = lb + (alpha * e) / st;
      b = phi * b + (beta * e) / st;
      s[j] = st + (gamma * e) / lb;
    } else {
      l = lb + alpha * e;
      b = phi * b + beta * e;
      if (hasSeason) s[j] = st + gamma * e;
    }
    if (++j === m) j = 0;
  }
  // Rotate so season[0] is the phase of the next step.
  if (rotate && hasSeason && j !== 0) {
    const rotated = new Float64Array(m);
    for (let k = 0; k < m; k++) rotated[k] = s[(j + k) % m]!;
    s.set(rotated);
  }
  state.level = l;
  state.slope = b;
  return sse;
}

function startPoint(spec: EtsSpec): Float64Array {
  const x = [logit(0.3)];
  if (spec.trend !== 'none') x.push(logit(0.1));
  if (spec.season !== 'none') x.push(logit(0.1));
  if (spec.trend === 'damped') x.push(logit(0.8));
  return Float64Array.from(x);
}

/** Fit smoothing parameters by minimising the one-step SSE with Nelder–Mead (least squares, Hyndman et al. 2008 §5.1). */
export function fitEts(y: Float64Array, spec: EtsSpec, opts: { warm?: Float64Array; maxEvals?: number } = {}): EtsFit {
  const init = initialState(y, spec);
  // The objective runs thousands of times: it reuses its parameter and state objects instead of allocating.
  const scratch = { level: 0, slope: 0, season: new Float64Array(init.season.length) };
  const params: Params = { alpha: 0, beta: 0, gamma: 0, phi: 0 };
  const objective = (x: Float64Array) => {
    scratch.level = init.level;
    scratch.slope = init.slope;
    scratch.season.set(init.season);
    return run(y, spec, decode(spec, x, params), scratch, false);
  };
  const x0 = opts.warm && opts.warm.length === startPoint(spec).length ? opts.warm : startPoint(spec);
  const best = nelderMead(objective, x0, { maxEvals: opts.maxEvals ?? 60 * (x0.length + 1), step: opts.warm ? 0.3 : 1, tolerance: 1e-7 });
  const p = decode(spec, best.x);
  const state = { level: init.level, slope: init.slope, season: Float64Array.from(init.season) };
  const sse = run(y, spec, p, state);
  const m = spec.season === 'none' ? 0 : spec.m;
  return {
    spec,
    ...p,
    level: state.level,
    slope: state.slope,
    season: state.season,
    sse,
    n: y.length,
    parameterCount: best.x.length + 1 + (spec.trend === 'none' ? 0 : 1) + Math.max(0, m - 1),
    raw: best.x,
  };
}

/** Point forecasts h steps ahead from the final states (Hyndman et al. 2008, Table 2.1 forecast functions). */
export function forecastEts(fit: EtsFit, h: number): Float64Array {
  const out = new Float64Array(h);
  let damp = 0;
  let phiK = 1;
  const m = fit.season.length;
  for (let k = 0; k < h; k++) {
    phiK *= fit.phi;
    damp += fit.spec.trend === 'additive' ? 1 : phiK;
    const lb = fit.level + damp * fit.slope;
    if (fit.spec.season === 'none') out[k] = lb;
    else if (fit.spec.season === 'multiplicative') out[k] = lb * fit.season[k % m]!;
    else out[k] = lb + fit.season[k % m]!;
  }
  return out;
}

/** Corrected Akaike information criterion of a least-squares ETS fit (Hyndman et al. 2008, §7.1). */
export function aicc(fit: EtsFit): number {
  const n = fit.n;
  const k = fit.parameterCount;
  const aic = n * Math.log(Math.max(fit.sse, 1e-12) / n) + 2 * k;
  return n - k - 1 > 0 ? aic + (2 * k * (k + 1)) / (n - k - 1) : Infinity;
}
