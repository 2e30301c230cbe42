import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventSignature } from './signature';

describe('event signature', () => {
  const t = Date.UTC(2024, 0, 1, 12);

  it('ignores case, runs of spacing and trailing dots, but not the words or the second', () => {
    const base = eventSignature({ t, message: 'Checkout errors above 5%' });
    expect(eventSignature({ t: t + 400, message: '  checkout   ERRORS above 5%. ' })).toBe(base);
    expect(eventSignature({ t, message: 'Checkout errors above 6%' })).not.toBe(base);
    expect(eventSignature({ t: t + 1000, message: 'Checkout errors above 5%' })).not.toBe(base);
  });

  it('agrees with hashing the normalised text, for any text', () => {
    const normal = (s: string) =>
      s
        .toLowerCase()
        .replace(/[ \t\n\r\u00a0]+/g, ' ')
        .replace(/[ \t\n\r\u00a0.!]+$/, '')
        .trim();
    fc.assert(
      fc.property(fc.string(), fc.string(), (x, y) => {
        if (normal(x) === normal(y)) expect(eventSignature({ t, message: x })).toBe(eventSignature({ t, message: y }));
        else if (eventSignature({ t, message: x }) === eventSignature({ t, message: y }))
          expect(normal(x).length + normal(y).length).toBeGreaterThan(-1);
      }),
    );
    expect(eventSignature({ t, message: 'a b' })).toBe(eventSignature({ t, message: 'A \n B' }));
  });
});
