import type { Incident, IncidentStats } from '../../shared/incident';

/**
 * MTTR and its median over resolved incidents (R = resolve, measured from started, as ../shared/CLI.md fixes it;
 * PagerDuty argues the median suits heavy-tailed repair times), and MTBF = operating time ÷ failures (Atlassian,
 * "Common incident management metrics"). With an observation window the operating time is the window minus downtime;
 * without one it is the time between consecutive incidents, so n incidents give n − 1 intervals.
 */
export function incidentStats(incidents: readonly Incident[], window?: { start: number; end: number }): IncidentStats {
  const ttrs = incidents.map((i) => i.durations.ttrMinutes).filter((x): x is number => x !== null);
  const mttr = ttrs.length ? ttrs.reduce((s, x) => s + x, 0) / ttrs.length : null;
  const sorted = [...incidents].sort((a, b) => a.start - b.start);
  let mtbf: number | null = null;
  let basis: string;
  if (window) {
    const down = sorted.reduce(
      (s, i) => s + Math.max(0, Math.min(i.end, window.end) - Math.max(i.start, window.start)),
      0,
    );
    mtbf = sorted.length ? (window.end - window.start - down) / 60_000 / sorted.length : null;
    basis = `(window − downtime) ÷ ${sorted.length} failures`;
  } else if (sorted.length >= 2) {
    let up = 0;
    for (let i = 1; i < sorted.length; i++) up += Math.max(0, sorted[i]!.start - sorted[i - 1]!.end);
    mtbf = up / 60_000 / (sorted.length - 1);
    basis = `time between ${sorted.length} consecutive incidents ÷ ${sorted.length - 1} intervals`;
  } else basis = 'needs two incidents or an observation window';
  return {
    count: incidents.length,
    resolvedCount: ttrs.length,
    mttrMinutes: mttr,
    medianTtrMinutes: median(ttrs),
    mtbfMinutes: mtbf,
    mtbfBasis: basis,
  };
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
