import { z } from 'zod';
import { EVENT_KINDS, type EventKind, type IncidentEvent } from './events';

/** FireHydrant's milestone set, cut to what logs can show (../shared/CLI.md fixes the definitions), plus escalation. */
export type MilestoneName = 'started' | 'detected' | 'acknowledged' | 'escalated' | 'mitigated' | 'resolved';

export const MILESTONE_NAMES: readonly MilestoneName[] = [
  'started',
  'detected',
  'acknowledged',
  'escalated',
  'mitigated',
  'resolved',
];

/** When a milestone was reached, which event shows it, and why that event was chosen. */
export interface Milestone {
  name: MilestoneName;
  t: number;
  /** The event that marks it; null when the facilitator set the time by hand. */
  eventId: string | null;
  reason: string;
}

/** Minutes from `started` (FireHydrant's incident metrics); null when the milestone is missing. */
export interface IncidentDurations {
  ttdMinutes: number | null;
  ttaMinutes: number | null;
  ttmMinutes: number | null;
  ttrMinutes: number | null;
}

/** An event as placed in an incident's timeline: the imported event plus where else the same content was seen. */
export interface TimelineEvent extends IncidentEvent {
  /** Content hash (Four Keys' `signature`): equal content from several files is one event. */
  signature: string;
  /** Sources of the copies merged into this event, the first one excluded. */
  duplicateSources: string[];
  /** True when the facilitator added or changed it. */
  edited: boolean;
}

/** How the incident's events were gathered: by an id the tools gave, or by closeness in time and service. */
export type IncidentGrouping = { by: 'id'; ids: string[] } | { by: 'proximity'; gapMinutes: number };

/** One incident: its timeline, milestones and durations, each explainable. */
export interface Incident {
  id: string;
  title: string;
  services: string[];
  sources: string[];
  start: number;
  end: number;
  events: TimelineEvent[];
  milestones: Partial<Record<MilestoneName, Milestone>>;
  durations: IncidentDurations;
  grouping: IncidentGrouping;
  /** Plain-language remarks: odd orderings, merged duplicates, missing milestones. */
  notes: string[];
}

/** A facilitator's change to one event: move (t), reclassify (kind) or reword (message). */
export interface EventEdit {
  eventId: string;
  t?: number;
  kind?: EventKind;
  message?: string;
}

/** What a facilitator changed in an incident; kept apart from the imported events so a re-import keeps the corrections. */
export interface IncidentCorrection {
  incidentId: string;
  title?: string;
  added: IncidentEvent[];
  edited: EventEdit[];
  removed: string[];
  /** A milestone set by hand (epoch ms), or null to clear one the events imply. */
  milestones: Partial<Record<MilestoneName, number | null>>;
  /** The facilitator says this is the same outage as another incident (a PagerDuty and a Statuspage id, say): its events join that one. */
  mergeInto?: string;
}

/** Figures across incidents: repair times and time between failures, each with the definition used. */
export interface IncidentStats {
  count: number;
  resolvedCount: number;
  /** Mean time to resolve (R = resolve, from started), minutes. */
  mttrMinutes: number | null;
  medianTtrMinutes: number | null;
  /** Mean time between failures: operating time ÷ failures, minutes. */
  mtbfMinutes: number | null;
  mtbfBasis: string;
}

/** A figure of an incident's impact with the inputs and formula that produced it, so the postmortem can say why. */
export interface ImpactFigure {
  value: number;
  unit: string;
  how: string;
}

/** What the metrics say about an incident's window; a figure is absent when no series could give it. */
export interface IncidentImpact {
  window: { start: number; end: number };
  durationMinutes: number;
  peakLatencyMs?: ImpactFigure;
  meanLatencyMs?: ImpactFigure;
  baselineLatencyMs?: ImpactFigure;
  peakErrorRate?: ImpactFigure;
  errorRate?: ImpactFigure;
  requestsTotal?: ImpactFigure;
  requestsFailed?: ImpactFigure;
  requestsSlow?: ImpactFigure;
  /** Share of requests that failed or were slower than the threshold, 0..1. */
  shareAffected?: ImpactFigure;
  lostOrders?: ImpactFigure;
  lostRevenue?: ImpactFigure;
  /** Error budget burned per SLO of the study, when the study has SLOs over these metrics. */
  budgetBurned?: BudgetBurn[];
  /** Which series played which part, and why. */
  inputs: string[];
  notes: string[];
}

const milestoneTimes = z.object({
  started: z.number().nullable().optional(),
  detected: z.number().nullable().optional(),
  acknowledged: z.number().nullable().optional(),
  escalated: z.number().nullable().optional(),
  mitigated: z.number().nullable().optional(),
  resolved: z.number().nullable().optional(),
});

/** The workspace keeps corrections, not assembled incidents: incidents are recomputed from events plus these. */
export const incidentCorrectionSchema = z.object({
  incidentId: z.string(),
  title: z.string().optional(),
  added: z.array(
    z.object({
      id: z.string(),
      t: z.number(),
      source: z.string(),
      kind: z.enum(EVENT_KINDS),
      message: z.string(),
      incidentId: z.string().optional(),
      incidentTitle: z.string().optional(),
      service: z.string().optional(),
      actor: z.string().optional(),
      rule: z.string().optional(),
      raw: z.string().optional(),
    }),
  ),
  edited: z.array(
    z.object({
      eventId: z.string(),
      t: z.number().optional(),
      kind: z.enum(EVENT_KINDS).optional(),
      message: z.string().optional(),
    }),
  ),
  removed: z.array(z.string()),
  milestones: milestoneTimes,
  mergeInto: z.string().optional(),
}) satisfies z.ZodType<IncidentCorrection>;

/** Error budget an incident burned, per SLO of the study: bad events (or minutes) in the window ÷ what the SLO window allows. */
export interface BudgetBurn {
  sloId: string;
  sloName: string;
  /** Share of the SLO window's whole budget, 0..1 (may exceed 1). */
  fraction: number;
  how: string;
}
