import { z } from 'zod';

/**
 * The capacity vocabulary: tiers, the evidence for what one instance carries, the sale scenario,
 * and the plan that answers "will we hold, and what do we change?".
 * The schemas validate scenario files and the workspace manifest; the types are inferred from them.
 */

export const tierRoleSchema = z.enum(['web', 'app', 'cache', 'db-primary', 'db-replica', 'queue', 'other']);
export type TierRole = z.infer<typeof tierRoleSchema>;

/** N+1: one spare instance; zones: lose any one of K zones and still carry the peak. */
export const redundancySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('n-plus-1') }),
  z.object({ kind: z.literal('zones'), zones: z.number().int().min(2) }),
]);
export type RedundancyRule = z.infer<typeof redundancySchema>;

export const loadTestPointSchema = z.object({
  n: z.number().positive(),
  throughput: z.number().nonnegative(),
  latencyMs: z.number().nonnegative().optional(),
});
export type LoadTestPoint = z.infer<typeof loadTestPointSchema>;

export const utilizationPointSchema = z.object({
  cpuPercent: z.number().min(0).max(100),
  rpsPerInstance: z.number().nonnegative(),
});
export type UtilizationPoint = z.infer<typeof utilizationPointSchema>;

/**
 * Where a tier's per-instance capacity comes from: typed in (optionally with the load it was verified at),
 * a load test fitted with the Universal Scalability Law (concurrency on one instance, or nodes in the tier),
 * or production CPU % against requests/s per instance.
 */
export const capacityEvidenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('typed'),
    rpsPerInstance: z.number().positive(),
    verifiedUpToRps: z.number().positive().optional(),
  }),
  z.object({
    kind: z.literal('load-test'),
    axis: z.enum(['concurrency', 'nodes']),
    points: z.array(loadTestPointSchema).min(4, 'a USL fit needs at least 4 load-test points'),
    source: z.string().optional(),
  }),
  z.object({
    kind: z.literal('production'),
    points: z.array(utilizationPointSchema).min(3, 'a regression needs at least 3 points'),
    source: z.string().optional(),
  }),
]);
export type CapacityEvidence = z.infer<typeof capacityEvidenceSchema>;

export const autoscalingSchema = z
  .object({ min: z.number().int().nonnegative(), max: z.number().int().positive() })
  .refine((a) => a.min <= a.max, 'autoscaling min must not exceed max');
export type Autoscaling = z.infer<typeof autoscalingSchema>;

export const tierSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  role: tierRoleSchema,
  instancesNow: z.number().int().nonnegative(),
  capacity: capacityEvidenceSchema,
  targetUtilization: z.number().gt(0).max(1).default(0.7),
  warmupSeconds: z.number().nonnegative().default(120),
  costPerInstanceHour: z.number().nonnegative().default(0),
  redundancy: redundancySchema.default({ kind: 'n-plus-1' }),
  /** Calls this tier receives per front-door request (e.g. 2.5 database reads per page). */
  demandPerRequest: z.number().nonnegative().default(1),
  /** Calls to this tier are first looked up in the study's cache tier; only misses arrive here. */
  behindCache: z.boolean().default(false),
  /** For a cache tier: the fraction of lookups it answers. */
  hitRatio: z.number().min(0).max(1).optional(),
  /** Mean time one request occupies a worker; sets the M/M/c server count by Little's law. */
  serviceTimeMs: z.number().positive().optional(),
  autoscaling: autoscalingSchema.nullable().default(null),
  /** A hard ceiling no configuration change lifts (quota, licence, a single writable primary). */
  maxInstances: z.number().int().positive().optional(),
});
export type Tier = z.infer<typeof tierSchema>;
export type TierInput = z.input<typeof tierSchema>;

/** The sale to plan for, resolved to numbers (a scenario file may give the peak from a traffic file instead). */
export interface Scenario {
  name: string;
  peak: PeakDemand;
  /** Size for the forecast's mean or for the upper end of its band. */
  planFor: 'rps' | 'hi';
  /** Minutes from the sale's start (traffic at `baselineRps`) to the peak. */
  rampMinutes: number;
  /** How long the event lasts at sale capacity, for its cost. */
  durationMinutes: number;
  /** Page-load objective the queueing delay is compared with (the seed's "pages under 2 s"). */
  latencySloMs: number;
  /** No tier may pass this utilisation while autoscaling catches up with the ramp. */
  maxUtilization: number;
  /** Seconds from a load change to the autoscaler's decision (metric window plus sync period). */
  scalingReactionSeconds: number;
  /** Fraction of the SLO's error budget left, when SLOs exist; drives the deploy-freeze advice. */
  errorBudgetRemaining: number | null;
  /** Below this remaining budget fraction, risky deploys should be frozen for the event. */
  freezeBelowBudgetFraction: number;
  tiers: Tier[];
}

