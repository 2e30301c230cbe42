import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/import-report';
import { ACTION_TYPES } from '../../shared/postmortem';
import { buildDemoTraffic } from '../demo/demo-traffic';
import { assembleIncidents } from '../incident/assemble';
import { incidentImpact } from '../incident/impact';
import { pickMetricRoles } from '../incident/metric-roles';
import { importText } from '../import/start-import';
import { checkPostmortem } from './blameless';
import { draftPostmortem } from './draft';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/seed-002/timeline.csv');
const result = importText(readFileSync(file, 'utf8'), { fileName: file, zone: 'UTC' }) as ImportResult;
const [seed] = assembleIncidents(result.events);

describe('drafting the seed postmortem', () => {
  const pm = draftPostmortem(seed!, undefined, { timeZone: 'Europe/London' });

  it('states the duration and the local times the seed postmortem gives: 11:00 to 15:30 at +01:00, 4.5 hours', () => {
    expect(pm.summary).toContain('an incident of 4 h 30 min, 2023-05-22 11:00 to 15:30 (+01:00)');
    expect(pm.summary).toContain('detected after 15 min by a customer report');
  });

  it('says customers noticed 15 minutes before monitoring, and proposes a detection action for it', () => {
    expect(pm.detection).toContain('Detected at 11:15, 15 min after the start, by a customer report from support');
    expect(pm.detection).toContain('The first alert (11:30) came 15 min after the first customer report.');
    const detect = pm.actionItems.find((a) => a.type === 'detect')!;
    expect(detect.why).toBe('customers reported at 11:15, the first alert came at 11:30');
  });

  it('takes root cause, trigger and resolution from the timeline, in its words', () => {
    expect(pm.rootCause).toBe(
      'Traffic spike identified as overwhelming the web servers (resource exhaustion) (12:30, devops)',
    );
    expect(pm.trigger).toBe('Major sales event starts; traffic spike begins (11:00, sales)');
    expect(pm.resolution.split('\n').slice(0, 3)).toEqual([
      '13:45 (+2 h 45 min): Temporary workaround: more web servers added to the load balancer pool',
      '15:00 (+4 h): Additional web servers and database replicas provisioned',
      '15:30 (+4 h 30 min): Performance back to normal; incident resolved',
    ]);
  });

  it('gives every action item a type, a priority and a due date 4 (P1) or 8 (P2) weeks after the incident', () => {
    expect(pm.actionItems.length).toBeGreaterThanOrEqual(4);
    for (const a of pm.actionItems) {
      expect(ACTION_TYPES).toContain(a.type);
      // The incident ended 2023-05-22 14:30 UTC: + 28 days is 2023-06-19, + 56 days 2023-07-17.
      expect(a.due).toBe(a.priority === 'P1' ? '2023-06-19' : '2023-07-17');
    }
    expect(new Set(pm.actionItems.map((a) => a.type))).toEqual(new Set(['detect', 'process', 'prevent', 'mitigate']));
  });

  it('keeps the whole timeline and leaves "where we got lucky" to the team', () => {
    expect(pm.timeline).toHaveLength(10);
    expect(pm.gotLucky).toEqual([]);
    expect(pm.wentBadly).toContain('The incident was escalated 2 times before the team that could fix it was engaged.');
  });

  it('is blameless by its own check', () => {
    expect(checkPostmortem(pm)).toEqual([]);
  });

  it('quantifies impact when metrics cover the window', () => {
    const traffic = buildDemoTraffic();
    // The demo's outage runs on 2026-10-03; shift the seed's events there to read the demo metrics.
    const shift = Date.UTC(2026, 9, 3, 10) - seed!.start;
    const [moved] = assembleIncidents(result.events.map((e) => ({ ...e, t: e.t + shift })));
    const impact = incidentImpact({ start: moved!.start, end: moved!.end }, pickMetricRoles(traffic), {
      ordersPerMinute: 40,
      orderValue: 60,
      currency: 'EUR',
    });
    const withImpact = draftPostmortem(moved!, impact, { timeZone: 'Europe/London' });
    expect(withImpact.impact).toMatch(/^Share of requests failed or served while degraded: \d+ %/);
    expect(withImpact.impact).toMatch(/Revenue at risk: [\d,]+ EUR/);
    expect(withImpact.summary).toMatch(/requests failed/);
  });
});
