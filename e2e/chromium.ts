import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium the browser tests drive: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own build.
 * With none, the run stops with the exact command to install one.
 */
const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumExecutable(): string | undefined {
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (found) return found;
  try {
    if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser: no override needed
  } catch {
    // no bundled browser either
  }
  throw new Error(
    'No Chromium for the browser tests. Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium` where downloads work, or set CHROMIUM_PATH to a Chromium binary.',
  );
}

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
