import { useMemo } from 'react';
import type { Series } from '../../../shared/series';
import type { SloReport } from '../../../models/slo/evaluate';
import { TimeSeriesChart, type Annotation } from '../../charts/TimeSeriesChart';

/** Remaining error budget over time (each point: the window ending there), with the replayed alerts shaded. */
export function BudgetChart({ report }: { report: SloReport }) {
  const series = useMemo((): Series[] => {
    const { t, remaining } = report.timeline;
    const v = new Float64Array(remaining.length);
    for (let i = 0; i < v.length; i++) v[i] = remaining[i]! * 100;
    return [{ id: `${report.slo.id}-remaining`, name: 'remaining budget', labels: {}, unit: '%', t, v }];
  }, [report]);
  const annotations = useMemo(
    (): Annotation[] => {
      // Label only the strongest pages: dozens of labels on one chart read as noise.
      const pages = report.alerts.filter((a) => a.severity === 'page');
      const strongest = new Set([...pages].sort((a, b) => b.burnRate - a.burnRate).slice(0, 3));
      return [
        ...pages.map((a) => ({ start: a.start, end: a.end, label: strongest.has(a) ? `page ${a.burnRate.toFixed(1)}×` : '', tone: 'incident' as const })),
        ...report.incidents.slice(0, 20).map((i) => ({ start: i.start, end: i.end, label: '', tone: 'event' as const })),
      ];
    },
    [report],
  );
  return <TimeSeriesChart series={series} annotations={annotations} title={`Error budget remaining — ${report.slo.name}`} height={260} />;
}
