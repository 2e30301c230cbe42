import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The Electron binary node_modules/electron points at, or why there is none (its index.js throws without path.txt). */
export function findElectronBinary(): { ok: true; path: string } | { ok: false; reason: string } {
  try {
    const binary: unknown = createRequire(import.meta.url)('electron');
    if (typeof binary !== 'string') return { ok: false, reason: 'require("electron") returned no binary path' };
    return existsSync(binary) ? { ok: true, path: binary } : { ok: false, reason: `the Electron binary ${binary} does not exist` };
  } catch (err) {
    const dist = createRequire(import.meta.url).resolve('electron').replace(/index\.js$/, 'dist/');
    return { ok: false, reason: `no Electron binary under ${dist} (${err instanceof Error ? err.message : String(err)})` };
  }
}
