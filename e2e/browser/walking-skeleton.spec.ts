import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { decodeWorkspace } from '../../models/workspace/codec';
import { watchOffline } from './offline';

const fixtures = resolve(import.meta.dirname, '../../../shared/fixtures');
const nabFile = resolve(fixtures, 'nab/realKnownCause/ec2_request_latency_system_failure.csv');

/** Rows and distinct timestamps of a NAB file, counted independently of the app (it has DST repeats). */
function nabCounts(path: string): { rows: number; distinct: number } {
  const rows = readFileSync(path, 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim() !== '');
  return { rows: rows.length, distinct: new Set(rows.map((l) => l.split(',')[0])).size };
}

test('opens the demo study with its traffic chart', async ({ page, baseURL }) => {
  const offline = watchOffline(page, baseURL!);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Data' })).toBeVisible();
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Series' })).toContainText('20,160');
  offline.assertNone();
});

test('imports a NAB file, charts every point, saves, and reopens identical data after a reload', async ({ page, baseURL }) => {
  const offline = watchOffline(page, baseURL!);
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(nabFile);

  const { rows, distinct: expected } = nabCounts(nabFile);
  const figure = page.getByRole('figure', { name: /Selected series: value/ });
  await expect(figure).toBeVisible();
  await expect(figure).toHaveAttribute('aria-label', new RegExp(`${expected.toLocaleString('en-US')} of ${expected.toLocaleString('en-US')} points in view`));
  const table = page.getByRole('table', { name: 'Series' });
  const row = table.getByRole('row', { name: /value/ });
  await expect(row).toContainText(expected.toLocaleString('en-US'));
  const before = await row.innerText();
  await expect(page.getByText(`merged ${rows - expected} duplicate timestamps`)).toBeAttached();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = await (await download).path();
  expect(saved).toBeTruthy();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();
  const opener = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await opener).setFiles(saved);
  const reopened = page.getByRole('table', { name: 'Series' }).getByRole('row', { name: /value/ });
  await expect(reopened).toBeVisible();
  expect(await reopened.innerText()).toBe(before);
  await expect(page.getByRole('table', { name: 'Series' }).getByRole('row')).toHaveCount(5); // header + 3 demo series + the import

  // Save the reopened study again and compare every number of both files, decoded outside the app.
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save As…' }).click();
  const first = decodeWorkspace(readFileSync(saved!));
  const second = decodeWorkspace(readFileSync((await (await again).path())!));
  if (!first.ok || !second.ok) throw new Error('a saved file did not decode');
  const imported = first.workspace.series.find((s) => s.name === 'value')!;
  expect(imported.t.length).toBe(expected);
  expect(second.workspace.series.map((s) => [s.name, [...s.t], [...s.v]])).toEqual(first.workspace.series.map((s) => [s.name, [...s.t], [...s.v]]));
  offline.assertNone();
});

test('refuses a file that is not a workspace, with a clear error, keeping the open study', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();
  const opener = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await opener).setFiles(nabFile);
  await expect(page.getByRole('alert')).toContainText('not a Headroom workspace');
  await expect(page.getByRole('table', { name: 'Series' })).toContainText('http_requests');
});
