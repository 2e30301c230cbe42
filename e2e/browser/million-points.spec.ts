import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const POINTS = 1_000_000;

/** A million 15-second samples of a daily wave, written the way a monitoring export writes them. */
function millionPointCsv(): string {
  const dir = mkdtempSync(join(tmpdir(), 'headroom-e2e-'));
  const path = join(dir, 'million.csv');
  const start = Date.UTC(2026, 0, 1);
  const lines = ['timestamp,requests_per_second'];
  for (let i = 0; i < POINTS; i++) lines.push(`${(start + i * 15_000) / 1000},${(400 + 250 * Math.sin((2 * Math.PI * i) / 5760)).toFixed(2)}`);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

test.describe.configure({ timeout: 120_000 });

test('imports a million-point series with a progress bar, charts it downsampled, and zooms', async ({ page }) => {
  const file = millionPointCsv();
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('progressbar', { name: 'Importing million.csv' })).toBeVisible();
  // The UI thread stays free while the worker parses: switching views still answers.
  await page.getByRole('navigation', { name: 'Study' }).getByRole('button', { name: /^Data/ }).click();

  const figure = page.getByRole('figure', { name: /Selected series: requests_per_second/ });
  await expect(figure).toHaveAttribute('aria-label', /1,000,000 of 1,000,000 points in view, drawn as \d{3,4}$/, { timeout: 60_000 });

  const handle = page.locator('.recharts-brush-traveller').first();
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 400, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(figure).not.toHaveAttribute('aria-label', /1,000,000 of 1,000,000/);
  const label = (await figure.getAttribute('aria-label'))!;
  const inView = Number(/; ([\d,]+) of/.exec(label)![1]!.replace(/,/g, ''));
  expect(inView).toBeGreaterThan(0);
  expect(inView).toBeLessThan(POINTS);
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect(figure).toHaveAttribute('aria-label', /1,000,000 of 1,000,000/);
});

test('cancelling an import leaves the study exactly as it was', async ({ page }) => {
  const file = millionPointCsv();
  await page.goto('/');
  const table = page.getByRole('table', { name: 'Series' });
  await expect(table.getByRole('row')).toHaveCount(4);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Importing million.csv: canceled' })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  // The engine comes back after a cancel: the next import works.
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await again).setFiles(file);
  await expect(table.getByRole('row')).toHaveCount(5, { timeout: 60_000 });
});
