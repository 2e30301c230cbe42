import { formatDateTime } from '../../charts/format';
import type { ColumnRole, ImportPreview } from '../../../models/import/preview';
import type { Choices } from './ImportView';

const ROLE_LABELS: Record<ColumnRole, string> = { time: 'Time', value: 'Values (a series)', key: 'Series name / label', ignore: 'Ignore' };

interface Props {
  preview: ImportPreview;
  choice: Choices;
  onRole(col: number, role: ColumnRole): void;
  onUnit(seriesName: string, unit: string): void;
}

/** The preview's evidence: formats tried, column mapping, first rows, series to be created, and the head's rejects. */
export function PreviewTables({ preview, choice, onRole, onUnit }: Props) {
  const sample = preview.sample;
  const refusals = preview.candidates.filter((c) => !c.ok);
  return (
    <>
      {preview.failure && (
        <p role="alert" className="import-error">
          {preview.failure}
        </p>
      )}
      <details className="import-tried">
        <summary>
          Formats tried ({preview.candidates.length - refusals.length} fit, {refusals.length} said no)
        </summary>
        <table className="grid" aria-label="Formats tried">
          <tbody>
            {preview.candidates.map((c) => (
              <tr key={c.name}>
                <th scope="row">{c.label}</th>
                <td>{c.ok ? `fits (confidence ${c.confidence})` : c.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {preview.table && (
        <>
          <h3>Columns</h3>
          <table className="grid" aria-label="Column mapping">
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Taken as</th>
                <th scope="col">Unit</th>
              </tr>
            </thead>
            <tbody>
              {preview.table.columns.map((c) => (
                <tr key={c.index}>
                  <th scope="row">{c.name}</th>
                  <td>
                    <select aria-label={`Role of column ${c.name}`} value={c.role} onChange={(e) => onRole(c.index, e.target.value as ColumnRole)}>
                      {(Object.keys(ROLE_LABELS) as ColumnRole[]).map((r) => (
                        <option key={r} value={r}>
                          {ROLE_LABELS[r]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{c.role === 'value' ? c.unit || '—' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>First rows, as written</h3>
          <div className="import-rows">
            <table className="grid" aria-label="First rows">
              <tbody>
                {preview.table.rows.map((r, i) => (
                  <tr key={i}>
                    {r.map((cell, j) => (
                      <td key={j}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {sample && (
        <>
          <h3>{sample.kind === 'events' ? `Events (${sample.events.length} in the first part of the file)` : 'Series to be created'}</h3>
          {!preview.whole && <p className="muted">Counted from the first 64 KiB; the import reads the whole file.</p>}
          {sample.series.length > 0 && (
            <table className="grid" aria-label="Series to be created">
              <thead>
                <tr>
                  <th scope="col">Series</th>
                  <th scope="col">Unit</th>
                  <th scope="col">Points</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                </tr>
              </thead>
              <tbody>
                {sample.series.slice(0, 50).map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.name}</th>
                    <td>
                      <input aria-label={`Unit of ${s.name}`} value={choice.units[s.name] ?? s.unit} onChange={(e) => onUnit(s.name, e.target.value)} size={8} />
                    </td>
                    <td className="num">{s.t.length}</td>
                    <td>{s.t.length ? formatDateTime(s.t[0]!) : ''}</td>
                    <td>{s.t.length ? formatDateTime(s.t[s.t.length - 1]!) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {sample.notes.length > 0 && (
            <ul className="import-notes" aria-label="What the importer noticed">
              {sample.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          )}
          {sample.rejectedCount > 0 && (
            <table className="grid" aria-label="Rejected rows in the preview">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {sample.rejected.slice(0, 20).map((r) => (
                  <tr key={`${r.line}-${r.reason}`}>
                    <td className="num">{r.line}</td>
                    <td>{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
