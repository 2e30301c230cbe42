import {
  tierRoleSchema,
  type CapacityStudy,
  type RedundancyRule,
  type Tier,
  type TierPlan,
} from '../../../shared/capacity';
import { formatNumber } from '../../charts/format';
import { editCapacity, editTier } from './edit-capacity';
import { importLoadTest } from './load-test-import';
import { NumberField } from './NumberField';

const pct = (x: number | null) => (x === null || !Number.isFinite(x) ? '—' : `${(100 * x).toFixed(0)} %`);
const waitMs = (x: number | null) => (x === null ? '∞' : x < 0.01 ? '< 0.01 ms' : `${formatNumber(x)} ms`);
const over = (u: number | null, limit: number) => (u === null || !Number.isFinite(u) || u > limit ? 'over' : undefined);

const redundancyKey = (r: RedundancyRule) => (r.kind === 'zones' ? `zones-${r.zones}` : r.kind);
const redundancyOf = (key: string): RedundancyRule =>
  key.startsWith('zones-')
    ? { kind: 'zones', zones: Number(key.slice(6)) }
    : key === 'none'
      ? { kind: 'none' }
      : { kind: 'n-plus-1' };

function newTier(study: CapacityStudy): Tier {
  let i = study.tiers.length + 1;
  while (study.tiers.some((t) => t.id === `tier-${i}`)) i++;
  return {
    id: `tier-${i}`,
    name: `tier ${i}`,
    role: 'other',
    instancesNow: 2,
    capacity: { kind: 'typed', rpsPerInstance: 100 },
    targetUtilization: 0.7,
    warmupSeconds: 120,
    costPerInstanceHour: 0,
    redundancy: { kind: 'n-plus-1' },
    demandPerRequest: 1,
    behindCache: false,
    autoscaling: null,
  };
}

