import type { Scenario } from '../../shared/capacity';

/** The sale as a demand curve: baseline, a straight ramp to the planned peak, a plateau, then back to baseline. */
export interface EventDemand {
  saleStart: number;
  peakAt: number;
  end: number;
  plannedRps: number;
  frontDoor: (t: number) => number;
}

export function eventDemand(s: Scenario): EventDemand {
  const plannedRps = s.planFor === 'hi' ? s.peak.hi : s.peak.rps;
  const peakAt = s.peak.t;
  const saleStart = peakAt - s.rampMinutes * 60_000;
  const end = saleStart + Math.max(s.durationMinutes, s.rampMinutes) * 60_000;
  const base = Math.min(s.peak.baselineRps, plannedRps);
  const frontDoor = (t: number): number => {
    if (t < saleStart || t > end) return base;
    if (t >= peakAt) return plannedRps;
    return base + ((plannedRps - base) * (t - saleStart)) / (peakAt - saleStart);
  };
  return { saleStart, peakAt, end, plannedRps, frontDoor };
}
