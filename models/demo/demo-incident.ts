import type { EventKind, IncidentEvent } from '../../shared/events';
import type { IncidentCorrection } from '../../shared/incident';
import type { Postmortem } from '../../shared/postmortem';
import type { Series } from '../../shared/series';
import { assembleIncidents } from '../incident/assemble';
import { incidentBudgetBurn } from '../incident/budget-burn';
import { incidentImpact } from '../incident/impact';
import { pickMetricRoles } from '../incident/metric-roles';
import { draftPostmortem } from '../postmortem/draft';
import { buildDemoSlos } from './demo-slo';
import { DEMO_INCIDENT_END, DEMO_SALE_START } from './demo-traffic';

/** What the shop sells during a sale, for the revenue estimate: orders a minute had nothing failed, and their average value. */
export const DEMO_ORDERS_PER_MINUTE = 35;
export const DEMO_ORDER_VALUE_EUR = 62;
export const DEMO_TIME_ZONE = 'Europe/London';
export const DEMO_INCIDENT_TITLE = 'Checkout slowdown during the autumn flash sale';

type Line = [minutesAfterSaleStart: number, source: string, kind: EventKind, message: string, rule: string];

/**
 * The seed postmortem's sale-day outage replayed on the demo's past sale (11:00–15:30 at +01:00 on 3 October 2026),
 * as three tools logged it: the support desk, monitoring with PagerDuty, and the incident channel. The monitoring alert
 * was also posted to the channel by a bot, so the timeline shows one event seen in two places.
 */
const LOG: readonly Line[] = [
  [0, 'sales', 'start', 'Autumn flash sale opens; traffic ramps to 3.5× within 30 minutes', 'kind field "start"'],
  [
    15,
    'support',
    'customer-report',
    'Customers report slow pages and checkout timeouts on social media and in support chat',
    'kind field "customer_report"',
  ],
  [
    30,
    'monitoring',
    'alert',
    'shop-web page_load_p95 above 2 s; CPU and memory high on the web tier',
    'kind field "alert"',
  ],
  [
    30,
    'slack #inc-autumn-sale',
    'alert',
    'shop-web page_load_p95 above 2 s; CPU and memory high on the web tier',
    'Slack bot message; text "above" (alert)',
  ],
  [32, 'pagerduty', 'page', 'Paged the web on-call engineer', 'PagerDuty log entry type notify_log_entry'],
  [
    60,
    'slack #inc-autumn-sale',
    'escalation',
    'Escalated to the platform team; investigation begins',
    'text "Escalated" (escalated)',
  ],
  [
    90,
    'slack #inc-autumn-sale',
    'diagnosis',
    'Cause identified: the sale traffic exhausts the web servers and the database connection pool',
    'text "identified" (cause identified)',
  ],
  [
    120,
    'slack #inc-autumn-sale',
    'escalation',
    'Escalated to the senior database engineers',
    'text "Escalated" (escalated)',
  ],
  [
    130,
    'statuspage',
    'communication',
    'We are aware of slow checkout during the sale and are adding capacity',
    'Statuspage update status "identified"',
  ],
  [
    165,
    'slack #inc-autumn-sale',
    'mitigation',
    'Workaround: four more web servers added to the load balancer pool',
    'text "Workaround" (workaround, rollback, scaling or restart)',
  ],
  [
    210,
    'monitoring',
    'note',
    'Page load improving; occasional checkout timeouts remain',
    'kind field "recovery" unknown; no rule matched the text',
  ],
  [
    240,
    'slack #inc-autumn-sale',
    'mitigation',
    'Two database read replicas provisioned and in rotation',
    'text "provisioned" (workaround, rollback, scaling or restart)',
  ],
  [
    270,
    'statuspage',
    'resolution',
    'Checkout and page load are back to normal; the incident is resolved',
    'Statuspage update status "resolved"',
  ],
];

export function buildDemoIncidentEvents(): IncidentEvent[] {
  return LOG.map(([minutes, source, kind, message, rule], i) => ({
    id: `demo-incident:${i + 1}`,
    t: DEMO_SALE_START + minutes * 60_000,
    source,
    kind,
    message,
    rule,
    incidentTitle: DEMO_INCIDENT_TITLE,
    service: source === 'sales' ? undefined : 'shop-web',
  }));
}

/** The incident log, no facilitator corrections yet, and the postmortem drafted from the log and the demo metrics. */
export function buildDemoIncident(series: readonly Series[]): {
  events: IncidentEvent[];
  incidents: IncidentCorrection[];
  postmortems: Postmortem[];
} {
  const events = buildDemoIncidentEvents();
  const [incident] = assembleIncidents(events);
  if (!incident) return { events, incidents: [], postmortems: [] };
  const impact = incidentImpact({ start: incident.start, end: incident.end }, pickMetricRoles([...series]), {
    ordersPerMinute: DEMO_ORDERS_PER_MINUTE,
    orderValue: DEMO_ORDER_VALUE_EUR,
    currency: 'EUR',
  });
  impact.budgetBurned = incidentBudgetBurn({ start: incident.start, end: incident.end }, buildDemoSlos(), series).burns;
  const pm = draftPostmortem(incident, impact, {
    timeZone: DEMO_TIME_ZONE,
    now: DEMO_INCIDENT_END + 2 * 86_400_000,
    authors: ['Incident review group'],
  });
  return { events, incidents: [], postmortems: [pm] };
}
