import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, promises as fsp, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWorkspace, encodeWorkspace } from '../../models/workspace/codec';
import { atomicSave, backupPathFor, type SaveStep } from './atomic-save';
import { sampleWorkspace } from './test-support/sample-workspace';

// Everything here uses real files in a real temporary folder on the machine's disk.
let root: string;
let childBundle: string;
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const NOBODY = 65534;
const tempsIn = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

beforeAll(async () => {
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'headroom-save-'));
  // Traversable by everyone so the unprivileged child of the read-only test can reach its folder.
  await fsp.chmod(root, 0o755);
  // Bundled so each child starts in tens of milliseconds and the kill test fits many kills in a few seconds.
  childBundle = path.join(root, 'save-child.cjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'test-support', 'save-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: childBundle,
    logLevel: 'silent',
  });
});

afterAll(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

async function freshDir(name: string): Promise<string> {
  const dir = path.join(root, name);
  await fsp.mkdir(dir, { mode: 0o755 });
  return dir;
}

describe('atomicSave', () => {
  it('writes a new file whose bytes decode to the saved workspace, leaving no temporary behind', async () => {
    const dir = await freshDir('new');
    const target = path.join(dir, 'study.headroom');
    const bytes = encodeWorkspace(sampleWorkspace('fresh', 5000));
    const outcome = await atomicSave(target, bytes, { keepBackup: true });
    expect(outcome).toEqual({ ok: true, path: target, backup: null });
    const decoded = decodeWorkspace(await fsp.readFile(target));
    expect(decoded.ok && decoded.workspace.series[0]?.v.length).toBe(5000);
    expect(tempsIn(dir)).toEqual([]);
  });

  it('keeps the previous file as .bak when saving over it', async () => {
    const dir = await freshDir('bak');
    const target = path.join(dir, 'study.headroom');
    const first = encodeWorkspace(sampleWorkspace('first', 1000));
    const second = encodeWorkspace(sampleWorkspace('second', 2000));
    const third = encodeWorkspace(sampleWorkspace('third', 3000));
    await atomicSave(target, first, { keepBackup: true });
    expect(await atomicSave(target, second, { keepBackup: true })).toEqual({ ok: true, path: target, backup: backupPathFor(target) });
    expect(sha(await fsp.readFile(target))).toBe(sha(second));
    expect(sha(await fsp.readFile(backupPathFor(target)))).toBe(sha(first));
    await atomicSave(target, third, { keepBackup: true });
    expect(sha(await fsp.readFile(target))).toBe(sha(third));
    expect(sha(await fsp.readFile(backupPathFor(target)))).toBe(sha(second));
    expect(readdirSync(dir).sort()).toEqual(['study.headroom', 'study.headroom.bak']);
  });

  it('saves through a symbolic link into the file it points to, keeping the link', async () => {
    const dir = await freshDir('symlink');
    const real = path.join(dir, 'real.headroom');
    const link = path.join(dir, 'link.headroom');
    await fsp.writeFile(real, 'old');
    await fsp.symlink(real, link);
    expect(await atomicSave(link, new Uint8Array([1, 2]), { keepBackup: true })).toEqual({ ok: true, path: real, backup: backupPathFor(real) });
    expect((await fsp.lstat(link)).isSymbolicLink()).toBe(true);
    expect([...(await fsp.readFile(link))]).toEqual([1, 2]);
    expect(await fsp.readFile(backupPathFor(real), 'utf8')).toBe('old');
  });

  it('keeps the permission bits of the file it replaces', async () => {
    const dir = await freshDir('mode');
    const target = path.join(dir, 'private.headroom');
    await fsp.writeFile(target, 'old', { mode: 0o600 });
    await fsp.chmod(target, 0o600);
    await atomicSave(target, new Uint8Array([1, 2, 3]), { keepBackup: false });
    expect((await fsp.stat(target)).mode & 0o777).toBe(0o600);
  });

  it('refuses a folder the user may not write, with a clear error, leaving the old file and no temporary', async () => {
    // root ignores permission bits, so as root the save runs in a child that drops to the unprivileged user "nobody".
    const dir = await freshDir('readonly');
    const target = path.join(dir, 'study.headroom');
    const old = encodeWorkspace(sampleWorkspace('old', 1000));
    await fsp.writeFile(target, old, { mode: 0o644 });
    const payload = path.join(root, 'readonly-payload.headroom');
    await fsp.writeFile(payload, encodeWorkspace(sampleWorkspace('new', 2000)), { mode: 0o644 });
    await fsp.chmod(dir, 0o555);
    try {
      const run = spawnSync(process.execPath, [childBundle, 'once', target, payload], {
        encoding: 'utf8',
        ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
      });
      expect(run.error, isRoot ? `as root, ${process.execPath} must be executable by the user nobody` : undefined).toBeUndefined();
      expect(run.stderr).toBe('');
      const outcome: unknown = JSON.parse(run.stdout);
      expect(outcome).toMatchObject({ ok: false, code: 'EACCES', step: 'create-temp' });
      expect((outcome as { reason: string }).reason).toMatch(/not allowed to save "study.headroom".*permission denied.*still open/);
    } finally {
      await fsp.chmod(dir, 0o755);
    }
    expect(sha(await fsp.readFile(target))).toBe(sha(old));
    expect(readdirSync(dir)).toEqual(['study.headroom']);
  });

  it('reports a folder that is really a file as an error value instead of throwing', async () => {
    const dir = await freshDir('notdir');
    const file = path.join(dir, 'plain.txt');
    await fsp.writeFile(file, 'I am a file');
    const outcome = await atomicSave(path.join(file, 'study.headroom'), new Uint8Array([1]), { keepBackup: true });
    expect(outcome).toMatchObject({ ok: false, code: 'ENOTDIR' });
    expect(!outcome.ok && outcome.reason).toMatch(/is not a folder/);
    expect(await fsp.readFile(file, 'utf8')).toBe('I am a file');
  });

  it('refuses to replace a folder that has the target name', async () => {
    const dir = await freshDir('isdir');
    await fsp.mkdir(path.join(dir, 'study.headroom'));
    const outcome = await atomicSave(path.join(dir, 'study.headroom'), new Uint8Array([1]), { keepBackup: true });
    expect(outcome).toMatchObject({ ok: false, code: 'EISDIR' });
  });

  const stepsBeforeRename: SaveStep[] = ['create-temp', 'write', 'fsync', 'backup', 'rename'];
  it.each(stepsBeforeRename)('leaves the old file whole when the disk fills up at step %s (injected ENOSPC)', async (failing) => {
    const dir = await freshDir(`enospc-${failing}`);
    const target = path.join(dir, 'study.headroom');
    const old = encodeWorkspace(sampleWorkspace('old', 500));
    await fsp.writeFile(target, old);
    const outcome = await atomicSave(target, encodeWorkspace(sampleWorkspace('new', 900)), {
      keepBackup: true,
      beforeStep: (step) => {
        if (step === failing) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    expect(outcome).toMatchObject({ ok: false, code: 'ENOSPC', step: failing });
    expect(!outcome.ok && outcome.reason).toMatch(/not enough free space.*still open/);
    expect(sha(await fsp.readFile(target))).toBe(sha(old));
    expect(tempsIn(dir)).toEqual([]);
  });

  it('sweeps up temporaries a killed save left behind once they are stale, and only its own', async () => {
    const dir = await freshDir('stale');
    const target = path.join(dir, 'study.headroom');
    await fsp.writeFile(path.join(dir, '.study.headroom.0123456789ab.tmp'), 'half a save');
    await fsp.writeFile(path.join(dir, '.study.headroom.0123456789ab.bak.tmp'), 'half a backup');
    await fsp.writeFile(path.join(dir, '.other.headroom.0123456789ab.tmp'), 'someone else');
    await fsp.writeFile(path.join(dir, 'notes.tmp'), 'the user');
    expect((await atomicSave(target, new Uint8Array([1]), { staleTempAfterMs: 60_000 })).ok).toBe(true);
    expect(tempsIn(dir)).toHaveLength(4);
    expect((await atomicSave(target, new Uint8Array([2]), { staleTempAfterMs: 0 })).ok).toBe(true);
    expect(tempsIn(dir).sort()).toEqual(['.other.headroom.0123456789ab.tmp', 'notes.tmp']);
  });
});

/** Runs the child against `target` and SIGKILLs it at random moments until `budgetMs` runs out. */
async function killRepeatedly(mode: 'loop' | 'naive', target: string, payloads: string[], budgetMs: number, minKills: number) {
  const seen: Buffer[] = [];
  let saves = 0;
  const deadline = Date.now() + budgetMs;
  while (Date.now() < deadline || seen.length < minKills) {
    const child = spawn(process.execPath, [childBundle, mode, target, ...payloads], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (saves += chunk.length));
    // Wait for the first complete save so every kill lands while saves are under way (one takes ~15 ms for
    // these 3.6 MB files), then kill at a random moment of the next two or three saves.
    await new Promise<void>((resolve) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', () => resolve());
    });
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
    child.kill('SIGKILL');
    await exited;
    expect(stderr).toBe('');
    seen.push(await fsp.readFile(target));
  }
  return { seen, saves };
}

describe('atomicSave under SIGKILL', () => {
  it('leaves the target either the complete old or the complete new workspace, however often the saver is killed', async () => {
    const dir = await freshDir('kill');
    const target = path.join(dir, 'big.headroom');
    const a = encodeWorkspace(sampleWorkspace('version A', 150_000));
    const b = encodeWorkspace(sampleWorkspace('version B', 190_000));
    const payloads = [path.join(root, 'kill-a.headroom'), path.join(root, 'kill-b.headroom')];
    await fsp.writeFile(payloads[0]!, a);
    await fsp.writeFile(payloads[1]!, b);
    await fsp.writeFile(target, a);
    const valid = new Map([
      [sha(a), 'A'],
      [sha(b), 'B'],
    ]);

    const { seen, saves } = await killRepeatedly('loop', target, payloads, 4000, 10);
    const versions = seen.map((bytes) => valid.get(sha(bytes)) ?? `torn (${bytes.length} bytes)`);
    expect(versions.filter((v) => v !== 'A' && v !== 'B')).toEqual([]);
    // The same proof by the app's own reader: the last file and its .bak decode as workspaces.
    expect(decodeWorkspace(await fsp.readFile(target)).ok).toBe(true);
    expect(valid.has(sha(await fsp.readFile(backupPathFor(target))))).toBe(true);
    expect(decodeWorkspace(await fsp.readFile(backupPathFor(target))).ok).toBe(true);
    const count = (v: string) => versions.filter((x) => x === v).length;
    console.info(`kill test: ${seen.length} SIGKILLs during ${saves} completed saves; target was A ${count('A')}×, B ${count('B')}×, torn 0×`);

    // Killed saves leave temporaries; the next save sweeps the stale ones and still leaves a valid file.
    const outcome = await atomicSave(target, b, { keepBackup: true, staleTempAfterMs: 0 });
    expect(outcome.ok).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['big.headroom', 'big.headroom.bak']);
  });

  it('is a harness that can fail: the same kills tear a file written in place with plain writeFile', async () => {
    const dir = await freshDir('kill-naive');
    const target = path.join(dir, 'big.headroom');
    const a = encodeWorkspace(sampleWorkspace('version A', 150_000));
    const payload = path.join(root, 'naive-a.headroom');
    await fsp.writeFile(payload, a);
    const { seen } = await killRepeatedly('naive', target, [payload], 1000, 5);
    const torn = seen.filter((bytes) => sha(bytes) !== sha(a));
    expect(torn.length).toBeGreaterThan(0);
    expect(decodeWorkspace(torn[0]!).ok).toBe(false);
  });
});

// A genuinely full and a genuinely read-only disk need a small file system of their own: a tmpfs mounted
// for the test. Only possible where the test may mount (root with CAP_SYS_ADMIN); the injected-fault
// tests above cover the same paths everywhere else.
const canMount = process.platform === 'linux' && isRoot && probeMount();
function probeMount(): boolean {
  const dir = path.join(os.tmpdir(), `headroom-mount-probe-${process.pid}`);
  spawnSync('mkdir', ['-p', dir]);
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]).status === 0;
  if (ok) spawnSync('umount', [dir]);
  spawnSync('rmdir', [dir]);
  return ok;
}

