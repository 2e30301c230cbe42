import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { manifestSchema, type Manifest } from '../../shared/workspace-schema';
import { MAX_WORKSPACE_BYTES, WORKSPACE_FORMAT_VERSION, type Workspace } from '../../shared/workspace';
import type { Series } from '../../shared/series';
import { blockHash } from './block-hash';
import { migrateManifest } from './migrations';
import { crc32, recordedCrc } from './zip-checksum';

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
    scenarios: ws.scenarios ?? [],
  };
  files[MANIFEST] = [strToU8(JSON.stringify(manifest)), { level: 6 }];
  return zipSync(files);
}

export type DecodeOutcome = { ok: true; workspace: Workspace; migrated: string[] } | { ok: false; reason: string };

/**
 * Limits checked against the sizes each zip entry declares, before anything is inflated: a hostile file (a zip
 * bomb, a central directory claiming millions of entries) is refused without allocating what it claims.
 */
export const DECODE_LIMITS = {
  /** Far more than two blocks per series for any study we expect. */
  maxEntries: 100_000,
  /** A manifest holds events, SLOs and postmortems as JSON (~300 bytes an event): room for ~800,000 events, no more text than that to parse. */
  maxManifestBytes: 256 * 2 ** 20,
  /**
   * Manifest plus every block, as declared. Headroom stores blocks uncompressed and main refuses files over 1 GiB,
   * so a study past this can only be a zip bomb (a deflated entry claiming more than its file could hold).
   */
  maxTotalBytes: MAX_WORKSPACE_BYTES,
};

const BLOCK_ENTRY = /^blocks\/([0-9a-f]{32})\.f64$/;

/** Thrown from inside fflate's entry filter to stop the walk at the first entry we refuse; caught below. */
class Refusal extends Error {}

const mib = (n: number) => `${(n / 2 ** 20).toFixed(n < 2 ** 20 ? 3 : 0)} MiB`;

function unzipChecked(bytes: Uint8Array, accept: (name: string, originalSize: number) => boolean): Record<string, Uint8Array> | string {
  let seen = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (++seen > DECODE_LIMITS.maxEntries) throw new Refusal(`the zip container lists more than ${DECODE_LIMITS.maxEntries.toLocaleString('en-US')} entries`);
        // fflate allocates originalSize bytes up front for a deflated entry, so that number must be checked first.
        if (file.compression !== 0 && file.compression !== 8) return false;
        if (!accept(file.name, file.originalSize)) return false;
        // DEFLATE grows incompressible data by at most 5 bytes per 64 KiB stored block (RFC 1951, 3.2.4): a longer
        // stream lies about its size, and fflate would run all of it into a buffer of the declared size.
        if (file.compression === 8 && file.size > file.originalSize + 5 * Math.ceil(file.originalSize / 65_535) + 1024) {
          throw new Refusal(`${file.name} is damaged (${file.size} compressed bytes cannot inflate to the ${file.originalSize} it declares)`);
        }
        return true;
      },
    });
  } catch (err) {
    if (err instanceof Refusal) return err.message;
    return `the zip container is damaged (${err instanceof Error ? err.message : String(err)})`;
  }
}

export function decodeWorkspace(bytes: Uint8Array): DecodeOutcome {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return { ok: false, reason: 'not a Headroom workspace (it is not a zip container)' };
  }
  // First pass: only the manifest, so every block can be checked against the size the manifest expects.
  const head = unzipChecked(bytes, (name, size) => {
    if (name !== MANIFEST) return false;
    if (size > DECODE_LIMITS.maxManifestBytes) throw new Refusal(`manifest.json declares ${mib(size)}, more than the ${mib(DECODE_LIMITS.maxManifestBytes)} a manifest may hold`);
    return true;
  });
  if (typeof head === 'string') return { ok: false, reason: head };
  const manifestBytes = head[MANIFEST];
  if (!manifestBytes) return { ok: false, reason: 'not a Headroom workspace (no manifest.json inside)' };
  if (recordedCrc(bytes, MANIFEST) !== crc32(manifestBytes)) {
    return { ok: false, reason: 'manifest.json is damaged (its content does not match the checksum the zip records)' };
  }
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
  const expected = new Map<string, number>();
  let total = manifestBytes.length;
  for (const s of parsed.data.series) {
    for (const name of [s.t, s.v]) {
      const size = s.points * 8;
      const known = expected.get(name);
      if (known !== undefined && known !== size) return { ok: false, reason: `series "${s.name}": block ${name} is used with ${known / 8} and ${s.points} points` };
      if (known === undefined) total += size;
      expected.set(name, size);
    }
  }
  if (total > DECODE_LIMITS.maxTotalBytes) {
    return { ok: false, reason: `the manifest declares ${mib(total)} of series data, more than the ${mib(DECODE_LIMITS.maxTotalBytes)} Headroom opens` };
  }
  // Second pass: only the blocks the manifest names, each refused if it claims another size than its points need.
  const entries = unzipChecked(bytes, (name, size) => {
    const block = BLOCK_ENTRY.exec(name)?.[1];
    const want = block === undefined ? undefined : expected.get(block);
    if (want === undefined) return false;
    if (size !== want) throw new Refusal(`block ${block} declares ${size} bytes, expected ${want}`);
    return true;
  });
  if (typeof entries === 'string') return { ok: false, reason: entries };
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
      scenarios: m.scenarios,
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
