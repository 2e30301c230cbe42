import { parseArgs } from 'node:util';
import type { IncidentEvent } from '../../shared/events';
import type { Incident, MilestoneName } from '../../shared/incident';
import { assembleIncidents } from '../../models/incident/assemble';
import { DEFAULT_GROUPING } from '../../models/incident/group';
import { incidentStats } from '../../models/incident/stats';
import { isKnownZone } from '../../models/import/timestamp';
import { durationText, localDateTime, offsetLabel } from '../../models/postmortem/time-text';
import { importFile } from '../node/import-file';
import { iso, printJson, problem, round, UsageError } from './output';

export const timelineHelp = 'headroom timeline FILE... [--tz ZONE] [--gap MINUTES] [--json]';

/** Read incident logs, report bad rows as FILE:LINE, and assemble incidents; status 2 when any input was bad. */
export async function loadIncidents(
  files: string[],
  zone: string,
  gapMinutes: number,
): Promise<{ incidents: Incident[]; status: number }> {
  const events: IncidentEvent[] = [];
  let status = 0;
  for (const file of files) {
    const outcome = await importFile(file, zone);
    if (!outcome.ok) {
      problem(file, outcome.reason);
      status = 2;
      continue;
    }
    const r = outcome.result;
    if (r.kind !== 'events') {
      problem(file, `holds metrics (${r.format}), not incident events`);
      status = 2;
      continue;
    }
    for (const reject of r.rejected) problem(file, reject.reason, reject.line);
    if (r.rejectedCount > r.rejected.length) problem(file, `${r.rejectedCount - r.rejected.length} more rows rejected`);
    if (r.rejectedCount > 0) status = 2;
    for (const n of r.notes) process.stderr.write(`${file}: note: ${n}\n`);
    events.push(...r.events);
  }
  return { incidents: assembleIncidents(events, [], { ...DEFAULT_GROUPING, gapMinutes }), status };
}

export function zoneAndGap(values: { tz?: string; gap?: string }): { zone: string; gap: number } {
  const zone = values.tz ?? 'UTC';
  if (!isKnownZone(zone))
    throw new UsageError(`--tz ${zone}: not a time zone this system knows (use an IANA name such as Europe/Berlin)`);
  const gap = values.gap === undefined ? DEFAULT_GROUPING.gapMinutes : Number(values.gap);
  if (!Number.isFinite(gap) || gap <= 0)
    throw new UsageError(`--gap ${values.gap}: give the largest quiet spell inside one incident, in minutes`);
  return { zone, gap };
}

const CONTRACT_MILESTONES: MilestoneName[] = ['started', 'detected', 'acknowledged', 'mitigated', 'resolved'];

/** One incident as ../shared/CLI.md names its fields; escalation, reasons and notes are extra. */
export function incidentJson(inc: Incident) {
  const milestones: Record<string, string | null> = {};
  for (const name of [...CONTRACT_MILESTONES, 'escalated' as const])
    milestones[name] = iso(inc.milestones[name]?.t ?? null);
  const d = inc.durations;
  return {
    id: inc.id,
    title: inc.title,
    start: iso(inc.start),
    end: iso(inc.end),
    milestones,
    durations: {
      ttd: round(d.ttdMinutes),
      tta: round(d.ttaMinutes),
      ttm: round(d.ttmMinutes),
      ttr: round(d.ttrMinutes),
    },
    milestone_reasons: Object.fromEntries(
      Object.values(inc.milestones).map((m) => [m.name, { reason: m.reason, event: m.eventId }]),
    ),
    events: inc.events.map((e) => ({
      id: e.id,
      t: iso(e.t),
      source: e.source,
      kind: e.kind,
      rule: e.rule ?? null,
      message: e.message,
      service: e.service ?? null,
      actor: e.actor ?? null,
      also_in: e.duplicateSources,
    })),
    services: inc.services,
    sources: inc.sources,
    grouping: inc.grouping,
    notes: inc.notes,
  };
}

const fmtMin = (m: number | null) => (m === null ? '—' : durationText(m));

/** `headroom timeline`: merge incident logs into incidents with milestones and durations. */
export async function runTimeline(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { tz: { type: 'string' }, gap: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (positionals.length === 0) throw new UsageError(`no file given\nusage: ${timelineHelp}`);
  const { zone, gap } = zoneAndGap(values);
  const { incidents, status } = await loadIncidents(positionals, zone, gap);
  const stats = incidentStats(incidents);
  if (values.json) {
    printJson({
      incidents: incidents.map(incidentJson),
      mttr: round(stats.mttrMinutes),
      median_ttr: round(stats.medianTtrMinutes),
      mtbf: round(stats.mtbfMinutes),
      mtbf_basis: stats.mtbfBasis,
      resolved_count: stats.resolvedCount,
    });
    return status;
  }
  const out = (s: string) => process.stdout.write(`${s}\n`);
  // People read local times; JSON keeps ISO UTC. Times are shown in --tz (the zone zone-less inputs were read in).
  const when = (t: number) =>
    `${localDateTime(t, zone)}${offsetLabel(t, zone) === '+00:00' ? 'Z' : ` ${offsetLabel(t, zone)}`}`;
  for (const inc of incidents) {
    out(`${inc.id}  ${inc.title}`);
    out(
      `  ${when(inc.start)} → ${when(inc.end)}  (${fmtMin((inc.end - inc.start) / 60_000)})  sources: ${inc.sources.join(', ')}`,
    );
    for (const name of [
      ...CONTRACT_MILESTONES.slice(0, 3),
      'escalated',
      ...CONTRACT_MILESTONES.slice(3),
    ] as MilestoneName[]) {
      const m = inc.milestones[name];
      out(`  ${name.padEnd(13)}${m ? `${when(m.t)}  +${fmtMin((m.t - inc.start) / 60_000)}  ${m.reason}` : '—'}`);
    }
    const d = inc.durations;
    out(
      `  TTD ${fmtMin(d.ttdMinutes)} · TTA ${fmtMin(d.ttaMinutes)} · TTM ${fmtMin(d.ttmMinutes)} · TTR ${fmtMin(d.ttrMinutes)}  (minutes from started)`,
    );
    for (const e of inc.events)
      out(`    ${when(e.t)}  ${e.kind.padEnd(16)} ${e.source}: ${e.message.split('\n')[0]}  [${e.rule ?? ''}]`);
    for (const n of inc.notes) out(`  note: ${n}`);
    out('');
  }
  out(
    `${incidents.length} ${incidents.length === 1 ? 'incident' : 'incidents'}; MTTR ${fmtMin(stats.mttrMinutes)}, median TTR ${fmtMin(stats.medianTtrMinutes)} over ${stats.resolvedCount} resolved; MTBF ${fmtMin(stats.mtbfMinutes)} (${stats.mtbfBasis})`,
  );
  return status;
}
