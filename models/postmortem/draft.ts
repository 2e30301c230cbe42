import type { IncidentEvent } from '../../shared/events';
import type { Incident, IncidentImpact, MilestoneName } from '../../shared/incident';
import type { ActionItem, ActionPriority, ActionType, Postmortem } from '../../shared/postmortem';
import { durationText, localDate, localDateTime, localTime, offsetLabel } from './time-text';

export interface DraftOptions {
  /** Zone (IANA or `+01:00`) the document writes times in. */
  timeZone?: string;
  /** When the draft is made; due dates count from here. Defaults to the incident's end, so drafts are reproducible. */
  now?: number;
  authors?: string[];
}

const DAY = 86_400_000;
// Atlassian's incident handbook gives priority actions a 4- or 8-week deadline; P3 gets 12.
const DUE_DAYS: Record<ActionPriority, number> = { P1: 28, P2: 56, P3: 84 };
const CAPACITY =
  /\b(traffic|capacity|resource|cpu|memory|overload\w*|overwhelm\w*|saturat\w*|exhaust\w*|servers?|replicas?|scal\w*|load|spike|throttl\w*|connection pool)\b/i;
const SIGNAL = new Set(['alert', 'page', 'customer-report']);

const quote = (e: IncidentEvent) => `“${e.message.split('\n')[0]!.trim()}”`;
const pct = (x: number) => `${x >= 0.1 ? Math.round(x * 100) : Math.round(x * 1000) / 10} %`;
const count = (x: number) => Math.round(x).toLocaleString('en-US');

/**
 * Draft a blameless postmortem from an incident's timeline and, when metrics were given, its measured impact.
 * Every sentence comes from a timeline event or a figure; what the data cannot say is left as a prompt for the team.
 */
