import type { Slo } from '../../shared/slo';
import { DEMO_SALE_START } from './demo-traffic';

/** The sale lasts ten hours in the demo's traffic (its uplift returns to 1 after 600 minutes). */
export const DEMO_SALE_END = DEMO_SALE_START + 10 * 3_600_000;

/**
 * The seed's objectives ("load times under 2 seconds and 99.99 % uptime during the event") over the demo's
 * request, error and p95 page-load series.
 */
export function buildDemoSlos(): Slo[] {
  return [
    {
      id: 'demo-slo-sale-availability',
      name: 'Checkout availability during the sale',
      service: 'shop-web',
      description: '99.99 % of requests succeed while the flash sale runs.',
      objective: 0.9999,
      window: { kind: 'event', start: DEMO_SALE_START, end: DEMO_SALE_END },
      budgeting: 'occurrences',
      sli: { kind: 'bad-total', bad: 'demo-errors', total: 'demo-rps' },
      alerts: [],
    },
    {
      id: 'demo-slo-availability-30d',
      name: 'Availability',
      service: 'shop-web',
      description: '99.9 % of requests succeed over any 30 days: the budget that decides whether risky changes ship.',
      objective: 0.999,
      window: { kind: 'rolling', days: 30 },
      budgeting: 'occurrences',
      sli: { kind: 'bad-total', bad: 'demo-errors', total: 'demo-rps' },
      alerts: [],
    },
    {
      id: 'demo-slo-page-load',
      name: 'Page load under 2 s',
      service: 'shop-web',
      description: 'The p95 page load stays under 2 seconds in 99 % of 5-minute slices over 30 days.',
      objective: 0.99,
      window: { kind: 'rolling', days: 30 },
      budgeting: 'timeslices',
      sli: { kind: 'latency', series: 'demo-p95', thresholdMs: 2000, percentile: 95 },
      alerts: [],
    },
  ];
}
