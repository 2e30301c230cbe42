import type { Recommendation } from '../../../shared/recommendation';

/** What to change before the sale, most urgent first, each with the figures that call for it. */
export function Recommendations({ items }: { items: Recommendation[] }) {
  if (items.length === 0)
    return <p className="empty-hint">No changes recommended: the plan's figures call for none.</p>;
  return (
    <ol className="recommendations" aria-label="Recommendations">
      {items.map((r) => (
        <li key={r.id} className={`recommendation ${r.priority}`}>
          <div className="recommendation-title">
            <span className={`badge priority-${r.priority}`}>{r.priority}</span>
            <strong>{r.title}</strong>
          </div>
          <p>{r.action}</p>
          <p className="muted">Why: {r.why}</p>
        </li>
      ))}
    </ol>
  );
}