/** The tiers with what the plan says about each; the inputs are edited in place and every edit can be undone. */
export function TiersTable({
  study,
  plans,
  maxUtilization,
}: {
  study: CapacityStudy;
  plans: TierPlan[];
  maxUtilization: number;
}) {
  const planOf = new Map(plans.map((p) => [p.tierId, p]));
  return (
    <>
      <div className="table-scroll">
        <table className="grid tiers" aria-label="Tiers">
          <thead>
            <tr>
              <th scope="col">Tier</th>
              <th scope="col">Now</th>
              <th scope="col">Needed</th>
              <th scope="col">Util. now</th>
              <th scope="col">Util. planned</th>
              <th scope="col">Queue wait planned</th>
              <th scope="col">Headroom</th>
              <th scope="col">Per instance (req/s)</th>
              <th scope="col">Calls / request</th>
              <th scope="col">Redundancy</th>
              <th scope="col">Target</th>
              <th scope="col">Warm-up (s)</th>
              <th scope="col">Autoscaling min–max</th>
              <th scope="col">Cost / h</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {study.tiers.map((t) => {
              const p = planOf.get(t.id);
              return (
                <tr key={t.id}>
                  <th scope="row">
                    <input
                      key={t.name}
                      className="name-field"
                      defaultValue={t.name}
                      aria-label={`${t.name} name`}
                      onBlur={(e) => {
                        const v = e.currentTarget.value.trim();
                        if (v && v !== t.name) editTier(t.id, `Rename ${t.name} to ${v}`, (x) => ({ ...x, name: v }));
                      }}
                      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                    />
                    <select
                      className="small"
                      value={t.role}
                      aria-label={`${t.name} role`}
                      onChange={(e) =>
                        editTier(t.id, `Make ${t.name} a ${e.target.value} tier`, (x) => ({
                          ...x,
                          role: tierRoleSchema.parse(e.target.value),
                        }))
                      }
                    >
                      {tierRoleSchema.options.map((r) => (
                        <option key={r} value={r}>
                          {r}
                        </option>
                      ))}
                    </select>
                  </th>
                  <td className="num">
                    <NumberField
                      value={t.instancesNow}
                      integer
                      label={`${t.name} instances now`}
                      onCommit={(v) =>
                        editTier(t.id, `Set ${t.name} instances to ${v}`, (x) => ({ ...x, instancesNow: v }))
                      }
                    />
                  </td>
                  <td
                    className={`num ${p && p.instancesNeeded !== null && p.instancesNeeded > t.instancesNow ? 'short' : ''}`}
                    title={p?.redundancyNote}
                  >
                    {p ? (p.instancesNeeded ?? '—') : '—'}
                    {p?.exceedsHardCeiling && <div className="muted small">max {p.hardCeilingInstances}</div>}
                  </td>
                  <td className={`num ${over(p?.utilizationNow ?? null, maxUtilization) ?? ''}`}>
                    {pct(p?.utilizationNow ?? null)}
                  </td>
                  <td className={`num ${over(p?.utilizationAtPeak ?? null, maxUtilization) ?? ''}`}>
                    {pct(p?.utilizationAtPeak ?? null)}
                  </td>
                  <td
                    className="num"
                    title={
                      p?.probabilityOfWaiting !== null && p
                        ? `Erlang C: ${(100 * (p.probabilityOfWaiting ?? 0)).toFixed(1)} % of requests queue; service time ${formatNumber(p.serviceTimeMs)} ms`
                        : undefined
                    }
                  >
                    {p ? waitMs(p.predictedWaitMs) : '—'}
                  </td>
                  <td className="num">{pct(p?.headroomFraction ?? null)}</td>
                  <td className="num" title={p?.capacityExplanation}>
                    {t.capacity.kind === 'typed' ? (
                      <NumberField
                        value={t.capacity.rpsPerInstance}
                        min={0.001}
                        label={`${t.name} requests per second per instance`}
                        onCommit={(v) =>
                          editTier(t.id, `Set ${t.name} capacity to ${v} req/s`, (x) => ({
                            ...x,
                            capacity: {
                              kind: 'typed',
                              rpsPerInstance: v,
                              ...(x.capacity.kind === 'typed' && x.capacity.verifiedUpToRps
                                ? { verifiedUpToRps: x.capacity.verifiedUpToRps }
                                : {}),
                            },
                          }))
                        }
                      />
                    ) : (
                      <>
                        {formatNumber(p?.rpsPerInstance)}
                        <div className="muted small">
                          {p?.capacityBasis === 'cpu-regression' ? 'from CPU' : 'USL fit'}
                        </div>
                      </>
                    )}
                    <div>
                      <button
                        type="button"
                        className="link small"
                        aria-label={`Size ${t.name} from a load test`}
                        onClick={() => void importLoadTest(t.id, t.name)}
                      >
                        load test…
                      </button>
                    </div>
                  </td>
                  <td className="num">
                    <NumberField
                      value={t.demandPerRequest}
                      label={`${t.name} calls per request`}
                      onCommit={(v) =>
                        editTier(t.id, `Set ${t.name} calls per request to ${v}`, (x) => ({
                          ...x,
                          demandPerRequest: v,
                        }))
                      }
                    />
                    {t.role === 'cache' ? (
                      <label className="small muted">
                        hit %
                        <NumberField
                          value={t.hitRatio ?? 0}
                          scale={100}
                          max={1}
                          label={`${t.name} hit ratio (%)`}
                          onCommit={(v) =>
                            editTier(t.id, `Set the cache hit ratio to ${Math.round(v * 100)} %`, (x) => ({
                              ...x,
                              hitRatio: v,
                            }))
                          }
                        />
                      </label>
                    ) : (
                      <label className="small muted check">
                        <input
                          type="checkbox"
                          checked={t.behindCache}
                          onChange={(e) =>
                            editTier(
                              t.id,
                              `${e.target.checked ? 'Put' : 'Take'} ${t.name} ${e.target.checked ? 'behind' : 'out from behind'} the cache`,
                              (x) => ({ ...x, behindCache: e.target.checked }),
                            )
                          }
                        />
                        behind cache
                      </label>
                    )}
                  </td>
                  <td>
                    <select
                      aria-label={`${t.name} redundancy`}
                      value={redundancyKey(t.redundancy)}
                      onChange={(e) =>
                        editTier(t.id, `Set ${t.name} redundancy`, (x) => ({
                          ...x,
                          redundancy: redundancyOf(e.target.value),
                        }))
                      }
                    >
                      <option value="none">none</option>
                      <option value="n-plus-1">N+1</option>
                      {[2, 3, 4].map((k) => (
                        <option key={k} value={`zones-${k}`}>
                          lose 1 of {k} zones
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="num">
                    <NumberField
                      value={t.targetUtilization}
                      scale={100}
                      min={0.01}
                      max={1}
                      label={`${t.name} target utilisation (%)`}
                      onCommit={(v) =>
                        editTier(t.id, `Set ${t.name} target to ${Math.round(v * 100)} %`, (x) => ({
                          ...x,
                          targetUtilization: v,
                        }))
                      }
                    />
                  </td>
                  <td className="num">
                    <NumberField
                      value={t.warmupSeconds}
                      label={`${t.name} warm-up seconds`}
                      onCommit={(v) =>
                        editTier(t.id, `Set ${t.name} warm-up to ${v} s`, (x) => ({ ...x, warmupSeconds: v }))
                      }
                    />
                  </td>
                  <td className="num">
                    {t.autoscaling ? (
                      <span className="pair">
                        <NumberField
                          value={t.autoscaling.min}
                          integer
                          max={t.autoscaling.max}
                          label={`${t.name} autoscaling minimum`}
                          onCommit={(v) =>
                            editTier(t.id, `Set ${t.name} autoscaling minimum to ${v}`, (x) => ({
                              ...x,
                              autoscaling: { min: v, max: x.autoscaling!.max },
                            }))
                          }
                        />
                        –
                        <NumberField
                          value={t.autoscaling.max}
                          integer
                          min={Math.max(1, t.autoscaling.min)}
                          label={`${t.name} autoscaling maximum`}
                          onCommit={(v) =>
                            editTier(t.id, `Set ${t.name} autoscaling maximum to ${v}`, (x) => ({
                              ...x,
                              autoscaling: { min: x.autoscaling!.min, max: v },
                            }))
                          }
                        />
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="link"
                        onClick={() =>
                          editTier(t.id, `Autoscale ${t.name}`, (x) => ({
                            ...x,
                            autoscaling: {
                              min: x.instancesNow,
                              max: Math.max(x.instancesNow, p?.instancesNeeded ?? x.instancesNow),
                            },
                          }))
                        }
                      >
                        fixed — autoscale
                      </button>
                    )}
                  </td>
                  <td className="num">
                    <NumberField
                      value={t.costPerInstanceHour}
                      label={`${t.name} cost per instance-hour`}
                      onCommit={(v) =>
                        editTier(t.id, `Set ${t.name} cost to ${v}/h`, (x) => ({ ...x, costPerInstanceHour: v }))
                      }
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-label={`Remove ${t.name}`}
                      onClick={() =>
                        editCapacity(`Remove ${t.name}`, (s) => ({ ...s, tiers: s.tiers.filter((x) => x.id !== t.id) }))
                      }
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        onClick={() => editCapacity('Add a tier', (s) => ({ ...s, tiers: [...s.tiers, newTier(s)] }))}
      >
        Add tier
      </button>
    </>
  );
}
