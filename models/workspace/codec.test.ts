import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../demo/demo-study';
import { importText } from '../import/start-import';
import type { Workspace } from '../../shared/workspace';
import { WORKSPACE_FORMAT_VERSION } from '../../shared/workspace';
import { blockHash } from './block-hash';
import { decodeWorkspace, encodeWorkspace } from './codec';

const nab = resolve(import.meta.dirname, '../../../shared/fixtures/nab/realKnownCause/machine_temperature_system_failure.csv');

function workspaceFromNab(): Workspace {
  const result = importText(readFileSync(nab, 'utf8'), { fileName: 'machine_temperature.csv', zone: 'UTC' });
  if ('ok' in result) throw new Error(result.message);
  return { name: 'NAB study', createdAt: 1, modifiedAt: 2, datasets: [], series: result.series, events: [] };
}

function decodeOk(bytes: Uint8Array): Workspace {
  const outcome = decodeWorkspace(bytes);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.workspace;
}

describe('the .headroom workspace file', () => {
  it('round-trips every number of a real imported series, NaN gaps included', () => {
    const ws = workspaceFromNab();
    ws.series[0]!.v[5] = NaN;
    const back = decodeOk(encodeWorkspace(ws));
    expect(back.series).toHaveLength(1);
    expect(back.series[0]!.t).toEqual(ws.series[0]!.t);
    expect(Object.is(back.series[0]!.v[5], NaN)).toBe(true);
    expect([...back.series[0]!.v]).toEqual([...ws.series[0]!.v]);
  });

  it('stores each column as a raw little-endian Float64Array block named by the hash of its bytes', () => {
    const ws = buildDemoWorkspace();
    const entries = unzipSync(encodeWorkspace(ws));
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    expect(manifest.version).toBe(WORKSPACE_FORMAT_VERSION);
    const first = manifest.series[0];
    const block = entries[`blocks/${first.v}.f64`]!;
    expect(block.length).toBe(ws.series[0]!.v.length * 8);
    expect(new DataView(block.buffer, block.byteOffset).getFloat64(8, true)).toBe(ws.series[0]!.v[1]);
    expect(blockHash(block)).toBe(first.v);
  });

  it('shares one block between identical columns (content addressing)', () => {
    const ws = buildDemoWorkspace();
    const entries = unzipSync(encodeWorkspace(ws));
    const blocks = Object.keys(entries).filter((k) => k.startsWith('blocks/'));
    // The three demo series share one time column, so 3 value blocks + 1 time block.
    expect(blocks).toHaveLength(4);
  });

  it('refuses a CSV, naming why, instead of guessing', () => {
    const outcome = decodeWorkspace(readFileSync(nab));
    expect(outcome).toEqual({ ok: false, reason: 'not a Headroom workspace (it is not a zip container)' });
  });

  it('refuses a zip without a manifest, and one whose manifest is not ours', () => {
    expect(decodeWorkspace(zipSync({ 'a.txt': strToU8('hi') }))).toMatchObject({ ok: false, reason: expect.stringContaining('no manifest.json') });
    expect(decodeWorkspace(zipSync({ 'manifest.json': strToU8('{"format":"docx"}') }))).toMatchObject({ ok: false, reason: expect.stringContaining('does not declare format') });
  });

  it('refuses a file from a newer Headroom, naming both versions', () => {
    const entries = unzipSync(encodeWorkspace(buildDemoWorkspace()));
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    entries['manifest.json'] = strToU8(JSON.stringify({ ...manifest, version: WORKSPACE_FORMAT_VERSION + 1 }));
    const outcome = decodeWorkspace(zipSync(entries));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.reason).toContain(`version ${WORKSPACE_FORMAT_VERSION + 1}`);
      expect(outcome.reason).toContain(`up to ${WORKSPACE_FORMAT_VERSION}`);
    }
  });

  it('detects a corrupted block by its content address', () => {
    const entries = unzipSync(encodeWorkspace(buildDemoWorkspace()));
    const name = Object.keys(entries).find((k) => k.startsWith('blocks/'))!;
    const block = entries[name]!;
    block[100] = block[100]! ^ 0xff;
    const outcome = decodeWorkspace(zipSync(entries));
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringContaining('corrupt') });
  });

  it('reports a truncated file as damaged rather than throwing', () => {
    const bytes = encodeWorkspace(buildDemoWorkspace());
    const outcome = decodeWorkspace(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(outcome.ok).toBe(false);
  });
});
