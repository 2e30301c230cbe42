import { z } from 'zod';

/**
 * Service level objectives: what is measured (the SLI), over which window, against which target.
 * Vocabulary from The Site Reliability Workbook, ch. 2 "Implementing SLOs" and ch. 5 "Alerting on SLOs";
 * field meanings follow OpenSLO v1 where it has one.
 */

/** Where the good and bad come from. Series are named by their id in the study (`Series.id`). */
export type Sli =
  /** Request counts (or rates): the good ones and all valid ones. */
  | { kind: 'good-total'; good: string; total: string }
  /** Request counts (or rates): the bad ones and all valid ones. */
  | { kind: 'bad-total'; bad: string; total: string }
  /** A probe: 1 up, 0 down; a value between (an average over targets) is the share of time up. */
  | { kind: 'probe'; up: string }
  /** A latency percentile series (e.g. p95) that is good while below the threshold. */
  | { kind: 'latency'; series: string; thresholdMs: number; percentile?: number }
  /** Latency histogram: the cumulative bucket at the threshold (`le`) over the count of all requests. */
  | { kind: 'histogram'; bucket: string; count: string; thresholdMs: number };

export type SliKind = Sli['kind'];

export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter';

/** Over which stretch of time the budget is counted. */
export type SloWindow =
  /** The last N days, sliding. */
  | { kind: 'rolling'; days: number }
  /** This day, ISO week, month or quarter, in UTC, resetting at its start. */
  | { kind: 'calendar'; unit: CalendarUnit }
  /** One fixed stretch, e.g. a flash sale: "99.99 % during the event". */
  | { kind: 'event'; start: number; end: number };

/**
 * How good is counted (OpenSLO `budgetingMethod`): Occurrences = good events ÷ all events;
 * Timeslices = good minutes ÷ covered minutes. Probe and latency-percentile SLIs are time-based by nature.
 */
export type BudgetingMethod = 'occurrences' | 'timeslices';

/** One rule of a multi-window multi-burn-rate alert: fires while both windows burn faster than `burnRate`. */
export interface BurnRateRule {
  severity: 'page' | 'ticket';
  burnRate: number;
  longWindowMs: number;
  shortWindowMs: number;
}

export interface Slo {
  id: string;
  name: string;
  service: string;
  description: string;
  /** Target share of good, 0..1 (99.9 % = 0.999). */
  objective: number;
  window: SloWindow;
  budgeting: BudgetingMethod;
  sli: Sli;
  /** Alert rules; empty means the workbook's four, scaled to the window. */
  alerts: BurnRateRule[];
  /** PromQL the SLI was imported with (OpenSLO metricSource queries), kept for rules export. */
  queries?: { good?: string; bad?: string; total?: string; series?: string };
}

/** A firing interval of a simulated alert on the history. */
export interface BurnRateAlert {
  start: number;
  end: number;
  severity: 'page' | 'ticket';
  /** Highest long-window burn rate while firing. */
  burnRate: number;
  /** Which rules fired, e.g. "14.4× over 1h and 5m". */
  rules: string[];
  /** Share of the window's budget burned by the episode: from one long window before it fired until it stopped. */
  budgetFraction: number;
}

const sliSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('good-total'), good: z.string(), total: z.string() }),
  z.object({ kind: z.literal('bad-total'), bad: z.string(), total: z.string() }),
  z.object({ kind: z.literal('probe'), up: z.string() }),
  z.object({ kind: z.literal('latency'), series: z.string(), thresholdMs: z.number().positive(), percentile: z.number().optional() }),
  z.object({ kind: z.literal('histogram'), bucket: z.string(), count: z.string(), thresholdMs: z.number().positive() }),
]);

const windowSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rolling'), days: z.number().positive() }),
  z.object({ kind: z.literal('calendar'), unit: z.enum(['day', 'week', 'month', 'quarter']) }),
  z.object({ kind: z.literal('event'), start: z.number(), end: z.number() }),
]);

/** An SLO as the workspace manifest stores it. */
export const sloSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  service: z.string(),
  description: z.string(),
  objective: z.number().gt(0).lt(1),
  window: windowSchema,
  budgeting: z.enum(['occurrences', 'timeslices']),
  sli: sliSchema,
  alerts: z.array(
    z.object({
      severity: z.enum(['page', 'ticket']),
      burnRate: z.number().positive(),
      longWindowMs: z.number().positive(),
      shortWindowMs: z.number().positive(),
    }),
  ),
  queries: z.object({ good: z.string(), bad: z.string(), total: z.string(), series: z.string() }).partial().optional(),
});
