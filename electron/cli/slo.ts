import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Series } from '../../shared/series';
import type { Slo } from '../../shared/slo';
import type { Workspace } from '../../shared/workspace';
import { assembleIncidents } from '../../models/incident/assemble';
import type { IncidentWindow } from '../../models/slo/alert-scoring';
import { buildDemoWorkspace } from '../../models/demo/demo-study';
import { isKnownZone } from '../../models/import/timestamp';
import { labelsFromSeriesName } from '../../models/import/series-name';
import { evaluateSlo, type SloReport } from '../../models/slo/evaluate';
import { parseOpenSlo, toOpenSlo } from '../../models/slo/openslo';
import { prometheusRules, type PromQueries } from '../../models/slo/prometheus-rules';
import { DAY_MS, formatDuration, parseWindow } from '../../models/slo/window';
import { decodeWorkspace } from '../../models/workspace/codec';
import { describeFsError, importFile } from '../node/import-file';
import { iso, printJson, problem, round, UsageError } from './output';

export const sloHelp =
  'headroom slo [FILE] (--spec SLO.yaml | --objective PCT [--window 30d] (--good S --total S | --bad S --total S | --up S | --latency S --threshold MS)) [--rules OUT.yml] [--openslo OUT.yaml] [--json]\n' +
  '           FILE may also be a .headroom study (or --demo): without SLO flags, every SLO it holds is reported';

class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** A series as people name it: `name`, `name{k="v",...}` with all or some of its labels, or its id. */
export function seriesLabel(s: Series): string {
  if (s.name.includes('{')) return s.name;
  const labels = Object.entries(s.labels).filter(([k]) => k !== '__name__');
  return labels.length ? `${s.name}{${labels.map(([k, v]) => `${k}="${v}"`).join(',')}}` : s.name;
}

function findSeries(all: readonly Series[], ref: string, file: string, flag: string): Series {
  const exact = all.filter((s) => s.id === ref || s.name === ref || seriesLabel(s) === ref);
  let hits = exact;
  if (hits.length !== 1) {
    // A selector with some of the labels: up{instance="x"} picks the one target among many `up` series.
    const want = labelsFromSeriesName(ref);
    const name = want['__name__'] ?? ref;
    const subset = all.filter((s) => (s.name === name || s.labels['__name__'] === name) && Object.entries(want).every(([k, v]) => k === '__name__' || s.labels[k] === v));
    if (subset.length > 0 && (hits.length === 0 || subset.length < hits.length)) hits = subset;
  }
  if (hits.length === 1) return hits[0]!;
  if (hits.length === 0) {
    const names = [...new Set(all.map(seriesLabel))].slice(0, 8).join(', ');
    throw new InputError(file, `${flag} ${ref}: no such series (the file holds ${names}${all.length > 8 ? ', …' : ''})`);
  }
  throw new InputError(file, `${flag} ${ref}: matches ${hits.length} series; name one by its labels, e.g. ${seriesLabel(hits[0]!)}`);
}

/** The series refs an SLI names, by role. */
function sliRefs(slo: Slo): [keyof PromQueries, string][] {
  const s = slo.sli;
  switch (s.kind) {
    case 'good-total':
      return [['good', s.good], ['total', s.total]];
    case 'bad-total':
      return [['bad', s.bad], ['total', s.total]];
    case 'histogram':
      return [['good', s.bucket], ['total', s.count]];
    case 'probe':
      return [['series', s.up]];
    case 'latency':
      return [['series', s.series]];
  }
}

/** Point the SLI at series ids of the loaded file, and note the Prometheus selectors their labels give. */
function resolveSlo(slo: Slo, all: readonly Series[], file: string, flagOf: (role: string) => string): { slo: Slo; ids: Map<string, string>; queries: PromQueries } {
  const ids = new Map<string, string>();
  const queries: PromQueries = {};
  for (const [role, ref] of sliRefs(slo)) {
    const s = findSeries(all, ref, file, flagOf(role));
    ids.set(ref, s.id);
    const selector = seriesLabel(s);
    if (role === 'series') {
      queries.series = selector;
      queries.seriesUnit = s.unit;
    } else {
      (queries as Record<string, string>)[role] = selector;
      if (/\/\s*s$/.test(s.unit)) queries.rates = true;
    }
  }
  const map = (ref: string) => ids.get(ref) ?? ref;
  const sli: Slo['sli'] = (() => {
    const s = slo.sli;
    switch (s.kind) {
      case 'good-total':
        return { ...s, good: map(s.good), total: map(s.total) };
      case 'bad-total':
        return { ...s, bad: map(s.bad), total: map(s.total) };
      case 'histogram':
        return { ...s, bucket: map(s.bucket), count: map(s.count) };
      case 'probe':
        return { ...s, up: map(s.up) };
      case 'latency':
        return { ...s, series: map(s.series) };
    }
  })();
  return { slo: { ...slo, sli }, ids, queries };
}

