import { stringify } from 'yaml';
import type { BurnRateRule, Slo } from '../../shared/slo';
import { rulesFor, describeRule } from './alert-policy';
import { thresholdInUnit } from './sli-ledger';
import { DAY_MS, formatDuration, nominalWindowDays } from './window';

/** PromQL for each part of the SLI: a query using Sloth's `{{.window}}` placeholder, or a plain series selector. */
export interface PromQueries {
  good?: string;
  bad?: string;
  total?: string;
  /** The probe or percentile series. */
  series?: string;
  /** Unit of the percentile series, to put the latency threshold in it ('s' for Prometheus `_seconds`). */
  seriesUnit?: string;
  /** The good/bad/total selectors are already rates (gauges such as req/s), not counters. */
  rates?: boolean;
}

export type RulesOutcome = { ok: true; yaml: string; groups: number; rules: number } | { ok: false; reason: string };

const SELECTOR = /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})?$/s;
const num = (x: number) => String(Number(x.toPrecision(12)));

/** A counter query over window `w`: the template filled in, or a plain selector wrapped in sum(rate(...)) (sum(avg_over_time(...)) for a rate gauge). */
function counterOver(q: string, w: string, rates: boolean): string | null {
  if (q.includes('{{.window}}')) return q.replaceAll('{{.window}}', w).trim();
  return SELECTOR.test(q.trim()) ? `sum(${rates ? 'avg_over_time' : 'rate'}(${q.trim()}[${w}]))` : null;
}

