import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import * as path from 'node:path';
import type { MenuCommand } from '../shared/host-api';
import { MENU_CHANNEL } from '../shared/ipc-channels';
import { serveAppRequest } from './app-protocol';
import { HandleTable } from './handlers/handle-table';
import { createHandlers } from './handlers/index';
import { LaunchQueue, workspaceArgument } from './handlers/launch-queue';
import type { ReportPdfOptions } from './handlers/report-pdf';
import { menuTemplate } from './menu';
import { nativeDialogs } from './native-dialogs';
import { registerIpc } from './register-ipc';
import * as security from './security';
import { DISCARD_BUTTON, UNSAVED_CHANGES_PROMPT } from './unsaved-changes';

// Wiring only (../shared/STYLE.md): behaviour lives in handlers/, security values in security.ts, both tested in Node.
// Bundled to dist-electron/main.cjs; the web build is in dist/web next to it.
const webRoot = path.join(__dirname, '..', 'dist', 'web');
const launchQueue = new LaunchQueue();
let mainWindow: BrowserWindow | null = null;

const send = (command: MenuCommand) => mainWindow?.webContents.send(MENU_CHANNEL, command);
const openFromOs = (file: string | null) => {
  if (!file) return;
  launchQueue.push(file);
  if (mainWindow && !mainWindow.webContents.isLoading()) send('open');
};

protocol.registerSchemesAsPrivileged([security.APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
if (app.requestSingleInstanceLock()) start();
else app.quit(); // another Headroom is running; it receives our arguments through 'second-instance'

function start(): void {
  openFromOs(workspaceArgument(process.argv, process.cwd()));
  app.on('second-instance', (_event, argv, cwd) => {
    openFromOs(workspaceArgument(argv, cwd));
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  // macOS delivers double-clicked files this way, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFromOs(file);
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => security.allowNavigation(url) || event.preventDefault());
    contents.on('will-redirect', (event, url) => security.allowNavigation(url) || event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(security.denyWindowOpen);
  });
  void app.whenReady().then(() => {
    protocol.handle(security.APP_SCHEME, (request) => serveAppRequest(request.url, webRoot));
    session.defaultSession.webRequest.onBeforeRequest({ urls: security.NETWORK_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(security.denyPermission()));
    session.defaultSession.setPermissionCheckHandler(security.denyPermission);
    const handles = new HandleTable();
    const printToPdf = async (options: ReportPdfOptions) => {
      if (!mainWindow) throw new Error('no window to print');
      return new Uint8Array(await mainWindow.webContents.printToPDF(options));
    };
    registerIpc(ipcMain, createHandlers({ dialogs: nativeDialogs(() => mainWindow), handles, launchQueue, userDataDir: app.getPath('userData'), printToPdf }));
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, { platform: process.platform, appName: app.name, development: !app.isPackaged })));
    createWindow();
    app.on('activate', () => mainWindow ?? createWindow());
  });
  app.on('window-all-closed', () => process.platform === 'darwin' || app.quit());
}

function createWindow(): void {
  const window = new BrowserWindow({
    title: 'Headroom',
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    webPreferences: security.secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  // The preload queues commands until the page listens, so a file from the command line is not lost.
  window.webContents.on('did-finish-load', () => launchQueue.size() > 0 && send('open'));
  window.webContents.on('will-prevent-unload', (event) => dialog.showMessageBoxSync(window, UNSAVED_CHANGES_PROMPT) === DISCARD_BUTTON && event.preventDefault());
  window.on('closed', () => (mainWindow = null));
  void window.loadURL(security.APP_ENTRY_URL);
}
