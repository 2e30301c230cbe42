import { useEffect, useState } from 'react';
import type { ForecastModelName, ForecastOutcome, SaleScenario } from '../../../shared/forecast';
import type { Series } from '../../../shared/series';
import type { ScenarioOutcome } from '../../../models/forecast/sale-scenario';
import { JobCanceled, runJob } from '../../store/jobs';
import { useUi } from '../../store/ui';
import { Comlink, engine } from '../../workers/engine';

function report(title: string, err: unknown) {
  if (err instanceof JobCanceled) return;
  useUi.getState().notify({ tone: 'error', title, detail: err instanceof Error ? err.message : String(err) });
}

/** Fit and backtest in the engine worker whenever the series, horizon or forced model change. */
export function useForecast(series: Series | null, horizonSteps: number, model: ForecastModelName | null): { outcome: ForecastOutcome | null; busy: boolean } {
  const [outcome, setOutcome] = useState<ForecastOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!series) return;
    let live = true;
    setBusy(true);
    runJob(`Forecasting ${series.name}`, async (onProgress) => await engine().forecast(series, { horizonSteps, ...(model ? { model } : {}) }, Comlink.proxy(onProgress)))
      .then((r) => live && setOutcome(r))
      .catch((err: unknown) => live && report(`Could not forecast ${series.name}`, err))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [series, horizonSteps, model]);
  return { outcome, busy };
}

/** The sale scenario's expected peak, recomputed in the worker when a knob changes. */
export function useSaleForecast(series: Series | null, scenario: SaleScenario | null): { outcome: ScenarioOutcome | null; busy: boolean } {
  const [outcome, setOutcome] = useState<ScenarioOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!series || !scenario) {
      setOutcome(null);
      return;
    }
    let live = true;
    setBusy(true);
    runJob(`Forecasting the sale “${scenario.name}”`, async (onProgress) => await engine().forecastSale(series, scenario, Comlink.proxy(onProgress)))
      .then((r) => live && setOutcome(r))
      .catch((err: unknown) => live && report(`Could not forecast the sale “${scenario.name}”`, err))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [series, scenario]);
  return { outcome, busy };
}
