import { formatCount } from '../../charts/format';
import type { ImportResult } from '../../../shared/import-report';
import { useUi } from '../../store/ui';
import { RejectsTable } from '../data/RejectsTable';

export type Finished = { file: string; ok: true; result: ImportResult } | { file: string; ok: false; reason: string };

/** What each import did: series and events added, every repair noted, every rejected row with its line and reason. */
export function ImportReport({ finished }: { finished: Finished[] }) {
  const setView = useUi((s) => s.setView);
  return (
    <section aria-labelledby="import-report-heading" className="import-report">
      <h2 id="import-report-heading">Import report</h2>
      {finished.map((f, i) => (
        <article key={`${f.file}-${i}`} aria-label={`Report for ${f.file}`}>
          <h3>{f.file}</h3>
          {!f.ok ? (
            <p role="alert">Not imported: {f.reason}. The study is unchanged.</p>
          ) : (
            <>
              <p>
                Read as {f.result.format}: {formatCount(f.result.series.length)} series, {formatCount(f.result.series.reduce((a, s) => a + s.t.length, 0))} points,{' '}
                {formatCount(f.result.events.length)} events; {formatCount(f.result.rejectedCount)} rows rejected.{' '}
                <button type="button" className="link" onClick={() => setView('data')}>
                  Show in Data
                </button>
              </p>
              {f.result.notes.length > 0 && (
                <ul className="import-notes">
                  {f.result.notes.map((n, j) => (
                    <li key={j}>{n}</li>
                  ))}
                </ul>
              )}
              {f.result.rejectedCount > 0 && <RejectsTable file={f.file} rejected={f.result.rejected} />}
              {f.result.rejectedCount > f.result.rejected.length && <p className="muted">and {formatCount(f.result.rejectedCount - f.result.rejected.length)} more rejected rows.</p>}
            </>
          )}
        </article>
      ))}
    </section>
  );
}
