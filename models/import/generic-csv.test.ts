import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/import-report';
import { ImportSession } from './import-session';
import { importText } from './start-import';

const fixtures = new URL('../../../shared/fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');

function imported(text: string, zone = 'UTC', format?: string): ImportResult {
  const r = importText(text, { fileName: 'f.csv', zone }, format);
  if (!('series' in r)) throw new Error(r.message);
  return r;
}

/** Feed `text` in chunks cut at the given fractions, as a worker reading a File would. */
function importChunks(text: string, points: number[], zone = 'UTC'): ImportResult {
  const session = new ImportSession({ fileName: 'f.csv', zone });
  const at = [...new Set(points.map((p) => Math.floor(p * text.length)))].sort((a, b) => a - b);
  let prev = 0;
  for (const p of [...at, text.length]) {
    session.push(text.slice(prev, p));
    prev = p;
  }
  const r = session.end();
  if (!r.ok) throw new Error(r.reason);
  return r.result;
}

/** `2014-02-14 14:27:00` read independently of the importer, as UTC. */
function naiveUtc(s: string): number {
  const [d, t] = s.split(' ');
  const [y, mo, da] = d!.split('-').map(Number);
  const [h, mi, se] = t!.split(':').map(Number);
  return Date.UTC(y!, mo! - 1, da!, h!, mi!, se!);
}

describe('metric CSV import, NAB files', () => {
  const dirs = ['realAWSCloudwatch', 'realKnownCause', 'realTraffic'];
  const files = dirs.flatMap((d) => readdirSync(new URL(`nab/${d}/`, fixtures)).map((f) => `nab/${d}/${f}`));

  it.each(files)('%s: every row, first and last time as the file says', (path) => {
    const text = read(path);
    const rows = text.trim().split('\n').slice(1).map((l) => l.split(','));
    const times = rows.map((r) => naiveUtc(r[0]!));
    const r = imported(text);
    expect(r.series).toHaveLength(1);
    const s = r.series[0]!;
    expect(s.t.length).toBe(new Set(times).size);
    expect(s.t[0]).toBe(Math.min(...times));
    expect(s.t[s.t.length - 1]).toBe(Math.max(...times));
    expect(r.rejectedCount).toBe(0);
    expect(r.notes.join('\n')).toMatch(/without an offset read as UTC/);
  });

  it('says where machine_temperature goes back in time and merges the repeated hour', () => {
    const r = imported(read('nab/realKnownCause/machine_temperature_system_failure.csv'));
    const notes = r.notes.join('\n');
    expect(notes).toMatch(/time goes backwards on line 10151 \(2014-01-07T02:55:00Z → 2014-01-07T02:00:00Z\)/);
    expect(notes).toMatch(/merged 12 duplicate timestamps/);
  });

  it('reads the spring-forward hour of a NAB file continuously when told the times are New York time', () => {
    const text = read('nab/realKnownCause/ec2_request_latency_system_failure.csv');
    const r = imported(text, 'America/New_York');
    const t = r.series[0]!.t;
    // 01:56 EST is 06:56Z; the twelve rows stamped 03:00 EDT (07:00Z) merge into one point.
    const i = t.indexOf(Date.UTC(2014, 2, 9, 6, 56));
    expect(i).toBeGreaterThan(0);
    expect(t[i + 1]).toBe(Date.UTC(2014, 2, 9, 7, 0));
    expect(t[i + 2]).toBe(Date.UTC(2014, 2, 9, 7, 1));
    expect(r.notes.join('\n')).toMatch(/merged 11 duplicate timestamps .*2014-03-09T07:00:00Z/);
  });
});

