import { useState } from 'react';
import { EVENT_KINDS, type EventKind } from '../../../shared/events';
import type { Incident, TimelineEvent } from '../../../shared/incident';
import { editEvent, removeEvent } from '../../../models/incident/corrections';
import { localDate, localDateTime, localTime } from '../../../models/postmortem/time-text';
import { correctIncident } from './useIncidents';
import { fromInputValue, toInputValue } from './time-input';


/** The merged timeline: every event with its source, its kind and the rule that chose it; each can be moved, reclassified, reworded or removed. */
export function TimelineTable({ incident, zone }: { incident: Incident; zone: string }) {
  const [editing, setEditing] = useState<string | null>(null);
  let lastDay = '';
  return (
    <table className="grid timeline" aria-label="Timeline">
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Kind</th>
          <th scope="col">Source</th>
          <th scope="col">Event</th>
          <th scope="col" />
        </tr>
      </thead>
      <tbody>
        {incident.events.map((e) => {
          // Dates appear when the day changes, so a multi-day incident never reads as one day.
          const day = localDate(e.t, zone);
          const showDay = day !== lastDay;
          lastDay = day;
          return editing === e.id ? (
            <EditRow key={e.id} incidentId={incident.id} event={e} zone={zone} onDone={() => setEditing(null)} />
          ) : (
            <tr key={e.id} className={`kind-${e.kind}`}>
              <td className="num" title={localDateTime(e.t, zone)}>
                {showDay ? localDateTime(e.t, zone) : localTime(e.t, zone)}
              </td>
              <td>
                <select
                  aria-label={`Kind of “${e.message.slice(0, 40)}”`}
                  value={e.kind}
                  onChange={(x) =>
                    correctIncident(
                      `Reclassify as ${x.target.value}`,
                      incident.id,
                      editEvent({ eventId: e.id, kind: x.target.value as EventKind }),
                    )
                  }
                >
                  {EVENT_KINDS.map((k) => (
                    <option key={k}>{k}</option>
                  ))}
                </select>
                <div className="muted rule" title="Why the event has this kind">
                  {e.rule}
                </div>
              </td>
              <td>
                {e.source}
                {e.duplicateSources.length > 0 && <div className="muted">also in {e.duplicateSources.join(', ')}</div>}
              </td>
              <td className="message">
                {e.message}
                {e.edited && <span className="badge">edited</span>}
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  className="link"
                  onClick={() => setEditing(e.id)}
                  aria-label={`Edit “${e.message.slice(0, 40)}”`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="link"
                  onClick={() => correctIncident('Delete event', incident.id, removeEvent(e.id))}
                  aria-label={`Delete “${e.message.slice(0, 40)}”`}
                >
                  Delete
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function EditRow({
  incidentId,
  event,
  zone,
  onDone,
}: {
  incidentId: string;
  event: TimelineEvent;
  zone: string;
  onDone: () => void;
}) {
  const [time, setTime] = useState(toInputValue(event.t, zone));
  const [message, setMessage] = useState(event.message);
  const t = fromInputValue(time, zone);
  return (
    <tr>
      <td>
        <input type="datetime-local" aria-label="Event time" value={time} onChange={(e) => setTime(e.target.value)} />
      </td>
      <td>{event.kind}</td>
      <td>{event.source}</td>
      <td>
        <textarea aria-label="Event text" value={message} rows={2} onChange={(e) => setMessage(e.target.value)} />
      </td>
      <td className="row-actions">
        <button
          type="button"
          disabled={!Number.isFinite(t) || message.trim() === ''}
          onClick={() => {
            correctIncident(
              t !== event.t ? 'Move event' : 'Edit event',
              incidentId,
              editEvent({ eventId: event.id, t, message: message.trim() }),
            );
            onDone();
          }}
        >
          Save
        </button>
        <button type="button" className="link" onClick={onDone}>
          Cancel
        </button>
      </td>
    </tr>
  );
}
