import { defineConfig } from '@playwright/test';

// The desktop e2e: drives the real Electron app through _electron.launch. Needs `npm run build` first
// (dist/web and dist-electron). Run: npx playwright test -c e2e/electron/playwright.electron.config.ts
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
});
