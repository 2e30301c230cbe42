import { WORKSPACE_FORMAT_VERSION } from '../../shared/workspace';

/** One step from version `from` to `from + 1`, on the parsed but not yet validated manifest. */
export interface Migration {
  from: number;
  describe: string;
  migrate(manifest: Record<string, unknown>): Record<string, unknown>;
}

/** Ordered steps; a manifest of version v runs every step with from ≥ v. Empty while version 1 is the only one. */
export const migrations: readonly Migration[] = [];

export type MigrationOutcome =
  { ok: true; manifest: Record<string, unknown>; applied: string[] } | { ok: false; reason: string };

/**
 * Bring a manifest up to `current`. The step list and the current version are parameters (the real ones by
 * default) so tests can prove the ordering on a synthetic chain before the first real step exists.
 */
export function migrateManifest(
  manifest: Record<string, unknown>,
  steps: readonly Migration[] = migrations,
  current: number = WORKSPACE_FORMAT_VERSION,
): MigrationOutcome {
  const version = manifest['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'the manifest has no valid format version' };
  }
  if (version > current) {
    return {
      ok: false,
      reason: `this workspace was written in format version ${version}; this Headroom reads versions up to ${current}. Open it with a newer Headroom.`,
    };
  }
  let reached = version;
  let migrated = manifest;
  const applied: string[] = [];
  for (const step of [...steps].sort((a, b) => a.from - b.from)) {
    if (step.from < reached) continue;
    // A hole in the chain would hand the schema a manifest of the wrong shape; refuse rather than guess.
    if (step.from !== reached) break;
    migrated = { ...step.migrate(migrated), version: step.from + 1 };
    applied.push(step.describe);
    reached = step.from + 1;
  }
  if (reached !== current) {
    return {
      ok: false,
      reason: `no upgrade path from format version ${version} to ${current} (stopped at ${reached})`,
    };
  }
  return { ok: true, manifest: migrated, applied };
}
