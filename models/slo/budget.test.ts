import { describe, expect, it } from 'vitest';
import type { Series } from '../../shared/series';
import type { Slo } from '../../shared/slo';
import { ALERT_PRESETS, PYRRA_RULES_28D, WORKBOOK_RULES_30D, defaultRules, presetRules, ruleBudgetFraction } from './alert-policy';
import { budgetAt } from './budget';
import { budgetSpentByBurn, burnRate, timeToExhaustMs } from './burn-rate';
import { outageCost } from './incident-cost';
import { buildLedger, type SliLedger } from './sli-ledger';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './window';

const T0 = Date.UTC(2026, 10, 1);

function series(id: string, n: number, stepMs: number, value: (i: number) => number, unit = ''): Series {
  const t = new Float64Array(n);
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    t[i] = T0 + (i + 1) * stepMs;
    v[i] = value(i);
  }
  return { id, name: id, labels: {}, unit, t, v };
}

function slo(over: Partial<Slo>): Slo {
  return { id: 's', name: 's', service: 'shop', description: '', objective: 0.999, window: { kind: 'rolling', days: 30 }, budgeting: 'occurrences', sli: { kind: 'probe', up: 'up' }, alerts: [], ...over };
}

function ledgerOf(s: Slo, ...all: Series[]): SliLedger {
  const built = buildLedger(s, new Map(all.map((x) => [x.id, x])));
  if (!built.ok) throw new Error(built.reason);
  return built.ledger;
}

