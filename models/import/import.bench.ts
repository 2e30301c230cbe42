/**
 * Import speed and memory, per format, on generated large files and on the real fixtures.
 * `npm run bench` runs each import in-process (vitest's table) and, twice per file, in a fresh Node process
 * through the real streaming path (electron/node/import-file.ts), printing wall and CPU time, MB/s and peak RSS.
 * The yardstick (../shared/DOMAIN.md, "Import speed"): pandas reads the 1 M-row long CSV in 0.90 s / 152 MB.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { bench, describe } from 'vitest';
import { ImportSession } from './import-session';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = `${root}.bench-data/`;
const fixtures = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

/** A deterministic pseudo-random sequence (Numerical Recipes LCG), so every run generates the same bytes. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const T0 = Date.UTC(2026, 10, 20);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** 1,000,000 rows of `timestamp,series,value`: 20 series interleaved, 10 s apart (~38 MB). */
function longCsv(): string {
  const rnd = lcg(42);
  const parts = ['timestamp,series,value\n'];
  for (let i = 0; i < 50_000; i++) {
    const ts = iso(T0 + i * 10_000);
    for (let s = 0; s < 20; s++) parts.push(`${ts},series_${String(s).padStart(2, '0')},${(rnd() * 1000).toFixed(2)}\n`);
  }
  return parts.join('');
}

/** 200,000 rows × 10 value columns, semicolon-delimited with decimal commas and local times. */
function wideCsv(): string {
  const rnd = lcg(7);
  const parts = [`time;${Array.from({ length: 10 }, (_, c) => `host_${c}_cpu_pct`).join(';')}\n`];
  for (let i = 0; i < 200_000; i++) {
    const row = [iso(T0 + i * 60_000).replace('T', ' ').replace('Z', '')];
    for (let c = 0; c < 10; c++) row.push((rnd() * 100).toFixed(1).replace('.', ','));
    parts.push(row.join(';') + '\n');
  }
  return parts.join('');
}

/** A query_range matrix of 20 series × 50,000 samples (1 M samples). */
function prometheus(): string {
  const rnd = lcg(11);
  const result = Array.from({ length: 20 }, (_, s) => ({
    metric: { __name__: 'http_requests_total', instance: `web-${s}:9100`, job: 'shop' },
    values: Array.from({ length: 50_000 }, (_, i) => [(T0 + i * 15_000) / 1000, String(Math.round(rnd() * 1e6))]),
  }));
  return JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } });
}

/** Datadog pointlists: 20 series × 50,000 points. */
function datadog(): string {
  const rnd = lcg(13);
  const series = Array.from({ length: 20 }, (_, s) => ({
    metric: 'system.cpu.idle',
    scope: `host:web-${s}`,
    pointlist: Array.from({ length: 50_000 }, (_, i) => [T0 + i * 60_000, rnd() * 100]),
    unit: [{ short_name: '%' }, null],
  }));
  return JSON.stringify({ status: 'ok', res_type: 'time_series', series });
}

/** CloudWatch get-metric-data: 20 results × 50,000 points, newest first as the API returns them. */
function cloudwatch(): string {
  const rnd = lcg(17);
  const MetricDataResults = Array.from({ length: 20 }, (_, s) => ({
    Id: `m${s}`,
    Label: `RequestCount web-${s}`,
    Timestamps: Array.from({ length: 50_000 }, (_, i) => iso(T0 + (50_000 - i) * 60_000).replace('Z', '+00:00')),
    Values: Array.from({ length: 50_000 }, () => Math.round(rnd() * 5000)),
    StatusCode: 'Complete',
  }));
  return JSON.stringify({ MetricDataResults, Messages: [] });
}

function ensure(name: string, make: () => string): string {
  const path = `${dataDir}${name}`;
  if (!existsSync(path)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path, make());
  }
  return path;
}

const files: { label: string; path: string }[] = [
  { label: 'long CSV, 1 M rows (generated)', path: ensure('long-1m.csv', longCsv) },
  { label: 'wide CSV ; decimal comma, 200 k × 10 (generated)', path: ensure('wide-200k.csv', wideCsv) },
  { label: 'Prometheus matrix, 1 M samples (generated)', path: ensure('prometheus-1m.json', prometheus) },
  { label: 'Datadog pointlist, 1 M points (generated)', path: ensure('datadog-1m.json', datadog) },
  { label: 'CloudWatch get-metric-data, 1 M points (generated)', path: ensure('cloudwatch-1m.json', cloudwatch) },
  { label: 'Grafana series-as-rows (fixture)', path: `${fixtures}grafana-csv/long-series-time-value.csv` },
  { label: 'Grafana Excel BOM sep= (fixture)', path: `${fixtures}grafana-csv/excel-bom-sep-line.csv` },
  { label: 'NAB machine_temperature (fixture)', path: `${fixtures}nab/realKnownCause/machine_temperature_system_failure.csv` },
  { label: 'Prometheus up-redhat (fixture)', path: `${fixtures}prometheus/up-redhat/201907281200.json` },
];

