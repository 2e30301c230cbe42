import { useId, useState } from 'react';
import type { Slo } from '../../../shared/slo';
import { outageCost } from '../../../models/slo/incident-cost';

/** "What would an outage cost?": minutes × share of users × traffic against the window's allowed minutes. */
export function OutageCalculator({ slo, at }: { slo: Slo; at: number }) {
  const id = useId();
  const [minutes, setMinutes] = useState(30);
  const [affected, setAffected] = useState(60);
  const [traffic, setTraffic] = useState(1);
  const cost = outageCost(slo, { durationMinutes: minutes, affectedFraction: affected / 100, trafficMultiplier: traffic }, at);
  const field = (label: string, value: number, set: (x: number) => void, step: number, suffix: string) => (
    <label htmlFor={`${id}-${label}`}>
      {label}{' '}
      <input id={`${id}-${label}`} type="number" min={0} step={step} value={value} onChange={(e) => set(Math.max(0, Number(e.target.value)))} /> {suffix}
    </label>
  );
  return (
    <section className="slo-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>What would an outage cost?</h2>
      <div className="slo-fields">
        {field('Outage length', minutes, setMinutes, 5, 'min')}
        {field('Users affected', affected, setAffected, 5, '%')}
        {field('Traffic', traffic, setTraffic, 0.5, '× usual')}
      </div>
      <p role="status" className="slo-answer" title="equivalent full-outage minutes ÷ ((1 − objective) × window minutes), The Site Reliability Workbook ch. 2">
        {cost.explanation}
        {cost.budgetFraction >= 1 && <strong> — more than the whole budget</strong>}
      </p>
    </section>
  );
}
