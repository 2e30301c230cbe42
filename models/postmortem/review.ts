import type { Incident } from '../../shared/incident';
import type { Postmortem } from '../../shared/postmortem';

/** One question a postmortem reviewer asks, answered from the document. */
export interface ReviewCheck {
  id: string;
  question: string;
  ok: boolean;
  /** What to do when it is not met. */
  advice: string;
}

const PROMPT = /^(not (identified|measured)|no triggering event|to be filled)/i;

/**
 * The reviewer's questions of the Google SRE book, ch. 15 ("Postmortem Culture": was the incident data collected,
 * is the impact assessment complete, is the root cause deep enough, is the action plan appropriate with fixes at the
 * right priority, were the outcomes shared), turned into checks a draft can pass or fail.
 */
export function reviewPostmortem(pm: Postmortem): ReviewCheck[] {
  const first = (s: string) => s.split('\n')[0]!.trim();
  const open = pm.actionItems.filter((a) => !a.done);
  const types = new Set(pm.actionItems.map((a) => a.type));
  return [
    {
      id: 'timeline',
      question: 'Was the incident data collected?',
      ok: pm.timeline.length >= 3,
      advice: 'Import the paging, chat and status-page logs so the timeline shows detection, response and recovery.',
    },
    {
      id: 'impact',
      question: 'Is the impact assessment complete?',
      ok: pm.impact.trim() !== '' && !PROMPT.test(first(pm.impact)),
      advice:
        'Measure impact from traffic, error and latency series over the incident window, or state it from support data.',
    },
    {
      id: 'root-cause',
      question: 'Is the root cause deep enough?',
      ok: pm.rootCause.trim() !== '' && !PROMPT.test(first(pm.rootCause)),
      advice: 'Ask “why?” from the trigger until the answer is a condition of the system.',
    },
    {
      id: 'actions',
      question: 'Does the action plan prevent recurrence and speed detection?',
      ok: types.has('prevent') && types.has('detect'),
      advice: 'Add at least one prevent and one detect action (SRE book action types).',
    },
    {
      id: 'owners',
      question: 'Does every open action have an owner and a due date?',
      ok: open.every((a) => a.owner.trim() !== '' && a.due !== null),
      advice: `Assign an owner and a due date to ${
        open
          .filter((a) => !a.owner.trim() || a.due === null)
          .map((a) => a.id)
          .join(', ') || 'each action'
      }.`,
    },
    {
      id: 'tickets',
      question: 'Are priority fixes tracked?',
      ok: open.filter((a) => a.priority === 'P1').every((a) => a.ticket.trim() !== ''),
      advice: 'Link a ticket to every open P1 action so it is tracked where the work is planned.',
    },
    {
      id: 'lessons',
      question: 'Are the lessons recorded, including where we got lucky?',
      ok: pm.wentWell.length > 0 && pm.wentBadly.length > 0 && pm.gotLucky.length > 0,
      advice: 'Fill in what went well, what went wrong and where we got lucky with the team.',
    },
    {
      id: 'authors',
      question: 'Are the authors named, so readers know whom to ask?',
      ok: pm.authors.length > 0,
      advice: 'Name the authors.',
    },
    {
      id: 'shared',
      question: 'Has it been reviewed and shared?',
      ok: pm.status === 'final',
      advice: 'Review it with the team and mark it final when the checks above pass.',
    },
  ];
}

/**
 * Whether an incident calls for a postmortem, by the SRE book's triggers (ch. 15): user-visible impact past a threshold,
 * on-call intervention (an acknowledgement or escalation), a long resolution, or a monitoring failure (customers first).
 */
export function postmortemTriggers(incident: Incident, thresholds = { resolutionMinutes: 60 }): string[] {
  const out: string[] = [];
  const kinds = new Set(incident.events.map((e) => e.kind));
  if (kinds.has('customer-report')) out.push('user-visible: customers reported it');
  if (kinds.has('acknowledgement') || kinds.has('escalation') || kinds.has('page')) out.push('on-call intervention');
  const ttr = incident.durations.ttrMinutes ?? (incident.end - incident.start) / 60_000;
  if (ttr > thresholds.resolutionMinutes) out.push(`resolution took longer than ${thresholds.resolutionMinutes} min`);
  const report = incident.events.find((e) => e.kind === 'customer-report');
  const alert = incident.events.find((e) => e.kind === 'alert' || e.kind === 'page');
  if (report && (!alert || report.t < alert.t)) out.push('monitoring failure: customers noticed before any alert');
  return out;
}
