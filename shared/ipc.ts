import { z } from 'zod';
import type { IpcChannelName } from './ipc-channels';

/**
 * The one table of IPC channels between renderer and main. The preload exposes exactly these names
 * (ipcChannelNames) and main registers exactly these handlers, validating every request with its schema.
 */
const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected bytes (Uint8Array)');
const handle = z.string().min(1).max(200);
const failure = z.object({ ok: z.literal(false), canceled: z.boolean(), reason: z.string() });
const success = <T extends z.ZodType>(value: T) => z.union([z.object({ ok: z.literal(true), value }), failure]);

export const ipcContract = {
  'workspace:open': {
    request: z.object({}).strict(),
    response: success(z.object({ handle, name: z.string(), bytes })),
  },
  'workspace:save': {
    request: z.object({ handle: handle.nullable(), suggestedName: z.string().max(255), bytes }).strict(),
    response: success(z.object({ handle, name: z.string() })),
  },
  'file:pick-import': {
    request: z.object({}).strict(),
    response: success(z.array(z.object({ handle, name: z.string(), size: z.number().nonnegative() }))),
  },
  'file:read': {
    request: z.object({ handle, offset: z.number().int().nonnegative(), length: z.number().int().positive().max(16 << 20) }).strict(),
    response: success(bytes),
  },
  'file:export': {
    request: z.object({ suggestedName: z.string().max(255), mime: z.string().max(100), bytes }).strict(),
    response: success(z.object({ name: z.string() })),
  },
  'recovery:write': {
    request: z.object({ bytes: bytes.nullable() }).strict(),
    response: success(z.null()),
  },
  'recovery:read': {
    request: z.object({}).strict(),
    response: success(bytes.nullable()),
  },
  // Prints the window showing the Report view; title and study label the running header (escaped in main).
  'report:pdf': {
    request: z.object({ suggestedName: z.string().max(255), paper: z.enum(['A4', 'Letter']), title: z.string().max(500), study: z.string().max(500), generatedAt: z.number() }).strict(),
    response: success(z.object({ name: z.string() })),
  },
  // `satisfies` fails to compile if a channel of ipc-channels.ts (what the preload allows) is missing here or extra.
} as const satisfies Record<IpcChannelName, { request: z.ZodType; response: z.ZodType }>;

export type IpcChannel = keyof typeof ipcContract;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['response']>;

export const ipcChannelNames = Object.keys(ipcContract) as IpcChannel[];

export { IPC_CHANNELS, MENU_CHANNEL, MENU_COMMANDS } from './ipc-channels';

/** What the preload puts on `window.headroom`: a generic invoke limited to the table's channels. */
export interface PreloadBridge {
  invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>>;
  onMenuCommand(listener: (command: string) => void): () => void;
}
