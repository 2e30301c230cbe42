import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { watchOffline } from './offline';

const SECTION_HEADINGS = ['Executive summary', 'Traffic forecast', 'Capacity plan', 'SLOs and error budgets', 'Incidents', 'Postmortems', 'Appendix: data sources and model diagnostics'];

async function openReport(page: import('@playwright/test').Page, title: RegExp = /Flash-sale readiness/) {
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Study' }).getByRole('button', { name: /^Report/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();
  const doc = page.getByRole('article', { name: title });
  await expect(doc).toBeVisible({ timeout: 45_000 });
  return doc;
}

test('previews the demo study report with every section, its charts and its tables', async ({ page, baseURL }) => {
  const offline = watchOffline(page, baseURL!);
  const doc = await openReport(page);
  for (const name of SECTION_HEADINGS) await expect(doc.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(doc.getByRole('figure', { name: /history and forecast/ })).toBeVisible();
  await expect(doc.getByRole('figure', { name: /error budget remaining/ }).first()).toBeVisible();
  await expect(doc.getByRole('table', { name: 'Instances per tier for the planned peak' })).toContainText('db primary');
  await expect(doc.getByRole('table', { name: /Incidents and their durations/ })).toContainText('4 h 30 min');
  await expect(doc.getByRole('heading', { name: /^Postmortem: / })).toBeVisible();
  await expect(doc.getByText('Will we hold?')).toBeVisible();
  offline.assertNone();
});

test('exports the chosen sections as Markdown and remembers the choice', async ({ page }) => {
  const doc = await openReport(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the report' });
  await dialog.getByLabel('Title').fill('Black Friday <readiness>');
  await dialog.getByRole('checkbox', { name: 'Postmortems' }).uncheck();
  await dialog.getByLabel('Format').selectOption('md');
  // The preview follows the dialog: the unchecked section is gone behind it.
  await expect(doc.getByRole('heading', { level: 2, name: 'Postmortems' })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await (await download).path();
  const md = readFileSync(file, 'utf8');
  expect(md).toContain('# Black Friday &lt;readiness&gt;');
  expect(md).toContain('## Capacity plan');
  expect(md).not.toContain('## Postmortems');

  await page.reload();
  const again = await openReport(page, /Black Friday/);
  await expect(again.getByRole('heading', { level: 1, name: 'Black Friday <readiness>' })).toBeVisible();
  await expect(again.getByRole('heading', { level: 2, name: 'Postmortems' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog').getByLabel('Format')).toHaveValue('md');
});

test('exports HTML that escapes the study text and carries the charts inline', async ({ page }) => {
  await openReport(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the report' });
  await dialog.getByLabel('Format').selectOption('html');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const html = readFileSync(await (await download).path(), 'utf8');
  expect(html).toContain('<h2 id="report-summary">Executive summary</h2>');
  expect(html).toMatch(/<svg[^>]+role="img"/);
  expect(html).not.toMatch(/<script/i);
});

test('prints only the report, on light paper, in print mode', async ({ page }) => {
  await openReport(page);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('navigation', { name: 'Study' })).toBeHidden();
  const background = await page.locator('.report-doc').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
});

test('Ctrl+E opens the export dialog from any view', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Export the report' })).toBeVisible();
});
