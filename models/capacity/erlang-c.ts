/** What an M/M/c queue predicts for one tier at one arrival rate. */
export interface ErlangCResult {
  model: 'erlang-c';
  servers: number;
  /** Offered load A = arrival rate × mean service time, in erlangs. */
  offeredErlangs: number;
  /** A / c. */
  utilization: number;
  /** Probability an arrival has to queue; 1 when the queue is unstable (A ≥ c). */
  probabilityOfWaiting: number;
  /** Mean time in the queue before service, in the unit of the service time; Infinity when unstable. */
  meanWait: number;
  stable: boolean;
}

/**
 * Erlang C for c servers and A erlangs offered. Computed through the Erlang B recursion
 * B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)) and C = c·B / (c − A(1 − B)), which stays finite for thousands
 * of servers where A^c/c! would overflow (Kleinrock, Queueing Systems vol. 1, §3.5; recursion: Jagerman 1974).
 */
export function erlangC(servers: number, offeredErlangs: number): number {
  const c = Math.floor(servers);
  const a = offeredErlangs;
  if (c < 1) return 1;
  if (a <= 0) return 0;
  if (a >= c) return 1;
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return (c * b) / (c - a * (1 - b));
}

/**
 * The M/M/c queue: mean wait Wq = C(c, A) · S / (c − A) for mean service time S
 * (Kleinrock, Queueing Systems vol. 1, eq. 3.40).
 */
export function mmc(servers: number, arrivalRate: number, meanServiceTime: number): ErlangCResult {
  const c = Math.floor(servers);
  const a = arrivalRate * meanServiceTime;
  const stable = c >= 1 && a < c;
  const pw = erlangC(c, a);
  return {
    model: 'erlang-c',
    servers: c,
    offeredErlangs: a,
    utilization: c >= 1 ? a / c : Infinity,
    probabilityOfWaiting: pw,
    meanWait: stable ? (pw * meanServiceTime) / (c - a) : Infinity,
    stable,
  };
}

/** Share of arrivals answered within `limit`: 1 − C·e^(−(c − A)·limit/S) (the call-centre service level). */
export function serviceLevel(r: ErlangCResult, limit: number, meanServiceTime: number): number {
  if (!r.stable) return 0;
  return 1 - r.probabilityOfWaiting * Math.exp((-(r.servers - r.offeredErlangs) * limit) / meanServiceTime);
}
