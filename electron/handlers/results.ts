/** The failure shape every IPC response shares (shared/ipc.ts `failure`). */
export type Failure = { ok: false; canceled: boolean; reason: string };

export const canceled: Failure = { ok: false, canceled: true, reason: 'canceled' };
export const failed = (reason: string): Failure => ({ ok: false, canceled: false, reason });
export const succeeded = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/**
 * Bytes that cross IPC must own their whole buffer: Node's small Buffers are slices of a shared 8 KiB pool, and
 * structured clone copies the whole backing buffer, which would hand the renderer unrelated memory.
 */
export function ownedBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer)
    ? bytes
    : new Uint8Array(bytes); // copies; Buffer#slice would share memory
}
