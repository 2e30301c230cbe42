import { isKnownZone, zoneOffsetMs } from '../import/timestamp';

/** Times and durations as a postmortem writes them: local wall-clock times with their offset, durations in words. */

const FIXED = /^([+-])(\d{2}):?(\d{2})$/;

/** Is `zone` an IANA zone or a fixed offset such as `+01:00`, the two ways a writer can ask for local times? */
export function isDisplayZone(zone: string): boolean {
  return FIXED.test(zone) || isKnownZone(zone);
}

function offsetMs(t: number, zone: string): number {
  const m = FIXED.exec(zone);
  if (m) return (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +m[3]!) * 60_000;
  return zone === 'UTC' ? 0 : zoneOffsetMs(t, zone);
}

/** `+01:00`, `-05:00`, `+00:00`: the zone's offset at `t`, as people write it after a time. */
export function offsetLabel(t: number, zone: string): string {
  const off = offsetMs(t, zone) / 60_000;
  const a = Math.abs(off);
  return `${off < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** `2023-05-22 11:00` in `zone` (seconds only when they are not zero). */
export function localDateTime(t: number, zone: string): string {
  const iso = new Date(t + offsetMs(t, zone)).toISOString();
  const secs = iso.slice(17, 19);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${secs !== '00' ? `:${secs}` : ''}`;
}

export const localDate = (t: number, zone: string) => localDateTime(t, zone).slice(0, 10);
export const localTime = (t: number, zone: string) => localDateTime(t, zone).slice(11);

/** `4 h 30 min`, `15 min`, `45 s`, `2 d 3 h`: a duration for prose. */
export function durationText(minutes: number): string {
  const m = Math.round(minutes * 60) / 60;
  if (m < 1) return `${Math.round(m * 60)} s`;
  if (m < 60) return `${Math.round(m)} min`;
  const totalMin = Math.round(m);
  const d = Math.floor(totalMin / 1440);
  const h = Math.floor((totalMin % 1440) / 60);
  const min = totalMin % 60;
  if (d > 0) return `${d} d${h ? ` ${h} h` : ''}`;
  return `${h} h${min ? ` ${min} min` : ''}`;
}
