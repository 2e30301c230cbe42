import type { Workspace } from '../../../shared/workspace';

/** A realistic-sized study for save tests: `points` minutes of request rate and latency, seeded by `name`. */
export function sampleWorkspace(name: string, points: number): Workspace {
  const start = Date.UTC(2026, 10, 1);
  const t = new Float64Array(points);
  const rps = new Float64Array(points);
  const latency = new Float64Array(points);
  const seed = name.length * 97;
  for (let i = 0; i < points; i++) {
    t[i] = start + i * 60_000;
    rps[i] = 1000 + 400 * Math.sin((2 * Math.PI * i) / 1440) + ((i * 7919 + seed) % 101);
    latency[i] = 80 + ((i * 104729 + seed) % 37);
  }
  return {
    name,
    createdAt: start,
    modifiedAt: start + points * 60_000,
    datasets: [],
    series: [
      { id: 'rps', name: 'requests', labels: { service: 'checkout' }, unit: 'req/s', t, v: rps },
      { id: 'lat', name: 'latency p99', labels: { service: 'checkout' }, unit: 'ms', t: t.slice(), v: latency },
    ],
    events: [],
  };
}
