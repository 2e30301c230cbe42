import { z } from 'zod';
import { capacityStudySchema } from './capacity';
import { sloSchema } from './slo';
import { incidentCorrectionSchema } from './incident';
import { postmortemSchema } from './postmortem';
import { saleScenarioSchema } from './forecast';
import { EVENT_KINDS } from './events';

/** The manifest of a `.headroom` zip: every object of the study, with series columns replaced by block names. */
export const blockRefSchema = z.string().regex(/^[0-9a-f]{32}$/, 'a block name is 32 hex digits');

export const seriesManifestSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  labels: z.record(z.string(), z.string()),
  unit: z.string(),
  points: z.number().int().nonnegative(),
  t: blockRefSchema,
  v: blockRefSchema,
});

export const rejectSchema = z.object({ line: z.number().int(), reason: z.string() });

export const datasetSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  file: z.string(),
  format: z.string(),
  kind: z.enum(['metrics', 'events']),
  importedAt: z.number(),
  seriesIds: z.array(z.string()),
  eventCount: z.number().int().nonnegative(),
  rejectedCount: z.number().int().nonnegative(),
  rejected: z.array(rejectSchema),
  notes: z.array(z.string()),
});

export const eventKindSchema = z.enum(EVENT_KINDS);

export const incidentEventSchema = z.object({
  id: z.string(),
  t: z.number(),
  source: z.string(),
  kind: eventKindSchema,
  message: z.string(),
  incidentId: z.string().optional(),
  incidentTitle: z.string().optional(),
  service: z.string().optional(),
  actor: z.string().optional(),
  rule: z.string().optional(),
  raw: z.string().optional(),
});

export const manifestSchema = z.object({
  format: z.literal('headroom-workspace'),
  version: z.number().int().positive(),
  name: z.string(),
  createdAt: z.number(),
  modifiedAt: z.number(),
  datasets: z.array(datasetSchema),
  series: z.array(seriesManifestSchema),
  events: z.array(incidentEventSchema),
  slos: z.array(sloSchema).default([]),
  capacity: capacityStudySchema.nullable().default(null),
  incidents: z.array(incidentCorrectionSchema).default([]),
  postmortems: z.array(postmortemSchema).default([]),
  scenarios: z.array(saleScenarioSchema).default([]),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type SeriesManifest = z.infer<typeof seriesManifestSchema>;
