import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { manifestSchema, type Manifest } from '../../shared/workspace-schema';
import { WORKSPACE_FORMAT_VERSION, type Workspace } from '../../shared/workspace';
import type { Series } from '../../shared/series';
import { blockHash } from './block-hash';
import { migrateManifest } from './migrations';

const MANIFEST = 'manifest.json';
const blockPath = (name: string) => `blocks/${name}.f64`;

if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
  // Blocks are raw little-endian Float64Array bytes; a big-endian host would need byte swapping.
  throw new Error('Headroom workspaces need a little-endian host');
}

/** A `.headroom` file: a zip of the manifest and one stored (uncompressed) block per series column. */
export function encodeWorkspace(ws: Workspace): Uint8Array {
  const files: Zippable = {};
  const addBlock = (column: Float64Array): string => {
    const bytes = new Uint8Array(column.buffer, column.byteOffset, column.byteLength);
    const name = blockHash(bytes);
    files[blockPath(name)] = [bytes, { level: 0 }];
    return name;
  };
  const manifest: Manifest = {
    format: 'headroom-workspace',
    version: WORKSPACE_FORMAT_VERSION,
    name: ws.name,
    createdAt: ws.createdAt,
    modifiedAt: ws.modifiedAt,
    datasets: ws.datasets,
    series: ws.series.map((s) => ({
      id: s.id,
      name: s.name,
      labels: s.labels,
      unit: s.unit,
      points: s.t.length,
      t: addBlock(s.t),
      v: addBlock(s.v),
    })),
    events: ws.events,
    slos: ws.slos ?? [],
    capacity: ws.capacity ?? null,
    incidents: ws.incidents ?? [],
    postmortems: ws.postmortems ?? [],
  };
  files[MANIFEST] = [strToU8(JSON.stringify(manifest)), { level: 6 }];
  return zipSync(files);
}

export type DecodeOutcome = { ok: true; workspace: Workspace; migrated: string[] } | { ok: false; reason: string };

export function decodeWorkspace(bytes: Uint8Array): DecodeOutcome {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return { ok: false, reason: 'not a Headroom workspace (it is not a zip container)' };
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (err) {
    return { ok: false, reason: `the zip container is damaged (${err instanceof Error ? err.message : String(err)})` };
  }
  const manifestBytes = entries[MANIFEST];
  if (!manifestBytes) return { ok: false, reason: 'not a Headroom workspace (no manifest.json inside)' };
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(manifestBytes));
  } catch {
    return { ok: false, reason: 'manifest.json is not valid JSON' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as Record<string, unknown>)['format'] !== 'headroom-workspace') {
    return { ok: false, reason: 'not a Headroom workspace (manifest.json does not declare format "headroom-workspace")' };
  }
  const migrated = migrateManifest(raw as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const parsed = manifestSchema.safeParse(migrated.manifest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `manifest.json is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message}` };
  }
  const m = parsed.data;
  const series: Series[] = [];
  for (const s of m.series) {
    const t = readBlock(entries, s.t, s.points);
    const v = readBlock(entries, s.v, s.points);
    if (typeof t === 'string') return { ok: false, reason: `series "${s.name}": ${t}` };
    if (typeof v === 'string') return { ok: false, reason: `series "${s.name}": ${v}` };
    series.push({ id: s.id, name: s.name, labels: s.labels, unit: s.unit, t, v });
  }
  return {
    ok: true,
    migrated: migrated.applied,
    workspace: {
      name: m.name,
      createdAt: m.createdAt,
      modifiedAt: m.modifiedAt,
      datasets: m.datasets,
      series,
      events: m.events,
      slos: m.slos,
      capacity: m.capacity,
      incidents: m.incidents,
      postmortems: m.postmortems,
    },
  };
}

function readBlock(entries: Record<string, Uint8Array>, name: string, points: number): Float64Array | string {
  const bytes = entries[blockPath(name)];
  if (!bytes) return `block ${name} is missing`;
  if (bytes.length !== points * 8) return `block ${name} holds ${bytes.length} bytes, expected ${points * 8}`;
  if (blockHash(bytes) !== name) return `block ${name} is corrupt (its content does not match its name)`;
  // Copy into an aligned buffer: zip entries may start at any byte offset.
  const column = new Float64Array(points);
  new Uint8Array(column.buffer).set(bytes);
  return column;
}
