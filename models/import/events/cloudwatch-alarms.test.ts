import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importText } from '../start-import';

const file = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/fixtures/cloudwatch/describe-alarm-history.output1.json',
);

describe('CloudWatch alarm history', () => {
  it('makes ALARM an alert and OK a resolution, reading the state from the JSON inside HistoryData', () => {
    const r = importText(readFileSync(file, 'utf8'), { fileName: 'h.json', zone: 'UTC' });
    if ('ok' in r) throw new Error(r.message);
    expect(r.format).toBe('cloudwatch-alarms');
    expect(r.events.map((e) => [e.kind, e.t, e.rule])).toEqual([
      ['alert', Date.parse('2014-04-09T18:59:05.805Z'), 'CloudWatch alarm state → ALARM'],
      ['resolution', Date.parse('2014-04-09T18:59:06.442Z'), 'CloudWatch alarm state → OK'],
    ]);
    expect(r.events[0]!.message).toBe('myalarm: Alarm updated from OK to ALARM (testing purposes)');
  });
});
