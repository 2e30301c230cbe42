import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/import-report';
import { detectFormat } from '../registry';
import { importText } from '../start-import';

const schema = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures/opsgenie/alert.yaml'),
  'utf8',
);

function load(text: string): ImportResult {
  const r = importText(text, { fileName: 'og', zone: 'UTC' });
  if ('ok' in r) throw new Error(r.message);
  return r;
}

// No public Opsgenie export exists; these records use exactly the field names of the published schema.
const alert = {
  id: '70413a06-38d6-4c85-92b8-5ebc900d42e2',
  tinyId: '1791',
  alias: 'checkout-5xx',
  message: 'Checkout 5xx rate above 5%',
  status: 'closed',
  acknowledged: true,
  createdAt: '2023-05-22T10:30:00.000Z',
  source: 'Datadog',
  priority: 'P1',
  entity: 'checkout',
  report: {
    ackTime: 1_800_000,
    closeTime: 14_400_000,
    acknowledgedBy: 'oncall@example.com',
    closedBy: 'oncall@example.com',
  },
};

describe('Opsgenie alerts', () => {
  it('uses field names the published Alert schema defines', () => {
    for (const f of [
      'tinyId',
      'alias',
      'message',
      'createdAt',
      'ackTime',
      'closeTime',
      'acknowledgedBy',
      'closedBy',
      'priority',
      'entity',
    ]) {
      expect(schema, f).toMatch(new RegExp(`\\b${f}:`));
    }
  });

  it('reads a list response: creation, acknowledgement and close, offsets in ms after creation', () => {
    const text = JSON.stringify({ data: [alert], took: 0.1, requestId: 'r1' });
    const d = detectFormat(text);
    expect(d.ok && d.format.name).toBe('opsgenie');
    const r = load(text);
    expect(r.events.map((e) => [e.kind, e.t])).toEqual([
      ['alert', Date.UTC(2023, 4, 22, 10, 30)],
      ['acknowledgement', Date.UTC(2023, 4, 22, 11, 0)],
      ['resolution', Date.UTC(2023, 4, 22, 14, 30)],
    ]);
    expect(r.events[0]!.message).toBe('[P1] Checkout 5xx rate above 5% (checkout)');
    expect(r.events[0]!.source).toBe('opsgenie/Datadog');
  });

  it('reads alert logs and classifies their text', () => {
    const r = load(
      JSON.stringify({
        data: [
          {
            log: 'Alert acknowledged via web',
            type: 'system',
            owner: 'a@example.com',
            createdAt: '2023-05-22T11:00:00Z',
            offset: '1',
          },
        ],
        requestId: 'r',
        took: 0,
      }),
    );
    expect(r.events[0]).toMatchObject({ kind: 'acknowledgement', t: Date.UTC(2023, 4, 22, 11) });
  });

  it('reads the CSV export with the same columns', () => {
    const csv =
      'TinyId,Alias,Message,Status,CreatedAt,Priority,AckTime,CloseTime\n1791,checkout-5xx,Checkout 5xx,closed,2023/05/22 10:30:00,P1,1800000,14400000\n';
    const d = detectFormat(csv);
    expect(d.ok && d.format.name).toBe('opsgenie-csv');
    expect(load(csv).events.map((e) => e.t)).toEqual([
      Date.UTC(2023, 4, 22, 10, 30),
      Date.UTC(2023, 4, 22, 11),
      Date.UTC(2023, 4, 22, 14, 30),
    ]);
  });
});