export function draftPostmortem(incident: Incident, impact?: IncidentImpact, options: DraftOptions = {}): Postmortem {
  const zone = options.timeZone ?? 'UTC';
  const now = options.now ?? incident.end;
  const m = incident.milestones;
  const ev = incident.events;
  const at = (t: number) => `${localTime(t, zone)}`;
  const since = (name: MilestoneName) =>
    m[name] && m.started ? durationText((m[name].t - m.started.t) / 60_000) : null;
  const byId = (id: string | null | undefined) => ev.find((e) => e.id === id);
  const kinds = (k: string) => ev.filter((e) => e.kind === k);
  const firstReport = ev.find((e) => e.kind === 'customer-report');
  const firstAlert = ev.find((e) => e.kind === 'alert' || e.kind === 'page');
  const diagnoses = kinds('diagnosis');
  const mitigations = kinds('mitigation');
  const escalations = kinds('escalation');
  const changes = kinds('change');
  const lasted = durationText((incident.end - incident.start) / 60_000);
  const span = `${localDateTime(incident.start, zone)} to ${localDate(incident.end, zone) === localDate(incident.start, zone) ? localTime(incident.end, zone) : localDateTime(incident.end, zone)} (${offsetLabel(incident.start, zone)})`;

  const courseParts: string[] = [];
  const detectedBy = byId(m.detected?.eventId);
  if (m.detected)
    courseParts.push(`detected after ${since('detected')}${detectedBy ? ` by ${article(detectedBy.kind)}` : ''}`);
  if (m.acknowledged) courseParts.push(`answered by a responder after ${since('acknowledged')}`);
  if (m.mitigated && byId(m.mitigated.eventId)?.kind === 'mitigation')
    courseParts.push(`mitigated after ${since('mitigated')}`);
  if (m.resolved) courseParts.push(`resolved after ${since('resolved')}`);
  const course = courseParts.length ? ` It was ${joinAnd(courseParts)}.` : '';
  const impactLine = impactSentence(impact);
  const causeLine = diagnoses.length
    ? ` The cause as logged: ${withoutLabel(diagnoses[0]!.message).replace(/[.\s]+$/, '')}.`
    : '';
  const summary = `${incident.title.replace(/[.\s]+$/, '')}: an incident of ${lasted}, ${span}.${course}${impactLine ? ` ${impactLine}` : ''}${causeLine}`;

  const impactText = impactParagraph(impact, firstReport);
  const rootCause = diagnoses.length
    ? diagnoses.map((d) => `${withoutLabel(d.message)} (${at(d.t)}, ${d.source})`).join('\n')
    : 'Not identified in the timeline. Ask “why?” until the answer is a condition of the system, not a person (Atlassian’s five whys).';
  const triggerEvent = ev.find((e) => e.kind === 'start') ?? (ev[0] && !SIGNAL.has(ev[0].kind) ? ev[0] : undefined);
  const trigger = [
    triggerEvent
      ? `${triggerEvent.message} (${at(triggerEvent.t)}, ${triggerEvent.source})`
      : 'No triggering event is in the timeline.',
    ...changes.filter((c) => c !== triggerEvent).map((c) => `Change during the incident: ${c.message} (${at(c.t)})`),
  ].join('\n');

  const detectionLines: string[] = [];
  if (detectedBy && m.detected)
    detectionLines.push(
      `Detected at ${at(m.detected.t)}, ${since('detected')} after the start, by ${article(detectedBy.kind)} from ${detectedBy.source}: ${quote(detectedBy)}.`,
    );
  else
    detectionLines.push(
      'No alert, page or customer report is in the timeline: how the organisation learned of the incident is unknown.',
    );
  if (firstReport && firstAlert && firstReport.t < firstAlert.t)
    detectionLines.push(
      `The first ${firstAlert.kind} (${at(firstAlert.t)}) came ${durationText((firstAlert.t - firstReport.t) / 60_000)} after the first customer report.`,
    );
  else if (firstReport && !firstAlert)
    detectionLines.push('No monitoring alert or page fired; customers were the only detector.');
  detectionLines.push('How would we halve the time to detect? (Atlassian)');
  const detection = detectionLines.join(' ');

  const resolutionLines: string[] = [];
  for (const x of mitigations)
    resolutionLines.push(`${at(x.t)} (+${durationText((x.t - incident.start) / 60_000)}): ${x.message}`);
  const resolvedBy = byId(m.resolved?.eventId);
  if (resolvedBy && m.resolved)
    resolutionLines.push(`${at(m.resolved.t)} (+${since('resolved')}): ${resolvedBy.message}`);
  else if (!m.resolved) resolutionLines.push('The timeline shows no resolution yet.');
  resolutionLines.push('How would we halve the time to mitigate? (Atlassian)');
  const resolution = resolutionLines.join('\n');

  const wentWell: string[] = [];
  const wentBadly: string[] = [];
  const capacityRelated = [...diagnoses, ...mitigations].some((e) => CAPACITY.test(e.message));
  if (detectedBy && (detectedBy.kind === 'alert' || detectedBy.kind === 'page'))
    wentWell.push(`Monitoring detected the problem ${since('detected')} after it started.`);
  const firstMitigation = mitigations[0];
  if (firstMitigation && m.resolved && firstMitigation.t < m.resolved.t) {
    wentWell.push(
      `A workaround (${firstMitigation.message.replace(/^temporary workaround:\s*/i, '')}) eased the impact ${durationText((m.resolved.t - firstMitigation.t) / 60_000)} before the resolution.`,
    );
  }
  if (m.detected && m.acknowledged && m.acknowledged.t - m.detected.t <= 15 * 60_000)
    wentWell.push(
      `A responder engaged within ${durationText(Math.max(0, m.acknowledged.t - m.detected.t) / 60_000)} of detection.`,
    );
  const comms = kinds('communication');
  if (comms.length)
    wentWell.push(
      `${comms.length} status update${comms.length > 1 ? 's were' : ' was'} posted while the incident ran.`,
    );

  if (firstReport && (!firstAlert || firstReport.t < firstAlert.t)) {
    wentBadly.push(
      firstAlert
        ? `Customers noticed before monitoring did: the first alert came ${durationText((firstAlert.t - firstReport.t) / 60_000)} after the first customer report.`
        : 'No alert fired; customers were the only detector.',
    );
  }
  const detectToAck = m.detected && m.acknowledged ? (m.acknowledged.t - m.detected.t) / 60_000 : null;
  if (detectToAck !== null && detectToAck > 30)
    wentBadly.push(`${durationText(detectToAck)} passed between detection and the first response.`);
  if (escalations.length >= 2)
    wentBadly.push(
      `The incident was escalated ${escalations.length} times before the team that could fix it was engaged.`,
    );
  const ttm = incident.durations.ttmMinutes;
  if (ttm !== null && ttm > 60) wentBadly.push(`The first mitigation came ${durationText(ttm)} after the start.`);
  if (impact?.shareAffected && impact.shareAffected.value >= 0.05)
    wentBadly.push(`${pct(impact.shareAffected.value)} of requests failed or were served while pages were degraded.`);

  const contributingFactors = [
    ...diagnoses.map((d) => withoutLabel(d.message)),
    ...changes.map((c) => `Change: ${c.message}`),
    ...(escalations.length >= 2
      ? [`Escalation path: ${escalations.length} escalations (${escalations.map((e) => at(e.t)).join(', ')})`]
      : []),
  ];

  const actions: Omit<ActionItem, 'id' | 'due' | 'owner' | 'ticket' | 'done'>[] = [];
  const add = (type: ActionType, priority: ActionPriority, title: string, why: string) =>
    actions.push({ type, priority, title, why });
  if (firstReport && (!firstAlert || firstReport.t < firstAlert.t)) {
    add(
      'detect',
      'P1',
      'Alert on what customers feel (error ratio and page latency against an SLO) so monitoring detects before they report it',
      firstAlert
        ? `customers reported at ${at(firstReport.t)}, the first alert came at ${at(firstAlert.t)}`
        : 'no alert fired',
    );
  }
  if (detectToAck !== null && detectToAck > 30)
    add(
      'process',
      'P1',
      'Page the owning team directly from the first alert and track time to acknowledge',
      `${durationText(detectToAck)} from detection to the first response`,
    );
  if (escalations.length >= 2)
    add(
      'process',
      'P2',
      'Write down the escalation path so the first responder can reach the team that owns the failing tier at once',
      `${escalations.length} escalations`,
    );
  if (capacityRelated) {
    add(
      'prevent',
      'P1',
      'Plan capacity for the next sale from the traffic forecast with N+1 headroom, and pre-scale before it starts',
      'the timeline names traffic or resource exhaustion as the cause',
    );
    add(
      'prevent',
      'P1',
      'Scale the web and database tiers automatically on load, with warm-up time shorter than the sale’s ramp',
      mitigations.length
        ? `capacity was added by hand (${mitigations.map((x) => at(x.t)).join(', ')})`
        : 'capacity was the limit',
    );
    add(
      'mitigate',
      'P2',
      'Shed load or rate-limit non-critical traffic so checkout keeps working when capacity runs out',
      'overload degraded every request, not only the excess',
    );
    add('process', 'P2', 'Load-test at the forecast peak before each sale', 'the limit was found in production');
  }
  if (ttm !== null && ttm > 60 && firstMitigation)
    add(
      'mitigate',
      'P2',
      `Turn the mitigation that worked (${firstMitigation.message.split(/[;:]/).pop()!.trim()}) into a runbook step that takes minutes`,
      `first mitigation after ${durationText(ttm)}`,
    );
  if (actions.length === 0)
    add(
      'process',
      'P2',
      'Ask “why?” from the trigger to a system condition and add an action for each answer',
      'the timeline alone suggests no action',
    );

  const actionItems: ActionItem[] = actions.map((a, i) => ({
    ...a,
    id: `A${i + 1}`,
    owner: '',
    ticket: '',
    done: false,
    due: new Date(now + DUE_DAYS[a.priority] * DAY).toISOString().slice(0, 10),
  }));

  const supporting: string[] = [];
  const d = incident.durations;
  const durationLine = (label: string, v: number | null) =>
    v === null ? null : `${label} ${durationText(v)} (${Math.round(v * 100) / 100} min)`;
  supporting.push(
    [
      durationLine('TTD', d.ttdMinutes),
      durationLine('TTA', d.ttaMinutes),
      durationLine('TTM', d.ttmMinutes),
      durationLine('TTR', d.ttrMinutes),
    ]
      .filter(Boolean)
      .join(' · ') + ' — measured from the start (FireHydrant’s definitions)',
  );
  for (const ms of Object.values(m)) supporting.push(`${ms.name}: ${localDateTime(ms.t, zone)} — ${ms.reason}`);
  if (impact) {
    for (const [name, f] of Object.entries(impact))
      if (f && typeof f === 'object' && 'how' in f)
        supporting.push(`${name}: ${formatFigure(f.value, f.unit)} — ${f.how}`);
    for (const b of impact.budgetBurned ?? [])
      supporting.push(`budget burned, ${b.sloName}: ${pct(b.fraction)} — ${b.how}`);
    supporting.push(...impact.inputs.map((x) => `input ${x}`), ...impact.notes);
  }
  supporting.push(`Sources: ${incident.sources.join(', ')}`, ...incident.notes);

  return {
    id: `pm-${incident.id}`,
    incidentId: incident.id,
    title: incident.title.replace(/[.\s]+$/, ''),
    status: 'draft',
    authors: options.authors ?? [],
    start: incident.start,
    end: incident.end,
    timeZone: zone,
    summary,
    impact: impactText,
    rootCause,
    trigger,
    detection,
    resolution,
    contributingFactors,
    wentWell,
    wentBadly,
    gotLucky: [],
    actionItems,
    timeline: ev.map((e) => ({ t: e.t, kind: e.kind, source: e.source, text: e.message, eventId: e.id })),
    supporting,
    createdAt: now,
    modifiedAt: now,
  };
}

