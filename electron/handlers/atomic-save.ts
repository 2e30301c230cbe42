import { randomBytes } from 'node:crypto';
import { promises as fsp, type Stats } from 'node:fs';
import * as path from 'node:path';
import { describeFsError, errorCode } from './fs-errors';

/**
 * Crash-safe replacement of a file, the way careful document editors do it (see "Files are hard",
 * Dan Luu, and the rename(2) atomicity guarantee of POSIX): the new bytes go to a temporary file in the same
 * folder (so the rename cannot cross file systems), are flushed with fsync, the previous file is kept as
 * `<name>.bak`, the temporary is renamed over the target, and the folder is flushed so the rename itself
 * survives a power cut. At every instant the target is either the complete old file or the complete new one.
 */

export type SaveStep = 'create-temp' | 'write' | 'fsync' | 'backup' | 'rename' | 'fsync-folder';

export type SaveOutcome =
  | { ok: true; path: string; backup: string | null }
  | { ok: false; code: string; step: SaveStep; reason: string };

export interface AtomicSaveOptions {
  /** Keep the replaced file as `<target>.bak` (workspaces: yes; the recovery slot and exports: no). */
  keepBackup?: boolean;
  /** Temporaries left by a save that was killed are removed once they are this old (a live save is never that slow). */
  staleTempAfterMs?: number;
  /** Fault injection for tests: called before each step; throwing there behaves as if that step failed. */
  beforeStep?: (step: SaveStep) => void;
}

export const backupPathFor = (target: string): string => `${target}.bak`;

const TEMP_SUFFIX = '.tmp';
const tempNameFor = (base: string): string => `.${base}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
const isTempOf = (name: string, base: string): boolean =>
  name.startsWith(`.${base}.`) && name.endsWith(TEMP_SUFFIX) && /^[0-9a-f]{12}(\.bak)?$/.test(name.slice(base.length + 2, -TEMP_SUFFIX.length));

export async function atomicSave(requested: string, bytes: Uint8Array, options: AtomicSaveOptions = {}): Promise<SaveOutcome> {
  // Saving through a symbolic link updates the file it points to and keeps the link (renaming over the link's
  // name would replace the link with a detached copy).
  const target = await fsp.realpath(requested).catch(() => requested);
  const dir = path.dirname(target);
  const base = path.basename(target);
  const before = options.beforeStep ?? (() => undefined);
  const temp = path.join(dir, tempNameFor(base));
  let step: SaveStep = 'create-temp';
  let tempCreated = false;
  try {
    await removeStaleTemps(dir, base, options.staleTempAfterMs ?? 10 * 60_000);
    const previous = await statOrNull(target);
    if (previous && !previous.isFile()) {
      return { ok: false, code: 'EISDIR', step, reason: `"${base}" exists and is not a file; choose another name.` };
    }
    before(step);
    // 'wx': never reuse an existing name; keep the old file's permission bits so a save does not widen access.
    const handle = await fsp.open(temp, 'wx', previous ? previous.mode & 0o777 : 0o666);
    tempCreated = true;
    try {
      step = 'write';
      before(step);
      await writeAll(handle, bytes);
      step = 'fsync';
      before(step);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (previous && options.keepBackup) {
      step = 'backup';
      before(step);
      await keepBackup(target, dir, base);
    }
    step = 'rename';
    before(step);
    await fsp.rename(temp, target);
    tempCreated = false;
    step = 'fsync-folder';
    before(step);
    await syncFolder(dir);
    return { ok: true, path: target, backup: previous && options.keepBackup ? backupPathFor(target) : null };
  } catch (err) {
    if (tempCreated) await fsp.unlink(temp).catch(() => undefined);
    return { ok: false, code: errorCode(err), step, reason: describeFsError(err, target, 'save') };
  }
}

async function writeAll(handle: fsp.FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  // write(2) may write fewer bytes than asked (signals, quotas); loop until all are down.
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
    if (bytesWritten === 0) throw Object.assign(new Error('the disk accepted no more bytes'), { code: 'ENOSPC' });
    offset += bytesWritten;
  }
}

/**
 * The old file becomes `.bak` by a hard link (instant, and the old bytes stay exactly where they were), then an
 * atomic rename onto the `.bak` name. File systems without hard links (FAT, some network shares) get a flushed copy.
 */
async function keepBackup(target: string, dir: string, base: string): Promise<void> {
  const temp = path.join(dir, `${tempNameFor(base).slice(0, -TEMP_SUFFIX.length)}.bak${TEMP_SUFFIX}`);
  try {
    await fsp.link(target, temp);
  } catch {
    await fsp.copyFile(target, temp);
    const handle = await fsp.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
  await fsp.rename(temp, backupPathFor(target));
  // rename(2) does nothing when both names already link the same file (a save that failed right after this
  // step leaves .bak and the target sharing one inode); drop the extra name in that case.
  await fsp.unlink(temp).catch(() => undefined);
}

/** fsync on the folder makes the rename durable (ext4/xfs need it). Windows cannot open a folder for flushing. */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fsp.open(dir, 'r');
  try {
    await handle.sync();
  } catch (err) {
    // Some file systems (network mounts, FUSE) do not support flushing a folder; the data itself is already flushed.
    if (!['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EBADF'].includes(errorCode(err))) throw err;
  } finally {
    await handle.close();
  }
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fsp.stat(file);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return null;
    throw err;
  }
}

/** A save killed mid-way leaves its temporary behind; the next save of the same file sweeps up old ones. */
export async function removeStaleTemps(dir: string, base: string, olderThanMs: number): Promise<string[]> {
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const now = Date.now();
  for (const name of names.filter((n) => isTempOf(n, base))) {
    const file = path.join(dir, name);
    const stats = await fsp.stat(file).catch(() => null);
    if (stats && now - stats.mtimeMs >= olderThanMs) {
      await fsp.unlink(file).then(
        () => removed.push(file),
        () => undefined,
      );
    }
  }
  return removed;
}
