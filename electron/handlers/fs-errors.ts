import * as path from 'node:path';

/** Node's system errors carry a POSIX code (`ENOSPC`, `EROFS`…); anything else is reported by its message. */
export function errorCode(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return 'EUNKNOWN';
}

/**
 * A sentence a planner can act on for a failed write or read of `file`. The user's work stays open in the app
 * whenever a save fails, so the sentences say so and suggest the next step instead of quoting errno names.
 */
export function describeFsError(err: unknown, file: string, action: 'save' | 'read' | 'open'): string {
  const name = path.basename(file);
  const dir = path.dirname(file);
  const kept = action === 'save' ? ' Your work is still open in Headroom; save it somewhere else.' : '';
  switch (errorCode(err)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `There is not enough free space on the disk to ${action} "${name}".${kept}`;
    case 'EROFS':
      return `The folder "${dir}" is on a read-only disk, so "${name}" cannot be written.${kept}`;
    case 'EACCES':
    case 'EPERM':
      return `Headroom is not allowed to ${action} "${name}" in "${dir}" (permission denied).${kept}`;
    case 'ENOENT':
      return action === 'save' ? `The folder "${dir}" does not exist any more.${kept}` : `"${name}" does not exist any more.`;
    case 'ENOTDIR':
      return `"${dir}" is not a folder.${kept}`;
    case 'EISDIR':
      return `"${name}" is a folder, not a file.${kept}`;
    case 'ERR_FS_FILE_TOO_LARGE':
      return `"${name}" is too large to ${action}.`;
    default:
      return `Could not ${action} "${name}": ${err instanceof Error ? err.message : String(err)}.${kept}`;
  }
}
