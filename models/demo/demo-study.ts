import type { Workspace } from '../../shared/workspace';
import { buildDemoCapacity } from './demo-capacity';
import { buildDemoScenarios } from './demo-forecast';
import { buildDemoIncident } from './demo-incident';
import { buildDemoTraffic, DEMO_END, DEMO_START } from './demo-traffic';
import { buildDemoSlos } from './demo-slo';

/**
 * The bundled demo study a new user sees first: a shop's ten weeks of traffic with one past flash sale,
 * and (as each capability lands) its next-sale scenario, tiers, SLOs, incident and postmortem.
 */
export function buildDemoWorkspace(): Workspace {
  const series = buildDemoTraffic();
  return {
    name: 'Demo shop — autumn sale',
    createdAt: DEMO_START,
    modifiedAt: DEMO_END,
    datasets: [
      {
        id: 'demo-metrics',
        name: 'shop-web metrics (demo)',
        file: 'demo-metrics.csv',
        format: 'demo',
        kind: 'metrics',
        importedAt: DEMO_END,
        seriesIds: series.map((s) => s.id),
        eventCount: 0,
        rejectedCount: 0,
        rejected: [],
        notes: ['generated demo data: 5-minute traffic, errors and p95 page load for ten weeks, one past sale at 3.5× baseline'],
      },
    ],
    series,
    ...buildDemoIncident(series),
    slos: buildDemoSlos(),
    capacity: buildDemoCapacity(series),
    scenarios: buildDemoScenarios(),
  };
}
