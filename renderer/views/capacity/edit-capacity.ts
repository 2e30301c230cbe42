import type { CapacityStudy, Tier } from '../../../shared/capacity';
import { useDocument } from '../../store/document';

/** Every change to the capacity study goes through the document's edit, so it can be undone. */
export function editCapacity(label: string, change: (study: CapacityStudy) => CapacityStudy): void {
  useDocument.getState().edit({
    label,
    apply: (ws) => (ws.capacity ? { ...ws, capacity: change(ws.capacity) } : ws),
  });
}

export function editTier(tierId: string, label: string, patch: (tier: Tier) => Tier): void {
  editCapacity(label, (study) => ({ ...study, tiers: study.tiers.map((t) => (t.id === tierId ? patch(t) : t)) }));
}
