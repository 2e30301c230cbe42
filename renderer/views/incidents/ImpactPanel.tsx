import type { ImpactFigure, IncidentImpact } from '../../../shared/incident';
import { formatNumber } from '../../charts/format';

const LABELS: [keyof IncidentImpact, string][] = [
  ['shareAffected', 'Failed or served while degraded'],
  ['requestsFailed', 'Requests failed'],
  ['errorRate', 'Error rate'],
  ['peakLatencyMs', 'Peak latency'],
  ['meanLatencyMs', 'Mean latency'],
  ['baselineLatencyMs', 'Usual latency'],
  ['lostOrders', 'Orders at risk'],
  ['lostRevenue', 'Revenue at risk'],
];

const show = (f: ImpactFigure) =>
  f.unit === 'fraction'
    ? `${(f.value * 100).toFixed(f.value < 0.1 ? 1 : 0)} %`
    : formatNumber(f.value, f.unit === 'currency' ? '' : f.unit);

/** Impact over the incident window as the metrics measure it; hover a figure for its inputs and formula. */
export function ImpactPanel({ impact }: { impact: IncidentImpact | null }) {
  if (!impact)
    return (
      <p className="muted">Import traffic, error and latency series covering the incident to measure its impact.</p>
    );
  const figures = LABELS.filter(([k]) => impact[k] && typeof impact[k] === 'object' && 'how' in (impact[k] as object));
  return (
    <>
      <dl className="incident-figures" aria-label="Impact">
        {figures.map(([k, label]) => {
          const f = impact[k] as ImpactFigure;
          return (
            <div key={k} title={f.how}>
              <dt>{label}</dt>
              <dd>{show(f)}</dd>
            </div>
          );
        })}
      </dl>
      {(impact.budgetBurned ?? []).length > 0 && (
        <dl className="incident-figures" aria-label="Error budget burned">
          {impact.budgetBurned!.map((b) => (
            <div key={b.sloId} title={b.how}>
              <dt>Budget burned: {b.sloName}</dt>
              <dd>{(b.fraction * 100).toFixed(b.fraction < 0.1 ? 1 : 0)} %</dd>
            </div>
          ))}
        </dl>
      )}
      {(impact.inputs.length > 0 || impact.notes.length > 0) && (
        <details>
          <summary>How is this computed?</summary>
          <ul>
            {[...impact.inputs, ...impact.notes].map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