describe('error budget', () => {
  it('allows 43.2 minutes at 99.9 % over 30 days (SRE workbook)', () => {
    const s = slo({});
    const up = series('up', 60, MINUTE_MS, () => 1);
    expect(budgetAt(s, ledgerOf(s, up), up.t[59]!).allowedMinutes).toBeCloseTo(43.2, 10);
  });

  it('allows 26 seconds at 99.999 % over 30 days (workbook: "Extreme Availability Goals")', () => {
    const s = slo({ objective: 0.99999 });
    const up = series('up', 60, MINUTE_MS, () => 1);
    expect(budgetAt(s, ledgerOf(s, up), up.t[59]!).allowedMinutes * 60).toBeCloseTo(25.92, 6);
  });

  it('counts a 30-minute full outage in 30 days of one-minute probes as 30 ÷ 43.2 of the budget', () => {
    const s = slo({});
    const n = 30 * 1440;
    const up = series('up', n, MINUTE_MS, (i) => (i >= 10_000 && i < 10_030 ? 0 : 1));
    const b = budgetAt(s, ledgerOf(s, up), up.t[n - 1]!);
    expect(b.bad).toBeCloseTo(30, 9);
    expect(b.consumedFraction).toBeCloseTo(30 / 43.2, 9);
    expect(b.remainingFraction).toBeCloseTo(1 - 30 / 43.2, 9);
    expect(b.sli).toBeCloseTo(1 - 30 / 43200, 12);
  });

  it('counts time the data does not cover as neither good nor bad: 6 hours with 10 bad minutes spend 10 ÷ 43.2', () => {
    const s = slo({});
    const up = series('up', 360, MINUTE_MS, (i) => (i < 10 ? 0 : 1));
    const b = budgetAt(s, ledgerOf(s, up), up.t[359]!);
    expect(b.coverage).toBeCloseTo(360 / 43200, 12);
    expect(b.consumedFraction).toBeCloseTo(10 / 43.2, 9);
  });

  it('reads a probe averaged over targets as the share up: 0.4 for 50 minutes is 30 bad minutes', () => {
    const s = slo({});
    const up = series('up', 1000, MINUTE_MS, (i) => (i < 50 ? 0.4 : 1));
    expect(budgetAt(s, ledgerOf(s, up), up.t[999]!).bad).toBeCloseTo(30, 9);
  });

  it('spends 2 % of the budget on one hour at 14.4× (workbook table: 14.4 × 1 h ÷ 30 d)', () => {
    const s = slo({ sli: { kind: 'bad-total', bad: 'bad', total: 'total' } });
    const n = 30 * 1440;
    // 100 requests a minute; one hour at error ratio 14.4 × 0.001.
    const total = series('total', n, MINUTE_MS, () => 100);
    const bad = series('bad', n, MINUTE_MS, (i) => (i >= 20_000 && i < 20_060 ? 1.44 : 0));
    const l = ledgerOf(s, bad, total);
    const b = budgetAt(s, l, total.t[n - 1]!);
    expect(b.consumedFraction).toBeCloseTo(0.02, 10);
    expect(burnRate(s, l, total.t[20_059]!, HOUR_MS)).toBeCloseTo(14.4, 9);
  });

  it('multiplies rates by the time each sample covers: 2 req/s at one-minute steps is 120 requests a sample', () => {
    const s = slo({ sli: { kind: 'good-total', good: 'good', total: 'total' } });
    const total = series('total', 100, MINUTE_MS, () => 2, 'req/s');
    const good = series('good', 100, MINUTE_MS, (i) => (i === 5 ? 1 : 2), 'req/s');
    const b = budgetAt(s, ledgerOf(s, good, total), total.t[99]!);
    expect(b.total).toBeCloseTo(12_000, 9);
    expect(b.bad).toBeCloseTo(60, 9);
  });

  it('turns cumulative counters into increases and treats a drop as a counter reset', () => {
    const s = slo({ sli: { kind: 'bad-total', bad: 'errors_total', total: 'requests_total' } });
    const total = series('requests_total', 200, MINUTE_MS, (i) => (i < 150 ? (i + 1) * 100 : (i - 149) * 100));
    const bad = series('errors_total', 200, MINUTE_MS, (i) => (i < 150 ? i + 1 : i - 149));
    const b = budgetAt(s, ledgerOf(s, bad, total), total.t[199]!);
    // Increases: 149 × 100 before the reset, 100 at the reset (the new value), 49 × 100 after; the first sample has no increase.
    expect(b.total).toBe(19_900);
    expect(b.bad).toBe(199);
  });

  it('gives an undefined budget, not 100 %, when there is no traffic (Sloth #133)', () => {
    const s = slo({ sli: { kind: 'good-total', good: 'good', total: 'total' } });
    const total = series('total', 60, MINUTE_MS, () => 0);
    const good = series('good', 60, MINUTE_MS, () => 0);
    const l = ledgerOf(s, good, total);
    const b = budgetAt(s, l, total.t[59]!);
    expect(b.consumedFraction).toBeNaN();
    expect(b.sli).toBeNaN();
    expect(burnRate(s, l, total.t[59]!, HOUR_MS)).toBeNaN();
  });

  it('sizes a calendar month by its days: February 2026 at 99.9 % allows 40.32 minutes', () => {
    const s = slo({ window: { kind: 'calendar', unit: 'month' } });
    const up = series('up', 10, MINUTE_MS, () => 1);
    const b = budgetAt(s, ledgerOf(s, up), Date.UTC(2026, 1, 14));
    expect(b.start).toBe(Date.UTC(2026, 1, 1));
    expect(b.end).toBe(Date.UTC(2026, 2, 1));
    expect(b.allowedMinutes).toBeCloseTo(28 * 1440 * 0.001, 9);
  });

  it('starts a quarter in January, April, July or October', () => {
    const s = slo({ window: { kind: 'calendar', unit: 'quarter' } });
    const up = series('up', 10, MINUTE_MS, () => 1);
    const b = budgetAt(s, ledgerOf(s, up), Date.UTC(2026, 10, 23));
    expect([b.start, b.end]).toEqual([Date.UTC(2026, 9, 1), Date.UTC(2027, 0, 1)]);
  });

  it('counts only the event for an event window: 99.99 % over a 12-hour sale allows 4.32 seconds', () => {
    const s = slo({ objective: 0.9999, window: { kind: 'event', start: T0, end: T0 + 12 * HOUR_MS } });
    const up = series('up', 24 * 60, MINUTE_MS, (i) => (i === 100 || i === 800 ? 0 : 1));
    const b = budgetAt(s, ledgerOf(s, up), up.t[24 * 60 - 1]!);
    expect(b.allowedMinutes * 60).toBeCloseTo(4.32, 9);
    // Only the first bad minute is inside the 12 hours: 60 s ÷ 4.32 s.
    expect(b.bad).toBe(1);
    expect(b.consumedFraction).toBeCloseTo(60 / 4.32, 9);
  });

  it('reads latency percentiles against the threshold, converting seconds to milliseconds', () => {
    const s = slo({ objective: 0.99, sli: { kind: 'latency', series: 'p95', thresholdMs: 2000 }, budgeting: 'timeslices' });
    const p95 = series('p95', 100, MINUTE_MS, (i) => (i < 3 ? 2.5 : 0.8), 's');
    const b = budgetAt(s, ledgerOf(s, p95), p95.t[99]!);
    expect(b.bad).toBe(3);
    expect(b.total).toBe(100);
  });
});

