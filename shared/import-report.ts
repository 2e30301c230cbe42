import type { IncidentEvent } from './events';
import type { Series } from './series';

/** A row the importer could not use, with its 1-based line (or record) number. */
export interface Reject {
  line: number;
  reason: string;
}

export type ImportKind = 'metrics' | 'events';

/** What one file became, and what the importer did to get there. */
export interface ImportResult {
  format: string;
  kind: ImportKind;
  series: Series[];
  events: IncidentEvent[];
  rejectedCount: number;
  /** The first rejects, enough to show and fix; `rejectedCount` has them all. */
  rejected: Reject[];
  /** Plain-language account of repairs: "sorted 12 rows out of order", "merged 3 duplicate timestamps". */
  notes: string[];
}

/** A file that matched no format: every format tried, and why each said no. */
export interface UnknownFormat {
  tried: { format: string; reason: string }[];
}
