import { useMemo } from 'react';
import { buildDemoCapacity } from '../../../models/demo/demo-capacity';
import { planAndRecommend } from '../../../models/recommend/recommend';
import { formatNumber } from '../../charts/format';
import { useDocument } from '../../store/document';
import { DemandChart } from './DemandChart';
import { Recommendations } from './Recommendations';
import { ScenarioPanel } from './ScenarioPanel';
import { TiersTable } from './TiersTable';
import { UslChart } from './UslChart';
import './capacity.css';

/** Will we hold, and what do we change? The sale, the tiers, demand against capacity, the USL fits and the advice. */
export function CapacityView() {
  const study = useDocument((s) => s.workspace?.capacity ?? null);
  const series = useDocument((s) => s.workspace?.series);
  // A plan takes a few ms (models/capacity/plan.bench.ts), so it is derived here rather than in the worker.
  const result = useMemo(() => (study ? planAndRecommend({ ...study.scenario, tiers: study.tiers }) : null), [study]);
  if (!study || !result) {
    return (
      <section className="view" aria-labelledby="capacity-heading">
        <header className="view-header">
          <h1 id="capacity-heading">Capacity</h1>
        </header>
        <div className="empty-hint">
          <p>
            No capacity plan yet. Start from the demo shop’s tiers (web, app, cache, database primary and replicas) and
            edit them to match yours.
          </p>
          <button
            type="button"
            onClick={() =>
              useDocument
                .getState()
                .edit({
                  label: 'Add the capacity plan',
                  apply: (ws) => ({ ...ws, capacity: buildDemoCapacity(ws.series) }),
                })
            }
          >
            Start a capacity plan
          </button>
        </div>
      </section>
    );
  }
  const { plan, recommendations } = result;
  const overNow = plan.tiers.filter((t) => !(t.utilizationNow < plan.maxUtilization));
  const usl = study.tiers.flatMap((t) =>
    t.capacity.kind === 'load-test' ? [{ name: t.name, points: t.capacity.points, axis: t.capacity.axis }] : [],
  );
  const page = (ms: number | null) => (ms === null ? 'unbounded (a tier is past 100 %)' : `${formatNumber(ms)} ms`);
  return (
    <section className="view capacity" aria-labelledby="capacity-heading">
      <header className="view-header">
        <h1 id="capacity-heading">Capacity</h1>
        <span className="muted">{series ? `${series.length} series in the study` : ''}</span>
      </header>
      <p className="verdict" role="status">
        {overNow.length === 0 ? (
          <>
            Today’s fleet holds the planned peak of {formatNumber(plan.plannedRps)} req/s under the{' '}
            {Math.round(plan.maxUtilization * 100)} % ceiling.
          </>
        ) : (
          <>
            Today’s fleet does <strong>not</strong> hold {formatNumber(plan.plannedRps)} req/s:{' '}
            {overNow.map((t) => `${t.name} at ${Math.round(100 * t.utilizationNow)} %`).join(', ')}.
          </>
        )}{' '}
        Page time at the peak: {page(plan.predictedPageNowMs)} today, {page(plan.predictedPageMs)} as planned (objective{' '}
        {formatNumber(plan.latencySloMs)} ms). Event cost {plan.eventCost.toFixed(2)} ({plan.extraCost.toFixed(2)} above
        today’s fleet) over {plan.eventHours.toFixed(1)} h.
      </p>
      {plan.problems.map((p) => (
        <p key={p.tierId} className="problem" role="alert">
          Tier {p.tierId} could not be planned: {p.reason}
        </p>
      ))}
      <ScenarioPanel study={study} />
      <h2>Tiers</h2>
      <TiersTable study={study} plans={plan.tiers} maxUtilization={plan.maxUtilization} />
      <h2>Recommendations</h2>
      <Recommendations items={recommendations} />
      <h2>Demand and capacity</h2>
      <DemandChart plan={plan} />
      {usl.length > 0 && <h2>Load tests</h2>}
      {usl.map((u) => (
        <UslChart key={u.name} name={u.name} points={u.points} axis={u.axis} />
      ))}
      <details className="how">
        <summary>How is this computed?</summary>
        <ul>
          {plan.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
          <li>
            Universal Scalability Law X(N) = λN / (1 + σ(N − 1) + κN(N − 1)) fitted by Levenberg–Marquardt (Gunther,
            Guerrilla Capacity Planning); the band is the delta-method 95 % prediction band.
          </li>
          <li>Erlang C waiting probability and mean wait Wq = C·S / (c − A) (Kleinrock, Queueing Systems vol. 1).</li>
        </ul>
      </details>
    </section>
  );
}
