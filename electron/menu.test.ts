import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../shared/host-api';
import { menuTemplate } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function commandsOf(platform: NodeJS.Platform) {
  const sent: MenuCommand[] = [];
  const items = flatten(menuTemplate((c) => sent.push(c), { platform, appName: 'Headroom', development: false }));
  const byLabel = new Map(items.filter((i) => i.label).map((i) => [i.label!, i]));
  return { items, byLabel, sent };
}

describe('menuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('gives the document commands their shortcuts on %s and sends them to the page', (platform) => {
    const { byLabel, sent } = commandsOf(platform);
    const expected: [string, string | undefined, MenuCommand][] = [
      ['Open…', 'CmdOrCtrl+O', 'open'],
      ['Save', 'CmdOrCtrl+S', 'save'],
      ['Save As…', 'CmdOrCtrl+Shift+S', 'save-as'],
      ['Import…', 'CmdOrCtrl+I', 'import'],
      ['Export Report…', 'CmdOrCtrl+E', 'export-report'],
      ['Undo', 'CmdOrCtrl+Z', 'undo'],
      ['Open Demo Study', undefined, 'new-demo'],
    ];
    for (const [label, accelerator, command] of expected) {
      const item = byLabel.get(label);
      expect(item?.accelerator).toBe(accelerator);
      (item?.click as () => void)();
      expect(sent.at(-1)).toBe(command);
    }
    (byLabel.get('Redo')?.click as () => void)();
    expect(sent.at(-1)).toBe('redo');
  });

  it('offers Quit in File on Linux and Windows and in the app menu on macOS, and no dev tools when packaged', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { items } = commandsOf(platform);
      expect(items.filter((i) => i.role === 'quit')).toHaveLength(1);
      expect(items.some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
    }
    expect(commandsOf('darwin').items[0]?.label).toBe('Headroom');
  });
});
