import { bench, describe } from 'vitest';
import type { Series } from '../../shared/series';
import type { Slo } from '../../shared/slo';
import { buildDemoWorkspace } from '../demo/demo-study';
import { evaluateSlo } from './evaluate';

const demo = buildDemoWorkspace();
const demoSeries = new Map(demo.series.map((s) => [s.id, s]));

/** Ninety days of one-minute request counts with a few outages: a quarter of Prometheus-resolution history. */
function minuteHistory(days: number): Map<string, Series> {
  const n = days * 1440;
  const t = new Float64Array(n);
  const total = new Float64Array(n);
  const bad = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    t[i] = Date.UTC(2026, 0, 1) + i * 60_000;
    total[i] = 1000 + 400 * Math.sin((i / 1440) * 2 * Math.PI);
    bad[i] = i % 20_000 < 30 ? total[i]! * 0.3 : total[i]! * 0.0002;
  }
  return new Map([
    ['total', { id: 'total', name: 'total', labels: {}, unit: '', t, v: total }],
    ['bad', { id: 'bad', name: 'bad', labels: {}, unit: '', t: t.slice(), v: bad }],
  ]);
}
const quarter = minuteHistory(90);
const slo: Slo = { id: 'q', name: 'q', service: 's', description: '', objective: 0.999, window: { kind: 'rolling', days: 30 }, budgeting: 'occurrences', sli: { kind: 'bad-total', bad: 'bad', total: 'total' }, alerts: [] };

describe('evaluateSlo', () => {
  for (const s of demo.slos ?? []) bench(`demo: ${s.name} (${demo.series[0]!.t.length} five-minute samples)`, () => void evaluateSlo(s, demoSeries));
  bench('90 days of one-minute samples (129,600), 30-day window, four rules', () => void evaluateSlo(slo, quarter));
});
