import { readFileSync, writeFileSync } from 'node:fs';
import { atomicSave } from '../atomic-save';

/**
 * A child process for the crash tests of atomic-save.test.ts (bundled with esbuild there, so it starts fast):
 *   save-child once TARGET PAYLOAD         one atomic save, prints its outcome as JSON
 *   save-child loop TARGET PAYLOAD...      atomic saves of the payloads in turn until killed; "." after each
 *   save-child naive TARGET PAYLOAD...     the same with a plain writeFile, to prove the harness sees torn files
 */
async function main(): Promise<void> {
  const [mode, target, ...payloadFiles] = process.argv.slice(2);
  if (!target || payloadFiles.length === 0) throw new Error('usage: save-child once|loop|naive TARGET PAYLOAD...');
  const payloads = payloadFiles.map((file) => readFileSync(file));
  if (mode === 'once') {
    process.stdout.write(JSON.stringify(await atomicSave(target, payloads[0]!, { keepBackup: true })));
    return;
  }
  // Start at a random payload so the file a kill interrupts is sometimes A being replaced by B, sometimes the reverse.
  for (let i = Math.floor(Math.random() * payloads.length); ; i++) {
    const bytes = payloads[i % payloads.length]!;
    if (mode === 'naive') writeFileSync(target, bytes);
    else {
      const outcome = await atomicSave(target, bytes, { keepBackup: true });
      if (!outcome.ok) throw new Error(outcome.reason);
    }
    process.stdout.write('.');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
