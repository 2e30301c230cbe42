import { parseArgs } from 'node:util';
import type { Series } from '../../shared/series';
import { incidentImpact, type ImpactOptions } from '../../models/incident/impact';
import { pickMetricRoles } from '../../models/incident/metric-roles';
import { checkPostmortem } from '../../models/postmortem/blameless';
import { draftPostmortem } from '../../models/postmortem/draft';
import { reviewPostmortem } from '../../models/postmortem/review';
import { postmortemToHtml } from '../../models/postmortem/html';
import { postmortemToMarkdown } from '../../models/postmortem/markdown';
import { isDisplayZone } from '../../models/postmortem/time-text';
import { parseNameList } from '../../models/redact/name-list';
import { redactPostmortem } from '../../models/redact/redact-postmortem';
import { redactionSummary } from '../../models/redact/redaction-summary';
import { atomicSave } from '../handlers/atomic-save';
import { importFile } from '../node/import-file';
import { printJson, problem, UsageError } from './output';
import { loadIncidents, zoneAndGap } from './timeline';

export const postmortemHelp =
  'headroom postmortem FILE... [--incident ID] [--metrics FILE] --out FILE.md|FILE.html [--tz ZONE] [--orders-per-minute N --order-value N [--currency C]] [--redact [--redact-names "Dana Smith|dana,Lee"]] [--json]';

const num = (flag: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${flag} ${v}: give a non-negative number`);
  return n;
};

/** `headroom postmortem`: draft a blameless postmortem for one incident from its logs and, optionally, its metrics. */
export async function runPostmortem(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      incident: { type: 'string' },
      metrics: { type: 'string', multiple: true },
      out: { type: 'string' },
      tz: { type: 'string' },
      gap: { type: 'string' },
      'orders-per-minute': { type: 'string' },
      'order-value': { type: 'string' },
      currency: { type: 'string' },
      'latency-threshold-ms': { type: 'string' },
      author: { type: 'string', multiple: true },
      redact: { type: 'boolean' },
      'redact-names': { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (positionals.length === 0) throw new UsageError(`no incident log given\nusage: ${postmortemHelp}`);
  if (!values.out) throw new UsageError(`--out FILE.md or FILE.html is required\nusage: ${postmortemHelp}`);
  const format = /\.html?$/i.test(values.out) ? 'html' : /\.(md|markdown)$/i.test(values.out) ? 'md' : null;
  if (!format) throw new UsageError(`--out ${values.out}: the file name must end in .md or .html`);
  // Event files are read in UTC unless --tz names an IANA zone; the document is written in --tz, which may also be an offset.
  const displayZone = values.tz ?? 'UTC';
  if (!isDisplayZone(displayZone))
    throw new UsageError(
      `--tz ${displayZone}: not a time zone (use an IANA name such as Europe/London, or an offset such as +01:00)`,
    );
  const { gap } = zoneAndGap({ gap: values.gap });
  const readZone = /^[+-]/.test(displayZone) ? 'UTC' : displayZone;
  const impactOptions: ImpactOptions = {
    ordersPerMinute: num('orders-per-minute', values['orders-per-minute']),
    orderValue: num('order-value', values['order-value']),
    currency: values.currency,
    latencyThresholdMs: num('latency-threshold-ms', values['latency-threshold-ms']),
  };

  const { incidents, status: readStatus } = await loadIncidents(positionals, readZone, gap);
  let status = readStatus;
  if (incidents.length === 0) {
    problem(positionals.join(' '), 'no incident events found');
    return 2;
  }
  let incident = incidents[0]!;
  if (values.incident) {
    const found = incidents.find((i) => i.id === values.incident);
    if (!found)
      throw new UsageError(
        `--incident ${values.incident}: no such incident (found: ${incidents.map((i) => i.id).join(', ')})`,
      );
    incident = found;
  } else if (incidents.length > 1) {
    throw new UsageError(
      `${incidents.length} incidents found; choose one with --incident ID (${incidents.map((i) => `${i.id} "${i.title}"`).join(', ')})`,
    );
  }

  const series: Series[] = [];
  for (const file of values.metrics ?? []) {
    const outcome = await importFile(file, readZone);
    if (!outcome.ok) {
      problem(file, outcome.reason);
      status = 2;
      continue;
    }
    if (outcome.result.kind !== 'metrics') {
      problem(file, `holds events (${outcome.result.format}), not metrics`);
      status = 2;
      continue;
    }
    for (const r of outcome.result.rejected) problem(file, r.reason, r.line);
    if (outcome.result.rejectedCount > 0) status = 2;
    series.push(...outcome.result.series);
  }
  const impact = series.length
    ? incidentImpact({ start: incident.start, end: incident.end }, pickMetricRoles(series), impactOptions)
    : undefined;
  const pm = draftPostmortem(incident, impact, { timeZone: displayZone, authors: values.author ?? [] });
  const names = [...new Set(incident.events.map((e) => e.actor).filter((a): a is string => !!a))];
  const hints = checkPostmortem(pm, names);
  // Redaction applies to the document's data, responders named in the logs included; the hints above read the original.
  const redact = values.redact || values['redact-names'] !== undefined;
  const redacted = redact
    ? redactPostmortem(pm, { names: [...parseNameList(values['redact-names'] ?? ''), ...names] })
    : null;
  const written = redacted?.postmortem ?? pm;
  const text = format === 'html' ? postmortemToHtml(written) : postmortemToMarkdown(written);
  const saved = await atomicSave(values.out, new TextEncoder().encode(text), { keepBackup: false });
  if (!saved.ok) {
    problem(values.out, saved.reason);
    return 1;
  }
  if (redacted) process.stderr.write(`${redactionSummary(redacted.redactions)}\n`);
  for (const h of hints) process.stderr.write(`hint: ${h.field}: “${h.words}” — ${h.why}; try: ${h.suggestion}\n`);
  if (values.json) {
    printJson({
      file: values.out,
      format,
      incident: incident.id,
      title: written.title,
      redacted: redacted ? redacted.redactions.length : undefined,
      action_items: pm.actionItems.length,
      impact_measured: impact !== undefined,
      review: reviewPostmortem(pm).map((c) => ({ id: c.id, question: c.question, ok: c.ok, advice: c.advice })),
      blameless_hints: hints.map((h) => ({
        field: h.field,
        index: h.index,
        words: h.words,
        rule: h.rule,
        why: h.why,
        suggestion: h.suggestion,
      })),
    });
  } else {
    process.stdout.write(
      `${values.out}: postmortem draft for ${incident.id} “${written.title}”, ${pm.actionItems.length} action items, ${hints.length} blameless hints${impact ? '' : ' (no metrics: impact not measured)'}\n`,
    );
  }
  return status;
}
