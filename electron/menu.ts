import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/host-api';

/**
 * The native menu. Document commands (open, save, import, export, undo/redo of the study) are sent to the
 * renderer, which owns the document; text editing, zoom, full screen and quit are Electron roles.
 * Undo/Redo are the study's history, not a text field's: the renderer forwards them to a focused text field itself.
 */
export function menuTemplate(send: (command: MenuCommand) => void, options: { platform: NodeJS.Platform; appName: string; development: boolean }): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const item = (label: string, accelerator: string | undefined, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: options.appName,
          submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        item('Open…', 'CmdOrCtrl+O', 'open'),
        item('Open Demo Study', undefined, 'new-demo'),
        { type: 'separator' },
        item('Save', 'CmdOrCtrl+S', 'save'),
        item('Save As…', 'CmdOrCtrl+Shift+S', 'save-as'),
        { type: 'separator' },
        item('Import…', 'CmdOrCtrl+I', 'import'),
        item('Export Report…', 'CmdOrCtrl+E', 'export-report'),
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' } as const]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        item('Undo', 'CmdOrCtrl+Z', 'undo'),
        item('Redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y', 'redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...(options.development ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'help', submenu: mac ? [] : [{ role: 'about', label: `About ${options.appName}` }] },
  ];
}