export interface PeakDemand {
  /** Time of the peak, UTC epoch ms. */
  t: number;
  rps: number;
  lo: number;
  hi: number;
  /** The normal (no-sale) daily peak the fleet runs at today. */
  baselineRps: number;
  /** How the peak was obtained, in words. */
  source: string;
}

export const recommendationPrioritySchema = z.enum(['high', 'medium', 'low']);
export type RecommendationPriority = z.infer<typeof recommendationPrioritySchema>;

/** The fitted Universal Scalability Law as the plan and the UI show it. */
export interface UslSummary {
  sigma: number;
  kappa: number;
  lambda: number;
  peakN: number | null;
  peakX: number | null;
  kneeN: number | null;
  r2: number;
  points: number;
}

/** One tier's answer for the sale. Utilisations are fractions; rates are this tier's own req/s. */
export interface TierPlan {
  tierId: string;
  name: string;
  role: TierRole;
  /** Calls reaching this tier at the planned peak (after the cache, when it sits behind one). */
  demandRps: number;
  /** Demand per front-door request that reaches this tier (demandPerRequest × cache miss share). */
  callsPerRequest: number;
  demandPerRequest: number;
  behindCache: boolean;
  targetUtilization: number;
  warmupSeconds: number;
  /** This tier's demand the instances running now carry at the target utilisation, spares kept aside. */
  carryNowRps: number;
  /** Utilisation of today's fleet at the normal daily peak. */
  utilizationBaselineNow: number;
  /** Utilisation at the planned peak with the autoscaler at its maximum (null when it does not autoscale). */
  utilizationAtAutoscalingMax: number | null;
  capacityBasis: 'typed' | 'usl-concurrency' | 'usl-nodes' | 'cpu-regression';
  capacityExplanation: string;
  /** Requests/s one instance carries at 100 % (at the planned size, for a scale-out USL). */
  rpsPerInstance: number;
  usl: UslSummary | null;
  instancesNow: number;
  instancesForLoad: number | null;
  instancesNeeded: number | null;
  /** What can actually run: the need, capped by the hard ceiling. Utilisation, delay and cost are at this size. */
  instancesPlanned: number | null;
  /** The need passes a limit no setting lifts (a single primary, a quota, the USL peak). */
  exceedsHardCeiling: boolean;
  redundancyNote: string;
  /** Instances needed for the normal daily peak, redundancy included. */
  baselineInstancesNeeded: number | null;
  utilizationNow: number;
  utilizationAtPeak: number | null;
  predictedWaitNowMs: number | null;
  predictedWaitMs: number | null;
  probabilityOfWaiting: number | null;
  serviceTimeMs: number;
  /** Spare share of the planned fleet's throughput at the peak (1 − demand / capacity). */
  headroomFraction: number | null;
  headroomNowFraction: number;
  /** A limit no setting lifts: the fleet size this tier can never usefully pass. */
  hardCeilingInstances: number | null;
  /** Front-door req/s the tier carries at the utilisation ceiling when it is at its hard ceiling. */
  ceilingFrontDoorRps: number | null;
  autoscaling: Autoscaling | null;
  /** Autoscaling replayed over the ramp (null for a tier that does not autoscale). */
  ramp: {
    outrunsScaling: boolean;
    reactiveStart: number;
    prewarmInstances: number;
    prewarmFrom: number;
    peakUtilizationWithoutPrewarm: number;
    firstOverloadAt: number | null;
  } | null;
  /** Largest per-instance load (or instance count, for a scale-out test) the evidence covers; null if untested. */
  testedPerInstanceRps: number | null;
  testedInstances: number | null;
  /** Per-instance load (or instance count) at the planned size lies inside the tested range. */
  evidenceCoversPeak: boolean;
  eventCost: number;
  extraCost: number;
  /** Demand and planned capacity over the event, both in front-door req/s, for the chart. */
  timeline: { t: number; demandRps: number; capacityRps: number }[];
}

export interface CapacityPlan {
  model: 'capacity-plan';
  scenarioName: string;
  peak: PeakDemand;
  plannedRps: number;
  planFor: 'rps' | 'hi';
  saleStart: number;
  eventEnd: number;
  latencySloMs: number;
  maxUtilization: number;
  rampMinutes: number;
  scalingReactionSeconds: number;
  cacheHitRatio: number;
  /** Sum over tiers of calls × (service time + queueing delay) along one page, at the planned size. */
  predictedPageMs: number | null;
  predictedPageNowMs: number | null;
  eventCost: number;
  extraCost: number;
  eventHours: number;
  tiers: TierPlan[];
  /** Tiers that could not be planned, with the reason. */
  problems: { tierId: string; reason: string }[];
  /** Assumptions a reader should know. */
  notes: string[];
}