interface Flags {
  objective?: string;
  window?: string;
  good?: string;
  bad?: string;
  total?: string;
  up?: string;
  latency?: string;
  threshold?: string;
}

/** An SLO from the command line's flags; S names are kept as written and resolved against FILE later. */
function sloFromFlags(v: Flags): Slo {
  const pct = Number(v.objective);
  if (!(pct > 0 && pct < 100)) throw new UsageError(`--objective ${v.objective}: give a percentage between 0 and 100, e.g. 99.9`);
  const w = parseWindow(v.window ?? '30d');
  if (!w.ok) throw new UsageError(`--window ${w.reason}`);
  const kinds = [v.good !== undefined, v.bad !== undefined, v.up !== undefined, v.latency !== undefined].filter(Boolean).length;
  if (kinds !== 1) throw new UsageError('give exactly one SLI: --good S --total S, --bad S --total S, --up S, or --latency S --threshold MS');
  let sli: Slo['sli'];
  if (v.up !== undefined) sli = { kind: 'probe', up: v.up };
  else if (v.latency !== undefined) {
    const ms = Number(v.threshold);
    if (!(ms > 0)) throw new UsageError(`--latency needs --threshold MS, a positive number of milliseconds`);
    sli = { kind: 'latency', series: v.latency, thresholdMs: ms };
  } else {
    if (v.total === undefined) throw new UsageError(`--${v.good !== undefined ? 'good' : 'bad'} needs --total S`);
    sli = v.good !== undefined ? { kind: 'good-total', good: v.good, total: v.total } : { kind: 'bad-total', bad: v.bad!, total: v.total };
  }
  const timeBased = sli.kind === 'probe' || sli.kind === 'latency';
  const name = sli.kind === 'latency' ? 'latency' : 'availability';
  return { id: name, name, service: 'service', description: `${pct} % over ${v.window ?? '30d'}`, objective: Number((pct / 100).toPrecision(12)), window: w.window, budgeting: timeBased ? 'timeslices' : 'occurrences', sli, alerts: [] };
}

interface StudyData {
  series: Series[];
  slos: Slo[];
  /** A study's own incidents (from its incident logs): the alerts are scored against them, as in the SLOs view. */
  incidents: IncidentWindow[];
}

function studyData(ws: Workspace): StudyData {
  const incidents = ws.events.length ? assembleIncidents(ws.events).map((i) => ({ start: i.start, end: i.end, label: i.title })) : [];
  return { series: ws.series, slos: ws.slos ?? [], incidents };
}

async function loadSeries(file: string, zone: string, format: string | undefined): Promise<StudyData> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new InputError(file, describeFsError(err));
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && format === undefined) {
    const decoded = decodeWorkspace(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (!decoded.ok) throw new InputError(file, decoded.reason);
    return studyData(decoded.workspace);
  }
  const outcome = await importFile(file, zone, format);
  if (!outcome.ok) throw new InputError(file, outcome.reason);
  const r = outcome.result;
  for (const reject of r.rejected) problem(file, reject.reason, reject.line);
  for (const n of r.notes) process.stderr.write(`${file}: note: ${n}\n`);
  if (r.series.length === 0) throw new InputError(file, `holds no metric series (${r.format}, ${r.kind})`);
  return { series: r.series, slos: [], incidents: [] };
}

