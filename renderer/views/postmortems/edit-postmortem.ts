import type { Postmortem } from '../../../shared/postmortem';
import { useDocument } from '../../store/document';

/** One named edit of one postmortem: undo, redo and autosave cover it; the modified time follows. */
export function editPostmortem(label: string, id: string, change: (pm: Postmortem) => Postmortem): void {
  useDocument.getState().edit({
    label,
    apply: (ws) => ({
      ...ws,
      postmortems: (ws.postmortems ?? []).map((p) => (p.id === id ? { ...change(p), modifiedAt: Date.now() } : p)),
    }),
  });
}
