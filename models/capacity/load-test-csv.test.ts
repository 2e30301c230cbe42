import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLoadTestCsv } from './load-test-csv';

const fixture = (p: string) =>
  readFileSync(fileURLToPath(new URL(`../../../shared/fixtures/${p}`, import.meta.url)), 'utf8');

describe('parseLoadTestCsv', () => {
  it('reads the SPEC SDM91 results as 7 concurrency levels', () => {
    const parsed = parseLoadTestCsv(fixture('usl/specsdm91.csv'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.axis).toBe('concurrency');
    expect(parsed.points).toHaveLength(7);
    expect(parsed.points[0]).toEqual({ n: 1, throughput: 64.9 });
    expect(parsed.points[6]).toEqual({ n: 216, throughput: 1702.2 });
  });

  it('recognises a scale-out test by its nodes column and keeps latency', () => {
    const parsed = parseLoadTestCsv('nodes;rps;latency_ms\n1;400;20\n2;780;21\n');
    expect(parsed.ok && parsed.axis).toBe('nodes');
    expect(parsed.ok && parsed.points[1]).toEqual({ n: 2, throughput: 780, latencyMs: 21 });
  });

  it('reads names with units attached (throughput_rps, latency_ms)', () => {
    const parsed = parseLoadTestCsv('users,throughput_rps,latency_ms\n1,44.7,22.4\n');
    expect(parsed.ok && parsed.points[0]).toEqual({ n: 1, throughput: 44.7, latencyMs: 22.4 });
  });

  it('rejects rows whose numbers cannot be read, with their line numbers', () => {
    const parsed = parseLoadTestCsv('users,throughput\n1,10\nten,20\n3,\n4,40\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.points).toHaveLength(2);
    expect(parsed.rejected.map((r) => r.line)).toEqual([3, 4]);
  });

  it('names the columns it looked for when the header has none of them', () => {
    const parsed = parseLoadTestCsv('time,value\n1,2\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.line).toBe(1);
    expect(parsed.reason).toContain('found: time, value');
  });
});
