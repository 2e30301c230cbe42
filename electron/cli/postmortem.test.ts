import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runPostmortem } from './postmortem';
import { captureCli } from './capture-cli.test-helper';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures');
const seed = resolve(fixtures, 'seed-002/timeline.csv');

const capture = (argv: string[]) => captureCli(runPostmortem, argv);

afterEach(() => vi.restoreAllMocks());

describe('headroom postmortem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'headroom-pm-'));

  it('writes the seed postmortem as Markdown in the zone asked for', async () => {
    const out = join(dir, 'seed.md');
    const { code, stdout } = await capture([seed, '--tz', 'Europe/London', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('8 action items');
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# High CPU and memory usage on the web servers\n/);
    expect(md).toContain('2023-05-22 11:00 to 2023-05-22 15:30 (+01:00): 4 h 30 min.');
    expect(md).toContain('| 11:15 | customer-report | support |');
  });

  it('writes HTML for a .html name and reports in JSON', async () => {
    const out = join(dir, 'seed.html');
    const { code, stdout } = await capture([seed, '--tz', '+01:00', '--out', out, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      file: out,
      format: 'html',
      incident: 'INC-20230522-1000',
      blameless_hints: [],
    });
    expect(readFileSync(out, 'utf8')).toContain('<h2>Detection</h2>');
  });

  it('asks which incident when the logs hold several, naming them', async () => {
    const files = ['tztj066g5m12', 'yyj2cdqdjbhk'].map((f) => resolve(fixtures, `statuspage/github/${f}.json`));
    await expect(capture([...files, '--out', join(dir, 'x.md')])).rejects.toThrow(
      /2 incidents found; choose one with --incident ID \(tztj066g5m12/,
    );
    const { code } = await capture([...files, '--incident', 'yyj2cdqdjbhk', '--out', join(dir, 'x.md')]);
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'x.md'), 'utf8')).toMatch(/^# Incident with API Requests/);
  });

  it('measures impact from a metrics file over the incident window', async () => {
    // 15-minute samples, 08:00–16:00 UTC: 100 req/s throughout; 10 req/s failing and p95 at 2 s from 10:30 to 14:00.
    const rows = ['timestamp,http_requests_rps,http_errors_rps,latency_p95_ms'];
    for (let t = Date.UTC(2023, 4, 22, 8); t <= Date.UTC(2023, 4, 22, 16); t += 15 * 60_000) {
      const bad = t >= Date.UTC(2023, 4, 22, 10, 30) && t < Date.UTC(2023, 4, 22, 14);
      rows.push(`${new Date(t).toISOString()},100,${bad ? 10 : 0},${bad ? 2000 : 200}`);
    }
    const metrics = join(dir, 'metrics.csv');
    writeFileSync(metrics, rows.join('\n') + '\n');
    const out = join(dir, 'impact.md');
    const { code } = await capture([
      seed,
      '--metrics',
      metrics,
      '--orders-per-minute',
      '10',
      '--order-value',
      '50',
      '--currency',
      'EUR',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    const md = readFileSync(out, 'utf8');
    // Window 10:00–14:30 UTC: 100 × 4.5 h = 1,620,000 requests; 10 × 3.5 h = 126,000 failed (7.8 %);
    // the other 90 req/s of those 3.5 h were served at 2 s, above 3 × the 200 ms before: (126,000 + 1,134,000) ÷ 1,620,000 = 78 %.
    expect(md).toContain('Requests in the window: 1,620,000 requests');
    expect(md).toContain('Requests failed: 126,000 requests');
    expect(md).toContain('Error rate over the window: 7.8 %');
    expect(md).toContain('Share of requests failed or served while degraded: 78 %');
    // 10 orders/min × 270 min × 7/9 = 2,100 orders, × 50 EUR.
    expect(md).toContain('Orders at risk: 2,100 orders');
    expect(md).toContain('Revenue at risk: 105,000 EUR');
  });

  it('refuses an output name that is neither Markdown nor HTML', async () => {
    await expect(capture([seed, '--out', join(dir, 'x.pdf')])).rejects.toThrow(/must end in \.md or \.html/);
  });
});
