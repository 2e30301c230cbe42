import type { RedundancyRule } from '../../shared/capacity';

/**
 * Instances to run so the tier still carries its load after a failure: N+1 keeps one spare; "survive one zone
 * of K" spreads evenly over K zones so that K − 1 zones carry the load (AWS Well-Architected, Reliability pillar,
 * REL10 "static stability": provision enough in the remaining zones to absorb the loss of one).
 */
export function withRedundancy(forLoad: number, rule: RedundancyRule): { instances: number; note: string } {
  if (forLoad <= 0) return { instances: 0, note: 'no load' };
  switch (rule.kind) {
    case 'none':
      return { instances: forLoad, note: 'no redundancy' };
    case 'n-plus-1':
      return { instances: forLoad + 1, note: `N+1: ${forLoad} for the load and 1 spare` };
    case 'zones': {
      const perZone = Math.ceil(forLoad / (rule.zones - 1));
      return {
        instances: perZone * rule.zones,
        note: `survive one zone of ${rule.zones}: ${perZone} per zone so ${rule.zones - 1} zones carry ${forLoad}`,
      };
    }
  }
}

/** The instances of a fleet that may carry load while the redundancy rule keeps its spares aside. */
export function usableForLoad(instances: number, rule: RedundancyRule): number {
  switch (rule.kind) {
    case 'none':
      return instances;
    case 'n-plus-1':
      return Math.max(0, instances - 1);
    case 'zones':
      return Math.floor((instances * (rule.zones - 1)) / rule.zones);
  }
}
