import { useUi } from '../store/ui';

/** Errors and confirmations, announced to screen readers; errors stay until dismissed. */
export function Notices() {
  const notices = useUi((s) => s.notices);
  const dismiss = useUi((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} role={n.tone === 'error' ? 'alert' : 'status'} className={`notice ${n.tone}`}>
          <strong>{n.title}</strong>
          {n.detail && <pre>{n.detail}</pre>}
          <button type="button" className="link" onClick={() => dismiss(n.id)} aria-label={`Dismiss: ${n.title}`}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
