import * as path from 'node:path';
import { WORKSPACE_EXTENSION } from './dialogs';

/**
 * Workspaces the operating system asked us to open (command line, file association, macOS `open-file`,
 * a second launch). The next `workspace:open` takes one from here instead of showing the dialog: main sends the
 * renderer the menu command "open", so the renderer's usual path (ask about unsaved changes, then open) applies.
 */
export class LaunchQueue {
  private readonly files: string[] = [];

  push(file: string): void {
    this.files.push(file);
  }

  take(): string | null {
    return this.files.shift() ?? null;
  }

  size(): number {
    return this.files.length;
  }
}

/**
 * The `.headroom` file among a process's arguments, resolved against its working folder. Arguments are
 * `[electron, main.cjs, file]` in development and `[Headroom, file]` when packaged; flags (`--foo`) are Chromium's.
 */
export function workspaceArgument(argv: readonly string[], cwd: string): string | null {
  const file = argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(`.${WORKSPACE_EXTENSION}`));
  return file ? path.resolve(cwd, file) : null;
}
