import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { CapacityPlan } from '../../../shared/capacity';
import { formatDateTime, formatNumber, formatTime } from '../../charts/format';
import { useWidth } from '../../charts/useWidth';

const PALETTE = ['#2f6fde', '#e0752d', '#2c9f6b', '#b34fc4', '#c9a227', '#d64561'];

/**
 * The sale's demand against each tier's planned capacity (at 100 %), both in front-door req/s, so the first line
 * the demand crosses is the tier that breaks first. Autoscaled tiers step up as the replayed autoscaler adds warm
 * instances; the rows are one a minute (a few hundred points).
 */
export function DemandChart({ plan }: { plan: CapacityPlan }) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const tiers = useMemo(() => plan.tiers.filter((t) => t.callsPerRequest > 0), [plan]);
  const rows = useMemo(() => {
    // The plan sizes for the top of the band; the expected peak's curve is the same ramp scaled to it.
    const base = Math.min(plan.peak.baselineRps, plan.plannedRps);
    const expectedOf = (d: number) =>
      plan.plannedRps > base ? base + ((d - base) * (plan.peak.rps - base)) / (plan.plannedRps - base) : d;
    const byMinute = new Map<number, Record<string, number>>();
    for (const t of tiers) {
      for (const p of t.timeline) {
        const m = Math.round(p.t / 60_000) * 60_000;
        const row = byMinute.get(m) ?? { t: m };
        row.demand = p.demandRps;
        row.expected = expectedOf(p.demandRps);
        row[t.tierId] = p.capacityRps;
        byMinute.set(m, row);
      }
    }
    return [...byMinute.values()].sort((a, b) => a.t! - b.t!);
  }, [plan, tiers]);
  // Room for the demand and the tiers near it; far bigger capacities (a cache) run off the top.
  const step = 10 ** Math.floor(Math.log10(Math.max(1, plan.plannedRps)));
  const top = Math.ceil((plan.plannedRps * 2) / step) * step;
  const label = `Demand vs capacity over the sale: demand peaks at ${formatNumber(plan.plannedRps)} req/s; ${tiers
    .map((t) => `${t.name} ${formatNumber(t.timeline[t.timeline.length - 1]?.capacityRps)} req/s`)
    .join(', ')} at the end of the sale`;
  const span = rows.length ? rows[rows.length - 1]!.t! - rows[0]!.t! : 0;
  return (
    <figure className="chart" ref={ref} role="figure" aria-label={label}>
      <figcaption className="chart-caption">
        <span>Demand vs capacity over the sale</span>
        <span className="muted">
          front-door req/s; capacity at 100 % with the planned fleet, pre-warming and autoscaling; tiers with ample room
          run off the top
        </span>
      </figcaption>
      <LineChart width={width} height={300} data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
        <XAxis
          dataKey="t"
          type="number"
          domain={['dataMin', 'dataMax']}
          scale="time"
          tickFormatter={(t: number) => formatTime(t, span)}
          stroke="var(--muted)"
        />
        <YAxis
          width={64}
          domain={[0, top]}
          allowDataOverflow
          stroke="var(--muted)"
          tickFormatter={(v: number) => formatNumber(v)}
        />
        <Tooltip
          labelFormatter={(t) => formatDateTime(Number(t))}
          formatter={(v, name) => [formatNumber(typeof v === 'number' ? v : null), name]}
          contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }}
        />
        <Legend />
        <ReferenceLine
          x={plan.saleStart}
          stroke="var(--muted)"
          strokeDasharray="4 4"
          label={{ value: 'sale opens', position: 'insideTopLeft', fill: 'var(--muted)', fontSize: 11 }}
        />
        <Line
          dataKey="expected"
          name="expected demand"
          type="linear"
          dot={false}
          isAnimationActive={false}
          stroke="var(--muted)"
          strokeDasharray="5 4"
          strokeWidth={1.5}
        />
        <Line
          dataKey="demand"
          name={plan.planFor === 'hi' ? 'planned demand (top of band)' : 'planned demand'}
          type="linear"
          dot={false}
          isAnimationActive={false}
          stroke="var(--text)"
          strokeWidth={2.5}
        />
        {tiers.map((t, i) => (
          <Line
            key={t.tierId}
            dataKey={t.tierId}
            name={`${t.name} capacity`}
            type="stepAfter"
            dot={false}
            isAnimationActive={false}
            stroke={PALETTE[i % PALETTE.length]}
            strokeWidth={1.5}
            connectNulls
          />
        ))}
      </LineChart>
    </figure>
  );
}
