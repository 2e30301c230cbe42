import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { watchOffline } from './offline';

const root = resolve(import.meta.dirname, '../..');
const seedTimeline = resolve(root, '../shared/fixtures/seed-002/timeline.csv');

test('goes from an incident log to an exported blameless postmortem', async ({ page, baseURL }) => {
  const offline = watchOffline(page, baseURL!);
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();
  const study = page.getByRole('navigation', { name: 'Study' });

  // The seed's sale-day log joins the demo's own incident.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(seedTimeline);
  await study.getByRole('button', { name: /^Incidents/ }).click();
  await expect(page.getByRole('heading', { name: 'Incidents', level: 1 })).toBeVisible();
  const list = page.getByRole('table', { name: 'Incidents' });
  await list.getByRole('button', { name: 'High CPU and memory usage on the web servers' }).click();

  // 4 h 30 min, detected by the 11:15 customer report 15 minutes after the 11:00 start.
  await expect(page.getByLabel('Durations from the start')).toContainText('TTD15 min');
  await expect(page.getByLabel('Durations from the start')).toContainText('TTR4 h 30 min');
  const timeline = page.getByRole('table', { name: 'Timeline' });
  await expect(timeline).toContainText('kind field "customer_report"');

  // Reclassify the 14:30 "recovery" note as a mitigation, then undo it.
  await page.getByRole('combobox', { name: /Kind of “Performance improving/ }).selectOption('mitigation');
  await expect(page.getByRole('combobox', { name: /Kind of “Performance improving/ })).toHaveValue('mitigation');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('combobox', { name: /Kind of “Performance improving/ })).toHaveValue('note');

  await page.getByRole('button', { name: 'Draft postmortem' }).click();
  await expect(page.getByRole('heading', { name: 'Postmortems', level: 1 })).toBeVisible();
  await page
    .getByRole('table', { name: 'Postmortems' })
    .getByRole('button', { name: 'High CPU and memory usage on the web servers' })
    .click();
  await expect(page.getByLabel('Detection')).toHaveValue(/by a customer report from support/);

  // Hindsight wording is flagged with a rewording, applied in one click.
  const summary = page.getByLabel('Summary');
  await summary.fill('The team should have scaled the web servers before the sale.');
  await page.getByLabel('Trigger').focus();
  const hints = page.getByRole('list', { name: 'Blameless language hints' });
  await expect(hints).toContainText('“should have”');
  await hints.getByRole('button', { name: 'Apply rewording' }).click();
  await expect(summary).toHaveValue('The team could have scaled the web servers before the sale.');
  await expect(page.getByText('No blame or hindsight wording found.')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const md = readFileSync((await (await download).path())!, 'utf8');
  expect(md).toMatch(/^# High CPU and memory usage on the web servers/);
  expect(md).toContain('## Action items');
  expect(md).toContain('The team could have scaled the web servers before the sale.');
  offline.assertNone();
});
