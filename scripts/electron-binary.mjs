// Where the Electron binary is, if it is installed: node_modules/electron/index.js exports its path and throws
// when the package's install step (which downloads the binary) never ran or failed.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Called again after an install attempt: a require that threw is not cached, so index.js then runs again.
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }} */
export function electronBinary() {
  try {
    const binary = createRequire(import.meta.url)('electron');
    if (typeof binary !== 'string') return { ok: false, reason: 'the electron package did not give a binary path' };
    return existsSync(binary) ? { ok: true, path: binary } : { ok: false, reason: `the Electron binary ${binary} is missing` };
  } catch (err) {
    return { ok: false, reason: `node_modules/electron has no binary (${err instanceof Error ? err.message : String(err)})` };
  }
}
