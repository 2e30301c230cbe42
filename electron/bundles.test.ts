import { spawnSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Builds the real bundles with scripts/build-electron.mjs (what `npm run build` runs) into a temporary folder.
const root = path.resolve(import.meta.dirname, '..');
let outdir: string;
beforeAll(async () => {
  outdir = await fsp.mkdtemp(path.join(os.tmpdir(), 'headroom-bundles-'));
  const script = pathToFileURL(path.join(root, 'scripts', 'build-electron.mjs')).href;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `import { buildElectron } from ${JSON.stringify(script)}; await buildElectron(${JSON.stringify(outdir)});`], {
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
afterAll(async () => {
  await fsp.rm(outdir, { recursive: true, force: true });
});

const requiresOf = (code: string): Set<string> => new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('the Electron bundles', () => {
  it('make the preload a small CommonJS file that requires nothing but electron, so it runs sandboxed', async () => {
    const preload = await fsp.readFile(path.join(outdir, 'preload.cjs'), 'utf8');
    expect([...requiresOf(preload)]).toEqual(['electron']);
    expect(preload).not.toMatch(/\bzod\b|import\s|export\s/);
    expect(preload.length).toBeLessThan(20_000);
    expect(preload).toMatch(/exposeInMainWorld\(\s*"headroom"/);
  });

  it('make main need only electron and Node built-ins, since the package ships no node_modules', async () => {
    const main = await fsp.readFile(path.join(outdir, 'main.cjs'), 'utf8');
    const foreign = [...requiresOf(main)].filter((m) => m !== 'electron' && !builtins.has(m));
    expect(foreign).toEqual([]);
  });

  it('make the CLI an executable Node script needing no node_modules but Playwright (for PDF reports)', async () => {
    const cli = path.join(outdir, 'cli.cjs');
    const code = await fsp.readFile(cli, 'utf8');
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect((await fsp.stat(cli)).mode & 0o111).not.toBe(0);
    expect([...requiresOf(code)].filter((m) => !builtins.has(m) && m !== '@playwright/test')).toEqual([]);
    // Playwright is resolved from the project's node_modules, as for an installed CLI's dependencies.
    const env = { ...process.env, NODE_PATH: path.join(root, 'node_modules') };
    const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8', cwd: os.tmpdir(), env });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage:');
  });
});
