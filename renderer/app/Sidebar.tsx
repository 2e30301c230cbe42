import { useDocument } from '../store/document';
import { useUi } from '../store/ui';
import { views } from '../views/registry';

/** The study's parts in the order a planner works, each with a count. */
export function Sidebar() {
  const workspace = useDocument((s) => s.workspace);
  const current = useUi((s) => s.view);
  const setView = useUi((s) => s.setView);
  return (
    <nav className="sidebar" aria-label="Study">
      <ul>
        {views.map((v) => {
          const badge = workspace && v.badge ? v.badge(workspace) : null;
          return (
            <li key={v.id}>
              <button type="button" aria-current={current === v.id ? 'page' : undefined} onClick={() => setView(v.id)}>
                <span>{v.label}</span>
                {badge !== null && badge !== undefined && <span className="badge">{badge}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
