import type { ActionItem, ActionPriority, ActionType, Postmortem } from '../../../shared/postmortem';
import { ACTION_TYPES } from '../../../shared/postmortem';
import { editPostmortem } from './edit-postmortem';

const PRIORITIES: ActionPriority[] = ['P1', 'P2', 'P3'];

/** Action items with type (prevent, mitigate, detect, process — the SRE book's), owner, priority, due date and ticket. */
export function ActionItemsTable({ pm }: { pm: Postmortem }) {
  const update = (label: string, id: string, change: Partial<ActionItem>) =>
    editPostmortem(label, pm.id, (p) => ({
      ...p,
      actionItems: p.actionItems.map((a) => (a.id === id ? { ...a, ...change } : a)),
    }));
  const add = () =>
    editPostmortem('Add action item', pm.id, (p) => {
      const n = Math.max(0, ...p.actionItems.map((a) => Number(a.id.replace(/\D/g, '')) || 0)) + 1;
      return {
        ...p,
        actionItems: [
          ...p.actionItems,
          {
            id: `A${n}`,
            title: '',
            type: 'prevent',
            owner: '',
            priority: 'P2',
            due: null,
            ticket: '',
            done: false,
            why: 'added by the team',
          },
        ],
      };
    });
  return (
    <>
      <table className="grid pm-actions" aria-label="Action items">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Action</th>
            <th scope="col">Type</th>
            <th scope="col">Owner</th>
            <th scope="col">Priority</th>
            <th scope="col">Due</th>
            <th scope="col">Ticket</th>
            <th scope="col">Done</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {pm.actionItems.map((a) => (
            <tr key={a.id}>
              <td title={`Why: ${a.why}`}>{a.id}</td>
              <td>
                <input
                  aria-label={`Action ${a.id}`}
                  defaultValue={a.title}
                  key={a.title}
                  onBlur={(e) =>
                    e.target.value !== a.title && update('Edit action item', a.id, { title: e.target.value })
                  }
                />
                <div className="muted pm-why">{a.why}</div>
              </td>
              <td>
                <select
                  aria-label={`Type of ${a.id}`}
                  value={a.type}
                  onChange={(e) => update('Change action type', a.id, { type: e.target.value as ActionType })}
                >
                  {ACTION_TYPES.map((t) => (
                    <option key={t}>{t}</option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`Owner of ${a.id}`}
                  placeholder="role or person"
                  defaultValue={a.owner}
                  key={a.owner}
                  onBlur={(e) => e.target.value !== a.owner && update('Assign owner', a.id, { owner: e.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={`Priority of ${a.id}`}
                  value={a.priority}
                  onChange={(e) => update('Change priority', a.id, { priority: e.target.value as ActionPriority })}
                >
                  {PRIORITIES.map((p) => (
                    <option key={p}>{p}</option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  type="date"
                  aria-label={`Due date of ${a.id}`}
                  value={a.due ?? ''}
                  onChange={(e) => update('Change due date', a.id, { due: e.target.value || null })}
                />
              </td>
              <td>
                <input
                  aria-label={`Ticket of ${a.id}`}
                  defaultValue={a.ticket}
                  key={a.ticket}
                  onBlur={(e) => e.target.value !== a.ticket && update('Link ticket', a.id, { ticket: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${a.id} done`}
                  checked={a.done}
                  onChange={(e) =>
                    update(e.target.checked ? 'Mark action done' : 'Reopen action', a.id, { done: e.target.checked })
                  }
                />
              </td>
              <td>
                <button
                  type="button"
                  className="link"
                  aria-label={`Delete ${a.id}`}
                  onClick={() =>
                    editPostmortem('Delete action item', pm.id, (p) => ({
                      ...p,
                      actionItems: p.actionItems.filter((x) => x.id !== a.id),
                    }))
                  }
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={add}>
        Add action item
      </button>
    </>
  );
}
