import type { IncidentEvent } from '../../shared/events';

/**
 * Content hash of an event, after Four Keys' `signature` (dora-team/fourkeys): the same second and the same words
 * are one event, whichever file or tool carried them. Case, runs of spacing and trailing dots or spaces do not count.
 * FNV-1a (Fowler, Noll, Vo) over two 32-bit lanes, folded in one pass without building a normalised copy:
 * not cryptographic, it only has to tell events apart, and it runs once per imported event.
 */
export function eventSignature(e: Pick<IncidentEvent, 't' | 'message'>): string {
  const m = e.message;
  let end = m.length;
  while (end > 0 && isTrailing(m.charCodeAt(end - 1))) end--;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const mix = (c: number) => {
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (a >>> 16), 0x01000193);
  };
  const seconds = String(Math.round(e.t / 1000));
  for (let i = 0; i < seconds.length; i++) mix(seconds.charCodeAt(i));
  mix(124); // '|'
  let start = 0;
  while (start < end && isSpace(m.charCodeAt(start))) start++;
  let pendingSpace = false;
  for (let i = start; i < end; i++) {
    let c = m.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      mix(32);
      pendingSpace = false;
    }
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) c = m[i]!.toLowerCase().charCodeAt(0);
    mix(c);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
const isTrailing = (c: number) => isSpace(c) || c === 46 || c === 33;
