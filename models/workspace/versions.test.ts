import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../shared/workspace';
import { WORKSPACE_FORMAT_VERSION } from '../../shared/workspace';
import { decodeWorkspace, encodeWorkspace } from './codec';
import { migrateManifest, migrations, type Migration } from './migrations';

const fixture = resolve(import.meta.dirname, 'fixtures/study-v1.headroom');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The study frozen in fixtures/study-v1.headroom, written once by the version-1 encoder
 * (`HEADROOM_WRITE_V1_FIXTURE=1 npx vitest run models/workspace/versions.test.ts`). Never regenerate it once a
 * version 2 exists: the point of the file is that its bytes were written by version 1.
 */
function studyV1(): Workspace {
  const t = Float64Array.from([0, 60_000, 120_000, 180_000, 240_000].map((m) => Date.UTC(2025, 10, 28, 9) + m));
  return {
    name: 'Black Friday 2025 (v1 fixture)',
    createdAt: Date.UTC(2025, 10, 1),
    modifiedAt: Date.UTC(2025, 10, 29),
    datasets: [
      {
        id: 'ds-1',
        name: 'checkout.csv',
        file: 'checkout.csv',
        format: 'generic-csv',
        kind: 'metrics',
        importedAt: Date.UTC(2025, 10, 29),
        seriesIds: ['s-rps', 's-p95', 's-err'],
        eventCount: 0,
        rejectedCount: 1,
        rejected: [{ line: 4, reason: 'timestamp "yesterday" cannot be read' }],
        notes: ['merged 1 duplicate timestamp'],
      },
    ],
    series: [
      {
        id: 's-rps',
        name: 'http_requests',
        labels: { service: 'checkout' },
        unit: 'req/s',
        t,
        v: Float64Array.from([120, 480.5, 1210, 995.25, 610]),
      },
      {
        id: 's-p95',
        name: 'latency_p95',
        labels: { service: 'checkout' },
        unit: 'ms',
        t,
        v: Float64Array.from([85, 140, NaN, 310, 120]),
      },
      { id: 's-err', name: 'errors', labels: {}, unit: 'count', t: t.slice(0, 3), v: Float64Array.from([0, -0, 17]) },
    ],
    events: [
      {
        id: 'e-1',
        t: Date.UTC(2025, 10, 28, 9, 2),
        source: 'pagerduty',
        kind: 'alert',
        message: 'Checkout p95 above 300 ms',
        incidentId: 'INC-7',
        service: 'checkout',
      },
      {
        id: 'e-2',
        t: Date.UTC(2025, 10, 28, 9, 3),
        source: 'slack',
        kind: 'acknowledgement',
        message: 'ack <b>on it</b>',
        incidentId: 'INC-7',
        actor: 'dana',
      },
      {
        id: 'e-3',
        t: Date.UTC(2025, 10, 28, 9, 4),
        source: 'statuspage',
        kind: 'resolution',
        message: 'Résolu — 決済 is back',
        incidentId: 'INC-7',
      },
    ],
    slos: [
      {
        id: 'slo-1',
        name: 'Checkout availability',
        service: 'checkout',
        description: '99.9 % of checkout requests succeed',
        objective: 0.999,
        window: { kind: 'rolling', days: 28 },
        budgeting: 'occurrences',
        sli: { kind: 'bad-total', bad: 's-err', total: 's-rps' },
        alerts: [],
      },
    ],
  };
}

if (process.env['HEADROOM_WRITE_V1_FIXTURE'] === '1') {
  if (WORKSPACE_FORMAT_VERSION !== 1) throw new Error('the v1 fixture can only be written by the version-1 encoder');
  writeFileSync(fixture, encodeWorkspace(studyV1()));
}

/** A copy of the fixture whose manifest is rewritten, as a newer (or hand-edited) Headroom might leave it. */
function withManifest(edit: (manifest: Record<string, unknown>) => Record<string, unknown>): Uint8Array {
  const entries = unzipSync(readFileSync(fixture));
  entries['manifest.json'] = strToU8(
    JSON.stringify(edit(JSON.parse(strFromU8(entries['manifest.json']!)) as Record<string, unknown>)),
  );
  return zipSync(entries);
}

