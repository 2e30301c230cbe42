import type { Series } from '../../shared/series';
import type { Workspace } from '../../shared/workspace';
import { forecastSeries } from '../forecast/forecast-series';
import { forecastSale } from '../forecast/sale-scenario';
import { assembleIncidents } from '../incident/assemble';
import { incidentStats } from '../incident/stats';
import { planAndRecommend } from '../recommend/recommend';
import { evaluateSlo } from '../slo/evaluate';
import { HOUR_MS, hourlyMeans } from './hourly';
import type { ReportInputs } from './report-inputs';

/** A week ahead: what a lead asks of a forecast when no sale scenario names a date. */
const DEFAULT_HORIZON_HOURS = 7 * 24;

/** The series the report speaks about: the first request rate, else the first series. */
export function trafficSeries(ws: Workspace): Series | null {
  return ws.series.find((s) => /req\/s|rps|requests/i.test(`${s.unit} ${s.name}`)) ?? ws.series[0] ?? null;
}

/**
 * Run each capability model on what the study holds, once, for every renderer of the report. Pure: the worker
 * calls it in the app, the CLI under Node; `clock` times the models for the appendix.
 */
export function gatherReportInputs(ws: Workspace, clock: () => number = () => 0): ReportInputs {
  const inputs: ReportInputs = {
    workspace: ws,
    traffic: trafficSeries(ws),
    forecast: null,
    scenario: null,
    scenarioInfo: null,
    plan: null,
    recommendations: [],
    slos: [],
    incidents: [],
    incidentStats: null,
    postmortems: [],
    problems: [],
    timings: [],
  };
  // A model that throws has a bug; the report still prints the rest and names the failure in the appendix.
  const timed = <T>(model: string, run: () => T): T | null => {
    const t0 = clock();
    try {
      return run();
    } catch (err) {
      inputs.problems.push({ subject: model, reason: `internal error: ${err instanceof Error ? err.message : String(err)}` });
      return null;
    } finally {
      inputs.timings.push({ model, ms: clock() - t0 });
    }
  };

  if (ws.capacity) {
    const study = ws.capacity;
    const planned = timed('capacity plan', () => planAndRecommend({ ...study.scenario, tiers: study.tiers }));
    if (planned) {
      inputs.plan = planned.plan;
      inputs.recommendations = planned.recommendations;
    }
  }

  const sale = ws.scenarios?.[0];
  if (sale) {
    const series = ws.series.find((x) => x.id === sale.seriesId);
    if (!series) inputs.problems.push({ subject: `sale scenario "${sale.name}"`, reason: `its series ${sale.seriesId} is not in the study` });
    else {
      inputs.traffic = series;
      const outcome = timed('sale scenario', () => forecastSale(series, sale));
      if (outcome?.ok) {
        inputs.scenario = outcome.result;
        inputs.scenarioInfo = { name: sale.name, saleStart: sale.saleStart, saleEnd: sale.saleStart + sale.saleDurationMinutes * 60_000 };
      } else if (outcome) inputs.problems.push({ subject: `sale scenario "${sale.name}"`, reason: outcome.reason });
    }
  }

  if (inputs.traffic && inputs.traffic.t.length > 0) {
    const hourly = hourlyMeans(inputs.traffic);
    // Forecast at least a week, and through the planned sale when there is one.
    const lastT = hourly.t[hourly.t.length - 1]!;
    const saleEnd = Math.max(inputs.plan?.eventEnd ?? -Infinity, inputs.scenarioInfo?.saleEnd ?? -Infinity);
    const horizonSteps = Math.max(DEFAULT_HORIZON_HOURS, Math.ceil((saleEnd - lastT) / HOUR_MS) + 36);
    const outcome = timed('forecast', () => forecastSeries(hourly, { horizonSteps }));
    if (outcome?.ok) inputs.forecast = outcome.result;
    else if (outcome) inputs.problems.push({ subject: `forecast of ${inputs.traffic.name}`, reason: outcome.reason });
  }

  if (ws.events.length > 0) {
    inputs.incidents = timed('incidents', () => assembleIncidents(ws.events, ws.incidents ?? [])) ?? [];
    inputs.incidentStats = incidentStats(inputs.incidents);
  }

  const slos = ws.slos ?? [];
  if (slos.length > 0) {
    const seriesById = new Map(ws.series.map((s) => [s.id, s]));
    // Score the simulated alerts against the incidents the logs show, when there are any; else against the data.
    const known = inputs.incidents.map((i) => ({ start: i.start, end: i.end, label: i.title }));
    timed('slo', () => {
      for (const slo of slos) {
        const outcome = evaluateSlo(slo, seriesById, known.length ? { incidents: known } : {});
        if (outcome.ok) inputs.slos.push(outcome.report);
        else inputs.problems.push({ subject: `SLO "${slo.name}"`, reason: outcome.reason });
      }
    });
  }
  inputs.postmortems = ws.postmortems ?? [];
  return inputs;
}

