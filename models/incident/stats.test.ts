import { describe, expect, it } from 'vitest';
import type { Incident } from '../../shared/incident';
import { incidentStats } from './stats';

const H = 3_600_000;
const inc = (startH: number, ttrH: number | null): Incident => ({
  id: `i${startH}`,
  title: '',
  services: [],
  sources: [],
  start: startH * H,
  end: (startH + (ttrH ?? 1)) * H,
  events: [],
  milestones: {},
  durations: { ttdMinutes: null, ttaMinutes: null, ttmMinutes: null, ttrMinutes: ttrH === null ? null : ttrH * 60 },
  grouping: { by: 'proximity', gapMinutes: 120 },
  notes: [],
});

describe('incident statistics', () => {
  it('gives MTTR as the mean and the median of TTR over resolved incidents only', () => {
    const s = incidentStats([inc(0, 1), inc(10, 2), inc(20, 6), inc(30, null)]);
    // (60 + 120 + 360) / 3 = 180; median of 60, 120, 360 = 120.
    expect(s.mttrMinutes).toBe(180);
    expect(s.medianTtrMinutes).toBe(120);
    expect(s.resolvedCount).toBe(3);
  });

  it('gives MTBF as operating time between incidents over the intervals, or over a window', () => {
    // Up 1h→10h (9 h), 12h→20h (8 h): 17 h over 2 intervals = 8.5 h.
    expect(incidentStats([inc(0, 1), inc(10, 2), inc(20, 6)]).mtbfMinutes).toBe(8.5 * 60);
    // A 100 h window with 1 + 2 + 6 = 9 h down and 3 failures: 91 / 3 h.
    expect(incidentStats([inc(0, 1), inc(10, 2), inc(20, 6)], { start: 0, end: 100 * H }).mtbfMinutes).toBeCloseTo(
      (91 / 3) * 60,
      9,
    );
    expect(incidentStats([inc(0, 1)]).mtbfMinutes).toBeNull();
  });
});
