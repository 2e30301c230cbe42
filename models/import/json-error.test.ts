import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error';

const validJson = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

describe('jsonErrorOffset', () => {
  it('finds the offset where a document breaks', () => {
    expect(jsonErrorOffset('{"a": [1, 2,]}')).toBe(12);
    expect(jsonErrorOffset('{"a": 1}\n{"b": 2}')).toBe(9);
    expect(jsonErrorOffset('[1, 2')).toBe(5);
    expect(jsonErrorOffset('')).toBe(0);
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonErrorOffset(text)).toBe(-1);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '[', '{'), (text, at, junk) => {
        const k = at % (text.length + 1);
        const mutated = text.slice(0, k) + junk + text.slice(k + (junk === '' ? 1 : 0));
        expect(jsonErrorOffset(mutated) === -1).toBe(validJson(mutated));
      }),
      { numRuns: 500 },
    );
  });
});

describe('JSON documents too big to read whole', () => {
  it('are refused with a reason, not an exception', async () => {
    const { openJson, MAX_JSON_CHARS } = await import('./json-buffer');
    const parser = openJson('prometheus', 'metrics', { fileName: 'big.json', zone: 'UTC' }, () => {});
    const chunk = ' '.repeat(2 ** 20);
    parser.push('{"data": ');
    for (let i = 0; i <= MAX_JSON_CHARS / chunk.length; i++) parser.push(chunk);
    const r = parser.end();
    expect(r.rejected[0]!.reason).toMatch(/not read whole/);
  });
});
