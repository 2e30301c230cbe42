import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/import-report';
import { detectFormat } from '../registry';
import { importText } from '../start-import';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures/pagerduty');
const read = (name: string) => readFileSync(resolve(dir, name), 'utf8');

function load(text: string, zone = 'UTC'): ImportResult {
  const r = importText(text, { fileName: 'pd', zone });
  if ('ok' in r) throw new Error(r.message);
  return r;
}

describe('PagerDuty REST JSON', () => {
  it('recognises every incident, log entry, alert and note response by content', () => {
    for (const f of [
      'get_incident',
      'list_incidents',
      'list_log_entries',
      'list_incident_log_entries',
      'list_incident_alerts',
      'list_incident_notes',
      'analytics_raw_incidents',
    ]) {
      const d = detectFormat(read(`${f}.response-example.json`));
      expect(d.ok && d.format.name, f).toBe('pagerduty');
    }
  });

  it('turns an incident into trigger, assignment, acknowledgement and resolution events', () => {
    const r = load(read('get_incident.response-example.json'));
    expect(r.events.map((e) => [e.kind, new Date(e.t).toISOString(), e.actor])).toEqual([
      ['alert', '2015-10-06T21:30:42.000Z', undefined],
      ['page', '2015-11-10T00:31:52.000Z', 'Earline Greenholt'],
      ['acknowledgement', '2015-11-10T00:32:52.000Z', 'Earline Greenholt'],
    ]);
    expect(r.events.every((e) => e.incidentId === 'PT4KHLK' && e.service === 'My Mail Service')).toBe(true);
    const list = load(read('list_incidents.response-example.json'));
    expect(list.events.at(-1)).toMatchObject({
      kind: 'resolution',
      t: Date.parse('2015-10-06T21:38:23Z'),
      incidentTitle: 'The server is on fire.',
    });
  });

  it('classifies log entries by their type and keeps the incident reference', () => {
    const r = load(read('list_log_entries.response-example.json'));
    expect(r.events[0]).toMatchObject({
      kind: 'alert',
      rule: 'PagerDuty log entry type trigger_log_entry',
      incidentId: 'PT4KHLK',
      incidentTitle: 'The server is on fire.',
      message: 'Triggered through the API: Tasks::SFDCValidator - PD_Data__c - duplicates',
    });
  });

  it('reads notes at their offsets and classifies their text', () => {
    const r = load(read('list_incident_notes.response-example.json'));
    // 15:28:42-05:00 is 20:28:42 UTC.
    expect(r.events.map((e) => new Date(e.t).toISOString())).toEqual([
      '2013-03-06T20:28:42.000Z',
      '2013-03-06T20:28:51.000Z',
    ]);
    expect(r.events[0]!.kind).toBe('alert');
  });

  it('uses the analytics timestamps and notes where seconds_to_resolve disagrees with them', () => {
    const r = load(read('analytics_raw_incidents.response-example.json'));
    const pyc = r.events.filter((e) => e.incidentId === 'PYC0H08');
    // created 10:05:00, first ack 5 s later, resolved 10:15:00 (time_zone Etc/UTC).
    expect(pyc.map((e) => [e.kind, e.t])).toEqual([
      ['alert', Date.UTC(2023, 4, 31, 10, 5, 0)],
      ['acknowledgement', Date.UTC(2023, 4, 31, 10, 5, 5)],
      ['resolution', Date.UTC(2023, 4, 31, 10, 15, 0)],
    ]);
    expect(r.notes).toContain(
      'incident PYC0H08: resolved_at − created_at is 600 s but seconds_to_resolve says 3305 s; the timestamps are used',
    );
  });

  it('reports a truncated document as a reject with its line, not an exception', () => {
    const text = read('list_incidents.response-example.json');
    const r = load(text.slice(0, text.length / 2));
    expect(r.events).toHaveLength(0);
    expect(r.rejectedCount).toBe(1);
    expect(r.rejected[0]!.reason).toMatch(/^not valid JSON/);
  });
});

describe('PagerDuty incidents CSV export', () => {
  const csv = [
    'id,incident_number,description,service_name,created_on,resolved_on,seconds_to_first_ack,seconds_to_resolve,acknowledged_by',
    'Q1AB,4021,Checkout 5xx above 5%,checkout,2023-05-22T10:30:00Z,2023-05-22T14:30:00Z,1800,14400,Sam Lee',
    'Q1AC,4022,Search latency,search,2023-05-23T09:00:00Z,,,,',
    'Q1AD,4023,Bad row,search,whenever,,,,',
  ].join('\n');

  it('is recognised by its incident_number and created_on columns', () => {
    const d = detectFormat(csv);
    expect(d.ok && d.format.name).toBe('pagerduty-csv');
  });

  it('gives each row trigger, first acknowledgement and resolution events', () => {
    const r = load(csv);
    const q1 = r.events.filter((e) => e.incidentId === 'Q1AB');
    expect(q1.map((e) => [e.kind, e.t])).toEqual([
      ['alert', Date.UTC(2023, 4, 22, 10, 30)],
      ['acknowledgement', Date.UTC(2023, 4, 22, 11, 0)],
      ['resolution', Date.UTC(2023, 4, 22, 14, 30)],
    ]);
    expect(r.events.filter((e) => e.incidentId === 'Q1AC')).toHaveLength(1);
    expect(r.rejected).toEqual([{ line: 4, reason: 'created time "whenever" cannot be read' }]);
  });
});