describe.runIf(canMount)('atomicSave on a real tiny file system', () => {
  it('reports a full disk (ENOSPC) and a read-only disk (EROFS), keeping the old file both times', async () => {
    const dir = await freshDir('tmpfs');
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dir]).status).toBe(0);
    try {
      const target = path.join(dir, 'study.headroom');
      const old = encodeWorkspace(sampleWorkspace('old', 2000));
      expect((await atomicSave(target, old, { keepBackup: true })).ok).toBe(true);
      const tooBig = encodeWorkspace(sampleWorkspace('too big', 60_000));
      const full = await atomicSave(target, tooBig, { keepBackup: true });
      expect(full).toMatchObject({ ok: false, code: 'ENOSPC', step: 'write' });
      expect(sha(await fsp.readFile(target))).toBe(sha(old));
      expect(readdirSync(dir)).toEqual(['study.headroom']);

      expect(spawnSync('mount', ['-o', 'remount,ro', dir]).status).toBe(0);
      const readOnly = await atomicSave(target, old, { keepBackup: true });
      expect(readOnly).toMatchObject({ ok: false, code: 'EROFS' });
      expect(!readOnly.ok && readOnly.reason).toMatch(/read-only disk/);
      expect(sha(await fsp.readFile(target))).toBe(sha(old));
    } finally {
      spawnSync('umount', [dir]);
    }
    expect(existsSync(path.join(dir, 'study.headroom'))).toBe(false);
  });
});
