/**
 * What the handlers need from the native dialogs, as plain functions returning the chosen path(s) or null when
 * the user cancels. main.ts implements it with Electron's `dialog`; tests pass functions returning temp paths.
 */
export interface DialogPort {
  chooseWorkspaceToOpen(): Promise<string | null>;
  chooseWorkspaceSaveTarget(suggestedName: string): Promise<string | null>;
  chooseImportFiles(): Promise<string[] | null>;
  chooseExportTarget(suggestedName: string, mime: string): Promise<string | null>;
}

const EXPORT_TYPES: Record<string, { name: string; extensions: string[] }> = {
  'application/pdf': { name: 'PDF document', extensions: ['pdf'] },
  'text/markdown': { name: 'Markdown', extensions: ['md'] },
  'text/html': { name: 'Web page', extensions: ['html'] },
  'application/json': { name: 'JSON', extensions: ['json'] },
  'text/csv': { name: 'CSV', extensions: ['csv'] },
  'application/yaml': { name: 'YAML', extensions: ['yaml', 'yml'] },
  'text/yaml': { name: 'YAML', extensions: ['yaml', 'yml'] },
  'image/png': { name: 'PNG image', extensions: ['png'] },
  'image/svg+xml': { name: 'SVG image', extensions: ['svg'] },
};

/** The save dialog's file-type filter for an export's MIME type (unknown types fall back to "All files"). */
export function exportFilters(mime: string): { name: string; extensions: string[] }[] {
  const known = EXPORT_TYPES[mime.split(';')[0]!.trim().toLowerCase()];
  return known ? [known, { name: 'All files', extensions: ['*'] }] : [{ name: 'All files', extensions: ['*'] }];
}

export const WORKSPACE_EXTENSION = 'headroom';
export const IMPORT_EXTENSIONS = ['csv', 'tsv', 'json', 'ndjson', 'jsonl', 'txt', 'log'];

/**
 * A name the renderer suggests, made safe to offer as a default file name: no folders, no characters Windows
 * or macOS refuse, no leading dots (hidden files), bounded length. It is only a suggestion the user can edit.
 */
export function safeFileName(suggested: string, fallback: string): string {
  const cleaned = Array.from(suggested, (ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || '\\/:*?"<>|'.includes(ch) ? '-' : ch))
    .join('')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 200);
  return cleaned === '' ? fallback : cleaned;
}

/** Save dialogs on Linux do not add the extension of the chosen filter; add it so the file association works. */
export function withExtension(file: string, extension: string): string {
  return file.toLowerCase().endsWith(`.${extension}`) ? file : `${file}.${extension}`;
}