/** "Cause identified: the pool…" → "The pool…": the section heading already says it is the cause. */
function withoutLabel(message: string): string {
  return message
    .replace(/^\s*(root cause( identified)?|cause( identified)?|identified|diagnosis)\s*[:—-]\s*/i, '')
    .replace(/^./, (c) => c.toUpperCase());
}

function article(kind: string): string {
  return kind === 'customer-report'
    ? 'a customer report'
    : kind === 'alert'
      ? 'an alert'
      : kind === 'page'
        ? 'a page'
        : kind;
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function formatFigure(value: number, unit: string): string {
  if (unit === 'fraction') return pct(value);
  if (unit === 'ms') return `${Math.round(value)} ms`;
  return `${value >= 100 ? count(value) : Math.round(value * 100) / 100} ${unit}`;
}

function impactSentence(impact: IncidentImpact | undefined): string {
  if (!impact) return '';
  const parts: string[] = [];
  if (impact.shareAffected)
    parts.push(`${pct(impact.shareAffected.value)} of requests failed or were served while pages were degraded`);
  if (impact.requestsFailed) parts.push(`${count(impact.requestsFailed.value)} requests failed`);
  if (impact.peakLatencyMs) parts.push(`latency peaked at ${formatFigure(impact.peakLatencyMs.value, 'ms')}`);
  if (impact.lostRevenue)
    parts.push(
      `an estimated ${formatFigure(impact.lostRevenue.value, impact.lostRevenue.unit)} of orders were at risk`,
    );
  return parts.length ? `${joinAnd(parts).replace(/^./, (c) => c.toUpperCase())}.` : '';
}

function impactParagraph(impact: IncidentImpact | undefined, firstReport: IncidentEvent | undefined): string {
  const lines: string[] = [];
  if (impact) {
    const f = (label: string, x: { value: number; unit: string } | undefined) =>
      x && lines.push(`${label}: ${formatFigure(x.value, x.unit)}`);
    f('Share of requests failed or served while degraded', impact.shareAffected);
    f('Requests in the window', impact.requestsTotal);
    f('Requests failed', impact.requestsFailed);
    f('Requests served while degraded', impact.requestsSlow);
    f('Error rate over the window', impact.errorRate);
    f('Peak error rate', impact.peakErrorRate);
    f('Peak latency', impact.peakLatencyMs);
    f('Mean latency', impact.meanLatencyMs);
    f('Usual latency (day before)', impact.baselineLatencyMs);
    f('Orders at risk', impact.lostOrders);
    f('Revenue at risk', impact.lostRevenue);
    for (const b of impact.budgetBurned ?? [])
      lines.push(`Error budget burned, ${b.sloName}: ${pct(b.fraction)} of the window’s budget`);
  }
  if (lines.length === 0)
    lines.push('Not measured: give metrics (traffic, errors, latency) over the incident window to quantify it.');
  if (firstReport) lines.push(`Customers reported: ${quote(firstReport)}`);
  return lines.join('\n');
}
