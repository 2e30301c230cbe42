import { calendarPeriods, detectPeriods } from './acf';
import { clipOutliers } from './clip-outliers';
import { fillGaps } from './fill-gaps';

/**
 * The seasonal periods (in steps) of a regular series that may have gaps (NaN). The ACF is read on a copy
 * cleaned against the calendar's cycles, so one big spike or outage cannot hide a daily cycle.
 */
export function findSeasons(y: Float64Array, stepMs: number): number[] {
  const calendar = calendarPeriods(stepMs);
  const rough = clipOutliers(fillGaps(y, calendar[0] ?? 1), calendar).y;
  return detectPeriods(rough, stepMs);
}
