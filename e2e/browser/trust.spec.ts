import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { decodeWorkspace } from '../../models/workspace/codec';
import { WORKSPACE_FORMAT_VERSION } from '../../shared/workspace';
import { watchOffline } from './offline';

/** Nothing lost, nothing leaked, nothing rendered that an incident log smuggled in. */

const fixtures = resolve(import.meta.dirname, '../../../shared/fixtures');
const nabFile = resolve(fixtures, 'nab/realKnownCause/ec2_request_latency_system_failure.csv');
const v1Study = resolve(import.meta.dirname, '../../models/workspace/fixtures/study-v1.headroom');
const scratch = mkdtempSync(join(tmpdir(), 'headroom-trust-'));

/** Distinct timestamps of the NAB file, counted without the app (it repeats some across a DST change). */
const nabPoints = new Set(
  readFileSync(nabFile, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(',')[0]),
).size;

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();
}

async function importFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(path);
}

async function openWorkspaceFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(path);
}

/** The recovery slot as the browser host keeps it (IndexedDB "headroom"/"recovery"/"latest"), decoded outside the app. */
async function recoverySlot(page: Page): Promise<string[] | null> {
  const base64 = await page.evaluate(
    () =>
      new Promise<string | null>((done) => {
        const open = indexedDB.open('headroom', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('recovery');
        open.onerror = () => done(null);
        open.onsuccess = () => {
          const request = open.result.transaction('recovery', 'readonly').objectStore('recovery').get('latest');
          request.onsuccess = () => {
            open.result.close();
            const value: unknown = request.result;
            if (!(value instanceof Uint8Array)) return done(null);
            let binary = '';
            for (let i = 0; i < value.length; i += 0x8000)
              binary += String.fromCharCode(...value.subarray(i, i + 0x8000));
            done(btoa(binary));
          };
          request.onerror = () => done(null);
        };
      }),
  );
  if (base64 === null) return null;
  const outcome = decodeWorkspace(new Uint8Array(Buffer.from(base64, 'base64')));
  if (!outcome.ok) throw new Error(`the autosave does not decode: ${outcome.reason}`);
  return outcome.workspace.series.map((s) => `${s.name}:${s.t.length}`);
}

const seriesTable = (page: Page) => page.getByRole('table', { name: 'Series' });
const importedRow = (page: Page) => seriesTable(page).getByRole('row', { name: /value/ });
const imported = `value:${nabPoints}`;

test('autosaves an import, and after an unclean exit offers it back and restores it', async ({ page, baseURL }) => {
  const offline = watchOffline(page, baseURL!);
  await openApp(page);
  expect(await recoverySlot(page)).toBeNull();
  await importFile(page, nabFile);
  await expect(importedRow(page)).toContainText(nabPoints.toLocaleString('en-US'));
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  // The autosave lands a moment after the edit; wait for it in the store itself, not on a clock.
  await expect.poll(() => recoverySlot(page), { timeout: 15_000 }).toContain(imported);

  // Reloading without saving is what a crash or a killed tab leaves behind.
  await page.reload();
  const offer = page.getByRole('alertdialog');
  await expect(offer).toContainText('Headroom closed before your last changes were saved.');
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();
  await expect(importedRow(page)).toHaveCount(0);
  await offer.getByRole('button', { name: 'Restore unsaved work' }).click();
  await expect(offer).toBeHidden();
  await expect(importedRow(page)).toContainText(nabPoints.toLocaleString('en-US'));
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  offline.assertNone();
});

test('a damaged autosave is reported when restored, and the study on screen stays', async ({ page, baseURL }) => {
  const offline = watchOffline(page, baseURL!);
  await openApp(page);
  // What a crash in the middle of an IndexedDB write could leave: the first bytes of a workspace.
  const partial = [...readFileSync(v1Study).subarray(0, 700)];
  await page.evaluate(
    (bytes) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('headroom', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('recovery');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('recovery', 'readwrite');
          tx.objectStore('recovery').put(Uint8Array.from(bytes), 'latest');
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
        };
      }),
    partial,
  );
  await page.reload();
  const offer = page.getByRole('alertdialog');
  await offer.getByRole('button', { name: 'Restore unsaved work' }).click();
  await expect(page.getByRole('alert')).toContainText('The recovered work could not be read');
  await expect(offer).toBeHidden();
  await expect(seriesTable(page)).toContainText('http_requests');
  offline.assertNone();
});

