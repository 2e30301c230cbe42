import { describe, expect, it } from 'vitest';
import type { Series } from '../../shared/series';
import type { Slo } from '../../shared/slo';
import { WORKBOOK_RULES_30D } from './alert-policy';
import { deriveIncidents, scoreAlerts } from './alert-scoring';
import { simulateAlerts } from './alert-simulation';
import { buildLedger, type SliLedger } from './sli-ledger';
import { MINUTE_MS } from './window';

const T0 = Date.UTC(2026, 9, 1);
const at = (minutes: number) => T0 + minutes * MINUTE_MS;
/** Day 5, when the outage starts (minutes from T0). */
const D = 5 * 1440;

function probe(n: number, down: (i: number) => boolean): Series {
  const t = new Float64Array(n);
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Sample i covers the minute before it: (T0 + i min, T0 + (i + 1) min].
    t[i] = at(i + 1);
    v[i] = down(i) ? 0 : 1;
  }
  return { id: 'up', name: 'up', labels: {}, unit: '', t, v };
}

const slo: Slo = { id: 's', name: 's', service: 'shop', description: '', objective: 0.999, window: { kind: 'rolling', days: 30 }, budgeting: 'timeslices', sli: { kind: 'probe', up: 'up' }, alerts: [] };

function ledgerOf(s: Series): SliLedger {
  const built = buildLedger(slo, new Map([[s.id, s]]));
  if (!built.ok) throw new Error(built.reason);
  return built.ledger;
}

describe('multi-window multi-burn-rate alert simulation', () => {
  // Ten days of one-minute probes; a full outage from day 5 00:00 for 30 minutes.
  const l = ledgerOf(probe(10 * 1440, (i) => i >= D && i < D + 30));
  const { alerts } = simulateAlerts(slo, l, WORKBOOK_RULES_30D);

  it('pages one minute into a full outage and stops when the 30-minute short window is clear', () => {
    const page = alerts.filter((a) => a.severity === 'page');
    expect(page).toHaveLength(1);
    // 14.4× over 1 h: one bad minute of 60 is 16.7× > 14.4×; the 6× rule's 30 min window holds the last bad minute until D+60.
    expect(page[0]!.start).toBe(at(D + 1));
    expect(page[0]!.end).toBe(at(D + 60));
    // Peak long-window burn: 30 bad minutes in the 1-hour window, 0.5 ÷ 0.001.
    expect(page[0]!.burnRate).toBeCloseTo(500, 9);
    expect(page[0]!.rules).toEqual(['14.4× over 1h and 5m', '6× over 6h and 30m']);
    // The episode: one long window (1 h) before it fired until it stopped holds all 30 bad minutes of the allowed 43.2.
    expect(page[0]!.budgetFraction).toBeCloseTo(30 / 43.2, 9);
  });

  it('opens a ticket once 5 bad minutes exceed 4.32 (3× of a day, 1× of 3 days) and holds it for the 6-hour short window', () => {
    const ticket = alerts.filter((a) => a.severity === 'ticket');
    expect(ticket).toHaveLength(1);
    expect(ticket[0]!.start).toBe(at(D + 5));
    expect(ticket[0]!.end).toBe(at(D + 30 + 360));
  });

  it('measures detection and reset time against the incident, and reads the incident from the data', () => {
    const incident = { start: at(D), end: at(D + 30) };
    expect(deriveIncidents(slo, l, 43.2)).toEqual([{ ...incident, label: '69.4 % of the budget' }]);
    const score = scoreAlerts(alerts, [incident]);
    expect(score.recall).toBe(1);
    expect(score.precision).toBe(1);
    expect(score.detections[0]!.detectionMs).toBe(MINUTE_MS);
    expect(score.detections[0]!.resetMs).toBe(360 * MINUTE_MS);
    expect(score.detections[0]!.severity).toBe('page');
  });

  it('counts a page on a one-minute blip outside any incident as a false alarm', () => {
    const withBlip = ledgerOf(probe(10 * 1440, (i) => (i >= D && i < D + 30) || i === 9 * 1440));
    const sim = simulateAlerts(slo, withBlip, WORKBOOK_RULES_30D);
    // The blip: 1 of 60 minutes is 16.7× over 1 h and 200× over 5 min, so it pages; the ticket rules
    // need more than 4.32 bad minutes in their long window, and day 9 is more than 3 days after the outage.
    expect(sim.alerts.map((a) => [a.severity, (a.start - T0) / MINUTE_MS])).toEqual([
      ['page', D + 1],
      ['ticket', D + 5],
      ['page', 9 * 1440 + 1],
    ]);
    const score = scoreAlerts(sim.alerts, [{ start: at(D), end: at(D + 30) }]);
    expect(score.precision).toBeCloseTo(2 / 3, 12);
    expect(score.falseAlarms).toHaveLength(1);
  });

  it('never fires at a 90 % objective on the 14.4× rule: a full outage burns only 10×', () => {
    const ninety = { ...slo, objective: 0.9 };
    const sim = simulateAlerts(ninety, l, WORKBOOK_RULES_30D.slice(0, 1));
    expect(sim.alerts).toEqual([]);
  });
});
