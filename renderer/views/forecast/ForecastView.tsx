import { useMemo, useState } from 'react';
import { FORECAST_MODELS, type ForecastModelName, type SaleScenario } from '../../../shared/forecast';
import type { Series } from '../../../shared/series';
import { medianStep } from '../../../models/forecast/regular-grid';
import { formatDateTime, formatNumber } from '../../charts/format';
import { useDocument } from '../../store/document';
import { backtestSentence, MODEL_LABELS } from './explain';
import { ForecastChart } from './ForecastChart';
import { ModelTable } from './ModelTable';
import { ScenarioPanel } from './ScenarioPanel';
import { useForecast } from './useForecast';
import './forecast.css';

const HORIZONS = [
  { label: '1 day', ms: 86_400_000 },
  { label: '2 days', ms: 2 * 86_400_000 },
  { label: '7 days', ms: 7 * 86_400_000 },
];
const EMPTY: SaleScenario[] = [];

/** The traffic series a planner most likely means: a request rate, else the first. */
const defaultSeries = (series: Series[]) => series.find((s) => /req\/s|rps|requests/i.test(`${s.unit} ${s.name}`)) ?? series[0] ?? null;

/** The Forecast view: history and forecast with calibrated bands, the chosen model's track record, every model compared, and the next sale. */
export function ForecastView() {
  const workspace = useDocument((s) => s.workspace);
  const allSeries = useMemo(() => workspace?.series ?? [], [workspace]);
  const scenarios = workspace?.scenarios ?? EMPTY;
  const [seriesId, setSeriesId] = useState<string | null>(null);
  const [horizonMs, setHorizonMs] = useState(HORIZONS[1]!.ms);
  const [model, setModel] = useState<ForecastModelName | null>(null);
  const series = allSeries.find((s) => s.id === seriesId) ?? defaultSeries(allSeries);
  const stepMs = useMemo(() => (series ? medianStep(series.t) : NaN), [series]);
  const horizonSteps = Number.isFinite(stepMs) ? Math.max(1, Math.ceil(horizonMs / stepMs)) : 1;
  const { outcome, busy } = useForecast(series, horizonSteps, model);
  const scenario = scenarios.find((s) => s.seriesId === series?.id) ?? null;
  // The chart shows the last two weeks (or three horizons, if shorter) before the forecast.
  const history = useMemo(() => {
    if (!outcome?.ok) return null;
    const h = outcome.result.history;
    const from = h.t[h.t.length - 1]! - Math.min(14 * 86_400_000, 3 * horizonMs);
    let i = 0;
    while (i < h.t.length && h.t[i]! < from) i++;
    return { t: h.t.subarray(i), v: h.v.subarray(i) };
  }, [outcome, horizonMs]);
  if (!workspace) return null;

  const editScenarios = (label: string, apply: (list: SaleScenario[]) => SaleScenario[]) => useDocument.getState().edit({ label, apply: (ws) => ({ ...ws, scenarios: apply(ws.scenarios ?? []) }) });
  const result = outcome?.ok ? outcome.result : null;
  const addScenario = () => {
    if (!series) return;
    const last = series.t[series.t.length - 1] ?? Date.now();
    // A week after the data ends, at 10:00 UTC.
    const start = Math.floor(last / 86_400_000) * 86_400_000 + 7 * 86_400_000 + 10 * 3_600_000;
    editScenarios('Add a sale scenario', (list) => [
      ...list,
      { id: `scenario-${Date.now().toString(36)}`, name: 'Next sale', seriesId: series.id, saleStart: start, saleDurationMinutes: 240, multiplier: null, organicGrowthFraction: 0, rampMinutes: null, pastSales: [] },
    ]);
  };

  return (
    <section className="view" aria-labelledby="forecast-heading">
      <header className="view-header">
        <h1 id="forecast-heading">Forecast</h1>
      </header>
      {allSeries.length === 0 ? (
        <div className="empty-hint">
          <p>Nothing to forecast yet. Import a traffic series (requests per second, orders per minute) on the Data page, or open the demo study.</p>
        </div>
      ) : (
        <>
          <div className="forecast-knobs">
            <label>
              Series
              <select value={series?.id ?? ''} onChange={(e) => setSeriesId(e.target.value)}>
                {allSeries.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                    {s.unit ? ` (${s.unit})` : ''}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Horizon
              <select value={horizonMs} onChange={(e) => setHorizonMs(Number(e.target.value))}>
                {HORIZONS.map((h) => (
                  <option key={h.ms} value={h.ms}>
                    {h.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Model
              <select value={model ?? ''} onChange={(e) => setModel(e.target.value === '' ? null : (e.target.value as ForecastModelName))}>
                <option value="">Best on backtest (automatic)</option>
                {FORECAST_MODELS.filter((m) => m !== 'combination').map((m) => (
                  <option key={m} value={m}>
                    {MODEL_LABELS[m]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {outcome && !outcome.ok && <p role="alert">This series cannot be forecast: {outcome.reason}</p>}
          {busy && !result && <p className="muted">Backtesting every model on {series?.name}…</p>}
          {result && series && (
            <>
              <p className="forecast-verdict" aria-label="Forecast accuracy">
                <strong>{MODEL_LABELS[result.model]}</strong>
                {result.model === 'combination' ? ` (${result.members.map((m) => MODEL_LABELS[m]).join(', ')})` : ''}. {backtestSentence(result.backtest)}
              </p>
              <ForecastChart
                history={history}
                band={result}
                unit={series.unit}
                marked={scenario?.pastSales ?? []}
                caption={`${series.name}: the last days and the next ${HORIZONS.find((h) => h.ms === horizonMs)?.label ?? ''}`}
                label={`Forecast of ${series.name}: ${result.model}, next value ${formatNumber(result.mean[0])} ${series.unit} at ${formatDateTime(result.t[0]!)}, ${result.t.length} steps ahead`}
              />
              <details>
                <summary>How is this computed?</summary>
                <p>
                  Every model is refitted on {result.backtest.folds} earlier cut-off points and scored on the {result.backtest.horizonSteps} steps that followed each; the best (or the median of the best three, when that scores better) is kept. The bands are split-conformal: the
                  80th and 95th percentiles of the backtest errors at each step ahead. Seasons found in the data: {result.periods.length ? result.periods.map((p) => `${formatNumber((p * result.intervalMs) / 3_600_000)} h`).join(' and ') : 'none'}.
                </p>
                <p className="muted">Parameters: {Object.entries(result.params).map(([k, v]) => `${k} ${v}`).join(', ')}</p>
                {result.notes.length > 0 && (
                  <ul>
                    {result.notes.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                )}
              </details>
              <ModelTable result={result} />
            </>
          )}
          {series &&
            (scenario ? (
              <ScenarioPanel
                series={series}
                scenario={scenario}
                onChange={(label, next) => editScenarios(label, (list) => list.map((s) => (s.id === next.id ? next : s)))}
                onRemove={() => editScenarios('Remove the sale scenario', (list) => list.filter((s) => s.id !== scenario.id))}
              />
            ) : (
              <div className="empty-hint">
                <p>No sale planned for {series.name}. A scenario takes the next sale’s date, learns the uplift from past sales you mark, and gives the expected peak with its interval.</p>
                <button type="button" onClick={addScenario}>
                  Plan the next sale…
                </button>
              </div>
            ))}
        </>
      )}
    </section>
  );
}
