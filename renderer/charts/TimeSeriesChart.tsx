import { useMemo } from 'react';
import { Brush, CartesianGrid, Legend, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import type { Series } from '../../shared/series';
import { useUi } from '../store/ui';
import { formatCount, formatDateTime, formatNumber, formatTime } from './format';
import { useWidth } from './useWidth';
import { visiblePoints } from './visible-points';

export interface Annotation {
  start: number;
  end: number;
  label: string;
  tone?: 'incident' | 'event';
}

const PALETTE = ['#2f6fde', '#e0752d', '#2c9f6b', '#b34fc4', '#c9a227', '#d64561'];

/**
 * Any series over the study's one time range. Each line is cut to the range and downsampled (LTTB) to the
 * pixel width, so a million points draw as ~1,000; the overview strip's brush zooms every chart at once.
 */
export function TimeSeriesChart({ series, height = 320, annotations = [], title }: { series: Series[]; height?: number; annotations?: Annotation[]; title?: string }) {
  const range = useUi((s) => s.range);
  const setRange = useUi((s) => s.setRange);
  const { ref, width } = useWidth<HTMLDivElement>();
  const plotWidth = Math.max(100, width - 80);
  const lines = useMemo(() => series.map((s) => ({ series: s, ...visiblePoints(s, range, plotWidth) })), [series, range, plotWidth]);
  const overview = useMemo(() => (series[0] ? visiblePoints(series[0], null, Math.min(600, plotWidth)).points : []), [series, plotWidth]);
  const domain = useMemo((): [number, number] => {
    if (range) return [range.start, range.end];
    const starts = series.filter((s) => s.t.length > 0).map((s) => s.t[0]!);
    const ends = series.filter((s) => s.t.length > 0).map((s) => s.t[s.t.length - 1]!);
    return starts.length ? [Math.min(...starts), Math.max(...ends)] : [0, 1];
  }, [series, range]);
  const span = domain[1] - domain[0];
  const total = series.reduce((n, s) => n + s.t.length, 0);
  const shown = lines.reduce((n, l) => n + l.points.length, 0);
  const inRange = lines.reduce((n, l) => n + l.inRange, 0);
  const label = `${title ?? 'Chart'}: ${series.map((s) => s.name).join(', ')}; ${formatCount(inRange)} of ${formatCount(total)} points in view, drawn as ${formatCount(shown)}`;
  const units = [...new Set(series.map((s) => s.unit))];

  if (series.length === 0) return <p className="empty-hint">Pick a series to chart it.</p>;
  return (
    <figure className="chart" ref={ref} aria-label={label} role="figure">
      <figcaption className="chart-caption">
        <span>{title}</span>
        <span className="muted" data-testid="chart-points">
          {formatCount(inRange)} points in view · drawn as {formatCount(shown)}
        </span>
        {range && (
          <button type="button" className="link" onClick={() => setRange(null)}>
            Reset zoom
          </button>
        )}
      </figcaption>
      <LineChart width={width} height={height} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} onDoubleClick={() => setRange(null)}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
        <XAxis dataKey="t" type="number" domain={domain} allowDataOverflow scale="time" tickFormatter={(t: number) => formatTime(t, span)} stroke="var(--muted)" />
        <YAxis width={64} stroke="var(--muted)" tickFormatter={(v: number) => formatNumber(v)} label={units.length === 1 && units[0] ? { value: units[0], angle: -90, position: 'insideLeft', fill: 'var(--muted)' } : undefined} />
        <Tooltip
          labelFormatter={(t) => formatDateTime(Number(t))}
          formatter={(v, name) => [formatNumber(typeof v === 'number' ? v : null), name]}
          contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }}
        />
        {series.length > 1 && <Legend />}
        {annotations.map((a) => (
          <ReferenceArea key={`${a.label}-${a.start}`} x1={a.start} x2={a.end} fill={a.tone === 'incident' ? '#d64561' : '#c9a227'} fillOpacity={0.12} label={{ value: a.label, position: 'insideTop', fill: 'var(--muted)', fontSize: 11 }} />
        ))}
        {lines.map((l, i) => (
          <Line key={l.series.id} data={l.points} dataKey="v" name={l.series.name} type="linear" dot={false} isAnimationActive={false} stroke={PALETTE[i % PALETTE.length]} strokeWidth={1.5} connectNulls={false} />
        ))}
      </LineChart>
      {overview.length > 2 && (
        <LineChart width={width} height={56} data={overview} margin={{ top: 0, right: 16, bottom: 0, left: 80 }} aria-label="Overview: drag the handles to zoom">
          <Line dataKey="v" dot={false} isAnimationActive={false} stroke="var(--muted)" strokeWidth={1} />
          <Brush
            key={range ? 'zoomed' : 'full'}
            dataKey="t"
            height={24}
            stroke="var(--accent)"
            tickFormatter={(t: number) => formatTime(t, domain[1] - domain[0])}
            onChange={(r) => {
              const a = overview[r.startIndex ?? 0];
              const b = overview[r.endIndex ?? overview.length - 1];
              if (a && b) setRange(r.startIndex === 0 && r.endIndex === overview.length - 1 ? null : { start: a.t, end: b.t });
            }}
          />
        </LineChart>
      )}
    </figure>
  );
}
