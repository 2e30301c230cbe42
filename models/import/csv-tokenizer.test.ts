import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, MAX_ROW_CHARS } from './csv-tokenizer';

interface Row {
  line: number;
  fields: string[];
  unterminated: boolean;
  tooLong?: true;
}

function tokenize(chunks: readonly string[], delimiter = ',', newline: '\n' | '\r' = '\n'): Row[] {
  const rows: Row[] = [];
  const t = new CsvTokenizer({ delimiter, quote: '"', newline }, (r) => rows.push({ line: r.line, fields: r.fields(), unterminated: r.unterminated, ...(r.tooLong ? { tooLong: true as const } : {}) }));
  for (const c of chunks) t.push(c);
  t.end();
  return rows;
}

/** Cut `text` at the given fractions: the same text in chunks of arbitrary sizes. */
function cut(text: string, points: number[]): string[] {
  const at = [...new Set(points.map((p) => Math.floor(p * text.length)))].sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const p of at) {
    out.push(text.slice(prev, p));
    prev = p;
  }
  out.push(text.slice(prev));
  return out;
}

const cell = fc.string({ unit: fc.constantFrom('a', 'b', '1', '.', ' ', ',', ';', '\t', '"', '\n', '\r\n', 'é', '日'), maxLength: 8 });
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 });

function encode(rows: string[][], delimiter: string, newline: string, trailing: boolean): string {
  const quoteIfNeeded = (f: string) => (/[",;\t\r\n]/.test(f) || f.startsWith(' ') ? `"${f.replaceAll('"', '""')}"` : f);
  return rows.map((r) => r.map(quoteIfNeeded).join(delimiter)).join(newline) + (trailing ? newline : '');
}

/** A row holding one empty field encodes as a blank line, which both parsers skip. */
const notBlank = (r: string[]) => !(r.length === 1 && r[0] === '');

describe('CsvTokenizer', () => {
  it('splits plain, quoted and CRLF rows and numbers them by physical line', () => {
    const text = 'time,host,value\r\n2026-01-01T00:00:00Z,"web, 1",3\r\n\r\n2026-01-01T00:01:00Z,"multi\nline ""quoted""",4\r\n2026-01-01T00:02:00Z,db,5';
    expect(tokenize([text])).toEqual([
      { line: 1, fields: ['time', 'host', 'value'], unterminated: false },
      { line: 2, fields: ['2026-01-01T00:00:00Z', 'web, 1', '3'], unterminated: false },
      { line: 4, fields: ['2026-01-01T00:01:00Z', 'multi\nline "quoted"', '4'], unterminated: false },
      { line: 6, fields: ['2026-01-01T00:02:00Z', 'db', '5'], unterminated: false },
    ]);
  });

  it('reports a quoted field that the file never closes', () => {
    const rows = tokenize(['a,b\n1,"open\n2,3\n']);
    expect(rows.at(-1)).toMatchObject({ line: 2, unterminated: true });
  });

  it('reads old Mac files whose lines end in a lone CR', () => {
    expect(tokenize(['a;b\r1;2\r3;4'], ';', '\r').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('agrees with papaparse on well-formed input (differential property)', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'), fc.boolean(), (rows, delimiter, newline, trailing) => {
        const text = encode(rows, delimiter, newline, trailing);
        const ours = tokenize([text], delimiter).map((r) => r.fields);
        const theirs = Papa.parse<string[]>(text, { delimiter, newline, quoteChar: '"', skipEmptyLines: true }).data.filter(notBlank);
        expect(ours).toEqual(theirs);
        expect(ours).toEqual(rows.filter(notBlank));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same rows and line numbers wherever the chunks are cut', () => {
    fc.assert(
      fc.property(table, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 10 }), (rows, points) => {
        const text = encode(rows, ',', '\n', true);
        expect(tokenize(cut(text, points))).toEqual(tokenize([text]));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same rows for malformed input wherever the chunks are cut, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', ',', '\n', '\r', ' '), maxLength: 60 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (text, points) => {
        expect(tokenize(cut(text, points))).toEqual(tokenize([text]));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps line numbers right across fields holding newlines', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const text = encode(rows, ',', '\n', true);
        let line = 1;
        const expected: number[] = [];
        for (const r of rows) {
          if (notBlank(r)) expected.push(line);
          line += 1 + r.join('').split('\n').length - 1;
        }
        expect(tokenize([text]).map((r) => r.line)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('streams a field far longer than a chunk in linear time', () => {
    const big = 'x'.repeat(300_000);
    const text = `a,"${big}\n${big}",b\nc,d,e\n`;
    const chunks = cut(text, Array.from({ length: 200 }, (_, i) => i / 200));
    const rows = tokenize(chunks);
    expect(rows.map((r) => r.fields.map((f) => f.length))).toEqual([[1, 600_001, 1], [1, 1, 1]]);
    expect(rows[1]!.line).toBe(3);
  });

  it('reports a line longer than the cap and skips it, the same wherever the chunks are cut', () => {
    const long = `"${'x'.repeat(MAX_ROW_CHARS / 2)}\n${'y'.repeat(MAX_ROW_CHARS)}`;
    const text = `a,b\n1,2\n${long}\n3,4\n`;
    const expected = [
      { line: 1, fields: ['a', 'b'], unterminated: false },
      { line: 2, fields: ['1', '2'], unterminated: false },
      { line: 3, fields: [], unterminated: false, tooLong: true },
      { line: 5, fields: ['3', '4'], unterminated: false },
    ];
    expect(tokenize([text])).toEqual(expected);
    expect(tokenize(cut(text, Array.from({ length: 90 }, (_, i) => i / 90)))).toEqual(expected);
    // an endless line to the end of the file: reported once, nothing else kept
    const endless = `a,b\n1,2\n${'\0'.repeat(MAX_ROW_CHARS + 5)}`;
    expect(tokenize(cut(endless, Array.from({ length: 70 }, (_, i) => i / 70))).map((r) => r.line)).toEqual([1, 2, 3]);
  });
});
