import { parseTimestamp } from '../../../models/import/timestamp';
import { localDateTime } from '../../../models/postmortem/time-text';

/** The value a `datetime-local` input shows for `t` in the study's display zone. */
export const toInputValue = (t: number, zone: string): string => localDateTime(t, zone).slice(0, 16).replace(' ', 'T');

/** A `datetime-local` value read in the display zone; NaN when empty or unreadable. */
export const fromInputValue = (value: string, zone: string): number => parseTimestamp(value.replace('T', ' '), zone);
