import type { CapacityStudy } from '../../../shared/capacity';
import { formatDateTime } from '../../charts/format';
import { editCapacity } from './edit-capacity';
import { takeBudgetFromSlo } from './budget-command';
import { takePeakFromForecast } from './forecast-peak-command';
import { NumberField } from './NumberField';
import { useDocument } from '../../store/document';

type Settings = CapacityStudy['scenario'];

function set<K extends keyof Settings>(key: K, value: Settings[K], label: string) {
  editCapacity(label, (s) => ({ ...s, scenario: { ...s.scenario, [key]: value } }));
}

/** The sale being planned for: its peak and band, ramp, objective and error budget; every field undoable. */
export function ScenarioPanel({ study }: { study: CapacityStudy }) {
  const sc = study.scenario;
  const forecasts = useDocument((s) => s.workspace?.scenarios) ?? [];
  const slos = useDocument((s) => s.workspace?.slos) ?? [];
  const peak = (patch: Partial<Settings['peak']>, label: string) =>
    editCapacity(label, (s) => ({
      ...s,
      scenario: { ...s.scenario, peak: { ...s.scenario.peak, ...patch, source: 'edited in the Capacity view' } },
    }));
  return (
    <fieldset className="scenario">
      <legend>Sale: {sc.name}</legend>
      <p className="muted small">
        Peak at {formatDateTime(sc.peak.t)} · {sc.peak.source}
      </p>
      {(forecasts.length > 0 || slos.length > 0) && (
        <p className="small">
          {forecasts.map((f) => (
            <button key={f.id} type="button" className="link" onClick={() => void takePeakFromForecast(f)}>
              Plan for the forecast of “{f.name}”
            </button>
          ))}
          {slos.map((slo) => (
            <button key={slo.id} type="button" className="link" onClick={() => void takeBudgetFromSlo(slo)}>
              Error budget from SLO “{slo.name}”
            </button>
          ))}
        </p>
      )}
      <div className="fields">
        <label>
          Expected peak (req/s)
          <NumberField
            value={sc.peak.rps}
            min={0.001}
            label="Expected peak (req/s)"
            onCommit={(v) =>
              peak(
                { rps: v, hi: Math.max(v, sc.peak.hi), lo: Math.min(v, sc.peak.lo) },
                `Set the expected peak to ${v} req/s`,
              )
            }
          />
        </label>
        <label>
          Top of band (req/s)
          <NumberField
            value={sc.peak.hi}
            min={sc.peak.rps}
            label="Top of band (req/s)"
            onCommit={(v) => peak({ hi: v }, `Set the top of the peak band to ${v} req/s`)}
          />
        </label>
        <label>
          Normal daily peak (req/s)
          <NumberField
            value={sc.peak.baselineRps}
            min={0.001}
            label="Normal daily peak (req/s)"
            onCommit={(v) => peak({ baselineRps: v }, `Set the normal daily peak to ${v} req/s`)}
          />
        </label>
        <label>
          Plan for
          <select
            value={sc.planFor}
            onChange={(e) => set('planFor', e.target.value === 'rps' ? 'rps' : 'hi', 'Change what the plan sizes for')}
          >
            <option value="hi">top of band</option>
            <option value="rps">expected peak</option>
          </select>
        </label>
        <label>
          Ramp (min)
          <NumberField
            value={sc.rampMinutes}
            min={1}
            label="Ramp (min)"
            onCommit={(v) => set('rampMinutes', v, `Set the ramp to ${v} min`)}
          />
        </label>
        <label>
          Sale length (min)
          <NumberField
            value={sc.durationMinutes}
            min={1}
            label="Sale length (min)"
            onCommit={(v) => set('durationMinutes', v, `Set the sale length to ${v} min`)}
          />
        </label>
        <label>
          Page objective (ms)
          <NumberField
            value={sc.latencySloMs}
            min={1}
            label="Page objective (ms)"
            onCommit={(v) => set('latencySloMs', v, `Set the page objective to ${v} ms`)}
          />
        </label>
        <label>
          Error budget left (%)
          {sc.errorBudgetRemaining === null ? (
            <button
              type="button"
              className="link"
              onClick={() => set('errorBudgetRemaining', 1, 'Track the error budget')}
            >
              none — set
            </button>
          ) : (
            <span className="pair">
              <NumberField
                value={sc.errorBudgetRemaining}
                scale={100}
                min={-10}
                max={1}
                label="Error budget left (%)"
                onCommit={(v) =>
                  set('errorBudgetRemaining', v, `Set the error budget left to ${Math.round(v * 100)} %`)
                }
              />
              <button
                type="button"
                className="link"
                aria-label="Clear the error budget"
                onClick={() => set('errorBudgetRemaining', null, 'Clear the error budget')}
              >
                clear
              </button>
            </span>
          )}
        </label>
      </div>
    </fieldset>
  );
}
