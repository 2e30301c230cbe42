import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, ipcChannelNames } from '../shared/ipc';
import type { IpcHandlers } from './handlers/index';
import { dispatchIpc, registerIpc } from './register-ipc';

const appFrame = { url: 'app://headroom/index.html', parent: null };

/** Handlers that record what reached them; any call that gets here passed the sender and schema checks. */
function recordingHandlers() {
  const reached: string[] = [];
  const ok = { ok: true as const, value: null };
  const handlers: IpcHandlers = {
    'workspace:open': async () => (reached.push('workspace:open'), { ok: false, canceled: true, reason: 'canceled' }),
    'workspace:save': async (r) => (reached.push(`workspace:save ${r.suggestedName}`), { ok: true, value: { handle: 'h', name: 'n' } }),
    'file:pick-import': async () => (reached.push('file:pick-import'), { ok: true, value: [] }),
    'file:read': async () => (reached.push('file:read'), { ok: true, value: new Uint8Array() }),
    'file:export': async () => (reached.push('file:export'), { ok: true, value: { name: 'x' } }),
    'recovery:write': async () => (reached.push('recovery:write'), ok),
    'recovery:read': async () => (reached.push('recovery:read'), ok),
    'report:pdf': async () => (reached.push('report:pdf'), { ok: true, value: { name: 'report.pdf' } }),
  };
  return { handlers, reached };
}

describe('registerIpc', () => {
  it('registers exactly the channels of the table, which are exactly the preload whitelist', () => {
    const registered: string[] = [];
    registerIpc({ handle: (channel: string) => void registered.push(channel) }, recordingHandlers().handlers);
    expect(registered.sort()).toEqual([...ipcChannelNames].sort());
    expect([...IPC_CHANNELS].sort()).toEqual([...ipcChannelNames].sort());
  });
});

describe('dispatchIpc', () => {
  it('passes a valid request from the app page to its handler', async () => {
    const { handlers, reached } = recordingHandlers();
    const response = await dispatchIpc('workspace:save', handlers, appFrame, { handle: null, suggestedName: 'BF', bytes: new Uint8Array([1]) });
    expect(response).toEqual({ ok: true, value: { handle: 'h', name: 'n' } });
    expect(reached).toEqual(['workspace:save BF']);
  });

  it.each([
    ['a sub-frame of the app', { url: 'app://headroom/index.html', parent: {} }],
    ['a foreign page', { url: 'https://evil.example/', parent: null }],
    ['a local file', { url: 'file:///tmp/x.html', parent: null }],
    ['a destroyed frame', null],
  ])('refuses a request from %s before any handler runs', async (_name, frame) => {
    const { handlers, reached } = recordingHandlers();
    const response = await dispatchIpc('recovery:read', handlers, frame, {});
    expect(response).toMatchObject({ ok: false, canceled: false, reason: expect.stringContaining('did not come from Headroom') });
    expect(reached).toEqual([]);
  });

  it.each([
    ['workspace:save', { handle: null, suggestedName: 'x', bytes: 'not bytes' }],
    ['workspace:save', { handle: null, suggestedName: 'x', bytes: [1, 2, 3] }],
    ['workspace:save', { handle: '', suggestedName: 'x', bytes: new Uint8Array() }],
    ['workspace:save', { handle: null, suggestedName: 'x'.repeat(256), bytes: new Uint8Array() }],
    ['workspace:save', { handle: null, suggestedName: 'x', bytes: new Uint8Array(), path: '/etc/passwd' }],
    ['workspace:open', { path: '/etc/passwd' }],
    ['workspace:open', null],
    ['file:read', { handle: 'h', offset: -1, length: 10 }],
    ['file:read', { handle: 'h', offset: 0, length: 64 << 20 }],
    ['file:read', { handle: 'h', offset: 0.5, length: 10 }],
    ['file:read', { handle: 'h'.repeat(201), offset: 0, length: 10 }],
    ['file:export', { suggestedName: 'r.pdf', mime: 'application/pdf' }],
    ['recovery:write', {}],
    ['recovery:write', { bytes: new Uint16Array(4) }],
  ] as const)('refuses %s with a payload its schema rejects: %j', async (channel, payload) => {
    const { handlers, reached } = recordingHandlers();
    const response = await dispatchIpc(channel, handlers, appFrame, payload);
    expect(response).toMatchObject({ ok: false, canceled: false, reason: expect.stringContaining('invalid request') });
    expect(reached).toEqual([]);
  });

  it('turns a handler that throws into a failure value instead of a rejected promise', async () => {
    const { handlers } = recordingHandlers();
    handlers['recovery:read'] = async () => {
      throw new Error('boom');
    };
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(await dispatchIpc('recovery:read', handlers, appFrame, {})).toEqual({ ok: false, canceled: false, reason: 'internal error in recovery:read: boom' });
    } finally {
      console.error = original;
    }
  });
});
