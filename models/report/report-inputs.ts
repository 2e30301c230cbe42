import type { CapacityPlan } from '../../shared/capacity';
import type { ForecastResult, ScenarioResult } from '../../shared/forecast';
import type { Incident, IncidentStats } from '../../shared/incident';
import type { Postmortem } from '../../shared/postmortem';
import type { Recommendation } from '../../shared/recommendation';
import type { Series } from '../../shared/series';
import type { Workspace } from '../../shared/workspace';
import type { SloReport } from '../slo/evaluate';

/** A model that could not run on this study, and why: printed in the section and the appendix. */
export interface ModelProblem {
  subject: string;
  reason: string;
}

/**
 * What the report is built from: the study plus each capability model's result on it. Each is null or empty where
 * the study has nothing for that model (or the model has not landed): the sections then say so in plain words.
 */
export interface ReportInputs {
  workspace: Workspace;
  /** The traffic series the forecast and the summary speak about. */
  traffic: Series | null;
  forecast: ForecastResult | null;
  scenario: ScenarioResult | null;
  /** Name and sale window of the scenario, for the chart and the summary. */
  scenarioInfo: { name: string; saleStart: number; saleEnd: number } | null;
  plan: CapacityPlan | null;
  recommendations: Recommendation[];
  slos: SloReport[];
  incidents: Incident[];
  incidentStats: IncidentStats | null;
  postmortems: Postmortem[];
  problems: ModelProblem[];
  /** Milliseconds each model took, for the appendix's diagnostics. */
  timings: { model: string; ms: number }[];
}
