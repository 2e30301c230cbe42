import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { watchOffline } from './offline';

const root = resolve(import.meta.dirname, '../..');
const fixtures = resolve(root, '../shared/fixtures');

test('previews a file before import, lets the user correct it, and reports what the import did', async ({ page, baseURL }) => {
  const offline = watchOffline(page, baseURL!);
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Study' }).getByRole('button', { name: /^Import/ }).click();
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles([resolve(fixtures, 'grafana-csv/excel-bom-sep-line.csv'), resolve(fixtures, 'nab/realTraffic/speed_7578.csv')]);

  const preview = page.getByLabel('Preview of excel-bom-sep-line.csv');
  await expect(preview.getByRole('combobox', { name: 'Format' })).toContainText('Detected: Grafana panel CSV export');
  await expect(preview.getByText(/Default: UTC/)).toBeVisible();
  const columns = preview.getByRole('table', { name: 'Column mapping' });
  await expect(columns.getByLabel('Role of column Time')).toHaveValue('time');
  const series = preview.getByRole('table', { name: 'Series to be created' });
  await expect(series.getByRole('row')).toHaveCount(5);

  // Ignoring a column removes its series from the preview; a unit typed for a series is kept.
  await columns.getByLabel('Role of column C.Kitchen_temp').selectOption('ignore');
  await expect(series.getByRole('row')).toHaveCount(4);
  await series.getByLabel('Unit of C.Gas_boiler_supply').fill('°C');

  // The second file: NAB times have no offset, so the zone the user picks applies.
  await page.getByRole('navigation', { name: 'Files to import' }).getByRole('button', { name: 'speed_7578.csv' }).click();
  const nab = page.getByLabel('Preview of speed_7578.csv');
  await nab.getByLabel('Time zone for times without an offset').fill('America/New_York');
  await expect(nab.getByText(/times without an offset read in America\/New_York/)).toBeVisible();

  await nab.getByRole('button', { name: 'Import 2 files' }).click();
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByLabel('Report for excel-bom-sep-line.csv')).toContainText('3 series');
  await expect(report.getByLabel('Report for speed_7578.csv')).toContainText('1 series, 1,127 points');

  await report.getByLabel('Report for speed_7578.csv').getByRole('button', { name: 'Show in Data' }).click();
  await expect(page.getByRole('table', { name: 'Series' })).toContainText('C.Gas_boiler_supply');
  offline.assertNone();
});
