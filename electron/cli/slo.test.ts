import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from './output';
import { runSlo } from './slo';
import { captureCli } from './capture-cli.test-helper';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures');
const upRedhat = (name: string) => resolve(fixtures, 'prometheus/up-redhat', name);

const capture = (argv: string[]) => captureCli(runSlo, argv);

afterEach(() => vi.restoreAllMocks());

/** The raw `up` samples of one target, read straight from the Prometheus JSON (no importer involved). */
function rawUp(file: string, instance: string): { t: number[]; v: number[] } {
  const doc = JSON.parse(readFileSync(upRedhat(file), 'utf8')) as { metric: Record<string, string>; values: [number, string][] }[];
  const s = doc.find((x) => x.metric['instance'] === instance)!;
  return { t: s.values.map(([t]) => t * 1000), v: s.values.map(([, v]) => Number(v)) };
}

const PROPHET = (n: number) => `prometheus-anomaly-detector-prophet-${n}.cloud.paas.psi.redhat.com:80`;
const selector = (n: number) => `up{instance="${PROPHET(n)}"}`;

describe('headroom slo on the up-redhat Prometheus fixtures', () => {
  it('spends bad minutes ÷ 43.2 of a 99.9 %/30-day budget for a target with real down periods', async () => {
    const raw = rawUp('201907281200.json', PROPHET(1));
    // The target is scraped every 60 s without gaps; each down sample is one bad minute.
    expect(raw.t.length).toBe(360);
    const down = raw.v.filter((x) => x === 0).length;
    expect(down).toBe(13);
    const { code, stdout } = await capture([upRedhat('201907281200.json'), '--objective', '99.9', '--up', selector(1), '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['objective', 'window_days', 'budget', 'alerts', 'exhaustion']));
    expect(doc.objective).toBe(0.999);
    expect(doc.window_days).toBe(30);
    expect(doc.budget.allowed_bad_fraction).toBeCloseTo(0.001, 12);
    expect(doc.budget.allowed_minutes).toBe(43.2);
    expect(doc.budget.consumed_fraction).toBeCloseTo(down / 43.2, 5);
    expect(doc.budget.remaining_fraction).toBeCloseTo(1 - down / 43.2, 5);
    // The first page: one bad minute of ~60 in the hour is > 14.4×, so it fires at the first evaluation that sees it.
    const firstDown = raw.t[raw.v.indexOf(0)]!;
    const page = doc.alerts.find((a: { severity: string }) => a.severity === 'page');
    expect(Date.parse(page.start)).toBeGreaterThanOrEqual(firstDown - 1);
    expect(Date.parse(page.start)).toBeLessThanOrEqual(firstDown + 60_000);
    for (const a of doc.alerts) expect(Object.keys(a)).toEqual(expect.arrayContaining(['start', 'end', 'severity', 'burn_rate']));
  });

  it('reports a target down all along as spent, and when it ran out', async () => {
    const raw = rawUp('201907290000.json', PROPHET(0));
    expect(raw.v.every((x) => x === 0)).toBe(true);
    const { code, stdout } = await capture([upRedhat('201907290000.json'), '--objective', '99.9', '--up', selector(0), '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    // 360 down minutes against 43.2 allowed.
    expect(doc.budget.consumed_fraction).toBeCloseTo(360 / 43.2, 5);
    // Spent once 43.2 bad minutes had passed: the 44th down sample, give or take one evaluation step.
    expect(Date.parse(doc.exhaustion)).toBeGreaterThanOrEqual(raw.t[42]! - 60_000);
    expect(Date.parse(doc.exhaustion)).toBeLessThanOrEqual(raw.t[44]! + 60_000);
  });

  it('sizes a 7-day window at 99.5 % (50.4 minutes) and leaves a 20-second target that never went down untouched', async () => {
    const raw = rawUp('201907281800.json', PROPHET(2));
    const down = raw.v.filter((x) => x === 0).length;
    expect(down).toBe(8);
    const { stdout } = await capture([upRedhat('201907281800.json'), '--objective', '99.5', '--window', '7d', '--up', selector(2), '--json']);
    const doc = JSON.parse(stdout);
    // prophet-2 is scraped every 60 s too; at 99.5 % over 7 days the window allows 50.4 minutes.
    expect(doc.budget.allowed_minutes).toBeCloseTo(50.4, 9);
    expect(doc.budget.consumed_fraction).toBeCloseTo(down / 50.4, 5);
    const stage = await capture([upRedhat('201907281800.json'), '--objective', '99.5', '--window', '7d', '--up', 'up{job="Thoth Metrics (stage)"}', '--json']);
    // A 20-second target that never went down: nothing consumed.
    expect(JSON.parse(stage.stdout).budget.consumed_fraction).toBe(0);
  });

  it('refuses an ambiguous series name with exit 2 and a FILE: reason line', async () => {
    const { code, stderr } = await capture([upRedhat('201907281200.json'), '--objective', '99.9', '--up', 'up']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/201907281200\.json: --up up: matches 9 series/);
  });

  it('writes Prometheus rules whose selectors come from the export’s labels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headroom-slo-'));
    const out = join(dir, 'rules.yml');
    const { code } = await capture([upRedhat('201907281200.json'), '--objective', '99.9', '--up', selector(1), '--rules', out, '--json']);
    expect(code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain(`avg_over_time(up{instance="${PROPHET(1)}",job="prophet"}[5m])`);
    if (process.env['HEADROOM_SKIP_PROMTOOL'] === '1') return;
    const r = spawnSync('promtool', ['check', 'rules', out], { encoding: 'utf8' });
    expect(r.error, 'promtool is not installed: `apt-get install -y prometheus`, or set HEADROOM_SKIP_PROMTOOL=1').toBeUndefined();
    expect(r.status).toBe(0);
  });
});

describe('headroom slo on hand-made series', () => {
  const dir = mkdtempSync(join(tmpdir(), 'headroom-slo-'));
  // Two days of 100 requests a minute; from minute 1000 to 1019 half of them fail (16:40–17:00 UTC).
  const rows = ['time,requests,errors'];
  for (let i = 0; i < 2 * 1440; i++) rows.push(`${new Date(Date.UTC(2026, 10, 1) + (i + 1) * 60_000).toISOString()},100,${i >= 1000 && i < 1020 ? 50 : 0}`);
  const csv = join(dir, 'outage.csv');
  writeFileSync(csv, rows.join('\n') + '\n');

  it('prices a known outage and times its alerts by hand', async () => {
    const { code, stdout } = await capture([csv, '--objective', '99.9', '--bad', 'errors', '--total', 'requests', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    // 1000 bad requests; the window allows 0.1 % of 100 a minute × 43 200 minutes = 4320.
    expect(doc.budget.consumed_fraction).toBeCloseTo(1000 / 4320, 6);
    // Page: 2 bad samples (100 of 6000 in the hour) are the first to exceed 14.4×; it ends when the 6× rule's
    // 30-minute window no longer holds the last bad minute (17:00 + 30 min).
    // Ticket: 1× over 3 d needs more bad than 0.1 % of all requests so far: 150 of 100 300 at 16:43; 6 h later it clears.
    expect(doc.alerts.map((a: { severity: string; start: string; end: string }) => [a.severity, a.start, a.end])).toEqual([
      ['page', '2026-11-01T16:42:00Z', '2026-11-01T17:30:00Z'],
      ['ticket', '2026-11-01T16:43:00Z', '2026-11-01T23:00:00Z'],
    ]);
  });

  it('dates the exhaustion at the forecast rate: a constant 0.2 % error rate spends a 30-day budget 15 days in', async () => {
    // By hand: 100 requests a minute allow 0.1 % × 100 × 43 200 = 4320 bad over 30 days; 0.2 bad a minute spends
    // that in 21 600 minutes, 15 days after the first sample, and the flat forecast keeps that rate.
    const flat = join(dir, 'flat.csv');
    const start = Date.UTC(2026, 10, 1);
    writeFileSync(flat, ['time,requests,errors', ...Array.from({ length: 2 * 1440 }, (_, i) => `${new Date(start + (i + 1) * 60_000).toISOString()},100,0.2`)].join('\n') + '\n');
    const { code, stdout } = await capture([flat, '--objective', '99.9', '--bad', 'errors', '--total', 'requests', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(Math.abs(Date.parse(doc.exhaustion_forecast) - (start + 15 * 86_400_000))).toBeLessThanOrEqual(60_000);
    expect(doc.exhaustion_forecast_method).toMatch(/forecast the bad and the total requests/);
    const human = await capture([flat, '--objective', '99.9', '--bad', 'errors', '--total', 'requests']);
    expect(human.stdout).toContain(`at the forecast rate: ${doc.exhaustion_forecast}`);
  });

  it('gives null, not 100 %, for a window without traffic', async () => {
    const quiet = join(dir, 'quiet.csv');
    writeFileSync(quiet, ['time,requests,ok', ...Array.from({ length: 60 }, (_, i) => `${new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString()},0,0`)].join('\n') + '\n');
    const { code, stdout } = await capture([quiet, '--objective', '99.9', '--good', 'ok', '--total', 'requests', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.budget.consumed_fraction).toBeNull();
    expect(doc.warnings.join(' ')).toMatch(/undefined, not untouched/);
  });

  it('round-trips through OpenSLO: --openslo writes a spec that --spec reads to the same budget', async () => {
    const spec = join(dir, 'slo.yaml');
    const first = await capture([csv, '--objective', '99.9', '--bad', 'errors', '--total', 'requests', '--openslo', spec, '--json']);
    const again = await capture([csv, '--spec', spec, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).budget).toEqual(JSON.parse(first.stdout).budget);
    expect(readFileSync(spec, 'utf8')).toContain('apiVersion: openslo/v1');
  });

  it('rejects bad usage and unreadable input', async () => {
    await expect(capture([csv, '--objective', '120', '--up', 'x'])).rejects.toThrow(UsageError);
    await expect(capture([csv, '--objective', '99.9', '--good', 'a'])).rejects.toThrow(/--total/);
    const missing = await capture([join(dir, 'nope.csv'), '--objective', '99.9', '--up', 'x']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv: no such file/);
    const badSpec = join(dir, 'bad.yaml');
    writeFileSync(badSpec, 'apiVersion: openslo/v1\nkind: SLO\nspec: [\n');
    const r = await capture([csv, '--spec', badSpec]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:\d+: /);
  });

  it('writes rules from an OpenSLO spec whose queries are PromQL templates, with no FILE', async () => {
    const spec = join(dir, 'promql.yaml');
    writeFileSync(
      spec,
      [
        'apiVersion: openslo/v1',
        'kind: SLO',
        'metadata: { name: checkout }',
        'spec:',
        '  service: shop',
        '  indicator:',
        '    metadata: { name: checkout-errors }',
        '    spec:',
        '      ratioMetric:',
        '        counter: true',
        `        bad: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))' } } }`,
        `        total: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(http_requests_total[{{.window}}]))' } } }`,
        '  timeWindow: [{ duration: 30d, isRolling: true }]',
        '  budgetingMethod: Occurrences',
        '  objectives: [{ target: 0.999 }]',
      ].join('\n'),
    );
    const out = join(dir, 'promql-rules.yml');
    const { code } = await capture(['--spec', spec, '--rules', out]);
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('sum(rate(http_requests_total{code=~"5.."}[1h]))');
    if (process.env['HEADROOM_SKIP_PROMTOOL'] === '1') return;
    const r = spawnSync('promtool', ['check', 'rules', out], { encoding: 'utf8' });
    expect(r.error, 'promtool is not installed: `apt-get install -y prometheus`, or set HEADROOM_SKIP_PROMTOOL=1').toBeUndefined();
    expect(r.status).toBe(0);
  });

  it('reports every SLO of the demo study', async () => {
    const { code, stdout } = await capture(['--demo', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.slos.map((s: { objective: number }) => s.objective)).toEqual([0.9999, 0.999, 0.99]);
    // The sale's budget is already spent: both dates say when. The others carry a forecast date or null, and how.
    expect(doc.slos[0].exhaustion_forecast).toBe(doc.slos[0].exhaustion);
    for (const s of doc.slos) {
      expect(s).toHaveProperty('exhaustion_forecast');
      expect(s.exhaustion_forecast_method).toMatch(/^forecast /);
    }
  });
});
