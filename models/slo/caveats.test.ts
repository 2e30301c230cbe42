import { describe, expect, it } from 'vitest';
import type { Series } from '../../shared/series';
import type { Slo } from '../../shared/slo';
import { WORKBOOK_RULES_30D } from './alert-policy';
import { budgetAt } from './budget';
import { sloCaveats } from './caveats';
import { buildLedger } from './sli-ledger';
import { HOUR_MS, MINUTE_MS } from './window';

const T0 = Date.UTC(2026, 10, 1);

function caveats(over: Partial<Slo>, series: Series[]): string[] {
  const slo: Slo = { id: 's', name: 's', service: 'x', description: '', objective: 0.999, window: { kind: 'rolling', days: 30 }, budgeting: 'occurrences', sli: { kind: 'probe', up: 'up' }, alerts: [], ...over };
  const built = buildLedger(slo, new Map(series.map((s) => [s.id, s])));
  if (!built.ok) throw new Error(built.reason);
  const last = series[0]!.t[series[0]!.t.length - 1]!;
  return sloCaveats(slo, built.ledger, budgetAt(slo, built.ledger, last), WORKBOOK_RULES_30D);
}

function constant(id: string, n: number, stepMs: number, value: number): Series {
  const t = new Float64Array(n).map((_, i) => T0 + (i + 1) * stepMs);
  return { id, name: id, labels: {}, unit: '', t, v: new Float64Array(n).fill(value) };
}

describe('the workbook’s caveats', () => {
  it('says a 90 % objective can never reach the 14.4× page: a full outage burns 10×', () => {
    const text = caveats({ objective: 0.9 }, [constant('up', 30 * 1440, MINUTE_MS, 1)]).join('\n');
    expect(text).toMatch(/14\.4× over 1h and 5m can never fire: at 90 % even a full outage burns only 10\.0×/);
    expect(text).not.toMatch(/6× over 6h/);
  });

  it('says a 99.999 % budget is gone in 26 s, before the 5-minute window notices', () => {
    const text = caveats({ objective: 0.99999 }, [constant('up', 30 * 1440, MINUTE_MS, 1)]).join('\n');
    expect(text).toMatch(/whole budget in 26 s/);
  });

  it('warns at 10 requests an hour: one failure is a 100× burn at 99.9 %', () => {
    // Ten requests an hour, one sample per hour, for two weeks.
    const total = constant('total', 14 * 24, HOUR_MS, 10);
    const bad = constant('bad', 14 * 24, HOUR_MS, 0);
    const text = caveats({ sli: { kind: 'bad-total', bad: 'bad', total: 'total' } }, [total, bad]).join('\n');
    expect(text).toMatch(/10 requests an hour\) one failed request is a 100× burn/);
  });

  it('says nothing of low traffic at 6,000 requests an hour', () => {
    const total = constant('total', 14 * 1440, MINUTE_MS, 100);
    const bad = constant('bad', 14 * 1440, MINUTE_MS, 0);
    expect(caveats({ sli: { kind: 'bad-total', bad: 'bad', total: 'total' } }, [total, bad]).join('\n')).not.toMatch(/low traffic/);
  });
});
