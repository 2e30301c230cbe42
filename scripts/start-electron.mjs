/* global process, console -- a Node script; the lint config gives .mjs files no environment */
// `npm start`: build the web renderer and the Electron bundles, then launch the desktop app (on the bundled demo
// study, or on a .headroom file given as an argument: `npm start -- path/to/study.headroom`).
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';
import { electronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const NO_ELECTRON =
  'Electron could not be downloaded on this machine; run `npm run web` to use Headroom in your browser';

const web = spawnSync(bin('vite'), ['build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (web.status !== 0) {
  console.error('headroom: the web build (vite build) failed; see above.');
  process.exit(web.status ?? 1);
}
await buildElectron();

let electron = electronBinary();
if (!electron.ok) {
  // npm 11 does not run install scripts unless approved, so the binary download may simply never have been tried.
  console.error(`headroom: ${electron.reason}; trying to download it once (node node_modules/electron/install.js)…`);
  const install = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], { cwd: root, stdio: 'inherit', timeout: 180_000 });
  electron = install.status === 0 ? electronBinary() : electron;
}
if (!electron.ok) {
  console.error(NO_ELECTRON);
  process.exit(1);
}

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // set by some tools; it would start Electron as plain Node
const child = spawn(electron.path, [path.join(root, 'dist-electron', 'main.cjs'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
