import { WORKSPACE_FORMAT_VERSION } from '../../shared/workspace';

/** One step from version `from` to `from + 1`, on the parsed but not yet validated manifest. */
interface Migration {
  from: number;
  describe: string;
  migrate(manifest: Record<string, unknown>): Record<string, unknown>;
}

/** Ordered steps; a manifest of version v runs every step with from ≥ v. Empty while version 1 is the only one. */
const migrations: Migration[] = [];

export type MigrationOutcome =
  | { ok: true; manifest: Record<string, unknown>; applied: string[] }
  | { ok: false; reason: string };

export function migrateManifest(manifest: Record<string, unknown>): MigrationOutcome {
  const version = manifest['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'the manifest has no valid format version' };
  }
  if (version > WORKSPACE_FORMAT_VERSION) {
    return {
      ok: false,
      reason: `this workspace was written in format version ${version}; this Headroom reads versions up to ${WORKSPACE_FORMAT_VERSION}. Open it with a newer Headroom.`,
    };
  }
  let current = manifest;
  const applied: string[] = [];
  for (const step of migrations) {
    if (step.from >= version) {
      current = { ...step.migrate(current), version: step.from + 1 };
      applied.push(step.describe);
    }
  }
  return { ok: true, manifest: current, applied };
}
