import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runPlan } from './plan';
import { runUsl } from './usl';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const SPEC = here('../../../shared/fixtures/usl/specsdm91.csv');
const SCENARIO = here('../../examples/scenario.json');

async function capture(run: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await run(), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('headroom usl', () => {
  it('prints the CLI.md fields for SPEC SDM91 with the published coefficients', async () => {
    const { code, out } = await capture(() => runUsl([SPEC, '--json']));
    expect(code).toBe(0);
    const json = JSON.parse(out);
    for (const field of ['sigma', 'kappa', 'lambda', 'peak_n', 'peak_x', 'r2']) expect(json).toHaveProperty(field);
    // R package usl: σ 0.0277285, κ 0.0001044, λ 89.9952382, N* ≈ 96.5
    expect(json.sigma).toBeCloseTo(0.0277285, 6);
    expect(json.lambda).toBeCloseTo(89.995, 2);
    expect(json.peak_n).toBeCloseTo(96.5, 0);
  });

  it('names the file and line of a row it cannot read, and exits 2', async () => {
    const { code, err } = await capture(() => runUsl([here('../../examples/scenario.json')]));
    expect(code).toBe(2);
    expect(err).toMatch(/scenario\.json:1: expected a header/);
  });
});

describe('headroom plan', () => {
  it('plans the example scenario with the CLI.md fields', async () => {
    const { code, out } = await capture(() => runPlan([SCENARIO, '--json']));
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json.peak)).toEqual(expect.arrayContaining(['t', 'rps', 'lo', 'hi']));
    expect(json.peak.t).toBe('2026-11-27T10:15:00Z');
    for (const t of json.tiers) {
      for (const f of ['name', 'instances_now', 'instances_needed', 'utilization_at_peak', 'predicted_wait_ms'])
        expect(t).toHaveProperty(f);
    }
    for (const r of json.recommendations)
      for (const f of ['id', 'title', 'why', 'priority']) expect(r).toHaveProperty(f);
    // app: the load test's USL peak (≈ 472 req/s per instance) at 60 %: 2300 / 283 → 9, N+1 → 10
    expect(json.tiers.find((t: { name: string }) => t.name === 'app').instances_needed).toBe(10);
  });

  it('reports a missing file as FILE: reason with exit 2', async () => {
    const { code, err } = await capture(() => runPlan([here('./no-such-scenario.json')]));
    expect(code).toBe(2);
    expect(err).toMatch(/no-such-scenario\.json: no such file/);
  });
});
