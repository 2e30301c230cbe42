import { useId } from 'react';
import type { BurnRateRule } from '../../../shared/slo';
import type { SloReport } from '../../../models/slo/evaluate';
import { ALERT_PRESETS, presetRules } from '../../../models/slo/alert-policy';
import { formatDateTime, formatNumber } from '../../charts/format';

const minutes = (ms: number) => ms / 60_000;
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '—');

/**
 * The multi-window, multi-burn-rate rules (SRE workbook ch. 5), editable, with what they would have done on this
 * history: when each fired, and the workbook's measures — precision, recall, detection and reset time.
 */
export function AlertTuning({ report, rules, onChange, onSave }: { report: SloReport; rules: BurnRateRule[]; onChange(rules: BurnRateRule[]): void; onSave(): void }) {
  const id = useId();
  const set = (i: number, patch: Partial<BurnRateRule>) => onChange(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const score = report.score;
  return (
    <section className="slo-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Burn-rate alerts on the history</h2>
      <table className="grid" aria-label="Alert rules">
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">Burn rate</th>
            <th scope="col">Long window (min)</th>
            <th scope="col">Short window (min)</th>
            <th scope="col">Budget spent before it fires</th>
          </tr>
        </thead>
        <tbody>
          {report.rules.map((r, i) => (
            <tr key={i}>
              <td>{r.severity}</td>
              <td>
                <input aria-label={`Burn rate of rule ${i + 1}`} type="number" min={0.1} step={0.1} value={rules[i]?.burnRate ?? r.burnRate} onChange={(e) => set(i, { burnRate: Number(e.target.value) || r.burnRate })} />
              </td>
              <td>
                <input aria-label={`Long window of rule ${i + 1}`} type="number" min={1} value={minutes(rules[i]?.longWindowMs ?? r.longWindowMs)} onChange={(e) => set(i, { longWindowMs: Math.max(1, Number(e.target.value)) * 60_000 })} />
              </td>
              <td>
                <input aria-label={`Short window of rule ${i + 1}`} type="number" min={1} value={minutes(rules[i]?.shortWindowMs ?? r.shortWindowMs)} onChange={(e) => set(i, { shortWindowMs: Math.max(1, Number(e.target.value)) * 60_000 })} />
              </td>
              <td className="num" title="burn rate × long window ÷ SLO window (workbook ch. 5)">
                {pct(r.budgetFraction)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="slo-fields">
        <span className="muted">Try a scheme:</span>
        {ALERT_PRESETS.map((p) => (
          <button key={p.name} type="button" onClick={() => onChange(presetRules(p, report.slo.window))}>
            {p.name}
          </button>
        ))}
        <button type="button" onClick={onSave}>
          Keep these rules for the SLO
        </button>
      </p>
      <p role="status" title={`incidents ${report.incidentsFrom === 'data' ? 'read from the data: runs burning faster than 1× that spent at least 2 % of the budget' : 'given'}`}>
        {report.alerts.length} alerts fired; {report.incidents.length} incidents ({report.incidentsFrom === 'data' ? 'from the data' : 'given'}). Precision {pct(score.precision)}, recall {pct(score.recall)}, {score.falseAlarms.length} false
        alarms, mean detection {formatNumber(score.meanDetectionMs / 60_000)} min, mean reset {formatNumber(score.meanResetMs / 60_000)} min.
      </p>
      {report.alerts.length > 0 && (
        <table className="grid" aria-label="Alerts that would have fired">
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Peak burn rate</th>
              <th scope="col" title="from one long window before the alert fired until it stopped">
                Budget burned
              </th>
            </tr>
          </thead>
          <tbody>
            {report.alerts.slice(0, 200).map((a, i) => (
              <tr key={i}>
                <td>
                  <span className={`badge ${a.severity === 'page' ? 'warn' : ''}`}>{a.severity}</span>
                </td>
                <td>{formatDateTime(a.start)}</td>
                <td>{formatDateTime(a.end)}</td>
                <td className="num" title={a.rules.join('; ')}>
                  {formatNumber(a.burnRate)}×
                </td>
                <td className="num">{pct(a.budgetFraction)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
