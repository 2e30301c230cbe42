import type { IncidentEvent } from './events';
import type { ImportKind, Reject } from './import-report';
import type { Series } from './series';
import type { CapacityStudy } from './capacity';
import type { Slo } from './slo';
import type { IncidentCorrection } from './incident';
import type { Postmortem } from './postmortem';
import type { SaleScenario } from './forecast';

/** One imported file and what it produced. */
export interface Dataset {
  id: string;
  name: string;
  file: string;
  format: string;
  kind: ImportKind;
  importedAt: number;
  seriesIds: string[];
  eventCount: number;
  rejectedCount: number;
  rejected: Reject[];
  notes: string[];
}

/** A whole study: what one `.headroom` file holds. */
export interface Workspace {
  name: string;
  createdAt: number;
  modifiedAt: number;
  datasets: Dataset[];
  series: Series[];
  events: IncidentEvent[];
  /** Service level objectives; absent in files and studies made before SLOs existed. */
  slos?: Slo[];
  /** The sale scenario and tiers the capacity plan sizes; absent before capacity planning existed. */
  capacity?: CapacityStudy | null;
  /** The facilitator's corrections to incidents assembled from `events`; absent in older files. */
  incidents?: IncidentCorrection[];
  postmortems?: Postmortem[];
  /** Next-sale scenarios of the Forecast view; absent in files made before scenarios existed. */
  scenarios?: SaleScenario[];
}

export const WORKSPACE_FORMAT_VERSION = 1;

/** The largest `.headroom` file any host opens: beyond it reading would exhaust memory before the decoder could refuse it. */
export const MAX_WORKSPACE_BYTES = 2 ** 30;
