import type { IncidentEvent } from './events';
import type { ImportKind, Reject } from './import-report';
import type { Series } from './series';
import type { Slo } from './slo';

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
}

export const WORKSPACE_FORMAT_VERSION = 1;
