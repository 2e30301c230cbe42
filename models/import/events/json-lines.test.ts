import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../registry';
import { jsonLinesEvents } from './json-lines';

const log = [
  '{"@timestamp":"2023-05-22T10:30:00Z","level":"error","message":"Alert fired: checkout p95 above 2s","service":{"name":"checkout"}}',
  '{"ts":1684752300,"msg":"investigating checkout latency","user":"oncall"}',
  'not json',
  '{"time":"2023-05-22T11:00:00Z","kind":"deploy","text":"checkout v2.3.1"}',
  '{"time":"2023-05-22T11:05:00Z"}',
].join('\n');

function run(chunks: string[]) {
  const p = jsonLinesEvents.open({ fileName: 'app.log', zone: 'UTC' });
  for (const c of chunks) p.push(c);
  return p.end();
}

describe('JSON Lines logs', () => {
  it('is recognised by content', () => {
    const d = detectFormat(
      log
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .join('\n'),
    );
    expect(d.ok && d.format.name).toBe('json-lines');
  });

  it('reads time, message, service and kind from common field names, rejecting lines with their numbers', () => {
    const r = run([log]);
    expect(r.events.map((e) => [e.kind, e.t, e.service ?? null])).toEqual([
      ['alert', Date.UTC(2023, 4, 22, 10, 30), 'checkout'],
      ['acknowledgement', Date.UTC(2023, 4, 22, 10, 45), null],
      ['change', Date.UTC(2023, 4, 22, 11), null],
    ]);
    expect(r.events[0]!.message).toBe('[error] Alert fired: checkout p95 above 2s');
    expect(r.rejected).toEqual([
      { line: 3, reason: 'not a JSON object' },
      { line: 5, reason: 'no message field' },
    ]);
  });

  it('gives the same events wherever the chunks split the text', () => {
    const whole = JSON.stringify(run([log]).events);
    fc.assert(
      fc.property(fc.array(fc.nat(log.length), { maxLength: 6 }), (cuts) => {
        const at = [...new Set(cuts)].sort((a, b) => a - b);
        const parts = [0, ...at].map((s, i) => log.slice(s, at[i] ?? log.length));
        expect(JSON.stringify(run(parts).events)).toBe(whole);
      }),
      { numRuns: 100 },
    );
  });
});
