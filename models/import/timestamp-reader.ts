import { epochToMs, parseTimestamp, zonedToUtc } from './timestamp';

const DAY_MS = 86_400_000;
const BUCKET_MS = 15 * 60_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant, "chrono-compatible low-level date algorithms"). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const digit = (c: number) => c - 48;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Reads timestamps straight from a cell's characters, for the rows a CSV import pushes by the million.
 * ISO 8601 date-times (`2026-11-27T14:00:00Z`, `2026-11-27 14:00:00.123+01:00`, zone-less) and epoch
 * numbers take a hand-written path with no allocation; everything else falls back to `parseTimestamp`.
 * Zone-less times are read in `zone`: the zone's offset is computed once per local quarter-hour and
 * cached, since the Intl lookup costs microseconds and every time-zone transition falls on a quarter hour.
 */
export class TimestampReader {
  private dateKey = -1;
  private dateDays = 0;
  private readonly offsets = new Map<number, number>();

  constructor(readonly zone = 'UTC') {}

  read(text: string, s: number, e: number): number {
    while (s < e && text.charCodeAt(s) <= 32) s++;
    while (e > s && text.charCodeAt(e - 1) <= 32) e--;
    const fast = this.iso(text, s, e);
    if (!Number.isNaN(fast)) return fast;
    return parseTimestamp(text.slice(s, e), this.zone);
  }

  readString(s: string): number {
    return this.read(s, 0, s.length);
  }

  private iso(t: string, s: number, e: number): number {
    const len = e - s;
    if (len < 10) return NaN;
    if (!isDigit(t.charCodeAt(s))) return NaN;
    if (t.charCodeAt(s + 4) !== 45) return this.epoch(t, s, e);
    if (t.charCodeAt(s + 7) !== 45) return NaN;
    const y0 = t.charCodeAt(s);
    const y1 = t.charCodeAt(s + 1);
    const y2 = t.charCodeAt(s + 2);
    const y3 = t.charCodeAt(s + 3);
    const m0 = t.charCodeAt(s + 5);
    const m1 = t.charCodeAt(s + 6);
    const d0 = t.charCodeAt(s + 8);
    const d1 = t.charCodeAt(s + 9);
    if (!isDigit(y0) || !isDigit(y1) || !isDigit(y2) || !isDigit(y3) || !isDigit(m0) || !isDigit(m1) || !isDigit(d0) || !isDigit(d1)) return NaN;
    const acc = ((((((digit(y0) * 10 + digit(y1)) * 10 + digit(y2)) * 10 + digit(y3)) * 10 + digit(m0)) * 10 + digit(m1)) * 10 + digit(d0)) * 10 + digit(d1);
    // acc is YYYYMMDD: the key of the date-part cache (consecutive rows share their date).
    if (acc !== this.dateKey) {
      const y = Math.floor(acc / 10000);
      const m = Math.floor(acc / 100) % 100;
      const d = acc % 100;
      if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
      this.dateKey = acc;
      this.dateDays = daysFromCivil(y, m, d);
    }
    let ms = this.dateDays * DAY_MS;
    let i = s + 10;
    if (i < e) {
      const sepc = t.charCodeAt(i);
      if (sepc !== 84 && sepc !== 32 && sepc !== 116) return NaN;
      i++;
      if (e - i < 5 || !isDigit(t.charCodeAt(i)) || !isDigit(t.charCodeAt(i + 1)) || t.charCodeAt(i + 2) !== 58) return NaN;
      const hh = digit(t.charCodeAt(i)) * 10 + digit(t.charCodeAt(i + 1));
      if (!isDigit(t.charCodeAt(i + 3)) || !isDigit(t.charCodeAt(i + 4))) return NaN;
      const mi = digit(t.charCodeAt(i + 3)) * 10 + digit(t.charCodeAt(i + 4));
      i += 5;
      let ss = 0;
      if (i < e && t.charCodeAt(i) === 58) {
        if (e - i < 3 || !isDigit(t.charCodeAt(i + 1)) || !isDigit(t.charCodeAt(i + 2))) return NaN;
        ss = digit(t.charCodeAt(i + 1)) * 10 + digit(t.charCodeAt(i + 2));
        i += 3;
        if (i < e && (t.charCodeAt(i) === 46 || t.charCodeAt(i) === 44)) {
          i++;
          let frac = 0;
          let scale = 100;
          const from = i;
          while (i < e && isDigit(t.charCodeAt(i))) {
            frac += digit(t.charCodeAt(i)) * scale;
            scale /= 10;
            i++;
          }
          if (i === from || i - from > 9) return NaN;
          // Truncated to the millisecond, as parseTimestamp does; the epsilon undoes the float error of the sum.
          ms += Math.floor(frac + 1e-6);
        }
      }
      if (hh > 24 || mi > 59 || ss > 60 || (hh === 24 && (mi > 0 || ss > 0))) return NaN;
      ms += hh * 3_600_000 + mi * 60_000 + ss * 1000;
    }
    if (i === e) return this.zone === 'UTC' ? ms : this.zoned(ms);
    const z = t.charCodeAt(i);
    if ((z === 90 || z === 122) && i + 1 === e) return ms;
    if (z === 43 || z === 45) {
      const rest = e - i - 1;
      const a = i + 1;
      if (rest !== 2 && rest !== 4 && rest !== 5) return NaN;
      if (!isDigit(t.charCodeAt(a)) || !isDigit(t.charCodeAt(a + 1))) return NaN;
      let minutes = (digit(t.charCodeAt(a)) * 10 + digit(t.charCodeAt(a + 1))) * 60;
      if (rest > 2) {
        const b = rest === 5 ? a + 3 : a + 2;
        if (rest === 5 && t.charCodeAt(a + 2) !== 58) return NaN;
        if (!isDigit(t.charCodeAt(b)) || !isDigit(t.charCodeAt(b + 1))) return NaN;
        minutes += digit(t.charCodeAt(b)) * 10 + digit(t.charCodeAt(b + 1));
      }
      return z === 43 ? ms - minutes * 60_000 : ms + minutes * 60_000;
    }
    return NaN;
  }

  /** A bare number of more than 8 digits: epoch seconds, ms, µs or ns by magnitude (as `parseTimestamp`). */
  private epoch(t: string, s: number, e: number): number {
    let n = 0;
    let i = s;
    let digits = 0;
    for (; i < e; i++) {
      const c = t.charCodeAt(i);
      if (!isDigit(c)) break;
      n = n * 10 + digit(c);
      digits++;
    }
    if (i !== e || digits > 15) return NaN;
    return epochToMs(n);
  }

  /** Zone-less wall-clock ms → UTC, through the per-quarter-hour offset cache. */
  private zoned(local: number): number {
    const bucket = Math.floor(local / BUCKET_MS);
    let offset = this.offsets.get(bucket);
    if (offset === undefined) {
      const start = bucket * BUCKET_MS;
      const d = new Date(start);
      const utc = zonedToUtc(
        {
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
          hour: d.getUTCHours(),
          minute: d.getUTCMinutes(),
          second: 0,
          ms: 0,
        },
        this.zone,
      );
      offset = start - utc;
      this.offsets.set(bucket, offset);
    }
    return local - offset;
  }
}