/** One SLO's report with the field names ../shared/CLI.md fixes, and more. */
export function sloJson(rep: SloReport) {
  const b = rep.budget;
  return {
    name: rep.slo.name,
    service: rep.slo.service,
    sli: rep.slo.sli.kind,
    objective: rep.slo.objective,
    window_days: round((b.end - b.start) / DAY_MS),
    window: { start: iso(b.start), end: iso(b.end), at: iso(b.at) },
    budget: {
      allowed_bad_fraction: round(b.allowedBadFraction),
      allowed_minutes: round(b.allowedMinutes),
      consumed_fraction: round(b.consumedFraction),
      remaining_fraction: round(b.remainingFraction),
      basis: rep.ledger.basis,
      bad: round(b.bad),
      total: round(b.total),
      allowed_bad: round(b.allowedBad),
      sli: round(b.sli),
      coverage: round(b.coverage),
    },
    burn_rates: Object.fromEntries(rep.burnRates.map((r) => [formatDuration(r.windowMs), round(r.burnRate)])),
    rules: rep.rules.map((r) => ({ name: r.name, severity: r.severity, burn_rate: r.burnRate, long_window_minutes: r.longWindowMs / 60_000, short_window_minutes: r.shortWindowMs / 60_000, budget_fraction: round(r.budgetFraction) })),
    alerts: rep.alerts.map((a) => ({ start: iso(a.start), end: iso(a.end), severity: a.severity, burn_rate: round(a.burnRate), rules: a.rules, budget_fraction: round(a.budgetFraction) })),
    incidents: rep.incidents.map((i) => ({ start: iso(i.start), end: iso(i.end), label: i.label ?? null, budget_fraction: round(i.budgetFraction) })),
    alerting_score: {
      incidents_from: rep.incidentsFrom,
      precision: round(rep.score.precision),
      recall: round(rep.score.recall),
      false_alarms: rep.score.falseAlarms.length,
      mean_detection_minutes: round(rep.score.meanDetectionMs / 60_000),
      mean_reset_minutes: round(rep.score.meanResetMs / 60_000),
    },
    exhaustion: rep.exhaustion.at === null ? null : iso(rep.exhaustion.at),
    exhaustion_explanation: rep.exhaustion.explanation,
    exhaustion_forecast: rep.exhaustionForecast.at === null ? null : iso(rep.exhaustionForecast.at),
    exhaustion_forecast_pessimistic: rep.exhaustionForecast.pessimisticAt === null ? null : iso(rep.exhaustionForecast.pessimisticAt),
    exhaustion_forecast_method: rep.exhaustionForecast.method,
    exhaustion_forecast_horizon_end: iso(rep.exhaustionForecast.horizonEnd),
    exhaustion_forecast_notes: rep.exhaustionForecast.notes,
    exhaustion_at_rate_of: Object.fromEntries(rep.projections.map((p) => [formatDuration(p.rateWindowMs), p.at === null ? null : iso(p.at)])),
    warnings: rep.warnings,
    notes: rep.ledger.notes,
    explanation: rep.explanation,
  };
}

function printHuman(rep: SloReport): void {
  const j = sloJson(rep);
  const pct = (x: number | null) => (x === null ? 'undefined' : `${(x * 100).toFixed(2)} %`);
  const out = [
    `${j.name} (${j.service}): ${(j.objective * 100).toPrecision(6).replace(/\.?0+$/, '')} % over ${j.window_days} days, ${j.sli} SLI`,
    `  budget: ${j.budget.allowed_minutes} minutes allowed; consumed ${pct(j.budget.consumed_fraction)}, remaining ${pct(j.budget.remaining_fraction)}`,
    `  burn rate: ${Object.entries(j.burn_rates).map(([w, r]) => `${w} ${r ?? '—'}×`).join(', ')}`,
    `  exhaustion: ${j.exhaustion ?? 'not within the window'} (${j.exhaustion_explanation})`,
    `  at the forecast rate: ${j.exhaustion_forecast ?? 'not within the window'}${j.exhaustion_forecast_pessimistic && j.exhaustion_forecast_pessimistic !== j.exhaustion_forecast ? ` (upper 95 % band: ${j.exhaustion_forecast_pessimistic})` : ''}; ${j.exhaustion_forecast_method}`,
    `  alerts on the history: ${j.alerts.length}${j.alerts.length ? '' : ' (none fired)'}`,
    ...j.alerts.slice(0, 20).map((a) => `    ${a.severity.padEnd(6)} ${a.start} → ${a.end}  ${a.burn_rate}×  ${pct(a.budget_fraction)} of the budget`),
    ...(j.alerts.length > 20 ? [`    … ${j.alerts.length - 20} more (--json lists them all)`] : []),
    `  incidents (${j.alerting_score.incidents_from}): ${j.incidents.length}; precision ${j.alerting_score.precision ?? '—'}, recall ${j.alerting_score.recall ?? '—'}, mean detection ${j.alerting_score.mean_detection_minutes ?? '—'} min`,
    ...j.warnings.map((w) => `  warning: ${w}`),
  ];
  process.stdout.write(out.join('\n') + '\n');
}

