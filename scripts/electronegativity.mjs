/* global process, console -- a Node script; the lint config gives .mjs files no environment */
// Runs Doyensec's Electronegativity (https://github.com/doyensec/electronegativity) on the Electron code and the
// page it loads, and fails on any finding of LOW severity or above that scripts/electronegativity-accepted.json
// does not justify. Usage: node scripts/electronegativity.mjs
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = require('@doyensec/electronegativity');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const { accepted } = JSON.parse(readFileSync(path.join(root, 'scripts', 'electronegativity-accepted.json'), 'utf8'));

// Scan what ships: electron/ without its tests (their hostile sample URLs are not app code) and the renderer's
// index.html, whose <meta> CSP the global CSP check looks for.
const scan = mkdtempSync(path.join(os.tmpdir(), 'headroom-electronegativity-'));
const shipped = (name) => !/\.(test|bench)\.ts$/.test(name) && name !== 'test-support';
function copyTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (!shipped(entry.name)) continue;
    if (entry.isDirectory()) copyTree(path.join(from, entry.name), path.join(to, entry.name));
    else if (/\.(ts|js|cjs|mjs)$/.test(entry.name)) cpSync(path.join(from, entry.name), path.join(to, entry.name));
  }
}
copyTree(path.join(root, 'electron'), path.join(scan, 'electron'));
if (existsSync(path.join(root, 'renderer', 'index.html'))) cpSync(path.join(root, 'renderer', 'index.html'), path.join(scan, 'index.html'));

let result;
try {
  result = await run(
    {
      input: scan,
      electronVersionOverride: electronVersion,
      isRelative: true,
      customScan: [],
      // This check downloads Electron's release list; the test suite makes no network requests.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    },
    false,
  );
} finally {
  rmSync(scan, { recursive: true, force: true });
}

const SEVERITY_FLOOR = 1; // LOW; INFORMATIONAL findings are printed, not failed on
const matches = (entry, issue) => entry.check === issue.id && entry.file === issue.file && (entry.sample === '*' || entry.sample === String(issue.sample ?? '').trim());
const used = new Set();
const failures = [];
for (const issue of result.issues) {
  const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
  const entry = accepted.find((e) => matches(e, issue));
  if (entry) {
    used.add(entry);
    console.log(`accepted  ${issue.id} (${issue.severity.name}) ${where}: ${entry.why}`);
  } else if (issue.severity.value < SEVERITY_FLOOR) {
    console.log(`note      ${issue.id} (${issue.severity.name}) ${where}: ${issue.description}`);
  } else {
    failures.push(`${issue.id} (${issue.severity.name}, ${issue.confidence.name}) ${where}: ${issue.description} — ${issue.shortenedURL ?? ''}`);
  }
}
for (const entry of accepted) if (!used.has(entry)) failures.push(`stale justification: ${entry.check} in ${entry.file} no longer occurs; remove it from scripts/electronegativity-accepted.json`);
for (const error of result.errors ?? []) failures.push(`could not parse ${error.file}: ${error.message ?? error}`);

console.log(`Electronegativity ${result.atomicChecks} atomic + ${result.globalChecks} global checks on Electron ${electronVersion}: ${result.issues.length} findings, ${failures.length} not accepted`);
if (failures.length > 0) {
  for (const f of failures) console.error(`FAIL ${f}`);
  process.exit(1);
}
