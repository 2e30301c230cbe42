import { parseAllDocuments, stringify } from 'yaml';
import { sloSchema, type BurnRateRule, type CalendarUnit, type Slo, type SloWindow } from '../../shared/slo';
import { parseWindow, formatDuration, DAY_MS } from './window';

/**
 * OpenSLO v1 (github.com/OpenSLO/OpenSLO, "SLO" and "SLI" kinds). The SLI's metric sources name series of the
 * study or hold PromQL; both are kept as written and resolved by the caller. Multi-window alerts do not fit
 * v1's one condition per policy (OpenSLO #218), so they travel in an annotation under our own prefix.
 */
const ALERTS_ANNOTATION = 'headroom.app/burn-rate-alerts';
const EVENT_ANNOTATION = 'headroom.app/event-window';

export interface OpenSloImport {
  slo: Slo;
  /** The metric source query of each part, as written. */
  queries: NonNullable<Slo['queries']>;
  notes: string[];
}

export type OpenSloOutcome = { ok: true; value: OpenSloImport } | { ok: false; reason: string; line?: number };

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown) => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : undefined);

/** The query of a metricSource: `spec.query` (Prometheus and most sources), else the first string in its spec. */
function queryOf(part: unknown): string | undefined {
  if (!isObj(part)) return undefined;
  const src = part['metricSource'];
  if (!isObj(src) || !isObj(src['spec'])) return undefined;
  const spec = src['spec'];
  return str(spec['query']) ?? Object.values(spec).map(str).find((s) => s !== undefined);
}

/** `2026-11-27 10:00:00` (OpenSLO's calendar startTime) read as UTC. */
function parseStartTime(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(text.trim());
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : NaN;
}

const CALENDAR_UNITS: Record<string, CalendarUnit> = { '1d': 'day', '1w': 'week', '1M': 'month', '1Q': 'quarter' };

/**
 * OpenSLO time windows: rolling (`isRolling: true`) or calendar periods repeating from `calendar.startTime`.
 * Calendar periods are read as UTC days, ISO weeks, months or quarters; one fixed stretch (an event) is a calendar
 * window marked with our annotation, since v1 has no one-off window.
 */
function readWindow(tw: unknown, event: boolean, notes: string[]): SloWindow | string {
  const first = Array.isArray(tw) ? tw[0] : undefined;
  if (!isObj(first)) return 'spec.timeWindow needs one entry with a duration';
  const duration = str(first['duration']);
  if (!duration) return 'spec.timeWindow[0].duration is missing';
  const calendar = first['calendar'];
  const parsed = parseWindow(duration);
  if (!parsed.ok) return `spec.timeWindow[0].duration: ${parsed.reason}`;
  if (first['isRolling'] !== false) {
    if (parsed.window.kind === 'calendar') notes.push(`a rolling ${duration} is read as a calendar ${parsed.window.unit}`);
    return parsed.window;
  }
  const cal = isObj(calendar) ? calendar : {};
  const zone = str(cal['timeZone']);
  const start = parseStartTime(str(cal['startTime']) ?? '');
  if (event) {
    if (Number.isNaN(start)) return 'spec.timeWindow[0].calendar.startTime is not "YYYY-MM-DD hh:mm:ss"';
    const length = parsed.window.kind === 'rolling' ? parsed.window.days * DAY_MS : NaN;
    if (!(length > 0)) return `an event window needs a fixed duration, not ${duration}`;
    return { kind: 'event', start, end: start + length };
  }
  const unit = CALENDAR_UNITS[duration.trim()];
  if (!unit) return `calendar windows of ${duration} are not supported (use 1d, 1w, 1M or 1Q)`;
  if (zone && zone !== 'UTC' && zone !== 'Etc/UTC') notes.push(`calendar time zone ${zone} is read as UTC`);
  notes.push(`calendar ${unit}s are counted from UTC midnight${unit === 'week' ? ' on Mondays' : ''}, whatever calendar.startTime says`);
  return { kind: 'calendar', unit };
}

function readAlerts(annotations: unknown, notes: string[]): BurnRateRule[] {
  const raw = isObj(annotations) ? str(annotations[ALERTS_ANNOTATION]) : undefined;
  if (!raw) return [];
  try {
    const parsed = sloSchema.shape.alerts.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the note
  }
  notes.push(`annotation ${ALERTS_ANNOTATION} is not a list of rules; using the workbook's`);
  return [];
}

