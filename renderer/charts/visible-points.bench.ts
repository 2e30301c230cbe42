import { bench, describe } from 'vitest';
import type { Series } from '../../shared/series';
import { visiblePoints } from './visible-points';

// What one chart redraw costs on the UI thread for a million-point series: cut to the range, LTTB to the width.
const n = 1_000_000;
const t = Float64Array.from({ length: n }, (_, i) => 1.7e12 + i * 15_000);
const v = Float64Array.from({ length: n }, (_, i) => 500 + 300 * Math.sin(i / 500) + ((i * 7919) % 97));
const series: Series = { id: 'bench', name: 'bench', labels: {}, unit: '', t, v };

describe('chart redraw of 1,000,000 points to 1,200 px', () => {
  bench('whole range', () => {
    visiblePoints(series, null, 1200);
  });
  bench('zoomed to the middle tenth', () => {
    visiblePoints(series, { start: t[450_000]!, end: t[550_000]! }, 1200);
  });
});
