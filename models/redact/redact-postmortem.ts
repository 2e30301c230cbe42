import type { Postmortem } from '../../shared/postmortem';
import type { Redaction, RedactionOptions } from '../../shared/redaction';
import { Redactor } from './redact';

/**
 * A postmortem ready to leave the team: every prose field, list item, action item and timeline line goes through
 * one Redactor, so "[name-1]" is the same person in the summary and in the timeline. The authors and action-item
 * owners are people too: they join the user's list of names, and are themselves replaced.
 */
export function redactPostmortem(
  pm: Postmortem,
  options: RedactionOptions = {},
): { postmortem: Postmortem; redactions: Redaction[] } {
  const r = new Redactor({ ...options, names: [...(options.names ?? []), ...postmortemPeople(pm)] });
  return { postmortem: redactPostmortemWith(r, pm), redactions: r.redactions() };
}

/** The people a postmortem names in its own fields: its authors and its action items' owners. */
export function postmortemPeople(pm: Postmortem): string[] {
  return [...pm.authors, ...pm.actionItems.map((a) => a.owner)].filter((s) => s.trim() !== '');
}

/**
 * Redact a postmortem with a Redactor shared by a larger document (a whole study), so a person keeps one placeholder
 * across it; the Redactor's list of names should already hold `postmortemPeople(pm)`.
 */
export function redactPostmortemWith(r: Redactor, pm: Postmortem): Postmortem {
  const text = (s: string) => r.text(s);
  return {
    ...pm,
    title: text(pm.title),
    authors: pm.authors.map(text),
    summary: text(pm.summary),
    impact: text(pm.impact),
    rootCause: text(pm.rootCause),
    trigger: text(pm.trigger),
    detection: text(pm.detection),
    resolution: text(pm.resolution),
    contributingFactors: pm.contributingFactors.map(text),
    wentWell: pm.wentWell.map(text),
    wentBadly: pm.wentBadly.map(text),
    gotLucky: pm.gotLucky.map(text),
    actionItems: pm.actionItems.map((a) => ({
      ...a,
      title: text(a.title),
      owner: text(a.owner),
      ticket: text(a.ticket),
      why: text(a.why),
    })),
    timeline: pm.timeline.map((e) => ({ ...e, text: text(e.text) })),
    supporting: pm.supporting.map(text),
  };
}
