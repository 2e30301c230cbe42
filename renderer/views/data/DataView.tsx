import { useMemo } from 'react';
import { summarizeSeries } from '../../../models/series/summary';
import { TimeSeriesChart, type Annotation } from '../../charts/TimeSeriesChart';
import { formatCount, formatDateTime, formatNumber } from '../../charts/format';
import { importFiles } from '../../commands';
import { useDocument } from '../../store/document';
import { useUi } from '../../store/ui';
import { DatasetReport } from './DatasetReport';

/** The study's data: every imported file with its import report, its series, and a chart of the chosen ones. */
export function DataView() {
  const workspace = useDocument((s) => s.workspace);
  const selected = useUi((s) => s.selectedSeries);
  const toggle = useUi((s) => s.toggleSeries);
  const chosen = useMemo(() => (workspace ? workspace.series.filter((s) => selected.includes(s.id)) : []), [workspace, selected]);
  const annotations = useMemo((): Annotation[] => {
    if (!workspace) return [];
    const incidents = new Map<string, { start: number; end: number; label: string }>();
    for (const e of workspace.events) {
      const key = e.incidentId ?? 'events';
      const a = incidents.get(key);
      if (a) a.end = Math.max(a.end, e.t);
      else incidents.set(key, { start: e.t, end: e.t, label: e.incidentTitle ?? key });
    }
    return [...incidents.values()].map((a) => ({ ...a, tone: 'incident' as const }));
  }, [workspace]);
  if (!workspace) return null;
  return (
    <section className="view" aria-labelledby="data-heading">
      <header className="view-header">
        <h1 id="data-heading">Data</h1>
        <button type="button" onClick={() => void importFiles()}>
          Import files…
        </button>
      </header>
      <TimeSeriesChart series={chosen} annotations={annotations} title="Selected series" />
      <h2>Series</h2>
      <table className="grid" aria-label="Series">
        <thead>
          <tr>
            <th scope="col">Chart</th>
            <th scope="col">Name</th>
            <th scope="col">Unit</th>
            <th scope="col">Points</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Min</th>
            <th scope="col">Mean</th>
            <th scope="col">Max</th>
          </tr>
        </thead>
        <tbody>
          {workspace.series.map((s) => {
            const sum = summarizeSeries(s);
            const labels = Object.entries(s.labels).map(([k, v]) => `${k}=${v}`).join(', ');
            return (
              <tr key={s.id}>
                <td>
                  <input type="checkbox" checked={selected.includes(s.id)} onChange={() => toggle(s.id)} aria-label={`Chart ${s.name}`} />
                </td>
                <td>
                  {s.name}
                  {labels && <span className="muted"> {`{${labels}}`}</span>}
                </td>
                <td>{s.unit || '—'}</td>
                <td className="num">{formatCount(sum.points)}</td>
                <td>{sum.start !== null ? formatDateTime(sum.start) : '—'}</td>
                <td>{sum.end !== null ? formatDateTime(sum.end) : '—'}</td>
                <td className="num">{formatNumber(sum.min)}</td>
                <td className="num">{formatNumber(sum.mean)}</td>
                <td className="num">{formatNumber(sum.max)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>Imported files</h2>
      {workspace.datasets.map((d) => (
        <DatasetReport key={d.id} dataset={d} />
      ))}
    </section>
  );
}
