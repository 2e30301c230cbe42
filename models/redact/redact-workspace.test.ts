import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../shared/events';
import type { Workspace } from '../../shared/workspace';
import { buildDemoWorkspace } from '../demo/demo-study';
import { ByteImport } from '../import/byte-import';
import { buildReport, defaultReportOptions } from '../report/build-report';
import { gatherReportInputs } from '../report/gather-inputs';
import { reportMarkdown } from '../report/markdown';
import type { Block, ReportModel } from '../report/report-model';
import { parseNameList } from './name-list';
import { redactWorkspace, workspacePeople } from './redact-workspace';

const fixtures = resolve(import.meta.dirname, '../../../shared/fixtures');
const GENERATED_AT = Date.UTC(2026, 10, 20);

/** Every text of the study except the sample arrays: what a leak would have to hide in. */
const textOf = (ws: Workspace) =>
  JSON.stringify({ ...ws, series: ws.series.map((s) => ({ name: s.name, labels: s.labels })) });
const report = (ws: Workspace) => buildReport(gatherReportInputs(ws), defaultReportOptions(ws.name, GENERATED_AT));

function importEvents(file: string): IncidentEvent[] {
  const session = new ByteImport({ fileName: file, zone: 'UTC' }, (encoding) => new TextDecoder(encoding));
  session.push(readFileSync(file));
  const outcome = session.end();
  if (!outcome.ok) throw new Error(`${file}: ${outcome.reason}`);
  return outcome.result.events;
}

/** The demo study with a responder, her address and a host's IP in the log, a correction and the postmortem. */
function demoWithPeople(): Workspace {
  const ws = buildDemoWorkspace();
  const t = ws.events[4]!.t + 60_000;
  const paged: IncidentEvent = {
    id: 'pii:1',
    t,
    source: 'pagerduty',
    kind: 'acknowledgement',
    message: 'Dana Smith (dana.smith@shop.example) acknowledged; web-3 at 10.20.30.40 is saturated',
    actor: 'Dana Smith',
    raw: '{"agent":{"summary":"Dana Smith","email":"dana.smith@shop.example"},"host":"10.20.30.40"}',
    service: 'shop-web',
  };
  const pm = ws.postmortems![0]!;
  return {
    ...ws,
    events: [...ws.events, paged],
    incidents: [
      {
        incidentId: pm.incidentId,
        added: [],
        edited: [{ eventId: ws.events[5]!.id, message: 'Escalated by @lee to dana.smith@shop.example' }],
        removed: [],
        milestones: {},
      },
    ],
    postmortems: [
      { ...pm, summary: `${pm.summary} Dana Smith led the response; reach her at dana.smith@shop.example.` },
    ],
  };
}

/** The report's figures: every fact and every table cell after the first (which names a thing), bar wall-clock fit times. */
const figures = (r: ReportModel) =>
  r.sections.flatMap((s) =>
    s.blocks.flatMap((b: Block) => {
      if (b.kind === 'facts') return b.facts.map((f) => f.value);
      if (b.kind !== 'table') return [];
      const timed = b.columns.findIndex((c) => c.label === 'Fit time');
      return b.rows.map((row) => row.filter((_, i) => i > 0 && i !== timed).join(' | '));
    }),
  );
/** The report as JSON with the backtest's wall-clock fit times blanked: the one thing two runs may disagree on. */
const stable = (r: ReportModel) => JSON.stringify(r).replace(/"[\d.,]+ ms"\]/g, '"· ms"]');

