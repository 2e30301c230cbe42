import { z } from 'zod';
import { EVENT_KINDS, type EventKind } from './events';

/** Action item types of the Google SRE book's postmortem template (Appendix D). */
export type ActionType = 'prevent' | 'mitigate' | 'detect' | 'process';
export const ACTION_TYPES: readonly ActionType[] = ['prevent', 'mitigate', 'detect', 'process'];

export type ActionPriority = 'P1' | 'P2' | 'P3';

export interface ActionItem {
  id: string;
  title: string;
  type: ActionType;
  /** A role or a person; '' until the review assigns one. */
  owner: string;
  priority: ActionPriority;
  /** Calendar date `YYYY-MM-DD`; Atlassian gives priority actions 4 or 8 weeks. */
  due: string | null;
  ticket: string;
  done: boolean;
  /** Why the draft proposed it (the timeline fact or figure), so a reviewer can judge it. */
  why: string;
}

export interface PostmortemTimelineEntry {
  t: number;
  kind: EventKind;
  source: string;
  text: string;
  eventId: string | null;
}

export type PostmortemStatus = 'draft' | 'in-review' | 'final';

/**
 * A blameless postmortem after the Google SRE book, Appendix D (title, date, authors, status, summary, impact,
 * root causes, trigger, resolution, detection, action items, lessons learned, timeline, supporting information)
 * and the Atlassian incident handbook (duration, contributing factors, how to halve detection and mitigation).
 */
export interface Postmortem {
  id: string;
  incidentId: string;
  title: string;
  status: PostmortemStatus;
  authors: string[];
  /** When the incident started and ended (epoch ms) and the zone times are written in. */
  start: number;
  end: number;
  timeZone: string;
  summary: string;
  impact: string;
  rootCause: string;
  trigger: string;
  detection: string;
  resolution: string;
  contributingFactors: string[];
  wentWell: string[];
  wentBadly: string[];
  gotLucky: string[];
  actionItems: ActionItem[];
  timeline: PostmortemTimelineEntry[];
  /** The measured figures (durations, impact) with how each was computed. */
  supporting: string[];
  createdAt: number;
  modifiedAt: number;
}

/** Text fields a writer edits, in the order the document shows them; the blameless check reads these. */
export const POSTMORTEM_TEXT_FIELDS = ['summary', 'impact', 'rootCause', 'trigger', 'detection', 'resolution'] as const;
export const POSTMORTEM_LIST_FIELDS = ['contributingFactors', 'wentWell', 'wentBadly', 'gotLucky'] as const;
export type PostmortemTextField =
  (typeof POSTMORTEM_TEXT_FIELDS)[number] | (typeof POSTMORTEM_LIST_FIELDS)[number] | 'actionItems' | 'timeline';


export const actionItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  type: z.enum(['prevent', 'mitigate', 'detect', 'process']),
  owner: z.string(),
  priority: z.enum(['P1', 'P2', 'P3']),
  due: z.string().nullable(),
  ticket: z.string(),
  done: z.boolean(),
  why: z.string(),
}) satisfies z.ZodType<ActionItem>;

export const postmortemSchema = z.object({
  id: z.string(),
  incidentId: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'in-review', 'final']),
  authors: z.array(z.string()),
  start: z.number(),
  end: z.number(),
  timeZone: z.string(),
  summary: z.string(),
  impact: z.string(),
  rootCause: z.string(),
  trigger: z.string(),
  detection: z.string(),
  resolution: z.string(),
  contributingFactors: z.array(z.string()),
  wentWell: z.array(z.string()),
  wentBadly: z.array(z.string()),
  gotLucky: z.array(z.string()),
  actionItems: z.array(actionItemSchema),
  timeline: z.array(
    z.object({
      t: z.number(),
      kind: z.enum(EVENT_KINDS),
      source: z.string(),
      text: z.string(),
      eventId: z.string().nullable(),
    }),
  ),
  supporting: z.array(z.string()),
  createdAt: z.number(),
  modifiedAt: z.number(),
}) satisfies z.ZodType<Postmortem>;
