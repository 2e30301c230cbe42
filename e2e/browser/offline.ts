import { expect, type Page } from '@playwright/test';

/** Records every request the page makes outside its own origin; the app must make none. */
export function watchOffline(page: Page, origin: string): { assertNone(): void } {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!url.startsWith(origin)) outside.push(url);
  });
  return {
    assertNone: () => expect(outside, 'requests outside the app origin').toEqual([]),
  };
}
