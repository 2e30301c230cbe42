import type { Dataset } from '../../../shared/workspace';
import { formatCount, formatDateTime } from '../../charts/format';
import { RejectsTable } from './RejectsTable';

/** What an import did: format, counts, repairs made and the rows it rejected, with their line numbers. */
export function DatasetReport({ dataset }: { dataset: Dataset }) {
  return (
    <details className="dataset" open={dataset.rejectedCount > 0}>
      <summary>
        <strong>{dataset.name}</strong> <span className="muted">— {dataset.format}, {dataset.kind === 'metrics' ? `${formatCount(dataset.seriesIds.length)} series` : `${formatCount(dataset.eventCount)} events`}, imported {formatDateTime(dataset.importedAt)}</span>
        {dataset.rejectedCount > 0 && <span className="badge warn">{formatCount(dataset.rejectedCount)} rejected</span>}
      </summary>
      <ul>
        {dataset.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      {dataset.rejected.length > 0 && <RejectsTable file={dataset.name} rejected={dataset.rejected} />}
    </details>
  );
}
