import { expect, test } from '@playwright/test';
import { watchOffline } from './offline';

test('forecasts the demo traffic with its track record in plain words, compares models, and plans the next sale', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const offline = watchOffline(page, baseURL!);
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: 'Study' }).getByRole('button', { name: /^Forecast/ }).click();
  await expect(page.getByRole('heading', { name: 'Forecast', level: 1 })).toBeVisible();

  // The chosen model says how far off it was on the backtest, and the chart shows the forecast band.
  await expect(page.getByLabel('Forecast accuracy')).toContainText(/was off by \d+ % on average/, { timeout: 90_000 });
  await expect(page.getByRole('figure', { name: /Forecast of http_requests/ })).toBeVisible();
  const table = page.getByRole('table', { name: 'Model comparison on the backtest' });
  await expect(table).toContainText('Seasonal naive (same time yesterday)');
  await expect(table).toContainText('chosen');

  // The demo's Black Friday scenario learns the past sale (3.5× in the generated data) and gives a peak with an interval.
  const peak = page.getByLabel('Expected sale peak');
  await expect(peak).toContainText(/Expected peak [\d.,k]+ req\/s/, { timeout: 90_000 });
  await expect(peak).toContainText(/3\.[4-6]\d?× the baseline \(learned from past sales\)/);
  await expect(page.getByRole('figure', { name: /Sale scenario Black Friday flash sale/ })).toBeVisible();

  // Giving a multiplier overrides the learned one.
  await page.getByLabel('Peak multiplier (blank: learned)').fill('5');
  await expect(peak).toContainText('5.00× the baseline (as given)', { timeout: 90_000 });
  offline.assertNone();
});
