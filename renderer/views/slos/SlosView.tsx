import { useEffect, useMemo, useState } from 'react';
import type { BurnRateRule, Slo } from '../../../shared/slo';
import { buildDemoSlos } from '../../../models/demo/demo-slo';
import { assembleIncidents } from '../../../models/incident/assemble';
import { rulesFor } from '../../../models/slo/alert-policy';
import { toOpenSlo } from '../../../models/slo/openslo';
import { describeWindow } from '../../../models/slo/window';
import { formatDateTime } from '../../charts/format';
import { useDocument } from '../../store/document';
import { useUi } from '../../store/ui';
import { AlertTuning } from './AlertTuning';
import { BudgetChart } from './BudgetChart';
import { IncidentCosts } from './IncidentCosts';
import { OutageCalculator } from './OutageCalculator';
import { SloForm } from './SloForm';
import { useSloReport } from './useSloReport';
import './slos.css';

const pct = (x: number, digits = 1) => (Number.isFinite(x) ? `${(x * 100).toFixed(digits)} %` : 'undefined');
const objectiveText = (o: number) => `${(o * 100).toPrecision(6).replace(/\.?0+$/, '')} %`;
const EMPTY: Slo[] = [];

/** The study's SLOs: their budgets over time, the burn-rate alerts replayed on the history, and what an outage would cost. */
export function SlosView() {
  const workspace = useDocument((s) => s.workspace);
  const slos = workspace?.slos ?? EMPTY;
  const series = useMemo(() => workspace?.series ?? [], [workspace]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const selected = slos.find((s) => s.id === selectedId) ?? slos[0] ?? null;
  const [tuned, setTuned] = useState<BurnRateRule[] | null>(null);
  useEffect(() => setTuned(null), [selected?.id]);
  const events = workspace?.events;
  // The study's own incidents (from its incident logs) are what the alerts are scored against; else the data's.
  const incidents = useMemo(() => (events?.length ? assembleIncidents(events).map((i) => ({ start: i.start, end: i.end, label: i.title })) : []), [events]);
  const range = useUi((s) => s.range);
  const { outcome, busy } = useSloReport(selected, series, tuned, incidents, range);
  if (!workspace) return null;

  const edit = (label: string, apply: (list: Slo[]) => Slo[]) => useDocument.getState().edit({ label, apply: (ws) => ({ ...ws, slos: apply(ws.slos ?? []) }) });
  const hasDemoSeries = ['demo-rps', 'demo-errors', 'demo-p95'].every((id) => series.some((s) => s.id === id));
  const report = outcome?.ok && outcome.report.slo.id === selected?.id ? outcome.report : null;

  return (
    <section className="view" aria-labelledby="slos-heading">
      <header className="view-header">
        <h1 id="slos-heading">SLOs</h1>
        <button type="button" onClick={() => setAdding((x) => !x)} aria-expanded={adding} disabled={series.length === 0}>
          New SLO…
        </button>
      </header>
      {adding && (
        <SloForm
          series={series}
          onAdd={(slo) => {
            edit(`Add SLO ${slo.name}`, (list) => [...list, slo]);
            setSelectedId(slo.id);
            setAdding(false);
          }}
        />
      )}
      {slos.length === 0 ? (
        <div className="empty-hint">
          <p>No SLOs yet. An SLO turns a target such as “99.9 % of requests succeed” into an error budget you can spend, watch burn, and alert on.</p>
          {hasDemoSeries ? (
            <button type="button" onClick={() => edit('Add the seed’s SLOs', (list) => [...list, ...buildDemoSlos()])}>
              Add the seed’s SLOs (99.99 % during the sale, page load under 2 s)
            </button>
          ) : (
            <p>{series.length ? 'Use “New SLO…” to define one over your series.' : 'Import request, error or probe series first (Data).'}</p>
          )}
        </div>
      ) : (
        <table className="grid" aria-label="Service level objectives">
          <thead>
            <tr>
              <th scope="col">SLO</th>
              <th scope="col">Objective</th>
              <th scope="col">Window</th>
              <th scope="col">SLI</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {slos.map((s) => (
              <tr key={s.id} aria-selected={s.id === selected?.id}>
                <td>
                  <button type="button" className="link" onClick={() => setSelectedId(s.id)} aria-pressed={s.id === selected?.id}>
                    {s.name}
                  </button>
                </td>
                <td className="num">{objectiveText(s.objective)}</td>
                <td>{describeWindow(s.window)}</td>
                <td>{s.sli.kind === 'latency' ? `latency < ${s.sli.thresholdMs} ms` : s.sli.kind}</td>
                <td>
                  <button type="button" className="link" aria-label={`Delete ${s.name}`} onClick={() => edit(`Delete SLO ${s.name}`, (list) => list.filter((x) => x.id !== s.id))}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected && outcome && !outcome.ok && <p role="alert">Cannot evaluate “{selected.name}”: {outcome.reason}</p>}
      {selected && !report && busy && <p className="muted">Evaluating {selected.name}…</p>}
      {selected && report && (
        <>
          <h2>{selected.name}</h2>
          <dl className="slo-figures" aria-label={`Budget of ${selected.name}`}>
            <div title="1 − objective, times the window: The Site Reliability Workbook ch. 2">
              <dt>Allowed</dt>
              <dd>{report.budget.allowedMinutes < 1 ? `${(report.budget.allowedMinutes * 60).toFixed(1)} s` : `${report.budget.allowedMinutes.toFixed(1)} min`} of full outage</dd>
            </div>
            <div title={report.explanation[3]}>
              <dt>Consumed</dt>
              <dd>{pct(report.budget.consumedFraction)}</dd>
            </div>
            <div>
              <dt>Remaining</dt>
              <dd className={report.budget.remainingFraction < 0 ? 'slo-over' : ''}>{pct(report.budget.remainingFraction)}</dd>
            </div>
            <div title={[report.exhaustion.explanation, ...report.projections.map((p) => `at the last ${p.rateWindowMs / 3_600_000} h’s rate: ${p.at === null ? 'lasts the window' : formatDateTime(p.at)}`)].join('\n')}>
              <dt>Runs out at the current rate</dt>
              <dd>{report.exhaustion.at === null ? 'not in this window' : formatDateTime(report.exhaustion.at)}</dd>
            </div>
            <div title={[`How: ${report.exhaustionForecast.method}.`, ...report.exhaustionForecast.notes, `Looks ahead to ${formatDateTime(report.exhaustionForecast.horizonEnd)}.`].join('\n')}>
              <dt>Runs out at the forecast rate</dt>
              <dd>
                {report.exhaustionForecast.at === null ? 'not in this window' : formatDateTime(report.exhaustionForecast.at)}
                {report.exhaustionForecast.pessimisticAt !== null && report.exhaustionForecast.pessimisticAt !== report.exhaustionForecast.at && (
                  <span className="slo-note">upper 95 % band: {formatDateTime(report.exhaustionForecast.pessimisticAt)}</span>
                )}
              </dd>
            </div>
            <div>
              <dt>Burn rate, last hour</dt>
              <dd>{report.burnRates[1] && Number.isFinite(report.burnRates[1].burnRate) ? `${report.burnRates[1].burnRate.toFixed(2)}×` : '—'}</dd>
            </div>
          </dl>
          {report.warnings.length > 0 && (
            <ul className="slo-warnings" aria-label="Warnings">
              {report.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <details>
            <summary>How is this computed?</summary>
            <ul>
              {report.explanation.map((line) => (
                <li key={line}>{line}</li>
              ))}
              {report.ledger.notes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
          <BudgetChart report={report} />
          <AlertTuning
            report={report}
            rules={tuned ?? rulesFor(selected.alerts, selected.window)}
            onChange={setTuned}
            onSave={() => tuned && edit(`Tune alerts of ${selected.name}`, (list) => list.map((s) => (s.id === selected.id ? { ...s, alerts: tuned } : s)))}
          />
          {!report.rangeCost && <p className="muted">Drag the chart’s brush to zoom: the zoomed stretch is priced here like an incident.</p>}
          {report.rangeCost && (
            <p role="status" aria-label="Cost of the zoomed range">
              The zoomed range {formatDateTime(report.rangeCost.start)} – {formatDateTime(report.rangeCost.end)} burned{' '}
              <strong>{Number.isFinite(report.rangeCost.fraction) ? `${(report.rangeCost.fraction * 100).toFixed(1)} %` : 'an undefined share'}</strong> of its window’s budget.
            </p>
          )}
          <IncidentCosts report={report} />
          <OutageCalculator slo={selected} at={report.budget.at} />
          <details>
            <summary>OpenSLO YAML</summary>
            <pre className="slo-yaml">{toOpenSlo(selected)}</pre>
          </details>
        </>
      )}
    </section>
  );
}
