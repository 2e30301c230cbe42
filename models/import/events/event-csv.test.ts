import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/import-report';
import { detectFormat } from '../registry';
import { importText } from '../start-import';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures');
const seed = readFileSync(resolve(fixtures, 'seed-002/timeline.csv'), 'utf8');

function load(text: string, zone = 'UTC'): ImportResult {
  const r = importText(text, { fileName: 'timeline.csv', zone });
  if ('ok' in r) throw new Error(r.message);
  return r;
}

describe('generic event CSV', () => {
  it('is chosen over the metric CSV for the seed timeline, by content', () => {
    const d = detectFormat(seed);
    expect(d.ok && d.format.name).toBe('event-csv');
  });

  it('reads every row of the seed timeline with its offset applied', () => {
    const r = load(seed);
    expect(r.rejectedCount).toBe(0);
    expect(r.events).toHaveLength(10);
    // 11:00 at +01:00 is 10:00 UTC; 15:30 at +01:00 is 14:30 UTC.
    expect(r.events[0]!.t).toBe(Date.UTC(2023, 4, 22, 10, 0));
    expect(r.events[9]!.t).toBe(Date.UTC(2023, 4, 22, 14, 30));
  });

  it('takes the kind from the kind column and records the rule that matched', () => {
    const kinds = load(seed).events.map((e) => e.kind);
    expect(kinds).toEqual([
      'note',
      'customer-report',
      'alert',
      'escalation',
      'diagnosis',
      'escalation',
      'mitigation',
      'note',
      'mitigation',
      'resolution',
    ]);
    const report = load(seed).events[1]!;
    expect(report.rule).toBe('kind field "customer_report"');
    expect(report.source).toBe('support');
    // "event" is no kind we know: the text decides, and the rule says so.
    expect(load(seed).events[0]!.rule).toMatch(/^kind field "event" unknown;/);
  });

  it('rejects rows whose timestamp cannot be read or whose message is empty, with their line numbers', () => {
    const r = load(
      'timestamp,kind,message\n2023-05-22 11:00,alert,CPU high\nyesterday,alert,x\n2023-05-22 11:05,alert,\n"2023-05-22 11:10",note,"two\nlines"\nnot-a-time,note,after the quoted newline\n',
      'Europe/London',
    );
    expect(r.events.map((e) => e.message)).toEqual(['CPU high', 'two\nlines']);
    expect(r.rejected).toEqual([
      { line: 3, reason: 'timestamp "yesterday" cannot be read' },
      { line: 4, reason: 'empty message' },
      { line: 7, reason: 'timestamp "not-a-time" cannot be read' },
    ]);
    // Zone-less times are read in the chosen zone: 11:00 in London in May is 10:00 UTC.
    expect(r.events[0]!.t).toBe(Date.UTC(2023, 4, 22, 10, 0));
  });

  it('classifies free text when there is no kind column', () => {
    const r = load(
      'time,message\n2024-01-01T00:00:00Z,Rolled back the checkout deploy\n2024-01-01T00:01:00Z,Customers report failed payments\n',
    );
    expect(r.events.map((e) => [e.kind, e.rule])).toEqual([
      ['mitigation', 'text "Rolled back" (workaround, rollback, scaling or restart)'],
      ['customer-report', 'text "Customers report" (customers or users report)'],
    ]);
  });
});