/** `headroom slo`: error budget, burn rates and replayed burn-rate alerts; optional OpenSLO and Prometheus rules out. */
export async function runSlo(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      spec: { type: 'string' },
      objective: { type: 'string' },
      window: { type: 'string' },
      good: { type: 'string' },
      bad: { type: 'string' },
      total: { type: 'string' },
      up: { type: 'string' },
      latency: { type: 'string' },
      threshold: { type: 'string' },
      rules: { type: 'string' },
      openslo: { type: 'string' },
      json: { type: 'boolean' },
      demo: { type: 'boolean' },
      slo: { type: 'string' },
      tz: { type: 'string' },
      format: { type: 'string' },
    },
  });
  if (positionals.length > 1) throw new UsageError(`one FILE at most\nusage: ${sloHelp}`);
  const zone = values.tz ?? 'UTC';
  if (!isKnownZone(zone)) throw new UsageError(`--tz ${zone}: not a time zone this system knows`);
  const file = positionals[0];
  const flagMode = values.objective !== undefined;
  if (values.spec !== undefined && flagMode) throw new UsageError('give --spec or --objective, not both');
  try {
    // Where the SLOs come from: the spec, the flags, or the study itself.
    let slos: Slo[] = [];
    let fromSpec = false;
    if (values.spec !== undefined) {
      let text: string;
      try {
        text = await readFile(values.spec, 'utf8');
      } catch (err) {
        throw new InputError(values.spec, describeFsError(err));
      }
      const parsed = parseOpenSlo(text);
      if (!parsed.ok) throw new InputError(values.spec, parsed.reason, parsed.line);
      for (const n of parsed.value.notes) process.stderr.write(`${values.spec}: note: ${n}\n`);
      slos = [parsed.value.slo];
      fromSpec = true;
    } else if (flagMode) slos = [sloFromFlags(values)];
    else if (!file && !values.demo) throw new UsageError(`give --spec or --objective (or a .headroom study)\nusage: ${sloHelp}`);

    const source = values.demo ? '(demo)' : file;
    const data = values.demo ? studyData(buildDemoWorkspace()) : file ? await loadSeries(file, zone, values.format) : null;
    const ownSlos = slos.length === 0;
    if (ownSlos) {
      slos = data?.slos ?? [];
      if (values.slo !== undefined) slos = slos.filter((s) => s.id === values.slo || s.name === values.slo);
      if (slos.length === 0) throw new InputError(source ?? '', values.slo ? `no SLO "${values.slo}" in the study` : 'the study holds no SLOs; give --spec or --objective');
    }
    const flagOf = (role: string) => (fromSpec ? `${values.spec}: ${role}` : `--${role === 'series' ? (values.up !== undefined ? 'up' : 'latency') : role}`);

    const reports: SloReport[] = [];
    let rulesQueries: PromQueries | null = null;
    for (const slo of slos) {
      if (!data) {
        // No data: the SLI's names are PromQL (from the spec or the flags), enough for --rules and --openslo.
        rulesQueries = { ...(slo.queries ?? {}), ...Object.fromEntries(sliRefs(slo)) };
        continue;
      }
      const resolved = resolveSlo(slo, data.series, source!, ownSlos ? (role) => `SLO "${slo.name}" ${role}` : flagOf);
      rulesQueries = fromSpec ? { ...resolved.queries, ...slo.queries } : resolved.queries;
      const outcome = evaluateSlo(resolved.slo, new Map(data.series.map((s) => [s.id, s])), data.incidents.length ? { incidents: data.incidents } : {});
      if (!outcome.ok) throw new InputError(source!, outcome.reason);
      reports.push(outcome.report);
    }

    if (values.openslo !== undefined) {
      const slo = slos[0]!;
      await writeOut(values.openslo, toOpenSlo(slo, rulesQueries ? { ...slo.queries, ...pickQueries(rulesQueries) } : slo.queries));
    }
    if (values.rules !== undefined) {
      const slo = slos[0]!;
      const out = prometheusRules(slo, rulesQueries ?? slo.queries ?? {});
      if (!out.ok) throw new InputError(values.spec ?? source ?? values.rules, `cannot write Prometheus rules: ${out.reason}`);
      await writeOut(values.rules, out.yaml);
    }
    if (reports.length === 0) {
      if (values.rules === undefined && values.openslo === undefined) throw new UsageError(`give FILE to measure the SLO on, or --rules/--openslo to export it\nusage: ${sloHelp}`);
      return 0;
    }
    if (values.json) printJson(reports.length === 1 && !ownSlos ? sloJson(reports[0]!) : reports.length === 1 && values.slo ? sloJson(reports[0]!) : { slos: reports.map(sloJson) });
    else reports.forEach(printHuman);
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      problem(err.file, err.message, err.line);
      return 2;
    }
    throw err;
  }
}

function pickQueries(q: PromQueries): NonNullable<Slo['queries']> {
  const out: NonNullable<Slo['queries']> = {};
  for (const k of ['good', 'bad', 'total', 'series'] as const) if (q[k] !== undefined) out[k] = q[k];
  return out;
}

async function writeOut(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (err) {
    throw new InputError(path, describeFsError(err));
  }
}
