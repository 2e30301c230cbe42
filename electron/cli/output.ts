/** How every `headroom` command speaks: JSON on stdout, problems as `FILE:LINE: reason` on stderr, exit 0/1/2. */
export class UsageError extends Error {}

export const iso = (ms: number | null): string | null => (ms === null || !Number.isFinite(ms) ? null : new Date(ms).toISOString().replace('.000Z', 'Z'));

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function problem(file: string, reason: string, line?: number): void {
  process.stderr.write(line === undefined ? `${file}: ${reason}\n` : `${file}:${line}: ${reason}\n`);
}

/** Round a figure for people and JSON alike: enough digits to be exact for counts, 6 significant for the rest. */
export function round(x: number | null): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  return Number.isInteger(x) ? x : Number(x.toPrecision(6));
}