describe('the workbook table of budget consumed per alert (ch. 5, 99.9 % over 30 days)', () => {
  const thirtyDays = 30 * DAY_MS;
  it.each([
    [14.4, HOUR_MS, 0.02],
    [6, 6 * HOUR_MS, 0.05],
    [3, DAY_MS, 0.1],
    [1, 3 * DAY_MS, 0.1],
  ])('%s× over %d ms spends %s of the budget', (burn, longMs, share) => {
    expect(budgetSpentByBurn(burn, longMs, thirtyDays)).toBeCloseTo(share, 12);
    const rule = WORKBOOK_RULES_30D.find((r) => r.burnRate === burn)!;
    expect(rule.longWindowMs).toBe(longMs);
    expect(ruleBudgetFraction(rule, thirtyDays)).toBeCloseTo(share, 12);
  });

  it('exhausts the budget in 50 hours at 14.4× (720 h ÷ 14.4)', () => {
    expect(timeToExhaustMs(14.4, thirtyDays) / HOUR_MS).toBeCloseTo(50, 9);
  });

  it('scales the windows for a 7-day SLO so each rule still spends the same share', () => {
    const rules = defaultRules({ kind: 'rolling', days: 7 });
    expect(rules.map((r) => r.burnRate)).toEqual([14.4, 6, 3, 1]);
    // 1 h × 7/30 = 14 min; 5 min × 7/30 rounds to 1 min.
    expect(rules[0]!.longWindowMs).toBe(14 * MINUTE_MS);
    expect(ruleBudgetFraction(rules[0]!, 7 * DAY_MS)).toBeCloseTo(0.02, 12);
    expect(ruleBudgetFraction(rules[2]!, 7 * DAY_MS)).toBeCloseTo(0.1, 12);
  });
});

describe('other alerting schemes', () => {
  it('keeps Pyrra’s own windows on a 28-day SLO, where 14× over an hour spends 14 ÷ 672 of the budget', () => {
    const pyrra = presetRules(ALERT_PRESETS[1]!, { kind: 'rolling', days: 28 });
    expect(pyrra).toEqual(PYRRA_RULES_28D);
    expect(ruleBudgetFraction(pyrra[0]!, 28 * DAY_MS)).toBeCloseTo(14 / 672, 12);
  });
});

describe('outage cost', () => {
  it('prices a 30-minute outage for 60 % of users at 99.9 % over 30 days at 42 % of the budget (18 ÷ 43.2)', () => {
    const c = outageCost({ objective: 0.999, window: { kind: 'rolling', days: 30 } }, { durationMinutes: 30, affectedFraction: 0.6 }, T0);
    expect(c.equivalentMinutes).toBeCloseTo(18, 12);
    expect(c.budgetFraction).toBeCloseTo(18 / 43.2, 12);
    expect(c.explanation).toContain('42 %');
  });

  it('weighs an outage at a sale peak by its traffic', () => {
    const c = outageCost({ objective: 0.9999, window: { kind: 'rolling', days: 30 } }, { durationMinutes: 2, affectedFraction: 1, trafficMultiplier: 3.5 }, T0);
    expect(c.budgetFraction).toBeCloseTo(7 / 4.32, 12);
  });
});
