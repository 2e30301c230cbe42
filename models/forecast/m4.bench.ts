import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import type { Series } from '../../shared/series';
import { forecastSeries } from './forecast-series';
import { coverage, mase, maseScale, owa, smape } from './metrics';
import { naive2, seasonalNaive } from './naive';
import { buildDemoTraffic } from '../demo/demo-traffic';

const HOUR = 3_600_000;

function readM4(name: string): Map<string, Float64Array> {
  const path = fileURLToPath(new URL(`../../../shared/fixtures/m4/${name}`, import.meta.url));
  const out = new Map<string, Float64Array>();
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    if (!line.trim()) continue;
    const cells = line.split(',').map((c) => c.replace(/"/g, ''));
    out.set(cells[0]!, Float64Array.from(cells.slice(1).filter((c) => c !== '' && c !== 'NA').map(Number)));
  }
  return out;
}

const asSeries = (id: string, y: Float64Array): Series => ({ id, name: id, labels: {}, unit: '', t: y.map((_, k) => k * HOUR), v: y });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let m4Done = false;

/** The M4 competition's Hourly track: 414 series, 48 steps, sMAPE, MASE (m = 24) and OWA against Naive2. */
function runM4(): void {
  // tinybench calls a task more than once even when asked for one iteration; the figures need one pass.
  if (m4Done) return;
  m4Done = true;
  const train = readM4('Hourly-train.csv');
  const test = readM4('Hourly-test.csv');
  const totals = { smape: 0, mase: 0, cov80: 0, cov95: 0, n2smape: 0, n2mase: 0, snsmape: 0, snmase: 0 };
  const fitMs: number[] = [];
  const chosen = new Map<string, number>();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const [id, y] of train) {
    const actual = test.get(id)!;
    const s0 = performance.now();
    const out = forecastSeries(asSeries(id, y), { horizonSteps: 48 }, undefined, () => performance.now());
    fitMs.push(performance.now() - s0);
    if (!out.ok) throw new Error(`${id}: ${out.reason}`);
    const r = out.result;
    const scale = maseScale(y, 24);
    totals.smape += smape(actual, r.mean);
    totals.mase += mase(actual, r.mean, scale);
    totals.cov80 += coverage(actual, r.lo80, r.hi80);
    totals.cov95 += coverage(actual, r.lo95, r.hi95);
    const n2 = naive2(y, 24, 48);
    totals.n2smape += smape(actual, n2);
    totals.n2mase += mase(actual, n2, scale);
    const sn = seasonalNaive(y, 24, 48);
    totals.snsmape += smape(actual, sn);
    totals.snmase += mase(actual, sn, scale);
    chosen.set(r.model, (chosen.get(r.model) ?? 0) + 1);
  }
  const totalS = (performance.now() - t0) / 1000;
  // CPU time as well as wall time: on a shared machine the wall clock also counts other people's work.
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const n = train.size;
  const sm = totals.smape / n;
  const ms = totals.mase / n;
  const lines = [
    `M4 Hourly (${n} series, h = 48, m = 24)`,
    `  Headroom        sMAPE ${sm.toFixed(3)}  MASE ${ms.toFixed(3)}  OWA ${owa(sm, ms, 18.383, 2.395).toFixed(3)} (vs published Naive2 18.383 / 2.395)`,
    `  our Naive2      sMAPE ${(totals.n2smape / n).toFixed(3)}  MASE ${(totals.n2mase / n).toFixed(3)}`,
    `  seasonal naive  sMAPE ${(totals.snsmape / n).toFixed(3)}  MASE ${(totals.snmase / n).toFixed(3)}  OWA ${owa(totals.snsmape / n, totals.snmase / n, 18.383, 2.395).toFixed(3)}`,
    `  coverage        80 %: ${((100 * totals.cov80) / n).toFixed(1)} %   95 %: ${((100 * totals.cov95) / n).toFixed(1)} %`,
    `  time            total ${totalS.toFixed(1)} s wall (${cpuS.toFixed(1)} s CPU), median per series ${median(fitMs).toFixed(1)} ms wall`,
    `  chosen          ${[...chosen].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  ];
  console.log(lines.join('\n'));
}

/** A year of hourly traffic with daily and weekly cycles, noise and a trend. */
function yearOfHours(): Series {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648 - 0.5;
  };
  const n = 8760;
  const t = new Float64Array(n).map((_, i) => Date.UTC(2025, 0, 1) + i * HOUR);
  const v = new Float64Array(n).map((_, i) => 500 + 0.01 * i + 200 * Math.sin((2 * Math.PI * i) / 24) + (i % 168 >= 120 ? -120 : 0) + 40 * rnd());
  return { id: 'year', name: 'year', labels: {}, unit: 'req/s', t, v };
}

describe('forecasting', () => {
  const demo = buildDemoTraffic().find((s) => s.id === 'demo-rps')!;
  const demoTimes: number[] = [];
  bench(
    'ten weeks of 5-minute traffic (20,160 points), 2 days ahead with model selection',
    () => {
      const s0 = performance.now();
      const out = forecastSeries(demo, { horizonSteps: 576 });
      demoTimes.push(performance.now() - s0);
      if (!out.ok) throw new Error(out.reason);
    },
    {
      iterations: 3,
      warmupIterations: 1,
      time: 0,
      warmupTime: 0,
      teardown: () => {
        if (demoTimes.length >= 3) console.log(`ten weeks at 5 minutes: median ${median(demoTimes).toFixed(0)} ms wall over ${demoTimes.length} runs`);
      },
    },
  );

  bench('M4 Hourly: all 414 series with model selection', runM4, { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 });

  const year = yearOfHours();
  const times: number[] = [];
  let cpu0 = process.cpuUsage();
  bench(
    'one year of hourly data (8,760 points), 48 h ahead with model selection',
    () => {
      if (times.length === 0) cpu0 = process.cpuUsage();
      const s0 = performance.now();
      const out = forecastSeries(year, { horizonSteps: 48 });
      times.push(performance.now() - s0);
      if (!out.ok) throw new Error(out.reason);
    },
    {
      iterations: 10,
      warmupIterations: 2,
      time: 0,
      warmupTime: 0,
      teardown: () => {
        if (times.length < 10) return;
        const cpu = process.cpuUsage(cpu0);
        console.log(`one year hourly: median ${median(times).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000 / times.length).toFixed(0)} ms CPU per run, over ${times.length} runs`);
      },
    },
  );
});