/** Read an `openslo/v1` SLO (with its SLI inline, or as a separate SLI document referenced by `indicatorRef`). */
export function parseOpenSlo(text: string): OpenSloOutcome {
  const docs = parseAllDocuments(text);
  const list = Array.isArray(docs) ? docs : [docs];
  for (const d of list) {
    const err = d.errors[0];
    if (err) return { ok: false, reason: err.message.split('\n')[0]!, line: err.linePos?.[0].line };
  }
  const values = list.map((d) => d.toJS() as unknown).filter(isObj);
  const sloDoc = values.find((v) => v['kind'] === 'SLO');
  if (!sloDoc) return { ok: false, reason: 'no document of kind SLO' };
  if (sloDoc['apiVersion'] !== 'openslo/v1') return { ok: false, reason: `apiVersion ${String(sloDoc['apiVersion'])} is not openslo/v1` };
  const metadata = isObj(sloDoc['metadata']) ? sloDoc['metadata'] : {};
  const spec = sloDoc['spec'];
  if (!isObj(spec)) return { ok: false, reason: 'spec is missing' };
  const notes: string[] = [];
  let indicator = spec['indicator'];
  const ref = str(spec['indicatorRef']);
  if (!indicator && ref) {
    indicator = values.find((v) => v['kind'] === 'SLI' && isObj(v['metadata']) && v['metadata']['name'] === ref);
    if (!indicator) return { ok: false, reason: `indicatorRef "${ref}": no SLI document of that name in the file` };
  }
  const sliSpec = isObj(indicator) && isObj(indicator['spec']) ? indicator['spec'] : null;
  if (!sliSpec) return { ok: false, reason: 'spec.indicator (or indicatorRef) is missing' };
  const objectives = spec['objectives'];
  const objective = Array.isArray(objectives) && isObj(objectives[0]) ? objectives[0] : null;
  if (!objective) return { ok: false, reason: 'spec.objectives needs at least one objective' };
  if (Array.isArray(objectives) && objectives.length > 1) notes.push(`${objectives.length} objectives: only the first is used`);
  const target = typeof objective['target'] === 'number' ? objective['target'] : typeof objective['targetPercent'] === 'number' ? objective['targetPercent'] / 100 : NaN;
  if (!(target > 0 && target < 1)) return { ok: false, reason: 'objectives[0] needs target (0..1) or targetPercent (0..100)' };
  const annotations = isObj(metadata['annotations']) ? metadata['annotations'] : {};
  const window = readWindow(spec['timeWindow'], annotations[EVENT_ANNOTATION] === 'true', notes);
  if (typeof window === 'string') return { ok: false, reason: window };
  const method = str(spec['budgetingMethod']) ?? 'Occurrences';
  if (!['Occurrences', 'Timeslices', 'RatioTimeslices'].includes(method)) return { ok: false, reason: `budgetingMethod ${method} is not Occurrences, Timeslices or RatioTimeslices` };
  if (method === 'RatioTimeslices') notes.push('RatioTimeslices is counted as Timeslices');
  const queries: NonNullable<Slo['queries']> = {};
  let sli: Slo['sli'];
  const ratio = sliSpec['ratioMetric'];
  const threshold = sliSpec['thresholdMetric'];
  if (isObj(ratio)) {
    const total = queryOf(ratio['total']);
    const good = queryOf(ratio['good']);
    const bad = queryOf(ratio['bad']);
    if (!total) return { ok: false, reason: 'ratioMetric.total needs a metricSource with a query' };
    queries.total = total;
    if (good) {
      queries.good = good;
      sli = { kind: 'good-total', good, total };
    } else if (bad) {
      queries.bad = bad;
      sli = { kind: 'bad-total', bad, total };
    } else return { ok: false, reason: 'ratioMetric needs good or bad' };
  } else if (isObj(threshold)) {
    const indicatorName = isObj(indicator) && isObj(indicator['metadata']) ? str(indicator['metadata']['name']) : undefined;
    const series = queryOf(threshold) ?? indicatorName;
    if (!series) return { ok: false, reason: 'thresholdMetric needs a metricSource with a query' };
    if (!queryOf(threshold)) notes.push(`the thresholdMetric has no query: the SLI is matched to a series named "${series}"`);
    queries.series = series;
    const op = str(objective['op']) ?? 'lt';
    const value = Number(objective['value']);
    if (!Number.isFinite(value)) return { ok: false, reason: 'a thresholdMetric objective needs a numeric value' };
    // gte/gt against 1 is an up probe; lt/lte is a latency threshold (milliseconds, Headroom's unit).
    sli = op === 'gt' || op === 'gte' ? { kind: 'probe', up: series } : { kind: 'latency', series, thresholdMs: value };
    if ((op === 'gt' || op === 'gte') && value !== 1) notes.push(`op ${op} ${value} is read as an up probe (good when up)`);
    if (op === 'lte') notes.push('op lte is counted as lt (a sample exactly at the threshold is bad)');
  } else return { ok: false, reason: 'the SLI needs ratioMetric or thresholdMetric' };
  const name = str(metadata['name']) ?? 'slo';
  const slo: Slo = {
    id: name,
    name: str(metadata['displayName']) ?? name,
    service: str(spec['service']) ?? 'service',
    description: str(spec['description']) ?? '',
    objective: target,
    window,
    budgeting: method === 'Occurrences' ? 'occurrences' : 'timeslices',
    sli,
    alerts: readAlerts(metadata['annotations'], notes),
    queries,
  };
  return { ok: true, value: { slo, queries, notes } };
}

