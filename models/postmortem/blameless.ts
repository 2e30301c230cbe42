import type { Postmortem, PostmortemTextField } from '../../shared/postmortem';
import { POSTMORTEM_LIST_FIELDS, POSTMORTEM_TEXT_FIELDS } from '../../shared/postmortem';

/** One place where the wording blames or judges with hindsight, and a neutral way to say it. Advice only: nothing is blocked. */
export interface BlameFinding {
  field: PostmortemTextField;
  /** Index within a list field (action items, lessons); 0 for a text field. */
  index: number;
  /** Character range of the flagged words within that text. */
  start: number;
  end: number;
  words: string;
  rule: string;
  why: string;
  /** The sentence reworded, or advice when no mechanical rewording fits. */
  suggestion: string;
  /** Words to put in place of [start, end) when a mechanical rewording fits; null when only advice does. */
  replacement: string | null;
}

interface Rule {
  name: string;
  re: RegExp;
  why: string;
  rewrite: (match: string) => string | null;
}

// Blameless postmortems (Google SRE book ch. 15; Etsy's "Blameless PostMortems and a Just Culture"): describe what the
// system allowed and what people knew at the time, not what someone should have done.
const RULES: readonly Rule[] = [
  {
    name: 'hindsight',
    re: /\bshould(?:n['’]t| not)? have\b/gi,
    why: 'hindsight: judges a past decision by what is known now',
    rewrite: () => 'could have',
  },
  {
    name: 'hindsight',
    re: /\bcould easily have\b/gi,
    why: 'hindsight: it was not easy at the time',
    rewrite: () => 'could have',
  },
  {
    name: 'failure-of-person',
    re: /\bfailed to\b/gi,
    why: 'frames a gap as a person’s failure',
    rewrite: () => 'did not',
  },
  {
    name: 'judgement',
    re: /\b(careless(?:ly|ness)?|sloppy|negligen(?:t|ce)|incompeten(?:t|ce)|lazy|reckless(?:ly)?|stupid)\b\s*/gi,
    why: 'a judgement of a person, not a description of the system',
    rewrite: () => '',
  },
  {
    name: 'human-error',
    re: /\bhuman error\b/gi,
    why: '“human error” ends the inquiry where it should begin: ask what made the error possible',
    rewrite: () => 'a gap in tooling or process',
  },
  {
    name: 'judgement',
    re: /\b(forgot|neglected|ignored)\b/gi,
    why: 'implies fault; say what was not done and what made it easy to miss',
    rewrite: (m) => ({ forgot: 'did not', neglected: 'did not', ignored: 'did not act on' })[m.toLowerCase()] ?? null,
  },
  {
    name: 'blame',
    re: /\b(?:the )?(?:fault|blame) (?:of|lies with|on)\b/gi,
    why: 'assigns blame',
    rewrite: () => null,
  },
  {
    name: 'hindsight',
    re: /\b(obviously|clearly|simply|just had to)\b\s*/gi,
    why: 'it was not obvious at the time, or it would have been done',
    rewrite: () => '',
  },
  {
    name: 'hindsight',
    re: /\bwhy didn['’]t\b/gi,
    why: 'asks for a justification; ask what made the other path look right',
    rewrite: () => 'what made it hard to',
  },
  {
    name: 'mistake',
    re: /\b(?:a |the )?mistake (?:by|of|made by)\b/gi,
    why: 'locates the cause in a person',
    rewrite: () => null,
  },
];

// Words that start sentences as subjects but are not people.
const NOT_NAMES = new Set(
  'The A An We Our They It This That These Those There Then When After Before During Monitoring Support Customers Users Traffic Alerts Alert Incident Team Engineering Ops DevOps On-call Oncall Database Web Servers Server Performance Checkout Search Status Root Resolution Detection Impact Summary Trigger Load Capacity Additional Temporary Senior Major Several Some Many Most All No Each Every One Two Three First Second Next Later Finally Meanwhile Initially Page Pager PagerDuty Slack Grafana Datadog Prometheus CloudWatch Opsgenie Statuspage AWS Kubernetes Mitigation Action Owner Scale Alerting Plan Add Write Turn Ask Load-test Shed Page Review Track Requests Request Errors Error Latency Orders Revenue Deploy Deployment Config Configuration Cache Queue Service Services Pods Nodes Replicas Cluster Network DNS CDN API Share Peak Mean Usual Cause Workaround Checkout Payments'.split(
    ' ',
  ),
);
const ACTION_VERBS =
  /^(\s+(?:[A-Z][a-z]+\s+)?)(deployed|pushed|broke|forgot|missed|ran|changed|deleted|dropped|caused|did(?:n['’]t| not)|failed|ignored|merged|restarted|misconfigured|overlooked|approved|skipped|removed|typed|clicked|rolled|should|was responsible)\b/;

/** Check one text; `names` are people the timeline knows (responders, authors), always flagged as subjects. */
export function checkText(
  text: string,
  field: PostmortemTextField,
  index = 0,
  names: readonly string[] = [],
): BlameFinding[] {
  const out: BlameFinding[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const start = m.index!;
      const end = start + m[0].length;
      const replacement = rule.rewrite(m[0].trim());
      out.push({
        field,
        index,
        start,
        end,
        words: m[0].trim(),
        rule: rule.name,
        why: rule.why,
        replacement,
        suggestion:
          replacement === null
            ? 'Describe the conditions (what the system allowed, what was known then) instead of who was at fault.'
            : sentenceAround(text, start, end, replacement),
      });
    }
  }
  // A person's name as the subject of an action: "Alice deployed…", "Bob Smith didn't…".
  for (const m of text.matchAll(/(^|[.!?;:]\s+|\n\s*|,\s+)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s)/g)) {
    const name = m[2]!;
    const first = name.split(/\s+/)[0]!;
    const known = names.some((n) => n && (n === name || n.split(/\s+/)[0] === first));
    if (NOT_NAMES.has(first) && !known) continue;
    const after = text.slice(m.index! + m[0].length);
    // A verb followed by a colon is a label ("Requests failed: 1,200"), not a sentence about someone.
    if (!known && (!ACTION_VERBS.test(after) || /^\s+\w+(\s+\w+)?:/.test(after))) continue;
    if (known && !/^\s+[a-z]/.test(after)) continue;
    const start = m.index! + m[1]!.length;
    const end = start + name.length;
    out.push({
      field,
      index,
      start,
      end,
      words: name,
      rule: 'name-as-subject',
      why: 'a person as the subject of what went wrong; blameless writing names roles and systems',
      replacement:
        start === 0 || /[.!?\n]\s*$/.test(text.slice(0, start)) ? 'The on-call engineer' : 'the on-call engineer',
      suggestion: sentenceAround(text, start, end, 'the on-call engineer'),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every blame or hindsight phrase in a postmortem's prose, lessons and action items. */
export function checkPostmortem(pm: Postmortem, names: readonly string[] = []): BlameFinding[] {
  const known = [...names, ...pm.authors];
  const out: BlameFinding[] = [];
  for (const f of POSTMORTEM_TEXT_FIELDS) out.push(...checkText(pm[f], f, 0, known));
  for (const f of POSTMORTEM_LIST_FIELDS) pm[f].forEach((s, i) => out.push(...checkText(s, f, i, known)));
  pm.actionItems.forEach((a, i) => out.push(...checkText(a.title, 'actionItems', i, known)));
  return out;
}

/** The sentence holding [start, end) with those words replaced, tidied so the suggestion reads as written prose. */
function sentenceAround(text: string, start: number, end: number, replacement: string): string {
  const before = text.slice(0, start);
  const dot = before.lastIndexOf('. ');
  const sStart = Math.max(dot < 0 ? 0 : dot + 2, before.lastIndexOf('\n') + 1);
  const nextStop = text.slice(end).search(/[.!?](\s|$)|\n/);
  const sEnd = nextStop < 0 ? text.length : end + nextStop + 1;
  let sentence = (text.slice(sStart, start) + replacement + text.slice(end, sEnd)).replace(/\s{2,}/g, ' ').trim();
  if (start === sStart) sentence = sentence.replace(/^./, (c) => c.toUpperCase());
  return sentence;
}
