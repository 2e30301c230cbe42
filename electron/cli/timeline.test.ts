import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runTimeline } from './timeline';
import { captureCli } from './capture-cli.test-helper';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures');

const capture = (argv: string[]) => captureCli(runTimeline, argv);

afterEach(() => vi.restoreAllMocks());

describe('headroom timeline', () => {
  it('prints the seed incident with the fields CLI.md names', async () => {
    const { code, stdout } = await capture([resolve(fixtures, 'seed-002/timeline.csv'), '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['incidents', 'mttr', 'median_ttr']));
    const inc = doc.incidents[0];
    expect(Object.keys(inc)).toEqual(
      expect.arrayContaining(['id', 'title', 'start', 'end', 'milestones', 'durations', 'events']),
    );
    expect(inc.milestones).toMatchObject({
      started: '2023-05-22T10:00:00Z',
      detected: '2023-05-22T10:15:00Z',
      acknowledged: '2023-05-22T11:00:00Z',
      mitigated: '2023-05-22T12:45:00Z',
      resolved: '2023-05-22T14:30:00Z',
    });
    expect(inc.durations).toEqual({ ttd: 15, tta: 60, ttm: 165, ttr: 270 });
    expect(doc.mttr).toBe(270);
    expect(doc.median_ttr).toBe(270);
  });

  it('merges several Statuspage files into one incident each, with MTTR over them', async () => {
    const files = ['tztj066g5m12', 'yyj2cdqdjbhk'].map((f) => resolve(fixtures, `statuspage/github/${f}.json`));
    const doc = JSON.parse((await capture([...files, '--json'])).stdout);
    // 14:06:22.729 → 14:16:28.335 and 04:26:00.228 → 04:47:27.853.
    const ttrs = [
      (Date.parse('2021-01-06T14:16:28.335Z') - Date.parse('2021-01-06T14:06:22.729Z')) / 60000,
      (Date.parse('2022-05-27T04:47:27.853Z') - Date.parse('2022-05-27T04:26:00.228Z')) / 60000,
    ];
    expect(doc.incidents.map((i: { durations: { ttr: number } }) => i.durations.ttr)).toEqual(
      ttrs.map((x) => Number(x.toPrecision(6))),
    );
    expect(doc.mttr).toBe(Number(((ttrs[0]! + ttrs[1]!) / 2).toPrecision(6)));
  });

  it('exits 2 with FILE:LINE for bad rows and FILE: reason for unreadable files, without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headroom-timeline-'));
    const bad = join(dir, 'log.csv');
    writeFileSync(bad, 'timestamp,kind,message\n2024-01-01T00:00:00Z,alert,ok\nlater,alert,bad\n');
    const { code, stderr } = await capture([bad, join(dir, 'missing.csv')]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${bad}:3: timestamp "later" cannot be read`);
    expect(stderr).toContain(`${join(dir, 'missing.csv')}: no such file`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
