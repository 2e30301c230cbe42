import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../models/import/import-session';
import { ByteImport } from '../../models/import/byte-import';
import { importFormats } from '../../models/import/registry';

/**
 * Every importer behind `headroom import` and the app's worker, driven the way both drive it (ByteImport fed raw
 * chunks, decoded by the platform's TextDecoder), on mangled real files and on noise. Whatever arrives: no throw,
 * a refusal with a reason, or a result that keeps the promises the rest of the app relies on.
 */

const fixtures = resolve(import.meta.dirname, '../../../shared/fixtures');
const files = [
  'nab/realKnownCause/ec2_request_latency_system_failure.csv',
  'grafana-csv/table-events-cjk.csv',
  'prometheus/range_auto.result.json',
  'prometheus/range_infinity.result.json',
  'datadog/query-timeseries-system-cpu-idle.json',
  'cloudwatch/get-metric-statistics.output1.json',
  'cloudwatch/describe-alarm-history.output1.json',
  'statuspage/summary-during-critical-outage.json',
  'pagerduty/list_log_entries.response-example.json',
  'seed-002/timeline.csv',
  'slack-export/B75B4C7/2025-01-10.json',
].map((path) => ({ path, bytes: new Uint8Array(readFileSync(resolve(fixtures, path))) }));

function run(bytes: Uint8Array, cuts: number[] = [], formatName?: string): ImportOutcome {
  const session = new ByteImport(
    { fileName: 'fuzz', zone: 'UTC' },
    (encoding) => new TextDecoder(encoding),
    formatName,
  );
  let at = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length)].sort((a, b) => a - b).concat(bytes.length)) {
    if (!session.push(bytes.subarray(at, cut))) break;
    at = cut;
  }
  return session.end();
}

/** The promises an import result makes to the study, the charts and the workspace codec. */
function checkOutcome(outcome: ImportOutcome): void {
  if (!outcome.ok) {
    expect(typeof outcome.reason).toBe('string');
    expect(outcome.reason.trim().length).toBeGreaterThan(0);
    return;
  }
  const r = outcome.result;
  for (const s of r.series) {
    expect(s.t).toBeInstanceOf(Float64Array);
    expect(s.v.length).toBe(s.t.length);
    // One expect per series, not per point: the loop runs over every point of every fuzzed file.
    let firstBad = -1;
    for (let i = 0; i < s.t.length && firstBad < 0; i++)
      if (!Number.isFinite(s.t[i]!) || (i > 0 && !(s.t[i]! > s.t[i - 1]!))) firstBad = i;
    expect(firstBad, `series ${s.name}: times finite and strictly ascending`).toBe(-1);
  }
  for (const e of r.events) {
    expect(Number.isFinite(e.t)).toBe(true);
    expect(typeof e.message).toBe('string');
  }
  for (const reject of r.rejected) {
    expect(reject.line).toBeGreaterThanOrEqual(0);
    expect(reject.reason.trim().length).toBeGreaterThan(0);
  }
  expect(r.rejectedCount).toBeGreaterThanOrEqual(r.rejected.length);
}

/** A comparable digest of an outcome (numbers included) for chunking invariance. */
function digest(outcome: ImportOutcome): unknown {
  if (!outcome.ok) return outcome.reason;
  const r = outcome.result;
  return {
    series: r.series.map((s) => [s.name, s.labels, [...s.t], [...s.v]]),
    events: r.events.map((e) => [e.t, e.kind, e.message]),
    rejected: r.rejected,
    n: r.rejectedCount,
  };
}

describe('every importer, fed hostile bytes the way the CLI and the worker feed them', () => {
  it('answers noise with a reason, never a throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        checkOutcome(run(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('answers printable noise under every forced --format without throwing', () => {
    const names = importFormats.map((f) => f.name);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.string({ maxLength: 600 }), (format, text) => {
        checkOutcome(run(new TextEncoder().encode(text), [], format));
      }),
      { numRuns: 400 },
    );
  });

  it('reads every real file the same whatever the chunk boundaries, even inside a multi-byte character', () => {
    for (const f of files) {
      const whole = run(f.bytes);
      expect(whole.ok, `${f.path}: ${whole.ok ? '' : whole.reason}`).toBe(true);
      checkOutcome(whole);
      fc.assert(
        fc.property(fc.array(fc.nat({ max: f.bytes.length }), { maxLength: 6 }), (cuts) => {
          expect(digest(run(f.bytes, cuts))).toEqual(digest(whole));
        }),
        { numRuns: 8 },
      );
    }
  });

  it('survives every real file truncated anywhere', () => {
    for (const f of files) {
      fc.assert(
        fc.property(fc.nat({ max: f.bytes.length }), (length) => {
          checkOutcome(run(f.bytes.subarray(0, length)));
        }),
        { numRuns: 10 },
      );
    }
  });

  it('survives bytes flipped, deleted or repeated inside every real file', () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ op: fc.constant('cut' as const), at: fc.nat(), value: fc.integer({ min: 1, max: 64 }) }),
      fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), value: fc.integer({ min: 1, max: 64 }) }),
    );
    for (const f of files) {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
          let bytes: Uint8Array = f.bytes;
          for (const e of edits) {
            const at = e.at % Math.max(1, bytes.length);
            if (e.op === 'flip') {
              bytes = Uint8Array.from(bytes);
              bytes[at] = e.value;
            } else if (e.op === 'cut') bytes = join(bytes.subarray(0, at), bytes.subarray(at + e.value));
            else bytes = join(bytes.subarray(0, at + e.value), bytes.subarray(at));
          }
          checkOutcome(run(bytes));
        }),
        { numRuns: 8 },
      );
    }
  });
});

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
