import type { EventKind } from '../../shared/events';

/** A kind and the rule that chose it, so the timeline can say why ("kind column 'alert'", "text matches 'escalat…'"). */
export interface Classification {
  kind: EventKind;
  rule: string;
}

/**
 * Words tools and people write in a kind, type or status field. Vocabulary from PagerDuty log entry types,
 * Statuspage update statuses, Opsgenie alert actions and FireHydrant's milestone names.
 */
const LABELS: readonly [RegExp, EventKind][] = [
  [
    /^(customer[ _-]?reports?|customer|reports?|support|support[ _-]?ticket|user[ _-]?reports?|complaint)$/,
    'customer-report',
  ],
  [/^(alerts?|alarms?|alerting|triggers?|triggered|firing|fired|monitor|detection|detected)$/, 'alert'],
  [/^(pages?|paged|paging|notify|notified|notification|notify[ _-]?log[ _-]?entry)$/, 'page'],
  [
    /^(acks?|acknowledged?|acknowledgements?|acknowledgments?|investigating|investigation|investigate|triage|triaged|responding|assigned?|assign[ _-]?log[ _-]?entry)$/,
    'acknowledgement',
  ],
  [/^(escalat\w*)$/, 'escalation'],
  [/^(diagnos\w*|identified|root[ _-]?cause|cause|cause[ _-]?found|finding)$/, 'diagnosis'],
  [/^(deploy\w*|change|changes|change[ _-]?event|release|released|rollout|config|configuration|migration)$/, 'change'],
  [
    /^(mitigat\w*|workaround|monitoring|fix|fixed|fix[ _-]?applied|rollback|rolled[ _-]?back|scaled?|scaling)$/,
    'mitigation',
  ],
  [
    /^(resolved?|resolution|resolve[ _-]?log[ _-]?entry|closed?|recovered|ok|completed|postmortem[ _-]?started)$/,
    'resolution',
  ],
  [
    /^(communication|comms|status[ _-]?update|update|announcement|announce|update[ _-]?posted|status[ _-]?page|message)$/,
    'communication',
  ],
  [/^(start|started|impact[ _-]?start(ed)?|incident[ _-]?start(ed)?|began|begin|outage[ _-]?start(ed)?)$/, 'start'],
  [/^(note|notes|comment|annotate|annotation|info|information|log)$/, 'note'],
];

/**
 * Free-text rules, most specific first: resolution before mitigation ("resolved by rolling back"),
 * mitigation before change ("rolled back the deploy"), escalation before acknowledgement before alert ("alert acknowledged").
 */
const TEXT_RULES: readonly { kind: EventKind; name: string; re: RegExp }[] = [
  {
    kind: 'resolution',
    name: 'says resolved / back to normal',
    re: /\b(resolved|incident (is )?(closed|over)|back to normal|fully (recovered|restored|operational)|all clear|returned to normal|operating normally)\b/i,
  },
  {
    kind: 'customer-report',
    name: 'customers or users report',
    re: /\b(customers?|users?|shoppers?|clients?|buyers?)\b[^.;]{0,40}\b(report|complain|tweet|contact|open(ed)? tickets?|say|are seeing|see |experienc|cannot|can't|unable)/i,
  },
  {
    kind: 'customer-report',
    name: 'support ticket or social media report',
    re: /\b(support (ticket|channel|request)s?|social media|twitter|reported by (a )?(customer|user))\b/i,
  },
  { kind: 'escalation', name: 'escalated', re: /\bescalat\w*/i },
  {
    kind: 'page',
    name: 'paged on-call',
    re: /\b(paged|paging|page sent|on-?call (was |is )?(paged|notified)|pagerduty (page|notification))\b/i,
  },
  {
    kind: 'acknowledgement',
    name: 'acknowledged or investigation began',
    re: /\b(ack(ed|nowledged)?|investigating|investigation (begins|began|started|underway)|(began|begin|started|start) investigating|looking into|on it|responding)\b/i,
  },
  {
    kind: 'alert',
    name: 'alert or alarm fired',
    re: /\b(alerts?|alarms?|alerting|monitor(ing)? (triggered|fired|alerted)|threshold (crossed|breached|exceeded)|fired|firing)\b/i,
  },
  {
    kind: 'mitigation',
    name: 'workaround, rollback, scaling or restart',
    re: /\b(workaround|mitigat\w*|roll(ed|ing)?[ -]?back|revert(ed|ing)?|restart(ed|ing)?|fail(ed|ing)? ?over|scal(ed|ing) (up|out)|added (more )?(\w+ )?(servers?|capacity|nodes?|instances?|replicas?)|provision(ed|ing)|rate[ -]?limit\w*|load[ -]?shed\w*|drain(ed|ing)|hot-?fix\w*|fix (has been )?(deployed|applied|implemented)|monitoring (the|a) fix)\b/i,
  },
  {
    kind: 'diagnosis',
    name: 'cause identified',
    re: /\b(identified|root cause|cause (is|was|has been) (found|identified)|found (the|a) (cause|bug|issue)|diagnos\w*|traced (it |this )?to|caused by|due to)\b/i,
  },
  {
    kind: 'change',
    name: 'deploy or change',
    re: /\b(deploy(ed|ing|ment)?|releas(ed|ing)|rolled out|rollout|config(uration)? change|migrat(ed|ion)|feature flag|merged)\b/i,
  },
  {
    kind: 'communication',
    name: 'status page or customer communication',
    re: /\b(status ?page|posted an update|update posted|we will (provide|post) (an )?update|customers (were )?notified|announce\w*|emailed customers|comms)\b/i,
  },
  {
    kind: 'start',
    name: 'impact began',
    re: /\b(impact (began|begins|started)|outage (began|begins|started)|incident (began|begins|started))\b/i,
  },
];

/** Classify a tool's kind/type/status word; null when the word is not one we know. */
export function classifyLabel(label: string): Classification | null {
  const key = label
    .trim()
    .toLowerCase()
    .replace(/_log_entry$/, '');
  if (key === '') return null;
  for (const [re, kind] of LABELS) if (re.test(key)) return { kind, rule: `kind field "${label.trim()}"` };
  return null;
}

/** Classify free text by the first rule that matches; an unmatched message is a note. */
export function classifyText(message: string): Classification {
  for (const r of TEXT_RULES) {
    const m = r.re.exec(message);
    if (m) return { kind: r.kind, rule: `text "${m[0].trim()}" (${r.name})` };
  }
  return { kind: 'note', rule: 'no rule matched the text' };
}

/** The label decides when it is known; otherwise the text does, and the rule says the label was not understood. */
export function classifyEvent(label: string | undefined, message: string): Classification {
  if (label !== undefined && label.trim() !== '') {
    const byLabel = classifyLabel(label);
    if (byLabel) return byLabel;
    const byText = classifyText(message);
    return { kind: byText.kind, rule: `kind field "${label.trim()}" unknown; ${byText.rule}` };
  }
  return classifyText(message);
}