/**
 * The streaming file import bundled as the packaged CLI bundles it (esbuild), so a fresh plain Node process
 * measures our code and not the TypeScript loader's own memory.
 */
function bundleImporter(): string {
  const out = `${dataDir}import-file.mjs`;
  buildSync({ entryPoints: [`${root}electron/node/import-file.ts`], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning' });
  return out;
}

/** One import in a fresh Node process through the real streaming file path: wall and CPU time, peak RSS. */
function measureInChild(bundle: string, path: string): { ms: number; cpuMs: number; rssMb: number; points: number } {
  const script = `
    const { importFile } = await import(${JSON.stringify(bundle)});
    const c = process.cpuUsage();
    const t = performance.now();
    const r = await importFile(process.argv[1], 'UTC');
    const ms = performance.now() - t;
    const u = process.cpuUsage(c);
    const cpuMs = (u.user + u.system) / 1000;
    const points = r.ok ? r.result.series.reduce((a, s) => a + s.t.length, 0) + r.result.events.length : -1;
    // VmHWM, not getrusage: Linux keeps ru_maxrss across execve, so a child forked from the big vitest worker
    // would report the worker's own peak.
    const { readFileSync } = await import('node:fs');
    const hwm = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    const rssMb = (hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS) / 1024;
    process.stdout.write(JSON.stringify({ ms, cpuMs, rssMb, points }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, path], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out) as { ms: number; cpuMs: number; rssMb: number; points: number };
}

/** In-process import from chunks already in memory: the parser alone, without disk and decoding. */
function importChunks(chunks: string[]): number {
  const session = new ImportSession({ fileName: 'bench', zone: 'UTC' });
  for (const c of chunks) session.push(c);
  const r = session.end();
  if (!r.ok) throw new Error(r.reason);
  return r.result.series.length;
}

function chunksOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += 1 << 20) chunks.push(text.slice(i, i + (1 << 20)));
  return chunks;
}

describe('import, in process (parser only, chunks already in memory)', () => {
  for (const f of files) {
    const chunks = chunksOf(f.path);
    bench(f.label, () => void importChunks(chunks), { iterations: f.path.includes('.bench-data') ? 3 : 10, time: 0, warmupIterations: 1 });
  }
});

// vitest bench runs no afterAll and swallows console output, so the table is one more "bench" written to fd 1.
describe('import, fresh process per file (disk → bytes → text → typed series)', () => {
  let printed = false;
  bench(
    'table of MB/s and peak RSS',
    () => {
      // tinybench may call a task more than once even with one iteration; the table is printed once.
      if (printed) return;
      printed = true;
      const bundle = bundleImporter();
      const baseline = measureInChild(bundle, `${fixtures}nab/realTraffic/speed_7578.csv`);
      const rows = files.map((f) => {
        const mb = statSync(f.path).size / 1e6;
        const runs = [measureInChild(bundle, f.path), measureInChild(bundle, f.path)];
        const best = runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
        const rss = Math.max(...runs.map((r) => r.rssMb));
        const cols = [
          f.label.padEnd(52),
          `${mb.toFixed(1).padStart(6)} MB`,
          `${(best.ms / 1000).toFixed(3).padStart(7)} s wall`,
          `${(best.cpuMs / 1000).toFixed(3).padStart(7)} s cpu`,
          `${(mb / (best.ms / 1000)).toFixed(0).padStart(5)} MB/s`,
          `peak RSS ${rss.toFixed(0).padStart(4)} MB (+${(rss - baseline.rssMb).toFixed(0)} over a 26 KB import)`,
          `${best.points} points`,
        ];
        return cols.join('  ');
      });
      writeSync(1, `\nFresh Node process per file (the importer bundled by esbuild, as the CLI ships), streaming from disk; best of 2 (RSS of Node importing a 26 KB file: ${baseline.rssMb.toFixed(0)} MB):\n${rows.join('\n')}\n\n`);
    },
    { iterations: 1, warmupIterations: 0, time: 0 },
  );
});