describe('metric CSV import, Grafana exports', () => {
  it('reads the series-as-rows export into one series per Series value, labels parsed from the name', () => {
    const text = read('grafana-csv/long-series-time-value.csv');
    const lines = text.trim().split('\n').slice(1);
    const counts = new Map<string, number>();
    for (const l of lines) counts.set(l.split(';')[0]!, (counts.get(l.split(';')[0]!) ?? 0) + 1);
    const r = imported(text);
    expect(r.format).toBe('grafana-csv');
    expect(r.series).toHaveLength(counts.size);
    for (const s of r.series) expect(s.t.length).toBe(counts.get(s.name));
    const first = r.series[0]!;
    expect(first.labels).toEqual({ __name__: 'net.out_packets_sec.value', device: 'eth0', hostname: 'mini-mon', service: 'monitoring' });
    expect(first.t[0]).toBe(Date.parse(lines[0]!.split(';')[1]!));
  });

  it('reads the Excel flavour: BOM, sep= line, repeated header, null gaps, offsets changing from +02:00 to +03:00', () => {
    const text = read('grafana-csv/excel-bom-sep-line.csv');
    const data = text.trim().split(/\r?\n/).slice(3);
    const r = imported(text);
    expect(r.format).toBe('grafana-csv');
    expect(r.series.map((s) => s.name)).toEqual(['C.MeteoST_bme280', 'C.Gas_boiler_supply', 'C.Kitchen_temp', 'C.MeteoST_ds18b20']);
    expect(r.rejectedCount).toBe(0);
    const t = r.series[0]!.t;
    expect(t.length).toBe(data.length);
    expect(t[0]).toBe(Date.parse(data[0]!.split(';')[0]!.replaceAll('"', '')));
    // across the change of offset the 5-minute step stays 5 minutes of real time
    const change = data.findIndex((l) => l.includes('+03:00'));
    expect(t[change]! - t[change - 1]!).toBe(Date.parse(data[change]!.split(';')[0]!.replaceAll('"', '')) - Date.parse(data[change - 1]!.split(';')[0]!.replaceAll('"', '')));
    const nulls = data.filter((l) => l.split(';')[1] === 'null').length;
    expect([...r.series[0]!.v].filter(Number.isNaN).length).toBe(nulls);
    expect(r.notes.join('\n')).toMatch(/skipped the header repeated on line 3/);
  });
});

describe('metric CSV import, dialects and layouts', () => {
  it('reads semicolons with decimal commas, quoted thousands, tabs and a timestamp in the third column', () => {
    const semi = imported('Zeit;CPU %;Last\n2026-01-01 10:00;12,5;"1.026,5"\n2026-01-01 10:01;13,25;7\n');
    expect([...semi.series[0]!.v]).toEqual([12.5, 13.25]);
    expect([...semi.series[1]!.v]).toEqual([1026.5, 7]);
    expect(semi.series[0]!.unit).toBe('%');
    const tab = imported('host\tvalue\ttime\nweb\t1\t1700000000\nweb\t2\t1700000060\ndb\t3\t1700000000\n');
    expect(tab.series.map((s) => [s.name, s.t.length])).toEqual([
      ['web', 2],
      ['db', 1],
    ]);
    expect(tab.series[0]!.labels).toEqual({ host: 'web' });
    expect(tab.series[0]!.t[0]).toBe(1_700_000_000_000);
    const grouped = imported('time,requests\n2026-01-01T00:00:00Z,"1,026"\n2026-01-01T00:01:00Z,"12,345,678.5"\n');
    expect([...grouped.series[0]!.v]).toEqual([1026, 12345678.5]);
  });

  it('reads unit suffixes in cells and names the unit', () => {
    const r = imported('time,latency\n2026-01-01T00:00:00Z,12 ms\n2026-01-01T00:01:00Z,15.5 ms\n');
    expect([...r.series[0]!.v]).toEqual([12, 15.5]);
    expect(r.series[0]!.unit).toBe('ms');
    const rate = imported('time,checkout\n2026-01-01T00:00:00Z,3.2 req/s\n2026-01-01T00:01:00Z,4 req/s\n');
    expect(rate.series[0]!.unit).toBe('req/s');
  });

  it('ignores text columns with a note and keeps wide columns apart', () => {
    const r = imported('time,cpu,mem,comment\n2026-01-01T00:00:00Z,1,2,deploy of build 4411 started by anna\n2026-01-01T00:01:00Z,3,4,all quiet on the western front tonight\n2026-01-01T00:02:00Z,5,6,third distinct sentence in this column\n');
    expect(r.series.map((s) => s.name)).toEqual(['cpu', 'mem']);
    expect(r.notes.join('\n')).toMatch(/ignored text columns: comment/);
  });

  it('rejects rows whose timestamp or value cannot be read, with their line numbers, and reads the rest', () => {
    const good = Array.from({ length: 6 }, (_, i) => `2026-01-02T00:0${i}:00Z,${i}`).join('\n');
    const text = `time,value\n2026-01-01T00:00:00Z,1\nyesterday,2\n\n2026-01-01T00:02:00Z,abc\n2026-01-01T00:03:00Z,\n2026-01-01T00:04:00Z,"4"\n${good}\n`;
    const r = imported(text);
    expect(r.rejected).toEqual([
      { line: 3, reason: 'timestamp "yesterday" cannot be read' },
      { line: 5, reason: 'value: "abc" is not a number' },
    ]);
    expect(r.series[0]!.t.length).toBe(3 + 6);
    expect(Number.isNaN(r.series[0]!.v[1]!)).toBe(true);
  });

  it('reads zone-less times in the chosen zone, and says so', () => {
    const r = imported('timestamp,value\n2026-07-01 12:00:00,1\n', 'Europe/Berlin');
    expect(r.series[0]!.t[0]).toBe(Date.UTC(2026, 6, 1, 10));
    expect(r.notes.join('\n')).toMatch(/read in Europe\/Berlin/);
  });

  it('refuses a table without timestamps, saying why', () => {
    const r = importText(read('m4/Hourly-test.csv'), { fileName: 'h.csv', zone: 'UTC' });
    expect('series' in r).toBe(false);
    if (!('series' in r)) expect(r.tried.find((t) => t.format === 'csv')?.reason).toMatch(/no column holds timestamps/);
  });
});

