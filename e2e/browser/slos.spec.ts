import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { watchOffline } from './offline';

const root = resolve(import.meta.dirname, '../..');

/** What `headroom slo --demo --json` says: the view must show the same figures. */
function cliDemo(): { name: string; budget: { consumed_fraction: number; allowed_minutes: number }; incidents: { budget_fraction: number }[] }[] {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'slo', '--demo', '--json'], { cwd: root, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { slos: ReturnType<typeof cliDemo> }).slos;
}

test('shows the demo study’s SLOs with the figures headroom slo prints, and prices an outage', async ({ page, baseURL }) => {
  const cli = cliDemo();
  const availability = cli.find((s) => s.name === 'Availability')!;
  const offline = watchOffline(page, baseURL!);
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Study' }).getByRole('button', { name: /^SLOs/ }).click();
  await expect(page.getByRole('heading', { name: 'SLOs', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Service level objectives' });
  await expect(table).toContainText('Checkout availability during the sale');
  await expect(table).toContainText('99.99 %');

  await table.getByRole('button', { name: 'Availability', exact: true }).click();
  await expect(page.getByText(`${(availability.budget.consumed_fraction * 100).toFixed(1)} %`, { exact: true })).toBeVisible();
  await expect(page.getByText(`${availability.budget.allowed_minutes.toFixed(1)} min of full outage`)).toBeVisible();
  await expect(page.getByRole('figure', { name: /Error budget remaining — Availability/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Alerts that would have fired' })).toContainText('page');
  // The sale-day incident from the study's incident log, priced as the CLI prices it.
  await expect(page.getByRole('table', { name: 'Incident cost' })).toContainText(`${(availability.incidents[0]!.budget_fraction * 100).toFixed(1)} %`);

  // The example: 30 minutes for 60 % of users at 99.9 % over 30 days is 18 ÷ 43.2 = 42 % of the budget.
  await page.getByLabel('Outage length').fill('30');
  await page.getByLabel('Users affected').fill('60');
  await expect(page.getByRole('status').filter({ hasText: 'outage' })).toContainText('uses 42 % of the budget');
  offline.assertNone();
});
