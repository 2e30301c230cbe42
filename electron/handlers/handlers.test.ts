import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWorkspace, encodeWorkspace } from '../../models/workspace/codec';
import { ipcContract, type IpcChannel } from '../../shared/ipc';
import type { DialogPort } from './dialogs';
import { HandleTable } from './handle-table';
import { createHandlers, type IpcHandlers } from './index';
import { LaunchQueue, workspaceArgument } from './launch-queue';
import { recoveryFile } from './recovery';
import { sampleWorkspace } from './test-support/sample-workspace';

let root: string;
beforeAll(async () => {
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'headroom-handlers-'));
});
afterAll(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

/** Dialog answers scripted per test; each records what main offered the user. */
function scriptedDialogs(answers: Partial<{ open: string | null; save: string | null; pick: string[] | null; export: string | null }>) {
  const offered: { save?: string; export?: { name: string; mime: string } } = {};
  const dialogs: DialogPort = {
    chooseWorkspaceToOpen: async () => answers.open ?? null,
    chooseWorkspaceSaveTarget: async (name) => ((offered.save = name), answers.save ?? null),
    chooseImportFiles: async () => answers.pick ?? null,
    chooseExportTarget: async (name, mime) => ((offered.export = { name, mime }), answers.export ?? null),
  };
  return { dialogs, offered };
}

function handlersWith(dialogs: DialogPort, extra: { handles?: HandleTable; launchQueue?: LaunchQueue; userDataDir?: string } = {}): IpcHandlers {
  return createHandlers({
    dialogs,
    handles: extra.handles ?? new HandleTable(),
    launchQueue: extra.launchQueue ?? new LaunchQueue(),
    userDataDir: extra.userDataDir ?? path.join(root, 'userData'),
  });
}

/** Every response main sends must satisfy the table's response schema, as the renderer may check it. */
function expectValidResponse(channel: IpcChannel, response: unknown): void {
  const parsed = ipcContract[channel].response.safeParse(response);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
}

async function folder(name: string): Promise<string> {
  const dir = path.join(root, name);
  await fsp.mkdir(dir, { recursive: true });
  return dir;
}

describe('workspace:open', () => {
  it('returns the bytes of the chosen workspace and a handle, never its path', async () => {
    const dir = await folder('open');
    const file = path.join(dir, 'Black Friday.headroom');
    const bytes = encodeWorkspace(sampleWorkspace('bf', 3000));
    await fsp.writeFile(file, bytes);
    const response = await handlersWith(scriptedDialogs({ open: file }).dialogs)['workspace:open']({});
    expectValidResponse('workspace:open', response);
    if (!response.ok) throw new Error(response.reason);
    expect(response.value.name).toBe('Black Friday.headroom');
    expect(Buffer.from(response.value.bytes).equals(bytes)).toBe(true);
    expect(decodeWorkspace(response.value.bytes).ok).toBe(true);
    expect(response.value.handle).not.toContain(dir);
  });

  it('refuses a file that is not a workspace, leaves it byte-for-byte untouched, and gives it no handle to save over', async () => {
    const dir = await folder('open-csv');
    const file = path.join(dir, 'traffic.headroom');
    const csv = 'timestamp,value\n2026-11-27T00:00:00Z,1\n';
    await fsp.writeFile(file, csv);
    const before = await fsp.stat(file);
    const handles = new HandleTable();
    const response = await handlersWith(scriptedDialogs({ open: file }).dialogs, { handles })['workspace:open']({});
    expect(response).toEqual({ ok: false, canceled: false, reason: '"traffic.headroom" is not a Headroom workspace (it is not a zip container). The file was not changed.' });
    expect(await fsp.readFile(file, 'utf8')).toBe(csv);
    expect((await fsp.stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect(handles.resolve(handles.issue('import', file), 'workspace')).toBeNull();
    expect((await fsp.readdir(dir)).sort()).toEqual(['traffic.headroom']);
  });

  it('reports a canceled dialog as canceled', async () => {
    expect(await handlersWith(scriptedDialogs({ open: null }).dialogs)['workspace:open']({})).toEqual({ ok: false, canceled: true, reason: 'canceled' });
  });

  it('opens a file the OS handed us (command line, file association) instead of asking, once', async () => {
    const dir = await folder('launch');
    const launched = path.join(dir, 'launched.headroom');
    await fsp.writeFile(launched, encodeWorkspace(sampleWorkspace('launched', 10)));
    const launchQueue = new LaunchQueue();
    launchQueue.push(workspaceArgument(['/opt/Headroom/headroom', '--no-sandbox-is-a-flag', 'launched.headroom'], dir)!);
    const handlers = handlersWith(scriptedDialogs({ open: null }).dialogs, { launchQueue });
    expect(await handlers['workspace:open']({})).toMatchObject({ ok: true, value: { name: 'launched.headroom' } });
    expect(await handlers['workspace:open']({})).toMatchObject({ ok: false, canceled: true });
  });

  it('refuses a workspace too large to hold in memory before reading any of it (sparse file)', async () => {
    const dir = await folder('open-huge');
    const file = path.join(dir, 'huge.headroom');
    const handle = await fsp.open(file, 'w');
    await handle.truncate(1.5 * 2 ** 30);
    await handle.close();
    const response = await handlersWith(scriptedDialogs({ open: file }).dialogs)['workspace:open']({});
    expect(response).toEqual({ ok: false, canceled: false, reason: '"huge.headroom" is 1536 MiB, more than the 1024 MiB Headroom can open. The file was not changed.' });
    await fsp.rm(file);
  });

  it('explains a file that vanished between the dialog and the read', async () => {
    const response = await handlersWith(scriptedDialogs({ open: path.join(root, 'gone.headroom') }).dialogs)['workspace:open']({});
    expect(response).toEqual({ ok: false, canceled: false, reason: '"gone.headroom" does not exist any more.' });
  });
});

describe('workspace:save', () => {
  it('Save As asks for a place with a safe suggested name, adds the extension, and returns a handle Save can reuse', async () => {
    const dir = await folder('save-as');
    const { dialogs, offered } = scriptedDialogs({ save: path.join(dir, 'cyber monday') });
    const handlers = handlersWith(dialogs);
    const first = encodeWorkspace(sampleWorkspace('first', 100));
    const saved = await handlers['workspace:save']({ handle: null, suggestedName: '../../etc/pass:wd', bytes: first });
    expectValidResponse('workspace:save', saved);
    expect(offered.save).toBe('-..-etc-pass-wd.headroom');
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.value.name).toBe('cyber monday.headroom');

    const second = encodeWorkspace(sampleWorkspace('second', 200));
    const again = await handlers['workspace:save']({ handle: saved.value.handle, suggestedName: 'ignored', bytes: second });
    expect(again).toEqual({ ok: true, value: saved.value });
    expect(Buffer.from(await fsp.readFile(path.join(dir, 'cyber monday.headroom'))).equals(second)).toBe(true);
    expect(Buffer.from(await fsp.readFile(path.join(dir, 'cyber monday.headroom.bak'))).equals(first)).toBe(true);
  });

  it('refuses a handle it never issued, and an import handle, so the renderer cannot write where the user did not choose', async () => {
    const dir = await folder('save-refuse');
    const csv = path.join(dir, 'data.csv');
    await fsp.writeFile(csv, 'timestamp,value\n');
    const handles = new HandleTable();
    const importHandle = handles.issue('import', csv);
    const handlers = handlersWith(scriptedDialogs({}).dialogs, { handles });
    for (const handle of ['workspace-00000000-0000-0000-0000-000000000000', importHandle, csv]) {
      const response = await handlers['workspace:save']({ handle, suggestedName: 'x', bytes: new Uint8Array([1]) });
      expect(response).toEqual({ ok: false, canceled: false, reason: 'Headroom no longer knows where this study was saved; use Save As.' });
    }
    expect(await fsp.readFile(csv, 'utf8')).toBe('timestamp,value\n');
  });

  it('passes a failed write back as a reason, so the renderer keeps the study in memory', async () => {
    const dir = await folder('save-fail');
    const notAFolder = path.join(dir, 'file');
    await fsp.writeFile(notAFolder, '');
    const response = await handlersWith(scriptedDialogs({ save: path.join(notAFolder, 'study.headroom') }).dialogs)['workspace:save']({
      handle: null,
      suggestedName: 'study',
      bytes: new Uint8Array([1]),
    });
    expect(response).toMatchObject({ ok: false, canceled: false, reason: expect.stringMatching(/is not a folder.*still open/) });
  });
});

describe('file:pick-import and file:read', () => {
  it('streams a picked file back in chunks of any size, byte for byte', async () => {
    const dir = await folder('import');
    const file = path.join(dir, 'metrics.csv');
    const content = Buffer.from(Array.from({ length: 50_000 }, (_, i) => `${1_700_000_000 + i * 60},${(i * 37) % 1000}\n`).join(''));
    await fsp.writeFile(file, content);
    const handlers = handlersWith(scriptedDialogs({ pick: [file] }).dialogs);
    const picked = await handlers['file:pick-import']({});
    expectValidResponse('file:pick-import', picked);
    if (!picked.ok) throw new Error(picked.reason);
    expect(picked.value).toEqual([{ handle: expect.any(String), name: 'metrics.csv', size: content.length }]);
    expect(JSON.stringify(picked)).not.toContain(dir);

    const handle = picked.value[0]!.handle;
    const chunks: Uint8Array[] = [];
    for (let offset = 0, i = 0; ; i++) {
      const length = [1, 7, 4096, 65_536, 333_333][i % 5]!;
      const chunk = await handlers['file:read']({ handle, offset, length });
      expectValidResponse('file:read', chunk);
      if (!chunk.ok) throw new Error(chunk.reason);
      // Each chunk owns exactly its bytes: no pooled or oversized buffer crosses IPC.
      expect(chunk.value.buffer.byteLength).toBe(chunk.value.length);
      if (chunk.value.length === 0) break;
      chunks.push(chunk.value);
      offset += chunk.value.length;
    }
    expect(Buffer.concat(chunks).equals(content)).toBe(true);
    expect(await handlers['file:read']({ handle, offset: content.length + 10, length: 100 })).toMatchObject({ ok: true, value: new Uint8Array(0) });
  });

  it('reads the end of a 3 GB file without reading the rest (sparse file)', async () => {
    const dir = await folder('import-huge');
    const file = path.join(dir, 'huge.csv');
    const size = 3 * 2 ** 30;
    const handle = await fsp.open(file, 'w');
    await handle.truncate(size - 4);
    await handle.write('end\n', size - 4);
    await handle.close();
    const handlers = handlersWith(scriptedDialogs({ pick: [file] }).dialogs);
    const picked = await handlers['file:pick-import']({});
    if (!picked.ok) throw new Error(picked.reason);
    expect(picked.value[0]?.size).toBe(size);
    const tail = await handlers['file:read']({ handle: picked.value[0]!.handle, offset: size - 4, length: 16 << 20 });
    expect(tail.ok && Buffer.from(tail.value).toString()).toBe('end\n');
    await fsp.rm(file);
  });

  it('refuses to read through a workspace handle or a made-up one', async () => {
    const handles = new HandleTable();
    const workspaceHandle = handles.issue('workspace', path.join(root, 'x.headroom'));
    const handlers = handlersWith(scriptedDialogs({}).dialogs, { handles });
    for (const handle of [workspaceHandle, '/etc/passwd', 'import-1']) {
      expect(await handlers['file:read']({ handle, offset: 0, length: 10 })).toEqual({
        ok: false,
        canceled: false,
        reason: 'This file handle is unknown; pick the file again.',
      });
    }
  });

  it('refuses a picked folder', async () => {
    const dir = await folder('import-dir');
    expect(await handlersWith(scriptedDialogs({ pick: [dir] }).dialogs)['file:pick-import']({})).toEqual({
      ok: false,
      canceled: false,
      reason: '"import-dir" is not a file.',
    });
  });
});

describe('file:export', () => {
  it('writes the bytes where the user chose, offering a safe name', async () => {
    const dir = await folder('export');
    const target = path.join(dir, 'report.md');
    const { dialogs, offered } = scriptedDialogs({ export: target });
    const response = await handlersWith(dialogs)['file:export']({ suggestedName: 'Report: BF/2026', mime: 'text/markdown', bytes: Buffer.from('# Report\n') });
    expectValidResponse('file:export', response);
    expect(response).toEqual({ ok: true, value: { name: 'report.md' } });
    expect(offered.export).toEqual({ name: 'Report- BF-2026', mime: 'text/markdown' });
    expect(await fsp.readFile(target, 'utf8')).toBe('# Report\n');
  });
});

describe('recovery:write and recovery:read', () => {
  it('keeps the last autosave in the app data folder until it is cleared', async () => {
    const userDataDir = await folder('userData-recovery');
    const handlers = handlersWith(scriptedDialogs({}).dialogs, { userDataDir });
    expect(await handlers['recovery:read']({})).toEqual({ ok: true, value: null });
    const edits = encodeWorkspace(sampleWorkspace('unsaved', 500));
    expect(await handlers['recovery:write']({ bytes: edits })).toEqual({ ok: true, value: null });
    const read = await handlers['recovery:read']({});
    expectValidResponse('recovery:read', read);
    expect(read.ok && Buffer.from(read.value!).equals(edits)).toBe(true);
    expect(recoveryFile(userDataDir).startsWith(userDataDir)).toBe(true);
    expect(await handlers['recovery:write']({ bytes: null })).toEqual({ ok: true, value: null });
    expect(await handlers['recovery:write']({ bytes: null })).toEqual({ ok: true, value: null });
    expect(await handlers['recovery:read']({})).toEqual({ ok: true, value: null });
  });
});
