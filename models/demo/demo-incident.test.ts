import { describe, expect, it } from 'vitest';
import { assembleIncidents } from '../incident/assemble';
import { checkPostmortem } from '../postmortem/blameless';
import { decodeWorkspace, encodeWorkspace } from '../workspace/codec';
import { buildDemoIncident, buildDemoIncidentEvents } from './demo-incident';
import { buildDemoWorkspace } from './demo-study';
import { buildDemoTraffic, DEMO_INCIDENT_END, DEMO_SALE_START } from './demo-traffic';

describe('the demo incident', () => {
  const [incident, ...others] = assembleIncidents(buildDemoIncidentEvents());

  it('is one incident over the demo sale window, shaped like the seed case', () => {
    expect(others).toHaveLength(0);
    expect(incident!.start).toBe(DEMO_SALE_START);
    expect(incident!.end).toBe(DEMO_INCIDENT_END);
    // Same offsets as the seed: report at +15, first response at +60, workaround at +165, resolved at +270.
    expect(incident!.durations).toEqual({ ttdMinutes: 15, ttaMinutes: 60, ttmMinutes: 165, ttrMinutes: 270 });
  });

  it('merges the alert seen in monitoring and in the channel into one event', () => {
    const alert = incident!.events.filter((e) => e.kind === 'alert');
    expect(alert).toHaveLength(1);
    expect(alert[0]!.duplicateSources).toEqual(['slack #inc-autumn-sale']);
  });

  it('comes with a drafted, blameless postmortem whose impact is measured on the demo metrics', () => {
    const { postmortems } = buildDemoIncident(buildDemoTraffic());
    const pm = postmortems[0]!;
    expect(pm.title).toBe('Checkout slowdown during the autumn flash sale');
    expect(pm.impact).toMatch(/Revenue at risk: [\d,]+ EUR/);
    expect(pm.summary).toContain('2026-10-03 11:00 to 15:30 (+01:00)');
    expect(checkPostmortem(pm)).toEqual([]);
  });

  it('travels in the demo workspace file: events and postmortem survive a save and open', () => {
    const ws = buildDemoWorkspace();
    const back = decodeWorkspace(encodeWorkspace(ws));
    if (!back.ok) throw new Error(back.reason);
    expect(back.workspace.events).toHaveLength(13);
    expect(back.workspace.postmortems).toEqual(ws.postmortems);
    expect(back.workspace.incidents).toEqual([]);
  });
});
