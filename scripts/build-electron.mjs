/* global process, console -- a Node script; the lint config gives .mjs files no environment */
// Bundles the Electron main process, the sandboxed preload and the headless CLI into dist-electron/ with esbuild.
// CommonJS because Electron's sandboxed preloads must be CommonJS (and main loads faster without an ESM loader).
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true,
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  external: ['electron'],
};

/** @param {string} outdir where the bundles go (electron/bundles.test.ts builds into a temporary folder) */
export async function buildElectron(outdir = path.join(root, 'dist-electron')) {
  await Promise.all([
    build({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(outdir, 'main.cjs'), platform: 'node', target: 'node22' }),
    // platform 'browser': a sandboxed preload has no Node built-ins, so esbuild must fail on any that sneak in.
    build({ ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(outdir, 'preload.cjs'), platform: 'browser', target: 'chrome130' }),
    build({
      ...common,
      entryPoints: ['electron/cli.ts'],
      outfile: path.join(outdir, 'cli.cjs'),
      platform: 'node',
      target: 'node20',
      banner: { js: '#!/usr/bin/env node' },
      // `headroom report` prints PDFs through Playwright's Chromium (electron/node/render-pdf.ts); Playwright locates
      // its own files at run time, so it stays a runtime dependency rather than being bundled.
      external: ['electron', '@playwright/test', 'playwright', 'playwright-core'],
    }),
  ]);
  // `bin.headroom` in package.json points here; npm links it executable, a plain checkout needs the bit set.
  await chmod(path.join(outdir, 'cli.cjs'), 0o755);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildElectron();
  console.log('built dist-electron/main.cjs, preload.cjs, cli.cjs');
}
