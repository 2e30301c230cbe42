/**
 * Numbers as exports write them, read straight from the characters of a cell: plain decimals, decimal
 * commas, thousands separators ("1,026"), unit suffixes ("12 ms", "45%", "3.2 req/s"), and the spellings
 * of "no value" (`null`, `NaN`, empty). Gaps come back as NaN; an unreadable cell sets `bad`.
 */

/** 10^k for k ≤ 22: every one is an exact double, which makes the fast path below correctly rounded. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

const MISSING = new Set(['', 'null', 'nan', 'none', 'n/a', 'na', '-', 'undefined', 'nil', '#n/a', '--']);
const PLAIN = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
const GROUPED_DOT = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const GROUPED_COMMA = /^[-+]?\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?:,\d+)?$/;
const INFINITY = /^([-+]?)(?:inf|infinity)$/i;
const WITH_UNIT = /^([-+]?[\d.,\s\u00a0]*\d(?:e[-+]?\d+)?)\s*([a-zµ%°][a-z0-9µ%°/]*(?:\/[a-z]+)?)$/i;

export type DecimalMark = '.' | ',';

export class NumberReader {
  /** Set by `read` when the cell held text that is no number and no spelling of "missing". */
  bad = false;
  /** The unit suffix the last suffixed cell carried ("ms", "%"), kept so the column can report it. */
  unit = '';
  private readonly markCode: number;

  constructor(readonly decimal: DecimalMark = '.') {
    this.markCode = decimal.charCodeAt(0);
  }

  read(text: string, s: number, e: number): number {
    this.bad = false;
    while (s < e && text.charCodeAt(s) <= 32) s++;
    while (e > s && text.charCodeAt(e - 1) <= 32) e--;
    if (s === e) return NaN;
    let i = s;
    let c = text.charCodeAt(i);
    const neg = c === 45;
    if (neg || c === 43) i++;
    let mantissa = 0;
    let digits = 0;
    let frac = 0;
    let dot = false;
    for (; i < e; i++) {
      c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + (c - 48);
        digits++;
        if (dot) frac++;
      } else if (c === this.markCode && !dot) dot = true;
      else break;
    }
    // Clinger's fast path: an integer mantissa below 2^53 divided by an exact power of ten rounds correctly.
    if (i === e && digits > 0 && digits <= 15) {
      const v = frac === 0 ? mantissa : mantissa / POW10[frac]!;
      return neg ? -v : v;
    }
    return this.slow(text.slice(s, e));
  }

  /** Read a whole string (for JSON values and tests). */
  readString(s: string): number {
    return this.read(s, 0, s.length);
  }

  private slow(cell: string): number {
    const lower = cell.toLowerCase();
    if (MISSING.has(lower)) return NaN;
    const direct = this.plain(cell);
    if (direct !== undefined) return direct;
    const inf = INFINITY.exec(cell);
    if (inf) return inf[1] === '-' ? -Infinity : Infinity;
    const suffixed = WITH_UNIT.exec(cell);
    if (suffixed) {
      const v = this.plain(suffixed[1]!.replace(/\s+$/, ''));
      if (v !== undefined) {
        this.unit = suffixed[2]!;
        return v;
      }
    }
    this.bad = true;
    return NaN;
  }

  private plain(cell: string): number | undefined {
    if (this.decimal === '.') {
      if (PLAIN.test(cell)) return Number(cell);
      if (GROUPED_DOT.test(cell)) return Number(cell.replaceAll(',', ''));
      return undefined;
    }
    const swapped = cell.replace(',', '.');
    if (!cell.includes('.') && PLAIN.test(swapped)) return Number(swapped);
    if (GROUPED_COMMA.test(cell)) return Number(cell.replace(/[. \u00a0\u202f]/g, '').replace(',', '.'));
    return undefined;
  }
}

/**
 * Which decimal mark a column uses, from sample cells. A comma is a decimal mark only where the delimiter
 * leaves it free and some cell has other than three digits after it ("12,5"); "1,026" alone reads as a
 * thousands separator, which is what Grafana's table export means by it.
 */
export function decimalMarkOf(cells: readonly string[], delimiter: string): DecimalMark {
  if (delimiter === ',') return '.';
  let commaDecimal = false;
  let dotDecimal = false;
  for (const raw of cells) {
    const cell = raw.trim();
    if (/^[-+]?\d*,\d+$/.test(cell) && !/^[-+]?\d{1,3}(,\d{3})+$/.test(cell)) commaDecimal = true;
    if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(cell)) commaDecimal = true;
    if (/^[-+]?\d*\.\d+$/.test(cell) && !/^[-+]?\d{1,3}(\.\d{3})+$/.test(cell)) dotDecimal = true;
  }
  return commaDecimal && !dotDecimal ? ',' : '.';
}

export function isMissingCell(cell: string): boolean {
  return MISSING.has(cell.trim().toLowerCase());
}