/** The SLI's error ratio over window `w` as PromQL, or why it cannot be written. */
function errorRatio(slo: Slo, q: PromQueries, w: string): string | { reason: string } {
  const sli = slo.sli;
  const missing = (part: string) => ({ reason: `the ${part} query is missing or is not a selector nor a {{.window}} template` });
  switch (sli.kind) {
    case 'good-total':
    case 'bad-total':
    case 'histogram': {
      const numQ = sli.kind === 'bad-total' ? q.bad : q.good;
      const n = numQ ? counterOver(numQ, w, q.rates === true) : null;
      const t = q.total ? counterOver(q.total, w, q.rates === true) : null;
      if (!n) return missing(sli.kind === 'bad-total' ? 'bad' : 'good');
      if (!t) return missing('total');
      return sli.kind === 'bad-total' ? `(${n})\n/\n(${t})` : `1 - (\n  (${n})\n  /\n  (${t})\n)`;
    }
    case 'probe': {
      if (!q.series || !SELECTOR.test(q.series.trim())) return missing('probe');
      return `1 - avg(avg_over_time(${q.series.trim()}[${w}]))`;
    }
    case 'latency': {
      if (!q.series || !SELECTOR.test(q.series.trim())) return missing('latency');
      // Share of time the percentile spent at or above the threshold (a time-slice SLI), via a subquery.
      const limit = thresholdInUnit(sli.thresholdMs, q.seriesUnit ?? 'ms');
      return `avg(avg_over_time((${q.series.trim()} >= bool ${num(limit)})[${w}:]))`;
    }
  }
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'slo';
const camel = (s: string) => slug(s).split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');

/**
 * Prometheus recording and alerting rules for the SLO's multi-window, multi-burn-rate alerts, in the layout Sloth
 * generates (slo:sli_error:ratio_rate<window> recordings, meta recordings, one alert per severity; Sloth
 * docs, "Prometheus rules"). The period ratio is computed over the whole window (bad ÷ all events), not as Sloth's
 * mean of 5-minute ratios (Sloth #332), so quiet hours do not weigh as much as busy ones.
 */
export function prometheusRules(slo: Slo, q: PromQueries, rulesIn: readonly BurnRateRule[] = slo.alerts): RulesOutcome {
  const rules = rulesFor(rulesIn, slo.window);
  const id = slug(`${slo.service}-${slo.name}`);
  const labels = { sloth_id: id, sloth_service: slo.service, sloth_slo: slug(slo.name) };
  const matcher = `sloth_id="${id}", sloth_service="${labels.sloth_service}", sloth_slo="${labels.sloth_slo}"`;
  const windows = [...new Set(rules.flatMap((r) => [r.shortWindowMs, r.longWindowMs]))].sort((a, b) => a - b).map(formatDuration);
  const periodDays = nominalWindowDays(slo.window);
  const periodWindow = slo.window.kind === 'rolling' ? formatDuration(Math.round(periodDays * DAY_MS)) : null;
  const recordings: Record<string, unknown>[] = [];
  for (const w of [...windows, ...(periodWindow && !windows.includes(periodWindow) ? [periodWindow] : [])]) {
    const expr = errorRatio(slo, q, w);
    if (typeof expr !== 'string') return { ok: false, reason: expr.reason };
    recordings.push({ record: `slo:sli_error:ratio_rate${w}`, expr: `${expr}\n`, labels: { ...labels, sloth_window: w } });
  }
  const budget = num(1 - slo.objective);
  const meta: Record<string, unknown>[] = [
    { record: 'slo:objective:ratio', expr: `vector(${num(slo.objective)})`, labels },
    { record: 'slo:error_budget:ratio', expr: `vector(1 - ${num(slo.objective)})`, labels },
    { record: 'slo:time_period:days', expr: `vector(${num(periodDays)})`, labels },
    {
      record: 'slo:current_burn_rate:ratio',
      expr: `slo:sli_error:ratio_rate${windows[0]}{${matcher}}\n/ on(sloth_id, sloth_slo, sloth_service) group_left\nslo:error_budget:ratio{${matcher}}\n`,
      labels,
    },
  ];
  if (periodWindow) {
    meta.push(
      {
        record: 'slo:period_burn_rate:ratio',
        expr: `slo:sli_error:ratio_rate${periodWindow}{${matcher}}\n/ on(sloth_id, sloth_slo, sloth_service) group_left\nslo:error_budget:ratio{${matcher}}\n`,
        labels,
      },
      { record: 'slo:period_error_budget_remaining:ratio', expr: `1 - slo:period_burn_rate:ratio{${matcher}}`, labels },
    );
  }
  meta.push({ record: 'sloth_slo_info', expr: `vector(1)`, labels: { ...labels, sloth_objective: num(slo.objective * 100), generator: 'headroom' } });
  const alerts: Record<string, unknown>[] = [];
  for (const severity of ['page', 'ticket'] as const) {
    const mine = rules.filter((r) => r.severity === severity);
    if (mine.length === 0) continue;
    // Workbook ch. 5: fire when both the long and the short window burn faster than the rule's rate.
    const clause = (r: BurnRateRule) =>
      ['shortWindowMs', 'longWindowMs']
        .map((k) => `max(slo:sli_error:ratio_rate${formatDuration(r[k as 'shortWindowMs'])}{${matcher}} > (${num(r.burnRate)} * ${budget})) without (sloth_window)`)
        .join('\nand\n');
    alerts.push({
      alert: `${camel(slo.name)}${severity === 'page' ? 'Page' : 'Ticket'}BurnRate`,
      expr: mine.map((r) => `(\n${clause(r)}\n)`).join('\nor\n') + '\n',
      labels: { ...labels, severity, sloth_severity: severity },
      annotations: {
        title: `(${severity}) ${slo.service} ${slo.name} SLO error budget burn rate is too fast.`,
        summary: `${slo.name}: error budget burning faster than ${mine.map(describeRule).join('; ')}.`,
      },
    });
  }
  const groups = [
    { name: `sloth-slo-sli-recordings-${id}`, rules: recordings },
    { name: `sloth-slo-meta-recordings-${id}`, rules: meta },
    { name: `sloth-slo-alerts-${id}`, rules: alerts },
  ];
  const doc = `# Generated by Headroom for SLO "${slo.name}" (${num(slo.objective * 100)} %): multi-window, multi-burn-rate alerts.\n${stringify({ groups }, { lineWidth: 0 })}`;
  return { ok: true, yaml: doc, groups: groups.length, rules: recordings.length + meta.length + alerts.length };
}
