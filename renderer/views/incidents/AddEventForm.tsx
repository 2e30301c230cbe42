import { useState } from 'react';
import type { EventKind } from '../../../shared/events';
import { addEvent } from '../../../models/incident/corrections';
import { EVENT_KINDS } from '../../../shared/events';
import { correctIncident } from './useIncidents';
import { fromInputValue, toInputValue } from './time-input';

let added = 0;

/** Add what no log recorded (a call, a decision) at the time it happened. */
export function AddEventForm({
  incidentId,
  defaultTime,
  zone,
}: {
  incidentId: string;
  defaultTime: number;
  zone: string;
}) {
  const [time, setTime] = useState(toInputValue(defaultTime, zone));
  const [kind, setKind] = useState<EventKind>('note');
  const [message, setMessage] = useState('');
  const t = fromInputValue(time, zone);
  return (
    <form
      className="incident-add"
      aria-label="Add an event"
      onSubmit={(e) => {
        e.preventDefault();
        if (!Number.isFinite(t) || !message.trim()) return;
        correctIncident(
          'Add event',
          incidentId,
          addEvent({
            id: `facilitator:${Date.now()}:${added++}`,
            t,
            source: 'facilitator',
            kind,
            message: message.trim(),
          }),
        );
        setMessage('');
      }}
    >
      <label>
        Time <input type="datetime-local" value={time} onChange={(e) => setTime(e.target.value)} />
      </label>
      <label>
        Kind{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
          {EVENT_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label className="grow">
        What happened{' '}
        <input
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          placeholder="e.g. Decided to fail over to the replica"
        />
      </label>
      <button type="submit" disabled={!Number.isFinite(t) || !message.trim()}>
        Add event
      </button>
    </form>
  );
}