describe('redactWorkspace', () => {
  it('hides the demo postmortem’s author and changes nothing else the report shows', () => {
    const ws = buildDemoWorkspace();
    const { workspace, redactions } = redactWorkspace(ws);
    expect(redactions).toEqual([{ placeholder: '[name-1]', kind: 'name', value: 'Incident review group' }]);
    expect(textOf(workspace)).not.toContain('Incident review group');
    expect(workspace.postmortems![0]!.authors).toEqual(['[name-1]']);
    // The whole report, every figure and sentence, is the original's with the one name replaced.
    const original = stable(report(ws)).replaceAll('Incident review group', '[name-1]');
    expect(stable(report(workspace))).toBe(original);
  });

  it('takes a responder’s name, e-mail and IP out of events, corrections and postmortems, one placeholder each', () => {
    const ws = demoWithPeople();
    const before = textOf(ws);
    for (const leak of ['Dana Smith', 'dana.smith@shop.example', '10.20.30.40', '@lee']) expect(before).toContain(leak);
    const { workspace, redactions } = redactWorkspace(ws);
    const after = textOf(workspace);
    for (const leak of ['Dana Smith', 'dana.smith@shop.example', '10.20.30.40', '@lee'])
      expect(after).not.toContain(leak);

    const placeholder = (value: string) => redactions.find((r) => r.value === value)!.placeholder;
    const email = placeholder('dana.smith@shop.example');
    const dana = placeholder('Dana Smith');
    expect(email).toMatch(/^\[email-\d\]$/);
    expect(dana).toMatch(/^\[name-\d\]$/);
    const event = workspace.events.find((e) => e.id === 'pii:1')!;
    expect(event.message).toBe(`${dana} (${email}) acknowledged; web-3 at ${placeholder('10.20.30.40')} is saturated`);
    expect(event.actor).toBe(dana);
    expect(event.raw).toContain(`"email":"${email}"`);
    expect(workspace.incidents![0]!.edited[0]!.message).toBe(`Escalated by ${placeholder('@lee')} to ${email}`);
    expect(workspace.postmortems![0]!.summary).toContain(`${dana} led the response; reach her at ${email}.`);
    // Times and ids stay, so the incident assembles exactly as before.
    expect(workspace.events.map((e) => [e.id, e.t, e.kind])).toEqual(ws.events.map((e) => [e.id, e.t, e.kind]));
  });

  it('leaves every figure of the report built from the copy as it was: durations, budgets, forecasts', () => {
    const ws = demoWithPeople();
    const original = report(ws);
    const { workspace, redactions } = redactWorkspace(ws);
    const redacted = report(workspace);
    // The original's figures with the key applied by hand: only the redacted values may differ.
    const byHand = (cell: string) => redactions.reduce((text, r) => text.replaceAll(r.value, r.placeholder), cell);
    expect(figures(redacted)).toEqual(figures(original).map(byHand));
    expect(figures(original).some((f) => /\d+ (h|min)/.test(f))).toBe(true);
    const md = reportMarkdown(redacted);
    for (const leak of ['Dana Smith', 'dana.smith@shop.example', '10.20.30.40']) expect(md).not.toContain(leak);
    expect(reportMarkdown(original)).toContain('Dana Smith');
  });

  it('hides the responders of the PagerDuty examples and Statuspage’s address, in the report too', () => {
    const events = [
      ...importEvents(resolve(fixtures, 'pagerduty/get_incident.response-example.json')),
      ...importEvents(resolve(fixtures, 'pagerduty/list_incident_notes.response-example.json')),
      ...importEvents(resolve(fixtures, 'pagerduty/analytics_raw_incidents.response-example.json')),
      ...importEvents(resolve(fixtures, 'statuspage/github/y32m7mf3m8hm.json')),
    ];
    const ws: Workspace = { name: 'Fixtures', createdAt: 0, modifiedAt: 0, datasets: [], series: [], events };
    const before = textOf(ws);
    const leaks = ['Earline Greenholt', 'support@github.com'];
    for (const leak of leaks) expect(before).toContain(leak);
    expect(workspacePeople(ws)).toContain('Earline Greenholt');
    const { workspace } = redactWorkspace(ws, { names: parseNameList('Sally Styles|sally, John Smith') });
    const after = textOf(workspace);
    for (const leak of [...leaks, 'Sally Styles', 'John Smith']) expect(after).not.toContain(leak);
    const r = report(workspace);
    expect(figures(r)).toEqual(figures(report(ws)));
    for (const leak of leaks) expect(reportMarkdown(r)).not.toContain(leak);
  });
});

describe('parseNameList', () => {
  it('parts people at commas and one person’s spellings at bars', () => {
    expect(parseNameList(' Dana Smith|dana | dsmith, Lee,, ')).toEqual([['Dana Smith', 'dana', 'dsmith'], 'Lee']);
    expect(parseNameList('')).toEqual([]);
  });
});
