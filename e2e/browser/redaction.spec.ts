import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchOffline } from './offline';

const LEAKS = ['Dana Smith', 'dana.smith@shop.example', '10.20.30.40', 'Incident review group'];
const NOTE = 'Dana Smith (dana.smith@shop.example) blocked the crawler at 10.20.30.40.';

/** Markdown as a reader sees it: `\[name-1\]` is how Markdown writes a literal `[name-1]`. */
const unescape = (md: string) => md.replace(/\\([[\]])/g, '$1');

/** Open the demo study's postmortem and write a responder, her address and an IP into its summary. */
async function writeResponderIntoPostmortem(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /http_requests/ })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Study' })
    .getByRole('button', { name: /^Postmortems/ })
    .click();
  const summary = page.getByLabel('Summary');
  await summary.fill(NOTE);
  await page.getByLabel('Trigger').focus();
  await expect(summary).toHaveValue(NOTE);
}


/** Open the Report view (the preview shows the unredacted note) and its export dialog with redaction of Dana Smith on. */
async function openRedactedExport(page: Page, format: 'md' | 'pdf') {
  await page
    .getByRole('navigation', { name: 'Study' })
    .getByRole('button', { name: /^Report/ })
    .click();
  const doc = page.getByRole('article', { name: /Flash-sale readiness/ });
  await expect(doc).toContainText(NOTE, { timeout: 45_000 });
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the report' });
  await dialog.getByLabel('Format').selectOption(format);
  await dialog.getByRole('checkbox', { name: 'Redact names, e-mails and IPs' }).check();
  await dialog.getByLabel('Names to redact').fill('Dana Smith');
  return { doc, dialog };
}

test('exports a postmortem with names, e-mails and IPs redacted, and the editor keeps them', async ({
  page,
  baseURL,
}) => {
  const offline = watchOffline(page, baseURL!);
  await writeResponderIntoPostmortem(page);
  await page.getByRole('checkbox', { name: 'Redact names, e-mails and IPs' }).check();
  await page.getByLabel('Names to redact').fill('Dana Smith|dana');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const md = unescape(readFileSync((await (await download).path())!, 'utf8'));
  for (const leak of LEAKS) expect(md).not.toContain(leak);
  expect(md).toMatch(/\[name-\d\] \(\[email-1\]\) blocked the crawler at \[ip-1\]\./);
  expect(md).toContain('4 h 30 min');
  await expect(page.getByLabel('Summary')).toHaveValue(NOTE);
  offline.assertNone();
});

test('exports the report as redacted Markdown while the preview stays as the study is, and remembers the choice', async ({
  page,
  baseURL,
}) => {
  const offline = watchOffline(page, baseURL!);
  await writeResponderIntoPostmortem(page);
  const { doc, dialog } = await openRedactedExport(page, 'md');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const md = unescape(readFileSync(await (await download).path(), 'utf8'));
  for (const leak of LEAKS) expect(md).not.toContain(leak);
  expect(md).toMatch(/\[name-\d\] \(\[email-1\]\) blocked the crawler at \[ip-1\]\./);
  expect(md).toContain('Mean time to resolve (MTTR):** 4 h 30 min');
  await expect(doc).toContainText(NOTE);

  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Redact names, e-mails and IPs' })).toBeChecked();
  await expect(dialog.getByLabel('Names to redact')).toHaveValue('Dana Smith');
  offline.assertNone();
});

test('prints a redacted PDF from the browser: the printed page holds the redacted copy, not the preview', async ({
  page,
}) => {
  // The browser's print dialog cannot be driven; record what the page shows in print media when it is asked to print.
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: string }).printed = document.body.innerText;
    };
  });
  await writeResponderIntoPostmortem(page);
  const { doc, dialog } = await openRedactedExport(page, 'pdf');
  await page.emulateMedia({ media: 'print' });
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed?: string }).printed ?? ''))
    .toContain('[email-1]');
  const printed = await page.evaluate(() => (window as unknown as { printed: string }).printed);
  for (const leak of LEAKS) expect(printed).not.toContain(leak);
  expect(printed).toContain('4 h 30 min');
  await page.emulateMedia({ media: 'screen' });
  await expect(doc).toContainText(NOTE);
});
