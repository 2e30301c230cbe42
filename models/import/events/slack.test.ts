import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/import-report';
import { detectFormat } from '../registry';
import { importText } from '../start-import';

const channelDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures/slack-export/B75B4C7');

function load(name: string): ImportResult {
  const file = resolve(channelDir, name);
  const r = importText(readFileSync(file, 'utf8'), { fileName: file, zone: 'UTC' });
  if ('ok' in r) throw new Error(r.message);
  return r;
}

describe('Slack channel export', () => {
  it('recognises a day file by content and names the channel after its folder', () => {
    const d = detectFormat(readFileSync(resolve(channelDir, '2025-01-10.json'), 'utf8'));
    expect(d.ok && d.format.name).toBe('slack');
    const r = load('2025-01-10.json');
    expect(r.events.map((e) => [e.source, e.t, e.actor])).toEqual([
      ['slack #B75B4C7', 1736478514898, 'UOF82F39AE'],
      ['slack #B75B4C7', 1736478630905, 'UOF82F39AE'],
    ]);
  });

  it('places thread replies at the time they were posted and skips joins and deleted messages', () => {
    const r = load('2025-01-11.json');
    // 11 records: one channel_join and one tombstone are skipped; replies keep their own ts.
    expect(r.events).toHaveLength(9 - 1);
    expect(r.events.some((e) => e.t === 1736554746482)).toBe(true);
    expect(r.notes[0]).toMatch(/skipped/);
  });
});
