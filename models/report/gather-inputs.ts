import type { Series } from '../../shared/series';
import type { Workspace } from '../../shared/workspace';
import { forecastSeries } from '../forecast/forecast-series';
import { assembleIncidents } from '../incident/assemble';
import { incidentStats } from '../incident/stats';
import { evaluateSlo } from '../slo/evaluate';
import { hourlyMeans } from './hourly';
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
  const timed = <T>(model: string, run: () => T): T => {
    const t0 = clock();
    const out = run();
    inputs.timings.push({ model, ms: clock() - t0 });
    return out;
  };

  if (inputs.traffic && inputs.traffic.t.length > 0) {
    const hourly = hourlyMeans(inputs.traffic);
    const outcome = timed('forecast', () => forecastSeries(hourly, { horizonSteps: DEFAULT_HORIZON_HOURS }));
    if (outcome.ok) inputs.forecast = outcome.result;
    else inputs.problems.push({ subject: `forecast of ${inputs.traffic.name}`, reason: outcome.reason });
  }

  if (ws.events.length > 0) {
    inputs.incidents = timed('incidents', () => assembleIncidents(ws.events, ws.incidents ?? []));
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

