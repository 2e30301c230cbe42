import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chromiumArgs, chromiumExecutable } from '../e2e/chromium';

/** Screenshots for the README, taken from the real built app (`npm run build` first): `npx tsx scripts/screenshots.ts`. */
const port = 4180;
const server = spawn('npx', ['vite', 'preview', '--strictPort', '--port', String(port)], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 2500));
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const views = process.argv.slice(2);
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('figure').first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshots/data.png' });
  for (const view of views) {
    await page.getByRole('navigation', { name: 'Study' }).getByRole('button', { name: new RegExp(`^${view}`) }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `docs/screenshots/${view.toLowerCase()}.png` });
  }
  await browser.close();
} finally {
  server.kill();
}
