import { useId, useState } from 'react';
import type { SaleScenario, TimeWindow } from '../../../shared/forecast';
import type { Series } from '../../../shared/series';
import { formatDateTime, formatNumber } from '../../charts/format';
import { ForecastChart } from './ForecastChart';
import { useSaleForecast } from './useForecast';

const toInput = (ms: number) => new Date(ms).toISOString().slice(0, 16);
const fromInput = (text: string) => Date.parse(`${text}:00Z`);

/** The next sale's knobs (all in UTC) and what they give: the expected peak with its interval and the sale's curve. */
export function ScenarioPanel({ series, scenario, onChange, onRemove }: { series: Series; scenario: SaleScenario; onChange: (label: string, next: SaleScenario) => void; onRemove: () => void }) {
  const { outcome, busy } = useSaleForecast(series, scenario);
  const id = useId();
  const [markStart, setMarkStart] = useState('');
  const [markEnd, setMarkEnd] = useState('');
  const result = outcome?.ok ? outcome.result : null;
  const set = <K extends keyof SaleScenario>(key: K, value: SaleScenario[K], label: string) => onChange(label, { ...scenario, [key]: value });
  const removeSale = (w: TimeWindow) => onChange('Unmark a past sale', { ...scenario, pastSales: scenario.pastSales.filter((x) => x !== w) });
  const canMark = Number.isFinite(fromInput(markStart)) && Number.isFinite(fromInput(markEnd)) && fromInput(markEnd) > fromInput(markStart);

  return (
    <section className="forecast-scenario" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Next sale: {scenario.name}</h2>
      <div className="forecast-knobs">
        <label>
          Sale opens (UTC)
          <input type="datetime-local" value={toInput(scenario.saleStart)} onChange={(e) => Number.isFinite(fromInput(e.target.value)) && set('saleStart', fromInput(e.target.value), 'Move the sale')} />
        </label>
        <label>
          Duration (minutes)
          <input type="number" min={15} step={15} value={scenario.saleDurationMinutes} onChange={(e) => Number(e.target.value) > 0 && set('saleDurationMinutes', Number(e.target.value), 'Change the sale duration')} />
        </label>
        <label>
          Peak multiplier (blank: learned)
          <input type="number" min={1} step={0.1} placeholder={result ? result.multiplier.toFixed(2) : 'learned'} value={scenario.multiplier ?? ''} onChange={(e) => set('multiplier', e.target.value === '' ? null : Math.max(1, Number(e.target.value)), 'Change the sale multiplier')} />
        </label>
        <label>
          Organic growth (%)
          <input type="number" step={1} value={Math.round(scenario.organicGrowthFraction * 1000) / 10} onChange={(e) => set('organicGrowthFraction', Number(e.target.value) / 100, 'Change organic growth')} />
        </label>
        <label>
          Ramp to peak (minutes, blank: learned)
          <input type="number" min={0} step={5} placeholder={result ? String(Math.round(result.rampMinutes)) : 'learned'} value={scenario.rampMinutes ?? ''} onChange={(e) => set('rampMinutes', e.target.value === '' ? null : Math.max(0, Number(e.target.value)), 'Change the ramp')} />
        </label>
      </div>

      <h3>Past sales the uplift is learned from</h3>
      {scenario.pastSales.length === 0 ? <p className="muted">None marked: the multiplier falls back to 3.5×, the seed case. Mark a past sale below.</p> : null}
      <ul className="forecast-past">
        {scenario.pastSales.map((w) => {
          const learned = result?.uplifts.find((u) => u.window.start === w.start);
          return (
            <li key={`${w.start}-${w.end}`}>
              {formatDateTime(w.start)} → {formatDateTime(w.end)}
              {learned && (
                <span className="muted">
                  {' '}
                  — peaked at {formatNumber(learned.peakMultiplier)}× the baseline ({formatNumber(learned.observedPeak)} vs {formatNumber(learned.baselineAtPeak)} {series.unit}), {Math.round(learned.rampMinutes)} min after it began
                </span>
              )}{' '}
              <button type="button" className="link" onClick={() => removeSale(w)} aria-label={`Unmark the sale of ${formatDateTime(w.start)}`}>
                Unmark
              </button>
            </li>
          );
        })}
      </ul>
      <div className="forecast-knobs">
        <label>
          Past sale from (UTC)
          <input type="datetime-local" value={markStart} onChange={(e) => setMarkStart(e.target.value)} />
        </label>
        <label>
          to (UTC)
          <input type="datetime-local" value={markEnd} onChange={(e) => setMarkEnd(e.target.value)} />
        </label>
        <button
          type="button"
          disabled={!canMark}
          onClick={() => {
            onChange('Mark a past sale', { ...scenario, pastSales: [...scenario.pastSales, { start: fromInput(markStart), end: fromInput(markEnd) }] });
            setMarkStart('');
            setMarkEnd('');
          }}
        >
          Mark past sale
        </button>
      </div>

      {outcome && !outcome.ok && <p role="alert">This scenario cannot be forecast: {outcome.reason}</p>}
      {busy && !result && <p className="muted">Forecasting the sale…</p>}
      {result && (
        <>
          <p className="forecast-peak" aria-label="Expected sale peak">
            Expected peak <strong>{formatNumber(result.peak.value, series.unit)}</strong> at {formatDateTime(result.peak.t)} (95 % interval {formatNumber(result.peak.lo95)}–{formatNumber(result.peak.hi95)}, 80 % {formatNumber(result.peak.lo80)}–{formatNumber(result.peak.hi80)}),{' '}
            <span title={`baseline model ${result.baselineModel}; multiplier ${result.multiplierSource}`}>
              {formatNumber(result.multiplier)}× the baseline ({result.multiplierSource === 'learned' ? 'learned from past sales' : result.multiplierSource === 'given' ? 'as given' : 'the seed case, no past sale marked'})
            </span>
            , against a normal daily peak of {formatNumber(result.normalPeak, series.unit)}.
          </p>
          <ForecastChart
            history={null}
            band={result.curve}
            unit={series.unit}
            saleStart={scenario.saleStart}
            caption="The sale: baseline forecast × uplift"
            label={`Sale scenario ${scenario.name}: expected peak ${formatNumber(result.peak.value)} ${series.unit} at ${formatDateTime(result.peak.t)}, 95 % interval ${formatNumber(result.peak.lo95)} to ${formatNumber(result.peak.hi95)}`}
          />
          {result.notes.length > 0 && (
            <details>
              <summary>How is this computed?</summary>
              <ul>
                {result.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <button type="button" className="link" onClick={onRemove}>
        Remove this scenario
      </button>
    </section>
  );
}
