import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer builds to static files with relative paths: served by `vite preview` for the web host,
// loaded from disk by Electron. No CDN, no remote fonts: the app makes no network request.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173 },
  server: { host: '127.0.0.1' },
});
