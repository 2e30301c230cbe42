import { describe, expect, it } from 'vitest';
import type { Series } from '../../shared/series';
import type { Slo } from '../../shared/slo';
import { evaluateSlo } from './evaluate';
import { MINUTE_MS } from './window';

const T0 = Date.UTC(2026, 9, 1);
const n = 10 * 1440;
const t = new Float64Array(n);
const v = new Float64Array(n);
for (let i = 0; i < n; i++) {
  t[i] = T0 + (i + 1) * MINUTE_MS;
  // Down from day 5 00:00 for 30 minutes.
  v[i] = i >= 7200 && i < 7230 ? 0 : 1;
}
const up: Series = { id: 'up', name: 'up', labels: {}, unit: '', t, v };
const slo: Slo = { id: 's', name: 'Checkout', service: 'shop', description: '', objective: 0.999, window: { kind: 'rolling', days: 30 }, budgeting: 'timeslices', sli: { kind: 'probe', up: 'up' }, alerts: [] };

describe('evaluateSlo', () => {
  const r = evaluateSlo(slo, new Map([['up', up]]), { incidents: [{ start: T0 + 7200 * MINUTE_MS, end: T0 + 7230 * MINUTE_MS, label: 'INC-1' }] });
  if (!r.ok) throw new Error(r.reason);
  const rep = r.report;

  it('prices each given incident: 30 bad minutes of 43.2 allowed', () => {
    expect(rep.incidentsFrom).toBe('given');
    expect(rep.incidents[0]!.budgetFraction).toBeCloseTo(30 / 43.2, 9);
  });

  it('scores the replayed alerts against the incident: paged one minute in', () => {
    expect(rep.score.detections[0]!.detectionMs).toBe(MINUTE_MS);
    expect(rep.score.recall).toBe(1);
  });

  it('explains itself in sentences with the figures', () => {
    expect(rep.explanation.join('\n')).toMatch(/43\.2 minutes/);
    expect(rep.rules.map((x) => x.name)).toEqual(['14.4× over 1h and 5m', '6× over 6h and 30m', '3× over 1d and 2h', '1× over 3d and 6h']);
  });

  it('prices a range picked on the chart: the 10 minutes before day 5 00:20 hold 10 bad minutes', () => {
    const picked = evaluateSlo(slo, new Map([['up', up]]), { costRange: { start: T0 + 7210 * MINUTE_MS, end: T0 + 7220 * MINUTE_MS } });
    if (!picked.ok) throw new Error(picked.reason);
    expect(picked.report.rangeCost?.bad).toBe(10);
    expect(picked.report.rangeCost?.fraction).toBeCloseTo(10 / 43.2, 9);
  });

  it('reports a missing series as a value, not an exception', () => {
    expect(evaluateSlo(slo, new Map())).toEqual({ ok: false, reason: 'no series "up"' });
  });
});
