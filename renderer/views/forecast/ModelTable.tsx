import type { ForecastResult } from '../../../shared/forecast';
import { formatNumber } from '../../charts/format';
import { MODEL_LABELS } from './explain';

/** Every model's backtest, best first: what the choice was made from. */
export function ModelTable({ result }: { result: ForecastResult }) {
  return (
    <table className="grid" aria-label="Model comparison on the backtest">
      <caption className="muted">All models on the same {result.backtest.folds} rolling-origin backtests, best first (sMAPE and MASE: lower is better; MASE below 1 beats same-time-yesterday)</caption>
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col">Off by (mean)</th>
          <th scope="col">sMAPE</th>
          <th scope="col">MASE</th>
          <th scope="col">Fit time</th>
        </tr>
      </thead>
      <tbody>
        {result.comparison.map((c) => (
          <tr key={c.model} aria-current={c.model === result.model ? 'true' : undefined}>
            <th scope="row">
              {MODEL_LABELS[c.model]}
              {c.model === result.model && <span className="badge">chosen</span>}
            </th>
            <td className="num">{Number.isFinite(c.relativeError) ? `${(c.relativeError * 100).toFixed(1)} %` : '—'}</td>
            <td className="num">{formatNumber(c.smape)}</td>
            <td className="num">{formatNumber(c.mase)}</td>
            <td className="num">{Number.isFinite(c.fitMs) ? `${c.fitMs.toFixed(0)} ms` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
