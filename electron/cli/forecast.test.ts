import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runForecast } from './forecast';
import { captureCli } from './capture-cli.test-helper';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures');

const capture = (argv: string[]) => captureCli(runForecast, argv);

afterEach(() => vi.restoreAllMocks());

describe('headroom forecast', () => {
  it('forecasts a NAB CloudWatch request count 6 hours ahead with the fields CLI.md names', async () => {
    const { code, stdout } = await capture([resolve(fixtures, 'nab/realAWSCloudwatch/elb_request_count_8c0756.csv'), '--horizon', '6h', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['series', 'model', 'interval_s', 'points', 'backtest']));
    expect(doc.series).toBe('value');
    // 5-minute data: 6 hours is 72 steps, the first one step after the last row (2014-04-24 00:39).
    expect(doc.interval_s).toBe(300);
    expect(doc.points).toHaveLength(72);
    expect(doc.points[0].t).toBe('2014-04-24T00:44:00Z');
    for (const p of doc.points) {
      expect(Object.keys(p)).toEqual(['t', 'mean', 'lo80', 'hi80', 'lo95', 'hi95']);
      expect(p.lo95).toBeLessThanOrEqual(p.lo80);
      expect(p.lo80).toBeLessThanOrEqual(p.mean);
      expect(p.mean).toBeLessThanOrEqual(p.hi80);
      expect(p.hi80).toBeLessThanOrEqual(p.hi95);
      // Request counts are never negative.
      expect(p.lo95).toBeGreaterThanOrEqual(0);
    }
    expect(Object.keys(doc.backtest)).toEqual(expect.arrayContaining(['smape', 'mase', 'coverage80', 'coverage95', 'folds']));
    expect(doc.backtest.folds).toBeGreaterThanOrEqual(3);
    expect(doc.backtest.coverage95).toBeGreaterThan(0.8);
    // The ELB counts have a daily cycle: 288 five-minute steps.
    expect(doc.periods).toContain(288);
  });

  it('uses the named model and counts steps of the series interval on irregular NAB traffic', async () => {
    const { code, stdout } = await capture([resolve(fixtures, 'nab/realTraffic/speed_7578.csv'), '--horizon', '12', '--model', 'seasonal-naive', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.model).toBe('seasonal-naive');
    expect(doc.points).toHaveLength(12);
    expect(doc.interval_s).toBe(300);
  });

  it('prints a readable account with the backtest in plain words', async () => {
    const { code, stdout } = await capture([resolve(fixtures, 'nab/realTraffic/speed_7578.csv'), '--horizon', '1h']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/off by \d+ % on average/);
    expect(stdout.trim().split('\n').filter((l) => /^\s+20\d\d-/.test(l))).toHaveLength(12);
  });

  it('forecasts every series of a multi-series file with --all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headroom-forecast-'));
    const file = join(dir, 'two.csv');
    const rows = ['timestamp,checkout,search'];
    for (let i = 0; i < 24 * 14; i++) rows.push(`${new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString()},${100 + 50 * Math.sin((2 * Math.PI * i) / 24)},${300 + (i % 24)}`);
    writeFileSync(file, rows.join('\n') + '\n');
    const { code, stdout } = await capture([file, '--all', '--horizon', '1d', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.forecasts.map((f: { series: string }) => f.series).sort()).toEqual(['checkout', 'search']);
    expect(doc.forecasts[0].points).toHaveLength(24);
    const search = doc.forecasts.find((f: { series: string }) => f.series === 'search');
    // A saw-tooth repeating every day exactly: the first forecast hour is hour 0 again, value 300.
    expect(search.points[0].mean).toBeCloseTo(300, 3);

    const none = await capture([file, '--horizon', '1d']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/two\.csv: holds 2 series; name one with --series/);
  });

  it('reports bad input as FILE: reason with exit 2, never a stack trace', async () => {
    const missing = await capture([resolve(fixtures, 'nope.csv'), '--horizon', '48']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv: no such file/);
    const wrong = await capture([resolve(fixtures, 'nab/realTraffic/speed_7578.csv'), '--horizon', '48', '--series', 'nope']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/no series named "nope" \(it has: value\)/);
    await expect(runForecast([resolve(fixtures, 'nab/realTraffic/speed_7578.csv'), '--horizon', 'soon'])).rejects.toThrow(/not a horizon/);
  });
});
