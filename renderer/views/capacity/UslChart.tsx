import { useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { LoadTestPoint } from '../../../shared/capacity';
import { fitUsl, uslBand } from '../../../models/capacity/usl';
import { formatNumber } from '../../charts/format';
import { useWidth } from '../../charts/useWidth';

/** A load test's points with the fitted Universal Scalability Law and its 95 % band, which widens past the data. */
export function UslChart({
  name,
  points,
  axis,
}: {
  name: string;
  points: LoadTestPoint[];
  axis: 'concurrency' | 'nodes';
}) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const fit = useMemo(() => fitUsl(points), [points]);
  const curve = useMemo(() => {
    if (!fit.ok) return [];
    const top = Math.max(fit.fit.maxTestedN, fit.fit.peakN ?? 0) * 1.6;
    return uslBand(
      fit.fit,
      Array.from({ length: 81 }, (_, i) => Math.max(1, (top * i) / 80)),
    ).map((b) => ({ n: b.n, fit: b.x, band: [b.lo, b.hi] as [number, number] }));
  }, [fit]);
  if (!fit.ok)
    return (
      <p className="empty-hint">
        {name}: {fit.reason}
      </p>
    );
  const f = fit.fit;
  const unit = axis === 'nodes' ? 'instances' : 'concurrency';
  const label = `USL fit for ${name}: σ ${f.sigma.toPrecision(3)}, κ ${f.kappa.toPrecision(3)}, λ ${formatNumber(f.lambda)}, r² ${f.r2.toFixed(3)}; peak ${formatNumber(f.peakX)} req/s at ${unit} ${formatNumber(f.peakN)}`;
  return (
    <figure className="chart" ref={ref} role="figure" aria-label={label}>
      <figcaption className="chart-caption">
        <span>{name}: Universal Scalability Law</span>
        <span className="muted">
          σ {f.sigma.toPrecision(3)} · κ {f.kappa.toPrecision(3)} · λ {formatNumber(f.lambda)} · r² {f.r2.toFixed(3)} ·
          peak {formatNumber(f.peakX)} req/s at {unit} {formatNumber(f.peakN)}
        </span>
      </figcaption>
      <ComposedChart width={width} height={280} data={curve} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
        <XAxis
          dataKey="n"
          type="number"
          domain={[0, 'dataMax']}
          stroke="var(--muted)"
          tickFormatter={(v: number) => formatNumber(v)}
          label={{ value: unit, position: 'insideBottom', offset: -8, fill: 'var(--muted)' }}
        />
        <YAxis
          width={64}
          stroke="var(--muted)"
          tickFormatter={(v: number) => formatNumber(v)}
          label={{ value: 'req/s', angle: -90, position: 'insideLeft', fill: 'var(--muted)' }}
        />
        <Tooltip
          formatter={(v, nm) => [
            Array.isArray(v) ? v.map((x) => formatNumber(Number(x))).join(' – ') : formatNumber(Number(v)),
            nm,
          ]}
          labelFormatter={(n) => `${unit} ${formatNumber(Number(n))}`}
          contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }}
        />
        <Legend verticalAlign="top" />
        <Area
          dataKey="band"
          name="95 % band"
          stroke="none"
          fill="var(--accent)"
          fillOpacity={0.15}
          isAnimationActive={false}
        />
        <Line
          dataKey="fit"
          name="USL fit"
          dot={false}
          stroke="var(--accent)"
          strokeWidth={2}
          isAnimationActive={false}
        />
        <Scatter
          data={points.map((p) => ({ n: p.n, measured: p.throughput }))}
          dataKey="measured"
          name="load test"
          fill="#e0752d"
          isAnimationActive={false}
        />
        {f.peakN !== null && (
          <ReferenceLine
            x={f.peakN}
            stroke="var(--muted)"
            strokeDasharray="4 4"
            label={{ value: 'peak', position: 'insideTopRight', fill: 'var(--muted)', fontSize: 11 }}
          />
        )}
        {f.kneeN !== null && f.kneeN !== f.peakN && (
          <ReferenceLine
            x={f.kneeN}
            stroke="var(--muted)"
            strokeDasharray="2 4"
            label={{ value: 'knee', position: 'insideTopLeft', fill: 'var(--muted)', fontSize: 11 }}
          />
        )}
      </ComposedChart>
    </figure>
  );
}