/** How the SLI's parts are named in the export: PromQL when known, else the study's series ids. */
function source(query: string) {
  return { metricSource: { type: 'Prometheus', spec: { query } } };
}

function timeWindow(w: SloWindow) {
  switch (w.kind) {
    case 'rolling':
      return [{ duration: formatDuration(Math.round(w.days * DAY_MS)), isRolling: true }];
    case 'calendar': {
      const duration = Object.entries(CALENDAR_UNITS).find(([, u]) => u === w.unit)![0];
      // 2024-01-01 was a Monday: a start that lines up days, weeks, months and quarters alike.
      return [{ duration, isRolling: false, calendar: { startTime: '2024-01-01 00:00:00', timeZone: 'UTC' } }];
    }
    case 'event': {
      const start = new Date(w.start).toISOString().replace('T', ' ').slice(0, 19);
      return [{ duration: formatDuration(w.end - w.start), isRolling: false, calendar: { startTime: start, timeZone: 'UTC' } }];
    }
  }
}

/** Write the SLO as one `openslo/v1` SLO document with its SLI inline. */
export function toOpenSlo(slo: Slo, queries: Slo['queries'] = slo.queries): string {
  const q = queries ?? {};
  const sli = slo.sli;
  const name = slo.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-|-$/g, '') || 'slo';
  let indicatorSpec: Record<string, unknown>;
  const objective: Record<string, unknown> = { displayName: slo.name, target: slo.objective };
  switch (sli.kind) {
    case 'good-total':
      indicatorSpec = { ratioMetric: { counter: true, good: source(q.good ?? sli.good), total: source(q.total ?? sli.total) } };
      break;
    case 'bad-total':
      indicatorSpec = { ratioMetric: { counter: true, bad: source(q.bad ?? sli.bad), total: source(q.total ?? sli.total) } };
      break;
    case 'histogram':
      indicatorSpec = { ratioMetric: { counter: true, good: source(q.good ?? sli.bucket), total: source(q.total ?? sli.count) } };
      break;
    case 'probe':
      indicatorSpec = { thresholdMetric: source(q.series ?? sli.up) };
      Object.assign(objective, { op: 'gte', value: 1 });
      break;
    case 'latency':
      indicatorSpec = { thresholdMetric: source(q.series ?? sli.series) };
      Object.assign(objective, { op: 'lt', value: sli.thresholdMs });
      break;
  }
  const timeBased = slo.budgeting === 'timeslices' || sli.kind === 'probe' || sli.kind === 'latency';
  if (timeBased) Object.assign(objective, { timeSliceTarget: slo.objective, timeSliceWindow: '1m' });
  const annotations: Record<string, string> = {};
  if (slo.alerts.length > 0) annotations[ALERTS_ANNOTATION] = JSON.stringify(slo.alerts);
  if (slo.window.kind === 'event') annotations[EVENT_ANNOTATION] = 'true';
  const doc = {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: { name, displayName: slo.name, ...(Object.keys(annotations).length ? { annotations } : {}) },
    spec: {
      description: slo.description,
      service: slo.service,
      indicator: { metadata: { name: `${name}-sli` }, spec: indicatorSpec },
      timeWindow: timeWindow(slo.window),
      budgetingMethod: timeBased ? 'Timeslices' : 'Occurrences',
      objectives: [objective],
    },
  };
  return stringify(doc, { lineWidth: 0 });
}
