import type { IncidentEvent } from '../../shared/events';

/**
 * Content hash of an event, after Four Keys' `signature` (dora-team/fourkeys): the same moment and the same words
 * are one event, whichever file or tool carried them. Case, spacing and trailing punctuation do not count.
 * FNV-1a (Fowler, Noll, Vo) over two 32-bit lanes: not cryptographic, only has to tell events apart.
 */
export function eventSignature(e: Pick<IncidentEvent, 't' | 'message'>): string {
  const text = `${Math.round(e.t / 1000)}|${e.message.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.!]+$/, '').trim()}`;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (a >>> 16), 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
