import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/import-report';
import { detectFormat } from '../registry';
import { importText } from '../start-import';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures/statuspage');
const read = (name: string) => readFileSync(resolve(dir, name), 'utf8');

function load(text: string): ImportResult {
  const r = importText(text, { fileName: 'incident.json', zone: 'UTC' });
  if ('ok' in r) throw new Error(r.message);
  return r;
}

describe('Statuspage incidents', () => {
  const files = readdirSync(resolve(dir, 'github')).filter((f) => f.endsWith('.json'));

  it('recognises and reads every githubstatus.com incidents without a reject', () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
    for (const f of files) {
      const text = read(`github/${f}`);
      const d = detectFormat(text.slice(0, 65536));
      expect(d.ok && d.format.name, f).toBe('statuspage');
      const r = load(text);
      expect(r.rejectedCount, f).toBe(0);
      expect(r.events.length, f).toBeGreaterThan(1);
    }
  });

  it('puts the start at started_at and, for modern incidents, the resolution at the resolved update', () => {
    const r = load(read('github/lc8s9rtyjmgq.json'));
    const start = r.events.find((e) => e.kind === 'start')!;
    const resolved = r.events.find((e) => e.kind === 'resolution')!;
    expect(start.t).toBe(Date.parse('2021-08-10T20:09:03.894Z'));
    expect(resolved.t).toBe(Date.parse('2021-08-10T23:10:51.289Z'));
    expect(r.events.map((e) => e.kind)).toEqual([
      'start',
      'acknowledgement',
      'acknowledgement',
      'diagnosis',
      'mitigation',
      'resolution',
    ]);
    expect(resolved.rule).toBe('Statuspage update status "resolved"');
  });

  it('turns a legacy update body of dated entries into events, resolving at its last entry', () => {
    const r = load(read('github/10syqjwp2qvj.json'));
    const entries = r.events.filter((e) => e.kind !== 'start');
    expect(entries.map((e) => new Date(e.t).toISOString())).toEqual([
      '2013-03-10T10:43:17.000Z',
      '2013-03-10T10:52:25.000Z',
      '2013-03-10T11:11:09.000Z',
      '2013-03-10T13:42:01.000Z',
    ]);
    expect(entries[3]).toMatchObject({ kind: 'resolution', message: 'Everything operating normally.' });
    expect(r.notes[0]).toMatch(/legacy/);
  });

  it('reads the open incident of a summary.json taken during an outage, with no resolution', () => {
    const r = load(read('summary-during-critical-outage.json'));
    expect(r.events.every((e) => e.incidentId === 'zkxwbgr0cnmx')).toBe(true);
    expect(r.events.some((e) => e.kind === 'resolution')).toBe(false);
    expect(r.events[0]).toMatchObject({ kind: 'start', t: Date.parse('2026-08-17T13:40:03.620Z') });
  });

  it('keeps HTML out of messages but leaves the text for the exporter to escape', () => {
    const r = load(
      JSON.stringify({
        page: { time_zone: 'Etc/UTC' },
        incident: {
          id: 'x',
          name: 'X',
          started_at: '2024-01-01T00:00:00Z',
          incident_updates: [
            {
              id: 'u',
              status: 'investigating',
              display_at: '2024-01-01T00:05:00Z',
              body: 'We see <b>errors</b> &amp; &lt;script&gt;',
            },
          ],
        },
      }),
    );
    expect(r.events[1]!.message).toBe('We see errors & <script>');
  });
});
