import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

function headroom(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'import', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('headroom import', () => {
  it('prints the JSON contract of ../shared/CLI.md for metric and event files alike', () => {
    const r = headroom(`${fixtures}prometheus/range_simple.result.json`, `${fixtures}grafana-csv/table-events-cjk.csv`, `${fixtures}nab/realTraffic/speed_7578.csv`, '--json', '--rate');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { files: (Record<string, unknown> & { series: Record<string, unknown>[] })[] };
    const [prom, cjk, nab] = out.files as [(typeof out.files)[0], (typeof out.files)[0], (typeof out.files)[0]];
    for (const f of out.files) expect(Object.keys(f)).toEqual(expect.arrayContaining(['file', 'format', 'kind', 'series', 'events', 'rejected']));
    expect(prom).toMatchObject({ format: 'prometheus', kind: 'metrics', events: { count: 0, start: null, end: null }, rejected: { count: 0, samples: [] } });
    // --rate: 21, 32, 43 one second apart is 11 per second
    expect(prom.series[0]).toMatchObject({ name: expect.stringMatching(/^rate\(prometheus_http_requests_total/), labels: { code: '200' }, unit: '/s', points: 2, min: 11, max: 11, mean: 11, start: '2022-01-11T08:25:31.123Z' });
    expect(cjk).toMatchObject({ format: 'interval-csv', kind: 'events', series: [], events: { count: 88 } });
    const lines = readFileSync(`${fixtures}nab/realTraffic/speed_7578.csv`, 'utf8').trim().split('\n');
    expect(nab.series[0]).toMatchObject({ name: 'value', points: lines.length - 1, start: `${lines[1]!.split(',')[0]!.replace(' ', 'T')}Z`, end: `${lines.at(-1)!.split(',')[0]!.replace(' ', 'T')}Z` });
  });

  it('exits 2 with FILE:LINE: reason for rejected rows, and FILE: reason for unreadable files, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'headroom-cli-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `time,value\n${Array.from({ length: 8 }, (_, i) => `2026-01-01T00:0${i}:00Z,${i}`).join('\n')}\nnot a time,3\n`);
    const binary = join(dir, 'x.bin');
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const r = headroom(bad, binary, join(dir, 'missing.csv'), `${fixtures}m4/Hourly-test.csv`, '--json');
    expect(r.status).toBe(2);
    const stderr = r.stderr.trim().split('\n');
    expect(stderr).toContain(`${bad}:10: timestamp "not a time" cannot be read`);
    expect(stderr).toContain(`${binary}: is binary data, not text (control bytes throughout)`);
    expect(stderr).toContain(`${join(dir, 'missing.csv')}: no such file`);
    expect(stderr.find((l) => l.startsWith(`${fixtures}m4/Hourly-test.csv: no known format matches (`))).toMatch(/csv: no column holds timestamps/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const out = JSON.parse(r.stdout) as { files: { rejected: { count: number; samples: { line: number }[] } }[]; failed: { file: string }[] };
    expect(out.files[0]!.rejected).toEqual({ count: 1, samples: [{ line: 10, reason: 'timestamp "not a time" cannot be read' }] });
    expect(out.failed.map((f) => f.file)).toEqual([binary, join(dir, 'missing.csv'), `${fixtures}m4/Hourly-test.csv`]);
  });
});
