import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TimeWindow } from '../../../shared/forecast';
import { lttb } from '../../../models/series/lttb';
import { formatDateTime, formatNumber, formatTime } from '../../charts/format';
import { useWidth } from '../../charts/useWidth';

export interface Band {
  t: Float64Array;
  mean: Float64Array;
  lo80: Float64Array;
  hi80: Float64Array;
  lo95: Float64Array;
  hi95: Float64Array;
}

interface Row {
  t: number;
  history?: number;
  mean?: number;
  band80?: [number, number];
  band95?: [number, number];
}

const MAX_POINTS = 800;

/** Every k-th step of a forecast band, so the chart never receives more than MAX_POINTS rows of it. */
function bandRows(b: Band): Row[] {
  const stride = Math.max(1, Math.ceil(b.t.length / MAX_POINTS));
  const rows: Row[] = [];
  for (let k = 0; k < b.t.length; k += stride) rows.push({ t: b.t[k]!, mean: b.mean[k]!, band80: [b.lo80[k]!, b.hi80[k]!], band95: [b.lo95[k]!, b.hi95[k]!] });
  return rows;
}

/**
 * History, the forecast's mean and its 80 % and 95 % bands, with past sales shaded. The history is LTTB-downsampled
 * and the band thinned before they reach recharts.
 */
export function ForecastChart({
  history,
  band,
  unit,
  label,
  caption,
  marked = [],
  saleStart,
}: {
  history: { t: Float64Array; v: Float64Array } | null;
  band: Band;
  unit: string;
  label: string;
  caption: string;
  marked?: TimeWindow[];
  saleStart?: number;
}) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const rows = useMemo(() => {
    const past: Row[] = [];
    if (history && history.t.length > 0) {
      const d = lttb(history.t, history.v, MAX_POINTS);
      for (let i = 0; i < d.t.length; i++) past.push({ t: d.t[i]!, history: d.v[i]! });
    }
    return [...past, ...bandRows(band)];
  }, [history, band]);
  const first = rows[0]?.t ?? 0;
  const last = rows[rows.length - 1]?.t ?? 1;
  return (
    <figure className="chart" ref={ref} role="figure" aria-label={label}>
      <figcaption className="chart-caption">
        <span>{caption}</span>
        <span className="muted">{unit ? `${unit}; ` : ''}shaded: 80 % and 95 % intervals</span>
      </figcaption>
      <ComposedChart width={width} height={300} data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
        {/* Date and hour on every tick: a forecast chart spans days, and a date alone repeats along the axis. */}
        <XAxis dataKey="t" type="number" domain={[first, last]} scale="time" tickFormatter={(t: number) => formatTime(t, Math.min(last - first, 3 * 86_400_000))} minTickGap={24} stroke="var(--muted)" />
        <YAxis width={64} stroke="var(--muted)" tickFormatter={(v: number) => formatNumber(v)} />
        <Tooltip
          labelFormatter={(t) => formatDateTime(Number(t))}
          formatter={(v, name) => [Array.isArray(v) ? `${formatNumber(Number(v[0]))} – ${formatNumber(Number(v[1]))}` : formatNumber(typeof v === 'number' ? v : null), name]}
          contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }}
        />
        <Legend />
        {marked
          .filter((w) => w.end >= first && w.start <= last)
          .map((w) => (
            <ReferenceArea key={`${w.start}`} x1={Math.max(w.start, first)} x2={Math.min(w.end, last)} fill="#e0752d" fillOpacity={0.12} label={{ value: 'past sale', position: 'insideTop', fill: 'var(--muted)', fontSize: 11 }} />
          ))}
        {saleStart !== undefined && <ReferenceLine x={saleStart} stroke="var(--muted)" strokeDasharray="4 4" label={{ value: 'sale opens', position: 'insideTopLeft', fill: 'var(--muted)', fontSize: 11 }} />}
        <Area dataKey="band95" name="95 % interval" stroke="none" fill="var(--accent)" fillOpacity={0.12} isAnimationActive={false} />
        <Area dataKey="band80" name="80 % interval" stroke="none" fill="var(--accent)" fillOpacity={0.22} isAnimationActive={false} />
        {history && <Line dataKey="history" name="history" type="linear" dot={false} isAnimationActive={false} stroke="var(--muted)" strokeWidth={1.2} />}
        <Line dataKey="mean" name="forecast" type="linear" dot={false} isAnimationActive={false} stroke="var(--accent)" strokeWidth={2} />
      </ComposedChart>
    </figure>
  );
}
