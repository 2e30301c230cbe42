import type { RecommendationPriority } from './capacity';

/** The seeds' flash-sale playbook, one kind per move (plus the freeze that needs an SLO). */
export type RecommendationKind =
  | 'autoscaling-minimum'
  | 'autoscaling-maximum'
  | 'autoscaling-setup'
  | 'baseline-capacity'
  | 'caching'
  | 'read-replicas'
  | 'rate-limiting'
  | 'load-testing'
  | 'monitor-scaling'
  | 'deploy-freeze';

/** One thing to change before the sale, with the numbers that justify it. */
export interface Recommendation {
  /** Stable: kind, plus the tier when it is about one tier (`read-replicas:db-replicas`). */
  id: string;
  kind: RecommendationKind;
  title: string;
  /** What to do, concretely enough to put in a change ticket. */
  action: string;
  /** The figures that call for it, in words. */
  why: string;
  priority: RecommendationPriority;
  tierId?: string;
  /** The same figures as numbers, for the UI and the report. */
  figures: Record<string, number>;
}
