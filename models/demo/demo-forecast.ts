import type { SaleScenario } from '../../shared/forecast';
import { DEMO_NEXT_SALE_START } from './demo-capacity';
import { DEMO_SALE_START } from './demo-traffic';

/** The past sale's window as a planner would mark it: doors open to the afternoon's tail, ten hours. */
export const DEMO_PAST_SALE = { start: DEMO_SALE_START, end: DEMO_SALE_START + 10 * 3_600_000 };

/**
 * The demo's next-sale scenario: Black Friday at the capacity study's time, the multiplier learned from the
 * marked past sale (3.5× in the generated data), 10 % organic growth, and the capacity study's 15-minute ramp.
 */
export function buildDemoScenarios(): SaleScenario[] {
  return [
    {
      id: 'demo-black-friday',
      name: 'Black Friday flash sale',
      seriesId: 'demo-rps',
      saleStart: DEMO_NEXT_SALE_START,
      saleDurationMinutes: 240,
      multiplier: null,
      organicGrowthFraction: 0.1,
      rampMinutes: 15,
      pastSales: [DEMO_PAST_SALE],
    },
  ];
}
