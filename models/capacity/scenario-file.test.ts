import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioFileSchema } from '../../shared/capacity';
import { importText } from '../import/start-import';
import { resolveScenarioFile, scenarioReferences } from './scenario-file';

const fixture = (p: string) =>
  readFileSync(fileURLToPath(new URL(`../../../shared/fixtures/${p}`, import.meta.url)), 'utf8');
const example = (p: string) => readFileSync(fileURLToPath(new URL(`../../examples/${p}`, import.meta.url)), 'utf8');

const ELB = 'nab/realAWSCloudwatch/elb_request_count_8c0756.csv';

function elbSeries() {
  const r = importText(fixture(ELB), { fileName: ELB, zone: 'UTC' });
  if ('ok' in r && r.ok === false) throw new Error(r.message);
  if (!('series' in r)) throw new Error('no series');
  return r.series;
}

const tiers = [
  { id: 'web', name: 'web', role: 'web', instancesNow: 2, capacity: { kind: 'typed', rpsPerInstance: 500 } },
];

describe('resolveScenarioFile', () => {
  it('takes the baseline from a real traffic file as the median of its daily maxima', () => {
    // NAB elb_request_count_8c0756: 15 UTC days; their maxima have median 318 and maximum 656
    // (computed separately with Python's statistics.median over the CSV).
    const file = scenarioFileSchema.parse({
      peak: { at: '2026-11-27T10:00:00Z', traffic: ELB, multiplier: 4, multiplierLo: 3, multiplierHi: 5 },
      tiers,
    });
    expect(scenarioReferences(file).traffic).toBe(ELB);
    const resolved = resolveScenarioFile(file, { loadTests: {}, traffic: elbSeries() });
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    expect(resolved.scenario.peak.baselineRps).toBe(318);
    expect(resolved.scenario.peak).toMatchObject({ rps: 1272, lo: 954, hi: 1590 });
    expect(resolved.notes[0]).toMatch(/not a forecast/);
  });

  it('takes the peak and its 80 % band from the forecast engine when asked to', () => {
    // The file ends 2014-04-24; a sale at 3× opens two days later. The forecast's own accuracy is the forecast
    // module's to test; here the wiring: its peak and band, its normal daily peak as the baseline.
    const file = scenarioFileSchema.parse({
      peak: { at: '2014-04-26T18:00:00Z', traffic: ELB, method: 'forecast', multiplier: 3 },
      rampMinutes: 30,
      tiers,
    });
    const resolved = resolveScenarioFile(file, { loadTests: {}, traffic: elbSeries() });
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    const p = resolved.scenario.peak;
    expect(p.lo).toBeLessThan(p.rps);
    expect(p.hi).toBeGreaterThan(p.rps);
    expect(p.rps / p.baselineRps).toBeGreaterThan(1.5);
    expect(p.rps / p.baselineRps).toBeLessThan(4.5);
    expect(p.source).toMatch(/^forecast of/);
  });

  it('asks for a multiplier unless the forecast can learn one from past sales', () => {
    const parsed = scenarioFileSchema.safeParse({ peak: { at: '2014-04-26T18:00:00Z', traffic: ELB }, tiers });
    expect(parsed.success).toBe(false);
  });

  it('reads the example scenario and its load test, filling the documented defaults', () => {
    const file = scenarioFileSchema.parse(JSON.parse(example('scenario.json')));
    const refs = scenarioReferences(file);
    expect(refs.loadTests).toEqual(['app-load-test.csv']);
    const resolved = resolveScenarioFile(file, {
      loadTests: { 'app-load-test.csv': example('app-load-test.csv') },
      traffic: null,
    });
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    const app = resolved.scenario.tiers.find((t) => t.id === 'app')!;
    expect(app.capacity.kind === 'load-test' && app.capacity.points).toHaveLength(8);
    expect(resolved.scenario.tiers.find((t) => t.id === 'cache')!.behindCache).toBe(false);
  });

  it('points at the load-test line it cannot read', () => {
    const file = scenarioFileSchema.parse({
      peak: { at: '2026-11-27T10:00:00Z', rps: 100, baselineRps: 50 },
      tiers: [{ ...tiers[0], capacity: { kind: 'load-test', file: 'lt.csv' } }],
    });
    const resolved = resolveScenarioFile(file, { loadTests: { 'lt.csv': 'users,rps\n1,10\n2,x\n' }, traffic: null });
    expect(resolved).toMatchObject({ ok: false, file: 'lt.csv', line: 3 });
  });

  it('refuses two tiers with one id', () => {
    const file = scenarioFileSchema.parse({
      peak: { at: '2026-11-27T10:00:00Z', rps: 100, baselineRps: 50 },
      tiers: [tiers[0], tiers[0]],
    });
    expect(resolveScenarioFile(file, { loadTests: {}, traffic: null })).toMatchObject({
      ok: false,
      reason: 'two tiers have the id "web"',
    });
  });
});

describe('scenarioFileSchema', () => {
  it('refuses a misspelt field instead of silently using its default', () => {
    const parsed = scenarioFileSchema.safeParse({
      peak: { at: '2026-11-27T10:00:00Z', rps: 100, baselineRps: 50 },
      rampMinute: 5,
      tiers,
    });
    expect(parsed.success).toBe(false);
    expect(!parsed.success && parsed.error.issues[0]!.code).toBe('unrecognized_keys');
  });
});
