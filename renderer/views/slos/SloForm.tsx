import { useId, useState } from 'react';
import type { Series } from '../../../shared/series';
import type { Slo } from '../../../shared/slo';
import { parseWindow } from '../../../models/slo/window';

type Kind = 'bad-total' | 'good-total' | 'probe' | 'latency';

/** A new SLO from the study's series: what to count, the objective and the window. */
export function SloForm({ series, onAdd }: { series: readonly Series[]; onAdd(slo: Slo): void }) {
  const id = useId();
  const [name, setName] = useState('Availability');
  const [kind, setKind] = useState<Kind>('bad-total');
  const [a, setA] = useState(series[0]?.id ?? '');
  const [b, setB] = useState(series[1]?.id ?? series[0]?.id ?? '');
  const [objective, setObjective] = useState('99.9');
  const [window, setWindow] = useState('30d');
  const [threshold, setThreshold] = useState('2000');
  const pct = Number(objective);
  const w = parseWindow(window);
  const valid = name.trim() !== '' && pct > 0 && pct < 100 && w.ok && a !== '' && (kind === 'probe' || kind === 'latency' || b !== '') && (kind !== 'latency' || Number(threshold) > 0);
  const pick = (label: string, value: string, set: (v: string) => void) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => set(e.target.value)}>
        {series.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
            {Object.keys(s.labels).length ? ` {${Object.entries(s.labels).map(([k, v]) => `${k}=${v}`).join(', ')}}` : ''}
          </option>
        ))}
      </select>
    </label>
  );
  const submit = () => {
    if (!valid || !w.ok) return;
    const sli: Slo['sli'] =
      kind === 'bad-total' ? { kind, bad: a, total: b } : kind === 'good-total' ? { kind, good: a, total: b } : kind === 'probe' ? { kind, up: a } : { kind, series: a, thresholdMs: Number(threshold) };
    onAdd({
      id: `slo-${Date.now().toString(36)}`,
      name: name.trim(),
      service: 'service',
      description: '',
      objective: Number((pct / 100).toPrecision(12)),
      window: w.window,
      budgeting: kind === 'probe' || kind === 'latency' ? 'timeslices' : 'occurrences',
      sli,
      alerts: [],
    });
  };
  return (
    <form className="slo-panel slo-fields" aria-label="New SLO" onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}>
      <label htmlFor={`${id}-name`}>
        Name <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Measured by{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="bad-total">bad ÷ all requests</option>
          <option value="good-total">good ÷ all requests</option>
          <option value="probe">an up/down probe</option>
          <option value="latency">a latency percentile under a threshold</option>
        </select>
      </label>
      {pick(kind === 'bad-total' ? 'Bad' : kind === 'good-total' ? 'Good' : kind === 'probe' ? 'Probe' : 'Percentile series', a, setA)}
      {(kind === 'bad-total' || kind === 'good-total') && pick('All', b, setB)}
      {kind === 'latency' && (
        <label>
          Threshold <input type="number" min={1} value={threshold} onChange={(e) => setThreshold(e.target.value)} /> ms
        </label>
      )}
      <label>
        Objective <input inputMode="decimal" value={objective} onChange={(e) => setObjective(e.target.value)} size={7} /> %
      </label>
      <label>
        Window{' '}
        <select value={window} onChange={(e) => setWindow(e.target.value)}>
          <option value="7d">rolling 7 days</option>
          <option value="28d">rolling 28 days</option>
          <option value="30d">rolling 30 days</option>
          <option value="month">calendar month</option>
          <option value="quarter">calendar quarter</option>
        </select>
      </label>
      <button type="submit" disabled={!valid}>
        Add SLO
      </button>
    </form>
  );
}
