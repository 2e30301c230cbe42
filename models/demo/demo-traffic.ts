import type { Series } from '../../shared/series';

/** The demo shop's calendar: ten weeks of 5-minute metrics with one past flash sale and its outage. */
export const DEMO_START = Date.UTC(2026, 8, 7); // Monday 7 September 2026
export const DEMO_END = Date.UTC(2026, 10, 16); // Monday 16 November 2026, exclusive
export const DEMO_STEP_MS = 5 * 60_000;
/** The past sale: 11:00 at +01:00, the seed postmortem's sale day; the incident ran until 15:30 local. */
export const DEMO_SALE_START = Date.UTC(2026, 9, 3, 10, 0);
export const DEMO_INCIDENT_END = Date.UTC(2026, 9, 3, 14, 30);
export const DEMO_SALE_MULTIPLIER = 3.5;
export const DEMO_BASELINE_RPS = 420;

/** Deterministic noise (mulberry32), so the demo and every test on it are the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shop traffic shape: quiet nights, a lunch bump, an evening peak, busier weekends. */
function dailyShape(hourUtc: number): number {
  const h = (hourUtc + 1) % 24; // the shop's customers live at +01:00
  const evening = Math.exp(-((h - 20.5) ** 2) / 8);
  const lunch = 0.45 * Math.exp(-((h - 12.5) ** 2) / 3);
  const night = 0.35 + 0.65 * (1 - Math.exp(-((h - 4) ** 2) / 18));
  return night * (0.55 + 0.6 * evening + lunch);
}

/** The sale's uplift: a 30-minute ramp to the multiplier, then a slow decay over the afternoon. */
export function saleUplift(t: number): number {
  const minutes = (t - DEMO_SALE_START) / 60_000;
  if (minutes < 0 || minutes > 10 * 60) return 1;
  const ramp = Math.min(1, minutes / 30);
  const decay = minutes <= 90 ? 1 : Math.exp(-(minutes - 90) / 200);
  return 1 + (DEMO_SALE_MULTIPLIER - 1) * ramp * decay;
}

export function buildDemoTraffic(): Series[] {
  const n = Math.round((DEMO_END - DEMO_START) / DEMO_STEP_MS);
  const t = new Float64Array(n);
  const rps = new Float64Array(n);
  const errors = new Float64Array(n);
  const p95 = new Float64Array(n);
  const rand = random(20261003);
  for (let i = 0; i < n; i++) {
    const ti = DEMO_START + i * DEMO_STEP_MS;
    t[i] = ti;
    const date = new Date(ti);
    const weekday = date.getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? 1.18 : 1;
    const growth = 1 + (0.004 * (ti - DEMO_START)) / (7 * 86_400_000);
    const hour = date.getUTCHours() + date.getUTCMinutes() / 60;
    const base = DEMO_BASELINE_RPS * dailyShape(hour) * weekend * growth * (1 + 0.06 * (rand() - 0.5));
    const uplift = saleUplift(ti);
    rps[i] = base * uplift;
    const inIncident = ti >= DEMO_SALE_START && ti < DEMO_INCIDENT_END;
    // During the outage the database saturates: latency climbs and a share of requests fail until replicas land.
    const stress = inIncident ? Math.min(1, (ti - DEMO_SALE_START) / (60 * 60_000)) * (ti < DEMO_INCIDENT_END - 30 * 60_000 ? 1 : 0.3) : 0;
    // Normal days fail about 1 request in 70,000, well inside the 99.99 % the shop promises for the sale.
    errors[i] = rps[i]! * (0.00001 + 0.00001 * rand() + 0.07 * stress);
    p95[i] = 180 + 40 * (rps[i]! / DEMO_BASELINE_RPS) + 25 * rand() + 3800 * stress;
  }
  return [
    { id: 'demo-rps', name: 'http_requests', labels: { service: 'shop-web' }, unit: 'req/s', t, v: rps },
    { id: 'demo-errors', name: 'http_errors', labels: { service: 'shop-web', code: '5xx' }, unit: 'req/s', t: t.slice(), v: errors },
    { id: 'demo-p95', name: 'page_load_p95', labels: { service: 'shop-web' }, unit: 'ms', t: t.slice(), v: p95 },
  ];
}
