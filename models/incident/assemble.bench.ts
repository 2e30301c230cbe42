import { bench, describe } from 'vitest';
import type { EventKind, IncidentEvent } from '../../shared/events';
import { assembleIncidents } from './assemble';

const KINDS: EventKind[] = ['alert', 'acknowledgement', 'note', 'mitigation', 'resolution'];

/** A long JSON Lines log: 100,000 events, bursts of five every three hours (20,000 incidents), plus every event repeated by a second tool. */
function log(): IncidentEvent[] {
  const out: IncidentEvent[] = [];
  for (let i = 0; i < 100_000; i++) {
    const t = Date.UTC(2024, 0, 1) + Math.floor(i / 5) * 3 * 3_600_000 + (i % 5) * 60_000;
    out.push({ id: `a${i}`, t, source: 'log', kind: KINDS[i % 5]!, message: `event ${i}` });
    if (i % 10 === 0) out.push({ id: `b${i}`, t, source: 'slack', kind: KINDS[i % 5]!, message: `event ${i}` });
  }
  return out;
}

describe('assembling incidents', () => {
  const events = log();
  bench('110,000 events into 20,000 incidents', () => {
    assembleIncidents(events);
  });
});
