import type { SloReport } from '../../../models/slo/evaluate';
import { formatDateTime, formatNumber } from '../../charts/format';

/** What each incident cost: the share of its window's budget it burned, and how soon the replayed alerts caught it. */
export function IncidentCosts({ report }: { report: SloReport }) {
  if (report.incidents.length === 0) return <p className="muted">No incidents {report.incidentsFrom === 'data' ? 'in the data' : 'in the study'} to price.</p>;
  return (
    <section className="slo-panel" aria-labelledby="slo-incidents-h">
      <h2 id="slo-incidents-h">Incidents and their cost</h2>
      <p className="muted">{report.incidentsFrom === 'given' ? 'From the study’s incident logs.' : 'Read from the data: stretches burning faster than 1× that spent at least 2 % of the budget.'}</p>
      <table className="grid" aria-label="Incident cost">
        <thead>
          <tr>
            <th scope="col">Incident</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Budget burned</th>
            <th scope="col">Alert after</th>
          </tr>
        </thead>
        <tbody>
          {report.incidents.map((inc, i) => {
            const d = report.score.detections[i];
            return (
              <tr key={i}>
                <td>{inc.label ?? `#${i + 1}`}</td>
                <td>{formatDateTime(inc.start)}</td>
                <td>{formatDateTime(inc.end)}</td>
                <td className="num" title="bad in the incident ÷ what its window allows">
                  {Number.isFinite(inc.budgetFraction) ? `${(inc.budgetFraction * 100).toFixed(1)} %` : '—'}
                </td>
                <td className="num">{d?.detected ? `${formatNumber((d.detectionMs ?? 0) / 60_000)} min (${d.severity})` : 'missed'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
