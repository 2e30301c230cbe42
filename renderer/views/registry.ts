import type { ComponentType } from 'react';
import type { Workspace } from '../../shared/workspace';
import { CapacityView } from './capacity/CapacityView';
import { DataView } from './data/DataView';
import { ImportView } from './import/ImportView';
import { ForecastView } from './forecast/ForecastView';
import { IncidentsView } from './incidents/IncidentsView';
import { incidentCount } from './incidents/useIncidents';
import { PostmortemsView } from './postmortems/PostmortemsView';
import { ReportView } from './report/ReportView';
import { SlosView } from './slos/SlosView';

/** One entry per screen, in the order a planner works (../shared/DESIGN.md); see VIEWS.md to add one. */
export interface ViewDefinition {
  id: string;
  label: string;
  /** Position in the sidebar: Data 10, Forecast 20, Capacity 30, SLOs 40, Incidents 50, Postmortems 60, Report 70. */
  order: number;
  component: ComponentType;
  /** A count or status shown beside the label, derived from the study. */
  badge?: (workspace: Workspace) => string | number | null;
}

const registered: ViewDefinition[] = [
  { id: 'data', label: 'Data', order: 10, component: DataView, badge: (ws) => ws.series.length || null },
  { id: 'import', label: 'Import', order: 12, component: ImportView },
  { id: 'forecast', label: 'Forecast', order: 20, component: ForecastView, badge: (ws) => ws.scenarios?.length || null },
  { id: 'slos', label: 'SLOs', order: 40, component: SlosView, badge: (ws) => ws.slos?.length || null },
  { id: 'capacity', label: 'Capacity', order: 30, component: CapacityView, badge: (ws) => ws.capacity?.tiers.length || null },
  { id: 'incidents', label: 'Incidents', order: 50, component: IncidentsView, badge: incidentCount },
  { id: 'postmortems', label: 'Postmortems', order: 60, component: PostmortemsView, badge: (ws) => ws.postmortems?.length || null },
  { id: 'report', label: 'Report', order: 70, component: ReportView },
];

export const views = registered.sort((a, b) => a.order - b.order);
