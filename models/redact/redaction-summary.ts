import type { Redaction, RedactionKind } from '../../shared/redaction';

const KINDS: readonly RedactionKind[] = ['name', 'email', 'ip', 'phone', 'secret'];

/** "redacted 2 names, 1 email, 1 ip": what the pass took out, for the exporter's message; never the values themselves. */
export function redactionSummary(redactions: readonly Redaction[]): string {
  const counts = KINDS.map((kind) => [kind, redactions.filter((r) => r.kind === kind).length] as const).filter(
    ([, n]) => n > 0,
  );
  if (counts.length === 0) return 'redacted: nothing to hide was found';
  return `redacted ${counts.map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`).join(', ')}`;
}
