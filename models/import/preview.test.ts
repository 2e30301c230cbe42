import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewImport } from './preview';
import { importByteStream } from './stream-import';

const fixtures = new URL('../../../shared/fixtures/', import.meta.url);

describe('import preview', () => {
  it('shows the chosen format, why the others said no, the columns, first rows and the series to be created', () => {
    const text = readFileSync(new URL('grafana-csv/excel-bom-sep-line.csv', fixtures), 'utf8');
    const p = previewImport(text.slice(0, 64 * 1024), false, { fileName: 'g.csv', zone: 'UTC' });
    expect(p.format).toBe('grafana-csv');
    expect(p.candidates.find((c) => c.name === 'prometheus')).toMatchObject({ ok: false, reason: 'not JSON' });
    expect(p.table?.delimiter).toBe(';');
    expect(p.table?.columns.map((c) => c.role)).toEqual(['time', 'value', 'value', 'value', 'value']);
    expect(p.table?.rows[0]).toEqual(['sep=', '']);
    expect(p.sample?.series.map((s) => s.name)).toEqual(['C.MeteoST_bme280', 'C.Gas_boiler_supply', 'C.Kitchen_temp', 'C.MeteoST_ds18b20']);
    expect(p.sample?.rejectedCount).toBe(0);
  });

  it('applies the user\'s column roles, format and units', () => {
    const text = 'time,host,cpu,mem\n2026-01-01T00:00:00Z,web,1,2\n2026-01-01T00:01:00Z,web,3,4\n';
    const auto = previewImport(text, true, { fileName: 'a.csv', zone: 'UTC' });
    expect(auto.sample?.series.map((s) => s.name)).toEqual(['web cpu', 'web mem']);
    const mapped = previewImport(text, true, { fileName: 'a.csv', zone: 'UTC', csv: { roles: { 1: 'ignore', 3: 'ignore' } }, units: { cpu: '%' } }, 'csv');
    expect(mapped.sample?.series.map((s) => [s.name, s.unit])).toEqual([['cpu', '%']]);
    expect(mapped.table?.columns.map((c) => c.role)).toEqual(['time', 'ignore', 'value', 'ignore']);
    expect(previewImport('hello', true, { fileName: 'x', zone: 'UTC' }).failure).toBe('no known format matches this file');
  });

  it('imports a byte stream in chunks with progress, as the worker does', async () => {
    const bytes = readFileSync(new URL('nab/realTraffic/speed_7578.csv', fixtures));
    let at = 0;
    const reader = {
      read: () => Promise.resolve(at >= bytes.length ? { done: true } : { done: false, value: bytes.subarray(at, (at += 4000)) }),
      cancel: () => Promise.resolve(),
    };
    const fractions: number[] = [];
    let clock = 0;
    const r = await importByteStream(reader, bytes.length, { fileName: 's.csv', zone: 'UTC' }, (e) => new TextDecoder(e), undefined, (f) => fractions.push(f), () => (clock += 200));
    if (!r.ok) throw new Error(r.reason);
    expect(r.result.series[0]!.t.length).toBe(bytes.toString('utf8').trim().split('\n').length - 1);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBeGreaterThan(3);
  });
});
