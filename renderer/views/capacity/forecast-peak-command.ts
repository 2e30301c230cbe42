import type { SaleScenario } from '../../../shared/forecast';
import type { ScenarioOutcome } from '../../../models/forecast/sale-scenario';
import { peakFromScenarioResult } from '../../../models/capacity/forecast-peak';
import { useDocument } from '../../store/document';
import { JobCanceled, runJob } from '../../store/jobs';
import { useUi } from '../../store/ui';
import { Comlink, engine } from '../../workers/engine';
import { editCapacity } from './edit-capacity';

const notifyError = (title: string, detail: string) => useUi.getState().notify({ tone: 'error', title, detail });

/**
 * Plan for the Forecast view's sale: run its forecast in the worker and take the peak, the 80 % band, the normal
 * daily peak and the learned ramp. The ramp is placed just before the forecast peak, which is the steepest reading.
 */
export async function takePeakFromForecast(scenario: SaleScenario): Promise<void> {
  const series = useDocument.getState().workspace?.series.find((s) => s.id === scenario.seriesId);
  if (!series)
    return notifyError(
      `${scenario.name}: no traffic series`,
      `the scenario's series (${scenario.seriesId}) is not in the study`,
    );
  try {
    const out = await runJob<ScenarioOutcome>(
      `Forecasting the sale “${scenario.name}”`,
      async (onProgress) => await engine().forecastSale(series, scenario, Comlink.proxy(onProgress)),
    );
    if (!out.ok) return notifyError(`${scenario.name} could not be forecast`, out.reason);
    const peak = peakFromScenarioResult(out.result, `"${series.name}" for ${scenario.name}`);
    editCapacity(`Plan for the forecast of ${scenario.name}`, (s) => ({
      ...s,
      scenario: {
        ...s.scenario,
        name: scenario.name,
        peak,
        rampMinutes: Math.max(1, out.result.rampMinutes),
        durationMinutes: scenario.saleDurationMinutes,
      },
    }));
  } catch (err) {
    if (err instanceof JobCanceled) useUi.getState().notify({ tone: 'info', title: 'Forecast canceled' });
    else notifyError(`${scenario.name} could not be forecast`, err instanceof Error ? err.message : String(err));
  }
}