const scratch = mkdtempSync(join(tmpdir(), 'headroom-versions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the committed version-1 workspace', () => {
  it('is a version-1 file on disk (its bytes are never rewritten)', () => {
    const manifest = JSON.parse(strFromU8(unzipSync(readFileSync(fixture))['manifest.json']!));
    expect(manifest.version).toBe(1);
    expect(manifest.format).toBe('headroom-workspace');
  });

  it('opens with every object and every number it was written with', () => {
    const outcome = decodeWorkspace(readFileSync(fixture));
    if (!outcome.ok) throw new Error(outcome.reason);
    const ws = outcome.workspace;
    // Each version step upgrades by one, so a v1 file runs exactly (current - 1) of them.
    expect(outcome.migrated).toHaveLength(WORKSPACE_FORMAT_VERSION - 1);
    expect(ws.name).toBe('Black Friday 2025 (v1 fixture)');
    expect(ws.createdAt).toBe(1761955200000); // 2025-11-01T00:00:00Z
    expect(ws.series.map((s) => [s.id, s.name, s.unit, s.t.length])).toEqual([
      ['s-rps', 'http_requests', 'req/s', 5],
      ['s-p95', 'latency_p95', 'ms', 5],
      ['s-err', 'errors', 'count', 3],
    ]);
    expect([...ws.series[0]!.t]).toEqual([1764320400000, 1764320460000, 1764320520000, 1764320580000, 1764320640000]);
    expect([...ws.series[0]!.v]).toEqual([120, 480.5, 1210, 995.25, 610]);
    expect(Number.isNaN(ws.series[1]!.v[2])).toBe(true);
    expect(Object.is(ws.series[2]!.v[1], -0)).toBe(true);
    expect(ws.series[0]!.labels).toEqual({ service: 'checkout' });
    expect(ws.datasets[0]!.rejected).toEqual([{ line: 4, reason: 'timestamp "yesterday" cannot be read' }]);
    expect(ws.events.map((e) => e.message)).toEqual([
      'Checkout p95 above 300 ms',
      'ack <b>on it</b>',
      'Résolu — 決済 is back',
    ]);
    expect(ws.events[1]!.actor).toBe('dana');
    expect(ws.slos?.[0]).toMatchObject({
      objective: 0.999,
      window: { kind: 'rolling', days: 28 },
      sli: { kind: 'bad-total', bad: 's-err' },
    });
  });

  it('still holds exactly the study its generator describes', () => {
    const outcome = decodeWorkspace(readFileSync(fixture));
    if (!outcome.ok) throw new Error(outcome.reason);
    const columns = (ws: Workspace) => ws.series.map((s) => ({ ...s, t: [...s.t], v: [...s.v] }));
    expect(columns(outcome.workspace)).toEqual(columns(studyV1()));
    expect(outcome.workspace.events).toEqual(studyV1().events);
  });
});

describe('a workspace from a newer Headroom', () => {
  for (const version of [WORKSPACE_FORMAT_VERSION + 1, 99]) {
    it(`refuses format version ${version}, naming both versions, and leaves the file on disk untouched`, () => {
      const file = join(scratch, `study-v${version}.headroom`);
      writeFileSync(
        file,
        withManifest((m) => ({ ...m, version, somethingNew: { kind: 'from-the-future' } })),
      );
      const before = { hash: sha256(readFileSync(file)), mtimeMs: statSync(file).mtimeMs, size: statSync(file).size };
      const bytes = readFileSync(file);
      const outcome = decodeWorkspace(bytes);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.reason).toContain(`format version ${version}`);
      expect(outcome.reason).toContain(`up to ${WORKSPACE_FORMAT_VERSION}`);
      expect(sha256(bytes)).toBe(before.hash); // the buffer handed in was not written to either
      expect({ hash: sha256(readFileSync(file)), mtimeMs: statSync(file).mtimeMs, size: statSync(file).size }).toEqual(
        before,
      );
    });
  }

  it('leaves a copy of the real fixture byte-identical after opening it', () => {
    const file = join(scratch, 'copy.headroom');
    copyFileSync(fixture, file);
    const before = sha256(readFileSync(file));
    expect(decodeWorkspace(readFileSync(file)).ok).toBe(true);
    expect(sha256(readFileSync(file))).toBe(before);
  });

  it('refuses a manifest whose version is not a positive integer', () => {
    for (const version of [0, -1, 1.5, '1', null]) {
      expect(decodeWorkspace(withManifest((m) => ({ ...m, version })))).toEqual({
        ok: false,
        reason: 'the manifest has no valid format version',
      });
    }
  });
});

describe('the migration chain', () => {
  const calls: string[] = [];
  // A synthetic history: v1 called the study `title`, v2 renamed it `name`, v3 added `tags`.
  const steps: Migration[] = [
    {
      from: 2,
      describe: 'added tags',
      migrate: (m) => {
        calls.push(`2:${String(m['version'])}`);
        return { ...m, tags: [] };
      },
    },
    {
      from: 1,
      describe: 'renamed title to name',
      migrate: ({ title, ...rest }) => {
        calls.push(`1:${String(rest['version'])}`);
        return { ...rest, name: title };
      },
    },
  ];

  it('runs every step from the file version up, in version order, whatever order the list is in', () => {
    calls.length = 0;
    const outcome = migrateManifest({ format: 'headroom-workspace', version: 1, title: 'Sale' }, steps, 3);
    expect(outcome).toEqual({
      ok: true,
      manifest: { format: 'headroom-workspace', version: 3, name: 'Sale', tags: [] },
      applied: ['renamed title to name', 'added tags'],
    });
    // The second step saw the output of the first (version already bumped to 2).
    expect(calls).toEqual(['1:1', '2:2']);
  });

  it('skips the steps a file has already been through', () => {
    calls.length = 0;
    expect(migrateManifest({ version: 2, name: 'Sale' }, steps, 3)).toEqual({
      ok: true,
      manifest: { version: 3, name: 'Sale', tags: [] },
      applied: ['added tags'],
    });
    expect(calls).toEqual(['2:2']);
    expect(migrateManifest({ version: 3, name: 'Sale', tags: ['x'] }, steps, 3)).toEqual({
      ok: true,
      manifest: { version: 3, name: 'Sale', tags: ['x'] },
      applied: [],
    });
  });

  it('refuses a file it has no complete path for instead of handing the schema the wrong shape', () => {
    const outcome = migrateManifest({ version: 1, title: 'Sale' }, [steps[0]!], 3);
    expect(outcome).toEqual({ ok: false, reason: 'no upgrade path from format version 1 to 3 (stopped at 1)' });
  });

  it('refuses a newer file by both versions even with steps present', () => {
    expect(migrateManifest({ version: 4 }, steps, 3)).toEqual({
      ok: false,
      reason:
        'this workspace was written in format version 4; this Headroom reads versions up to 3. Open it with a newer Headroom.',
    });
  });

  it('has real steps forming one chain from version 1 to the current version', () => {
    expect(migrations.map((s) => s.from)).toEqual(
      Array.from({ length: WORKSPACE_FORMAT_VERSION - 1 }, (_, i) => i + 1),
    );
    expect(migrateManifest({ version: 1 })).toMatchObject({
      ok: true,
      manifest: { version: WORKSPACE_FORMAT_VERSION },
    });
  });
});
