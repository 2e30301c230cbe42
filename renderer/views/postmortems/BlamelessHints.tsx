import type { Postmortem } from '../../../shared/postmortem';
import type { BlameFinding } from '../../../models/postmortem/blameless';
import { editPostmortem } from './edit-postmortem';

const FIELD_LABELS: Record<string, string> = {
  summary: 'Summary',
  impact: 'Impact',
  rootCause: 'Root cause',
  trigger: 'Trigger',
  detection: 'Detection',
  resolution: 'Resolution',
  contributingFactors: 'Contributing factors',
  wentWell: 'What went well',
  wentBadly: 'What went wrong',
  gotLucky: 'Where we got lucky',
  actionItems: 'Action items',
};

function apply(pm: Postmortem, f: BlameFinding): Postmortem {
  if (f.replacement === null) return pm;
  const swap = (s: string) => (s.slice(0, f.start) + f.replacement + s.slice(f.end)).replace(/ {2,}/g, ' ');
  switch (f.field) {
    case 'summary':
    case 'impact':
    case 'rootCause':
    case 'trigger':
    case 'detection':
    case 'resolution':
      return { ...pm, [f.field]: swap(pm[f.field]) };
    case 'contributingFactors':
    case 'wentWell':
    case 'wentBadly':
    case 'gotLucky':
      return { ...pm, [f.field]: pm[f.field].map((s, i) => (i === f.index ? swap(s) : s)) };
    case 'actionItems':
      return { ...pm, actionItems: pm.actionItems.map((a, i) => (i === f.index ? { ...a, title: swap(a.title) } : a)) };
    default:
      return pm;
  }
}

/** Blame and hindsight phrases with a neutral rewording: advice only, never a block (SRE book ch. 15). */
export function BlamelessHints({ pm, findings }: { pm: Postmortem; findings: BlameFinding[] }) {
  if (findings.length === 0) return <p className="pm-clean">No blame or hindsight wording found.</p>;
  return (
    <ul className="pm-hints" aria-label="Blameless language hints">
      {findings.map((f, i) => (
        <li key={`${f.field}-${f.index}-${f.start}-${i}`}>
          <strong>{FIELD_LABELS[f.field] ?? f.field}:</strong> “{f.words}” — {f.why}.
          <div className="muted">Try: {f.suggestion}</div>
          {f.replacement !== null && (
            <button
              type="button"
              className="link"
              onClick={() => editPostmortem(`Reword “${f.words}”`, pm.id, (p) => apply(p, f))}
            >
              Apply rewording
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
