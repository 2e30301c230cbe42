import { vi } from 'vitest';

/** Run a `headroom` command in-process for a test, capturing what it writes to stdout and stderr. */
export async function captureCli(run: (argv: string[]) => Promise<number>, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const code = await run(argv);
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}
