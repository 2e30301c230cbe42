/**
 * The IPC channel names alone, without zod, so the sandboxed preload bundle stays tiny and never runs a schema
 * library next to the page. shared/ipc.ts checks at compile time that its table has exactly these keys.
 */
export const IPC_CHANNELS = [
  'workspace:open',
  'workspace:save',
  'file:pick-import',
  'file:read',
  'file:export',
  'recovery:write',
  'recovery:read',
  'report:pdf',
] as const;

export type IpcChannelName = (typeof IPC_CHANNELS)[number];

/** Main → renderer: the menu's commands. */
export const MENU_CHANNEL = 'menu:command';

/** Every command the menu may send; the preload drops anything else. Mirrors `MenuCommand` in host-api.ts. */
export const MENU_COMMANDS = ['open', 'save', 'save-as', 'import', 'export-report', 'undo', 'redo', 'new-demo'] as const;
