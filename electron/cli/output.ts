/** How every `headroom` command speaks: JSON on stdout, problems as `FILE:LINE: reason` on stderr, exit 0/1/2. */
export class UsageError extends Error {}

export const iso = (ms: number | null): string | null => (ms === null || !Number.isFinite(ms) ? null : new Date(ms).toISOString().replace('.000Z', 'Z'));

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text from a file, made safe for a terminal: escape sequences in a header or a cell could otherwise retitle
 * the window or clear the screen. Control characters are shown as `\xHH`; newlines and tabs pass.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Human-readable output on stdout, with anything read from a file made printable. */
export function say(text: string): void {
  process.stdout.write(printable(text));
}

export function problem(file: string, reason: string, line?: number): void {
  process.stderr.write(printable(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`) + '\n');
}

/** Round a figure for people and JSON alike: enough digits to be exact for counts, 6 significant for the rest. */
export function round(x: number | null): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  return Number.isInteger(x) ? x : Number(x.toPrecision(6));
}