describe('metric CSV import, properties', () => {
  const row = fc.record({ minute: fc.integer({ min: 0, max: 500_000 }), a: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), b: fc.integer({ min: -1e6, max: 1e6 }) });

  it('valid rows survive a round trip: every value back at its time', () => {
    fc.assert(
      fc.property(fc.uniqueArray(row, { minLength: 1, maxLength: 60, selector: (r) => r.minute }), fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'), (rows, delim, nl) => {
        const iso = (m: number) => new Date(Date.UTC(2026, 0, 1) + m * 60_000).toISOString();
        const text = [`time${delim}a${delim}b`, ...rows.map((r) => `${iso(r.minute)}${delim}${r.a}${delim}${r.b}`)].join(nl) + nl;
        const res = imported(text);
        const sorted = [...rows].sort((x, y) => x.minute - y.minute);
        expect(res.rejectedCount).toBe(0);
        expect([...res.series[0]!.t]).toEqual(sorted.map((r) => Date.UTC(2026, 0, 1) + r.minute * 60_000));
        expect([...res.series[0]!.v]).toEqual(sorted.map((r) => Number(String(r.a))));
        expect([...res.series[1]!.v]).toEqual(sorted.map((r) => Number(String(r.b))));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same result wherever the chunks are cut', () => {
    const text = read('grafana-csv/excel-bom-sep-line.csv').slice(0, 90_000);
    const whole = importChunks(text, []);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), (points) => {
        const r = importChunks(text, points);
        expect(r.series.map((s) => [...s.t])).toEqual(whole.series.map((s) => [...s.t]));
        expect(r.series.map((s) => [...s.v])).toEqual(whole.series.map((s) => [...s.v]));
        expect(r.rejected).toEqual(whole.rejected);
      }),
      { numRuns: 25 },
    );
  });

  it('never throws on mutated real files or arbitrary text', () => {
    const base = read('nab/realTraffic/speed_7578.csv').slice(0, 3000);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 4 })), { maxLength: 12 }), (edits) => {
        let text = base;
        for (const [at, s] of edits) {
          const k = at % (text.length + 1);
          text = text.slice(0, k) + s + text.slice(k + 1);
        }
        const r = importText(text, { fileName: 'm.csv', zone: 'America/New_York' });
        if ('series' in r) for (const s of r.series) for (let i = 1; i < s.t.length; i++) expect(s.t[i]!).toBeGreaterThan(s.t[i - 1]!);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(undefined, 'csv', 'grafana-csv', 'prometheus', 'datadog', 'cloudwatch', 'interval-csv'), (text, format) => {
        importText(text, { fileName: 'a.csv', zone: 'UTC' }, format);
      }),
      { numRuns: 300 },
    );
  });
});
