/** A forecast horizon as a user writes it: a number of steps (`48`) or a duration (`90m`, `48h`, `7d`, `2w`). */
export type Horizon = { kind: 'steps'; steps: number } | { kind: 'duration'; ms: number };

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export function parseHorizon(text: string): { ok: true; horizon: Horizon } | { ok: false; reason: string } {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$/i.exec(text);
  if (!m) return { ok: false, reason: `"${text}" is not a horizon (write a number of steps such as 48, or a duration such as 48h or 7d)` };
  const x = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  if (!unit) {
    if (!Number.isInteger(x) || x < 1) return { ok: false, reason: `"${text}": a number of steps must be a whole number ≥ 1` };
    return { ok: true, horizon: { kind: 'steps', steps: x } };
  }
  if (!(x > 0)) return { ok: false, reason: `"${text}": a duration must be longer than zero` };
  return { ok: true, horizon: { kind: 'duration', ms: x * UNIT_MS[unit]! } };
}

/** Steps of `intervalMs` needed to cover the horizon (at least one). */
export function horizonSteps(h: Horizon, intervalMs: number): number {
  return h.kind === 'steps' ? h.steps : Math.max(1, Math.ceil(h.ms / intervalMs - 1e-9));
}