/** A tier as a scenario file writes it: load-test evidence may name a CSV file beside the scenario. */
export const tierFileSchema = tierSchema
  .extend({
    capacity: z.union([
      capacityEvidenceSchema,
      z.object({
        kind: z.literal('load-test'),
        file: z.string().min(1),
        axis: z.enum(['concurrency', 'nodes']).optional(),
      }),
    ]),
  })
  .strict();
export type TierFile = z.infer<typeof tierFileSchema>;

const isoTime = z
  .string()
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) && Number.isFinite(Date.parse(s)),
    {
      message: 'expected an ISO 8601 time with a zone, such as 2026-11-27T11:00:00Z',
    },
  );

/** The peak typed in (a forecast's figures), or a traffic file's typical daily peak times the sale's multiplier. */
export const peakFileSchema = z.union([
  z
    .object({
      at: isoTime,
      rps: z.number().positive(),
      lo: z.number().positive().optional(),
      hi: z.number().positive().optional(),
      baselineRps: z.number().positive(),
    })
    .strict()
    .refine((p) => (p.lo ?? p.rps) <= p.rps && p.rps <= (p.hi ?? p.rps), 'expected lo ≤ rps ≤ hi'),
  z
    .object({
      at: isoTime,
      traffic: z.string().min(1),
      series: z.string().optional(),
      /** `typical`: median daily peak × multiplier; `forecast`: the forecast engine's sale scenario (models/forecast). */
      method: z.enum(['typical', 'forecast']).default('typical'),
      /** Omitted with `forecast`: learned from `pastSales`. */
      multiplier: z.number().positive().optional(),
      multiplierLo: z.number().positive().optional(),
      multiplierHi: z.number().positive().optional(),
      baselineDays: z.number().int().positive().default(28),
      pastSales: z.array(z.object({ start: isoTime, end: isoTime })).default([]),
      organicGrowth: z.number().default(0),
    })
    .strict()
    .refine(
      (p) => p.multiplier !== undefined || (p.method === 'forecast' && p.pastSales.length > 0),
      'give a multiplier, or method "forecast" with pastSales to learn it from',
    )
    .refine(
      (p) =>
        p.multiplier === undefined ||
        ((p.multiplierLo ?? p.multiplier) <= p.multiplier && p.multiplier <= (p.multiplierHi ?? p.multiplier)),
      'expected multiplierLo ≤ multiplier ≤ multiplierHi',
    ),
]);
export type PeakFile = z.infer<typeof peakFileSchema>;

/** `headroom plan SCENARIO.json` (docs/scenario-format.md). */
export const scenarioFileSchema = z
  .object({
    name: z.string().default('sale'),
    peak: peakFileSchema,
    planFor: z.enum(['rps', 'hi']).default('hi'),
    rampMinutes: z.number().positive().default(30),
    durationMinutes: z.number().positive().default(240),
    latencySloMs: z.number().positive().default(2000),
    maxUtilization: z.number().gt(0).max(1).default(0.9),
    scalingReactionSeconds: z.number().nonnegative().default(60),
    errorBudgetRemaining: z.number().max(1).nullable().default(null),
    freezeBelowBudgetFraction: z.number().min(0).max(1).default(0.25),
    tiers: z.array(tierFileSchema).min(1, 'a scenario needs at least one tier'),
  })
  .strict();
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

/** The capacity part of a study as the workspace file keeps it: the sale to plan for and the tiers. */
export const peakDemandSchema = z.object({
  t: z.number(),
  rps: z.number().nonnegative(),
  lo: z.number().nonnegative(),
  hi: z.number().nonnegative(),
  baselineRps: z.number().nonnegative(),
  source: z.string(),
});

export const scenarioSettingsSchema = z.object({
  name: z.string(),
  peak: peakDemandSchema,
  planFor: z.enum(['rps', 'hi']),
  rampMinutes: z.number().positive(),
  durationMinutes: z.number().positive(),
  latencySloMs: z.number().positive(),
  maxUtilization: z.number().gt(0).max(1),
  scalingReactionSeconds: z.number().nonnegative(),
  errorBudgetRemaining: z.number().max(1).nullable(),
  freezeBelowBudgetFraction: z.number().min(0).max(1),
});

export const capacityStudySchema = z.object({
  scenario: scenarioSettingsSchema,
  tiers: z.array(tierSchema),
});
export type CapacityStudy = z.infer<typeof capacityStudySchema>;
