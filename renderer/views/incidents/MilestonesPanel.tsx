import type { Incident, MilestoneName } from '../../../shared/incident';
import { MILESTONE_NAMES } from '../../../shared/incident';
import { durationText, localDateTime } from '../../../models/postmortem/time-text';
import { setMilestone } from '../../../models/incident/corrections';
import { correctIncident } from './useIncidents';
import { fromInputValue, toInputValue } from './time-input';

const DEFINITIONS: Record<string, string> = {
  TTD: 'Time to detect = detected − started: the first alert, page or customer report (FireHydrant, as CLI.md fixes it)',
  TTA: 'Time to acknowledge = acknowledged − started: the first acknowledgement, escalation or start of investigation',
  TTM: 'Time to mitigate = mitigated − started: the first mitigation, or the resolution when there is none',
  TTR: 'Time to resolve = resolved − started: the last resolution',
};

/** Milestones with the event (or hand) that set each, and the four durations measured from the start. */
export function MilestonesPanel({ incident, zone }: { incident: Incident; zone: string }) {
  const m = incident.milestones;
  const d = incident.durations;
  const figures: [string, number | null][] = [
    ['TTD', d.ttdMinutes],
    ['TTA', d.ttaMinutes],
    ['TTM', d.ttmMinutes],
    ['TTR', d.ttrMinutes],
  ];
  const set = (name: MilestoneName, t: number | null | undefined, label: string) =>
    correctIncident(label, incident.id, setMilestone(name, t));
  return (
    <>
      <dl className="incident-figures" aria-label="Durations from the start">
        {figures.map(([label, v]) => (
          <div key={label} title={DEFINITIONS[label]}>
            <dt>{label}</dt>
            <dd>{v === null ? '—' : durationText(v)}</dd>
          </div>
        ))}
      </dl>
      <table className="grid" aria-label="Milestones">
        <thead>
          <tr>
            <th scope="col">Milestone</th>
            <th scope="col">Time ({zone})</th>
            <th scope="col">From start</th>
            <th scope="col">Why</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {MILESTONE_NAMES.map((name) => {
            const ms = m[name];
            return (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>
                  <input
                    type="datetime-local"
                    aria-label={`${name} time`}
                    value={ms ? toInputValue(ms.t, zone) : ''}
                    onChange={(e) => {
                      const t = fromInputValue(e.target.value, zone);
                      if (Number.isFinite(t)) set(name, t, `Set ${name} time`);
                    }}
                  />
                </td>
                <td className="num">{ms && m.started ? durationText((ms.t - m.started.t) / 60_000) : '—'}</td>
                <td className="muted">{ms ? ms.reason : 'no event shows it'}</td>
                <td>
                  {ms?.eventId === null && (
                    <button
                      type="button"
                      className="link"
                      onClick={() => set(name, undefined, `Reset ${name} to the timeline`)}
                    >
                      Use timeline
                    </button>
                  )}
                  {ms && ms.eventId !== null && name !== 'started' && (
                    <button
                      type="button"
                      className="link"
                      aria-label={`Clear ${name}`}
                      onClick={() => set(name, null, `Clear ${name}`)}
                    >
                      Clear
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted">
        {incident.start !== undefined && `Started ${localDateTime(incident.start, zone)}. `}
        Click a duration to see its definition; change a time to correct a milestone by hand.
      </p>
    </>
  );
}
