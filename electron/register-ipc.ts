import type { IpcMain } from 'electron';
import type { z } from 'zod';
import { ipcChannelNames, ipcContract, type IpcChannel, type IpcRequest, type IpcResponse } from '../shared/ipc';
import type { IpcHandlers } from './handlers/index';
import { isTrustedSender, type SenderFrame } from './security';

/**
 * Registers one `ipcMain.handle` per channel of the table, and nothing else: a channel exists on both sides or
 * on neither. Every request is checked twice before a handler sees it: the sending frame must be the app's own
 * page, and the payload must match the channel's schema. Unexpected exceptions come back as failure values.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: IpcHandlers): IpcChannel[] {
  for (const channel of ipcChannelNames) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatchIpc(channel, handlers, event.senderFrame, payload));
  }
  return ipcChannelNames;
}

export async function dispatchIpc<C extends IpcChannel>(
  channel: C,
  handlers: IpcHandlers,
  frame: SenderFrame | null | undefined,
  payload: unknown,
): Promise<IpcResponse<C>> {
  if (!isTrustedSender(frame)) return refuse<C>(`refused ${channel}: the request did not come from Headroom's own page`);
  const schema = ipcContract[channel].request as unknown as z.ZodType<IpcRequest<C>>;
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse<C>(`refused ${channel}: invalid request at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  const handler = handlers[channel] as (request: IpcRequest<C>) => Promise<IpcResponse<C>>;
  try {
    return await handler(parsed.data);
  } catch (err) {
    console.error(`[headroom] ${channel} failed`, err);
    return refuse<C>(`internal error in ${channel}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function refuse<C extends IpcChannel>(reason: string): IpcResponse<C> {
  // Every response union of the table includes this failure shape (shared/ipc.ts `success`).
  return { ok: false, canceled: false, reason } as IpcResponse<C>;
}
