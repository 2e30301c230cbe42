import { describe, expect, it } from 'vitest';
import { forecastSale } from '../forecast/sale-scenario';
import { buildDemoScenarios } from './demo-forecast';
import { buildDemoTraffic, DEMO_SALE_MULTIPLIER } from './demo-traffic';

describe('the demo next-sale scenario', () => {
  it('learns the generated past sale multiplier and expects a Black Friday peak around it', () => {
    const traffic = buildDemoTraffic().find((s) => s.id === 'demo-rps')!;
    const [scenario] = buildDemoScenarios();
    const out = forecastSale(traffic, scenario!);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const r = out.result;
    expect(r.multiplierSource).toBe('learned');
    // The generator lifts the past sale by exactly DEMO_SALE_MULTIPLIER over a noisy (±3 %) baseline.
    expect(Math.abs(r.multiplier / DEMO_SALE_MULTIPLIER - 1)).toBeLessThan(0.05);
    expect(r.rampMinutes).toBe(15);
    // The peak is the uplifted baseline with 10 % growth, inside the sale, and its interval brackets it.
    expect(r.peak.t).toBeGreaterThanOrEqual(scenario!.saleStart);
    expect(r.peak.value / (r.baselineAtPeak * r.multiplier)).toBeCloseTo(1, 1);
    expect(r.peak.lo95).toBeLessThan(r.peak.value);
    expect(r.peak.hi95).toBeGreaterThan(r.peak.value);
  });
});

describe('scenarios in the workspace file', () => {
  it('keeps the demo scenario through a save and an open', async () => {
    const { encodeWorkspace, decodeWorkspace } = await import('../workspace/codec');
    const { buildDemoWorkspace } = await import('./demo-study');
    const ws = buildDemoWorkspace();
    const back = decodeWorkspace(encodeWorkspace(ws));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.workspace.scenarios).toEqual(buildDemoScenarios());
  });
});
