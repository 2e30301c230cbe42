import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlatColumn, PairColumn, parseWithPairs, sampleString } from './json-pairs';

const parses = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

describe('parseWithPairs', () => {
  it('reads any valid JSON as JSON.parse does when no key is a pair key', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        expect(parseWithPairs(text, new Set(), 1)).toEqual(JSON.parse(text));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps "__proto__" as an ordinary key', () => {
    const doc = parseWithPairs('{"__proto__": {"polluted": 1}}', new Set(), 1) as Record<string, unknown>;
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.keys(doc)).toEqual(['__proto__']);
  });

  it('never accepts a document JSON.parse refuses', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', '0', '\\', '-'), (text, at, junk) => {
        const k = at % (text.length + 1);
        const mutated = text.slice(0, k) + junk + text.slice(k + 1);
        if (parseWithPairs(mutated, new Set(['values']), 1) !== null) expect(parses(mutated)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('puts sample arrays into typed columns with the same numbers JSON.parse gives, whatever the layout', () => {
    const sample = fc.tuple(fc.double({ min: 0, max: 2e9, noNaN: true }), fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), fc.constantFrom('NaN', '+Inf', '-Inf'), fc.integer().map((n) => n)));
    fc.assert(
      fc.property(fc.array(fc.record({ metric: fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 8 })), values: fc.array(sample, { maxLength: 20 }) }), { maxLength: 4 }), fc.constantFrom(undefined, 1, '\t'), (result, indent) => {
        const text = JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } }, null, indent);
        const doc = parseWithPairs(text, new Set(['values']), 1) as { data: { result: { metric: unknown; values: PairColumn }[] } };
        expect(doc).not.toBeNull();
        const reference = JSON.parse(text) as { data: { result: { metric: unknown; values: [number, string | number][] }[] } };
        reference.data.result.forEach((r, i) => {
          const got = doc.data.result[i]!;
          expect(got.metric).toEqual(r.metric);
          const { t, v } = got.values.column.view();
          expect([...t]).toEqual(r.values.map(([x]) => x));
          expect([...v]).toEqual(r.values.map(([, y]) => (typeof y === 'number' ? y : sampleString(y))));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('reads flat arrays of numbers and of ISO times as JSON.parse and Date.parse read them', () => {
    const flat = new Map<string, 'number' | 'time'>([
      ['Timestamps', 'time'],
      ['Values', 'number'],
    ]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }), fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }))), { maxLength: 30 }), fc.boolean(), (points, offsetStyle) => {
        const Timestamps = points.map(([d]) => (offsetStyle ? d.toISOString().replace('Z', '+00:00') : d.toISOString()));
        const Values = points.map(([, v]) => v);
        const text = JSON.stringify({ MetricDataResults: [{ Id: 'm', Timestamps, Values }] });
        const doc = parseWithPairs(text, new Set(), 1, flat) as { MetricDataResults: { Timestamps: FlatColumn; Values: FlatColumn }[] };
        const r = doc.MetricDataResults[0]!;
        expect([...r.Timestamps.values]).toEqual(points.map(([d]) => d.getTime()));
        expect([...r.Values.values]).toEqual(Values.map((v) => (v === null ? Number.NaN : Number(JSON.stringify(v)))));
      }),
      { numRuns: 200 },
    );
  });
});
