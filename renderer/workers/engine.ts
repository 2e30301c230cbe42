import * as Comlink from 'comlink';
import type { Engine } from './engine.worker';

/**
 * The app's handle on the engine worker. Cancelling a job terminates the worker and starts a fresh one:
 * the simplest cancel that always works, and the workspace is untouched because results only land on success.
 */
let worker: Worker | null = null;
let remote: Comlink.Remote<Engine> | null = null;

export function engine(): Comlink.Remote<Engine> {
  if (!remote) {
    worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'headroom-engine' });
    remote = Comlink.wrap<Engine>(worker);
  }
  return remote;
}

export function cancelEngine(): void {
  worker?.terminate();
  worker = null;
  remote = null;
}

export { Comlink };