test('undo and redo keep working across autosaves, and the autosave follows them', async ({ page, baseURL }) => {
  const offline = watchOffline(page, baseURL!);
  await openApp(page);
  await importFile(page, nabFile);
  await expect(importedRow(page)).toBeVisible();
  await expect.poll(() => recoverySlot(page), { timeout: 15_000 }).toContain(imported);

  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toHaveAttribute('title', /Undo Import ec2_request_latency_system_failure\.csv/);
  await undo.click();
  await expect(importedRow(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(importedRow(page)).toContainText(nabPoints.toLocaleString('en-US'));

  // A second edit after the autosave: both steps stay on the undo stack.
  await importFile(page, nabFile);
  await expect(importedRow(page)).toHaveCount(2);
  await expect
    .poll(async () => (await recoverySlot(page))?.filter((s) => s === imported).length, { timeout: 15_000 })
    .toBe(2);
  await page.keyboard.press('Control+z');
  await expect(importedRow(page)).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(importedRow(page)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(importedRow(page)).toHaveCount(1);
  // The autosave follows the study back to one import.
  await expect
    .poll(async () => (await recoverySlot(page))?.filter((s) => s === imported).length, { timeout: 15_000 })
    .toBe(1);
  offline.assertNone();
});

test('shows HTML and script in incident messages and import reports as text, never as markup', async ({
  page,
  baseURL,
}) => {
  const offline = watchOffline(page, baseURL!);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const hostile = 'Checkout down <img src=x onerror=alert(1)> see <script>alert(2)</script>';
  const link = 'ack <b>bold</b> & <a href="javascript:alert(3)">link</a>';
  const file = join(scratch, 'hostile-events.csv');
  writeFileSync(
    file,
    [
      'timestamp,source,kind,message',
      `2025-11-28T09:00:00Z,pagerduty,alert,"${hostile}"`,
      `2025-11-28T09:04:00Z,slack,acknowledgement,"${link.replaceAll('"', '""')}"`,
      '2025-11-28T09:20:00Z,pagerduty,resolution,"resolved =HYPERLINK(""http://x"",""y"")"',
    ].join('\n') + '\n',
  );
  // A metric file whose unreadable timestamp carries markup: the import report quotes the cell in its reason.
  const metrics = join(scratch, 'hostile-metrics.csv');
  const good = Array.from({ length: 10 }, (_, i) => `2025-11-28T09:${String(i).padStart(2, '0')}:00Z,${120 + i}`);
  writeFileSync(
    metrics,
    ['timestamp,checkout_rps', ...good.slice(0, 5), '<img src=x onerror=alert(4)>,130', ...good.slice(5)].join('\n') +
      '\n',
  );
  await openApp(page);
  await importFile(page, metrics);
  await expect(page.getByRole('cell', { name: /<img src=x onerror=alert\(4\)>/ })).toBeVisible();
  await importFile(page, file);
  await page
    .getByRole('navigation', { name: 'Study' })
    .getByRole('button', { name: /^Incidents/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Incidents', level: 1 })).toBeVisible();
  await expect(page.getByText(hostile, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(link, { exact: true }).first()).toBeVisible();
  await expect(page.getByText('resolved =HYPERLINK("http://x","y")', { exact: true }).first()).toBeVisible();

  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'bold').length,
    links: document.querySelectorAll('a[href^="javascript:"]').length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('alert(2)')).length,
  }));
  expect(injected).toEqual({ images: 0, bold: 0, links: 0, scripts: 0 });
  expect(dialogs).toEqual([]);
  offline.assertNone();
});

test('refuses a truncated workspace, one from a newer Headroom and one claiming a terabyte, keeping the open study', async ({
  page,
  baseURL,
}) => {
  const offline = watchOffline(page, baseURL!);
  const v1 = readFileSync(v1Study);
  const truncated = join(scratch, 'truncated.headroom');
  writeFileSync(truncated, v1.subarray(0, Math.floor(v1.length * 0.6)));
  const entries = unzipSync(v1);
  const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as Record<string, unknown>;
  entries['manifest.json'] = strToU8(JSON.stringify({ ...manifest, version: 99 }));
  const newer = join(scratch, 'from-the-future.headroom');
  writeFileSync(newer, zipSync(entries));
  const series = manifest['series'] as Record<string, unknown>[];
  entries['manifest.json'] = strToU8(
    JSON.stringify({ ...manifest, series: series.map((s) => ({ ...s, points: 2 ** 37 })) }),
  );
  const bomb = join(scratch, 'terabyte.headroom');
  writeFileSync(bomb, zipSync(entries));

  await openApp(page);
  await importFile(page, nabFile);
  await expect(importedRow(page)).toBeVisible();

  await openWorkspaceFile(page, truncated);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('truncated.headroom could not be opened');
  await expect(alert).toContainText(/damaged|not a Headroom workspace/);
  await expect(seriesTable(page)).toContainText('http_requests');
  await expect(importedRow(page)).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await alert.getByRole('button', { name: /^Dismiss/ }).click();

  await openWorkspaceFile(page, newer);
  await expect(page.getByRole('alert')).toContainText(
    `format version 99; this Headroom reads versions up to ${WORKSPACE_FORMAT_VERSION}`,
  );
  await expect(importedRow(page)).toBeVisible();
  await page
    .getByRole('alert')
    .getByRole('button', { name: /^Dismiss/ })
    .click();

  // A manifest claiming a terabyte of points is refused from its declared sizes, before any block is read.
  await openWorkspaceFile(page, bomb);
  await expect(page.getByRole('alert')).toContainText('MiB of series data, more than the 1024 MiB Headroom opens');
  await expect(importedRow(page)).toBeVisible();

  // And the committed version-1 study opens, with its three series.
  await openWorkspaceFile(page, v1Study);
  await expect(seriesTable(page)).toContainText('latency_p95');
  await expect(seriesTable(page).getByRole('row')).toHaveCount(4);
  offline.assertNone();
});

test('makes no request outside its origin and loads no remote fonts or stylesheets', async ({ page, baseURL }) => {
  const offline = watchOffline(page, baseURL!);
  await openApp(page);
  for (const view of ['Data', 'Capacity', 'SLOs', 'Incidents', 'Postmortems']) {
    const button = page
      .getByRole('navigation', { name: 'Study' })
      .getByRole('button', { name: new RegExp(`^${view}`) });
    if ((await button.count()) > 0) await button.click();
  }
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() => ({
    origin: location.origin,
    resources: performance.getEntriesByType('resource').map((e) => e.name),
    stylesheets: [...document.styleSheets].map((s) => s.href),
    remoteInCss: [...document.styleSheets].flatMap((s) => {
      try {
        return [...s.cssRules]
          .map((r) => r.cssText)
          .filter(
            (t) => /url\(\s*["']?(?:https?:)?\/\//i.test(t) || /@import\s+(?:url\()?["']?(?:https?:)?\/\//i.test(t),
          );
      } catch {
        return [`unreadable stylesheet ${s.href ?? '(inline)'}`];
      }
    }),
    fontFaces: [...document.fonts].map((f) => `${f.family} ${f.status}`),
  }));
  expect(
    loaded.resources.filter(
      (url) => !url.startsWith(loaded.origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    ),
  ).toEqual([]);
  expect(loaded.stylesheets.filter((href) => href !== null && !href.startsWith(loaded.origin))).toEqual([]);
  expect(loaded.remoteInCss).toEqual([]);
  // Any font face the app declares must come from its own files (checked through the resources above).
  expect(loaded.fontFaces.filter((f) => f.endsWith('error'))).toEqual([]);
  offline.assertNone();
});

// Known defect, reported to the lead (renderer/app/useAutosave.ts): when undo brings the study back to its saved
// state, the autosave is left holding the undone edit, so the next start offers to "restore" work the user took back.
test('offers nothing after the user undoes back to the saved study and the app closes', async ({ page }) => {
  await openApp(page);
  await importFile(page, nabFile);
  await expect(importedRow(page)).toBeVisible();
  await expect.poll(() => recoverySlot(page), { timeout: 15_000 }).toContain(imported);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(importedRow(page)).toHaveCount(0);
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0, { timeout: 3000 });
});

test('refuses empty, binary and 2 GB files imported in the app with a reason each, keeping the study', async ({
  page,
  baseURL,
}) => {
  const offline = watchOffline(page, baseURL!);
  const empty = join(scratch, 'empty.csv');
  writeFileSync(empty, '');
  const binary = join(scratch, 'random.csv');
  writeFileSync(binary, randomBytes(64 * 1024));
  const huge = join(scratch, 'huge.csv');
  writeFileSync(huge, 'timestamp,value\n2025-11-28T09:00:00Z,1\n');
  truncateSync(huge, 2 * 2 ** 30); // sparse: 2 GB of NUL after a header, a few bytes on disk
  try {
    await openApp(page);
    await importFile(page, nabFile);
    await expect(importedRow(page)).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles([empty, binary, huge]);
    const alerts = page.getByRole('alert');
    await expect(alerts.filter({ hasText: 'empty.csv was not imported' })).toContainText('empty');
    await expect(alerts.filter({ hasText: 'random.csv was not imported' })).toContainText('binary');
    await expect(alerts.filter({ hasText: 'huge.csv was not imported' })).toContainText('binary', { timeout: 30_000 });
    await expect(seriesTable(page)).toContainText('http_requests');
    await expect(importedRow(page)).toContainText(nabPoints.toLocaleString('en-US'));
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(importedRow(page)).toHaveCount(0);
  } finally {
    rmSync(huge, { force: true });
  }
  offline.assertNone();
});

test.describe('a 2 GB file opened as a workspace in the browser', () => {
  const huge = join(scratch, 'huge.headroom');
  test.beforeAll(() => {
    writeFileSync(huge, '');
    truncateSync(huge, 2 * 2 ** 30); // sparse
  });
  test.afterAll(() => rmSync(huge, { force: true }));

  async function openHuge(page: Page) {
    await openApp(page);
    await openWorkspaceFile(page, huge);
    await expect(page.getByRole('alert')).toContainText('Could not open the file');
  }

  test('is refused and the study stays', async ({ page }) => {
    await openHuge(page);
    await expect(seriesTable(page)).toContainText('http_requests');
  });

  // Known defect, reported to the lead (renderer/host/browser.ts): the browser host reads the whole file with
  // File.arrayBuffer() and shows Chromium's NotReadableError ("could not be read, typically due to permission
  // problems"), where Electron's main names the size (handlers/workspace-files.ts, MAX_WORKSPACE_BYTES).
  test('says the file is too large rather than blaming permissions', async ({ page }) => {
    await openHuge(page);
    await expect(page.getByRole('alert')).toContainText(/GiB|too large|larger than/, { timeout: 3000 });
  });
});
