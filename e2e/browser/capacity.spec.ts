import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { watchOffline } from './offline';

const root = resolve(import.meta.dirname, '../..');

interface CliPlan {
  tiers: { name: string; instances_needed: number | null }[];
  recommendations: { id: string; title: string }[];
}

/** What `headroom plan --demo --json` says: the view must show the same plan. */
function cliDemo(): CliPlan {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'plan', '--demo', '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as CliPlan;
}

test('shows the demo plan the CLI prints, re-plans on an edit, and undoes it', async ({ page, baseURL }) => {
  const cli = cliDemo();
  const offline = watchOffline(page, baseURL!);
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Study' })
    .getByRole('button', { name: /^Capacity/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Capacity', level: 1 })).toBeVisible();

  const tiers = page.getByRole('table', { name: 'Tiers' });
  for (const t of cli.tiers) {
    const row = tiers.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${t.name}`) }) });
    await expect(row.getByRole('cell').nth(1)).toContainText(String(t.instances_needed));
  }
  const list = page.getByRole('list', { name: 'Recommendations' });
  for (const r of cli.recommendations) await expect(list).toContainText(r.title);
  await expect(page.getByRole('figure', { name: /^Demand vs capacity over the sale/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: /^USL fit for app: σ 0\.04/ })).toBeVisible();

  // Four read replicas are what the peak needs: the replica advice goes, and comes back on undo.
  const replicas = page.getByRole('textbox', { name: 'db replicas instances now' });
  await replicas.fill('4');
  await replicas.press('Enter');
  await expect(list).not.toContainText('read replica');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list).toContainText('Add 2 read replicas');
  await expect(page.getByRole('textbox', { name: 'db replicas instances now' })).toHaveValue('2');

  // A tier sized from a load-test file gets its own USL fit.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Size cache from a load test' }).click();
  await (await chooser).setFiles(resolve(root, 'examples/app-load-test.csv'));
  await expect(page.getByRole('figure', { name: /^USL fit for cache: / })).toBeVisible();

  // The Forecast view's sale scenario can set the peak: the worker forecasts it, the plan follows.
  await page.getByRole('button', { name: /^Plan for the forecast of/ }).click();
  await expect(page.getByText(/· forecast of "http_requests" for Black Friday flash sale/)).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole('status').filter({ hasText: 'Page time at the peak' })).not.toContainText('2297');

  // The SLOs' error budget drives the deploy-freeze advice: Availability's 98.5 % left (`headroom slo --demo`
  // prints consumed 1.50 %: the sale-day outage is older than its 30 days) is enough, an overspent budget is not.
  await page.getByRole('button', { name: 'Error budget from SLO “Availability”' }).click();
  await expect(page.getByRole('textbox', { name: 'Error budget left (%)' })).toHaveValue(/^98\.(49|50)/, { timeout: 30_000 });
  await expect(list).not.toContainText('Freeze risky deploys');
  await page.getByRole('button', { name: 'Error budget from SLO “Checkout availability during the sale”' }).click();
  await expect(list).toContainText('Freeze risky deploys', { timeout: 30_000 });
  offline.assertNone();
});
