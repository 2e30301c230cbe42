import { useMemo, useState } from 'react';
import type { Incident } from '../../../shared/incident';
import type { Series } from '../../../shared/series';
import { incidentBudgetBurn } from '../../../models/incident/budget-burn';
import { incidentImpact } from '../../../models/incident/impact';
import { pickMetricRoles } from '../../../models/incident/metric-roles';
import { incidentStats } from '../../../models/incident/stats';
import { mergeInto, renameIncident } from '../../../models/incident/corrections';
import { draftPostmortem } from '../../../models/postmortem/draft';
import { postmortemTriggers } from '../../../models/postmortem/review';
import { durationText, localDateTime } from '../../../models/postmortem/time-text';
import { TimeSeriesChart, type Annotation } from '../../charts/TimeSeriesChart';
import { useDocument } from '../../store/document';
import { useUi } from '../../store/ui';
import { AddEventForm } from './AddEventForm';
import { ImpactPanel } from './ImpactPanel';
import { MilestonesPanel } from './MilestonesPanel';
import { TimelineTable } from './TimelineTable';
import { correctIncident, useIncidents } from './useIncidents';
import './incidents.css';

const NO_SERIES: Series[] = [];

/** Incidents merged from every imported log: the timeline with each event's kind and why, milestones, durations, impact over the metrics, and the way to a postmortem. */
export function IncidentsView() {
  const workspace = useDocument((s) => s.workspace);
  const zone = useUi((s) => s.zone);
  const incidents = useIncidents(workspace);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [ordersPerMinute, setOrdersPerMinute] = useState('');
  const [orderValue, setOrderValue] = useState('');
  const selected = incidents.find((i) => i.id === selectedId) ?? incidents[0] ?? null;
  const series = workspace?.series ?? NO_SERIES;
  const roles = useMemo(() => pickMetricRoles(series), [series]);
  const slos = workspace?.slos;
  const [from, to] = [selected?.start, selected?.end];
  const burns = useMemo(
    () =>
      from !== undefined && to !== undefined && slos?.length
        ? incidentBudgetBurn({ start: from, end: to }, slos, series).burns
        : [],
    [from, to, slos, series],
  );
  const impact = useMemo(() => {
    if (!selected || series.length === 0) return null;
    const opm = Number(ordersPerMinute);
    const value = Number(orderValue);
    const measured = incidentImpact({ start: selected.start, end: selected.end }, roles, {
      ordersPerMinute: ordersPerMinute && Number.isFinite(opm) ? opm : undefined,
      orderValue: orderValue && Number.isFinite(value) ? value : undefined,
    });
    return { ...measured, budgetBurned: burns };
  }, [selected, roles, series.length, ordersPerMinute, orderValue, burns]);
  const stats = useMemo(() => incidentStats(incidents), [incidents]);
  if (!workspace) return null;

  return (
    <section className="view incidents" aria-labelledby="incidents-heading">
      <header className="view-header">
        <h1 id="incidents-heading">Incidents</h1>
        {incidents.length > 0 && (
          <p className="muted" title={`MTTR: mean of TTR over resolved incidents; MTBF: ${stats.mtbfBasis}`}>
            {incidents.length} {incidents.length === 1 ? 'incident' : 'incidents'} · MTTR{' '}
            {stats.mttrMinutes === null ? '—' : durationText(stats.mttrMinutes)} · median TTR{' '}
            {stats.medianTtrMinutes === null ? '—' : durationText(stats.medianTtrMinutes)} · MTBF{' '}
            {stats.mtbfMinutes === null ? '—' : durationText(stats.mtbfMinutes)}
          </p>
        )}
      </header>
      {incidents.length === 0 ? (
        <div className="empty-hint">
          <p>
            No incidents yet. Import incident logs — PagerDuty, Opsgenie, Statuspage, Slack exports, CloudWatch alarm
            history, JSON Lines or a CSV of timestamp, source, kind, message — and Headroom merges them into timelines
            with milestones.
          </p>
          <button type="button" onClick={() => useUi.getState().setView('data')}>
            Go to Data to import
          </button>
        </div>
      ) : (
        <>
          <table className="grid" aria-label="Incidents">
            <thead>
              <tr>
                <th scope="col">Incident</th>
                <th scope="col">Started ({zone})</th>
                <th scope="col">TTD</th>
                <th scope="col">TTR</th>
                <th scope="col">Events</th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {incidents.map((i) => (
                <tr key={i.id} aria-selected={i.id === selected?.id}>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-pressed={i.id === selected?.id}
                      onClick={() => setSelectedId(i.id)}
                    >
                      {i.title}
                    </button>
                  </td>
                  <td>{localDateTime(i.start, zone)}</td>
                  <td className="num">
                    {i.durations.ttdMinutes === null ? '—' : durationText(i.durations.ttdMinutes)}
                  </td>
                  <td className="num">
                    {i.durations.ttrMinutes === null ? 'open' : durationText(i.durations.ttrMinutes)}
                  </td>
                  <td className="num">{i.events.length}</td>
                  <td>{i.sources.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {selected && (
            <IncidentDetail
              key={selected.id}
              incident={selected}
              zone={zone}
              series={[roles.requests, roles.errors ?? roles.errorRatio, roles.latency].filter((s): s is Series => !!s)}
              impact={impact}
              orders={{ ordersPerMinute, setOrdersPerMinute, orderValue, setOrderValue }}
              others={incidents.filter((i) => i.id !== selected.id).map((i) => ({ id: i.id, title: i.title }))}
            />
          )}
        </>
      )}
    </section>
  );
}

interface OrdersInput {
  ordersPerMinute: string;
  setOrdersPerMinute(v: string): void;
  orderValue: string;
  setOrderValue(v: string): void;
}

/** The part of each series around the incident, so the chart opens on it while the study range is unset. */
function around(series: Series[], start: number, end: number): Series[] {
  return series.map((s) => {
    let i = 0;
    while (i < s.t.length && s.t[i]! < start) i++;
    let j = i;
    while (j < s.t.length && s.t[j]! <= end) j++;
    return { ...s, t: s.t.subarray(i, j), v: s.v.subarray(i, j) };
  });
}

function IncidentDetail({
  incident,
  zone,
  series,
  impact,
  orders,
  others,
}: {
  incident: Incident;
  zone: string;
  series: Series[];
  impact: ReturnType<typeof incidentImpact> | null;
  orders: OrdersInput;
  others: { id: string; title: string }[];
}) {
  const [title, setTitle] = useState(incident.title);
  const annotations: Annotation[] = [
    { start: incident.start, end: incident.end, label: incident.title, tone: 'incident' },
    ...Object.values(incident.milestones)
      .filter((m) => m.name !== 'started' && m.name !== 'resolved')
      .map((m) => ({ start: m.t, end: m.t + 60_000, label: m.name, tone: 'event' as const })),
  ];
  const pad = Math.max(60 * 60_000, (incident.end - incident.start) / 2);
  const nearby = useMemo(
    () => around(series, incident.start - pad, incident.end + pad),
    [series, incident.start, incident.end, pad],
  );
  const existing = useDocument((s) => s.workspace?.postmortems?.find((p) => p.incidentId === incident.id));

  const draft = () => {
    const pm = draftPostmortem(incident, impact ?? undefined, { timeZone: zone, now: Date.now() });
    useDocument.getState().edit({
      label: 'Draft postmortem',
      apply: (ws) => ({ ...ws, postmortems: [...(ws.postmortems ?? []).filter((p) => p.id !== pm.id), pm] }),
    });
    useUi.getState().setView('postmortems');
  };

  return (
    <article className="incident" aria-label={`Incident ${incident.title}`}>
      <div className="incident-title">
        <label>
          Title{' '}
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            onBlur={() =>
              title.trim() &&
              title !== incident.title &&
              correctIncident('Rename incident', incident.id, renameIncident(title.trim()))
            }
          />
        </label>
        <span className="muted">
          {incident.id} ·{' '}
          {incident.grouping.by === 'id'
            ? 'grouped by the tools’ incident id'
            : `grouped by time (events within ${incident.grouping.gapMinutes} min) and service`}
        </span>
        {others.length > 0 && (
          <label>
            Same outage as{' '}
            <select
              value=""
              onChange={(e) =>
                e.target.value && correctIncident('Merge incidents', incident.id, mergeInto(e.target.value))
              }
            >
              <option value="">(choose an incident to merge into)</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title} ({o.id})
                </option>
              ))}
            </select>
          </label>
        )}
        {incident.grouping.by === 'id' &&
          incident.grouping.ids
            .filter((id) => id !== incident.id)
            .map((id) => (
              <button
                key={id}
                type="button"
                className="link"
                onClick={() => correctIncident('Split incident', id, mergeInto(undefined))}
              >
                Split {id} out again
              </button>
            ))}
        <button type="button" onClick={draft}>
          {existing ? 'Redraft postmortem' : 'Draft postmortem'}
        </button>
        {existing && (
          <button type="button" className="link" onClick={() => useUi.getState().setView('postmortems')}>
            Open postmortem
          </button>
        )}
      </div>
      {!existing && postmortemTriggers(incident).length > 0 && (
        <p className="incident-due">
          A postmortem is due: {postmortemTriggers(incident).join('; ')} (SRE book, ch. 15).
        </p>
      )}
      {incident.notes.length > 0 && (
        <ul className="incident-notes">
          {incident.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <h2>Milestones and durations</h2>
      <MilestonesPanel incident={incident} zone={zone} />
      <h2>Over the metrics</h2>
      {series.length > 0 ? (
        <>
          <button
            type="button"
            className="link"
            onClick={() => useUi.getState().setRange({ start: incident.start - pad, end: incident.end + pad })}
          >
            Zoom every chart to this incident
          </button>
          <TimeSeriesChart
            series={nearby}
            annotations={annotations}
            title="Traffic, errors and latency around the incident"
            height={280}
          />
        </>
      ) : (
        <p className="muted">
          No metrics in the study: import traffic, errors or latency to see the incident over them.
        </p>
      )}
      <h2>Impact</h2>
      <div className="incident-orders">
        <label>
          Orders per minute (expected){' '}
          <input
            type="number"
            min="0"
            value={orders.ordersPerMinute}
            onChange={(e) => orders.setOrdersPerMinute(e.target.value)}
          />
        </label>
        <label>
          Average order value{' '}
          <input
            type="number"
            min="0"
            value={orders.orderValue}
            onChange={(e) => orders.setOrderValue(e.target.value)}
          />
        </label>
      </div>
      <ImpactPanel impact={impact} />
      <h2>Timeline</h2>
      <TimelineTable incident={incident} zone={zone} />
      <AddEventForm incidentId={incident.id} defaultTime={incident.end} zone={zone} />
    </article>
  );
}
