import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventFormats } from './event-formats';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures');
const samples: Record<string, string> = {
  statuspage: 'statuspage/github/lc8s9rtyjmgq.json',
  pagerduty: 'pagerduty/get_incident.response-example.json',
  'cloudwatch-alarms': 'cloudwatch/describe-alarm-history.output1.json',
  slack: 'slack-export/B75B4C7/2025-01-11.json',
  'event-csv': 'seed-002/timeline.csv',
};

function run(name: string, text: string, cuts: number[] = []) {
  const format = eventFormats.find((f) => f.name === name)!;
  format.sniff(text.slice(0, 65536));
  const p = format.open({ fileName: 'fuzz/file.json', zone: 'Europe/Berlin' });
  let from = 0;
  for (const c of cuts) {
    p.push(text.slice(from, c));
    from = c;
  }
  p.push(text.slice(from));
  return p.end();
}

describe('event importers on hostile input', () => {
  it('never throw on arbitrary text, for every format', () => {
    fc.assert(
      fc.property(fc.constantFrom(...eventFormats.map((f) => f.name)), fc.string({ maxLength: 400 }), (name, text) => {
        const r = run(name, text);
        expect(r.events.every((e) => Number.isFinite(e.t))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on mutated real exports, and keep every event time finite', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(samples)),
        fc.array(fc.record({ at: fc.nat(), cut: fc.nat(40), insert: fc.string({ maxLength: 8 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        (name, edits) => {
          let text = readFileSync(resolve(fixtures, samples[name]!), 'utf8');
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
          }
          const r = run(name, text, [Math.floor(text.length / 3)]);
          expect(r.events.every((ev) => Number.isFinite(ev.t) && typeof ev.message === 'string')).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
