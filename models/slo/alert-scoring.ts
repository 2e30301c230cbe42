import type { BurnRateAlert, Slo } from '../../shared/slo';
import type { SliLedger } from './sli-ledger';
import { HOUR_MS } from './window';

/** A stretch of real trouble the alerts should have caught: from the incidents work, a pick on the chart, or the data. */
export interface IncidentWindow {
  start: number;
  end: number;
  label?: string;
}

export interface IncidentDetection {
  incident: IncidentWindow;
  detected: boolean;
  /** First alert's start − incident start (ms); 0 when one was already firing; null when missed. */
  detectionMs: number | null;
  /** Last matching alert's end − incident end (ms): how long it kept firing after the trouble ended. */
  resetMs: number | null;
  severity: 'page' | 'ticket' | null;
}

/** The workbook's four measures of an alerting scheme (ch. 5: precision, recall, detection time, reset time). */
export interface AlertScore {
  detections: IncidentDetection[];
  /** Alerts overlapping an incident ÷ all alerts; NaN with no alerts. */
  precision: number;
  /** Incidents caught ÷ incidents; NaN with no incidents. */
  recall: number;
  falseAlarms: BurnRateAlert[];
  meanDetectionMs: number;
  meanResetMs: number;
}

/** An alert counts for an incident when it fires between the incident's start and its end plus `graceMs`. */
export function scoreAlerts(alerts: readonly BurnRateAlert[], incidents: readonly IncidentWindow[], graceMs = HOUR_MS): AlertScore {
  const matches = (a: BurnRateAlert, inc: IncidentWindow) => a.start <= inc.end + graceMs && a.end >= inc.start;
  const detections: IncidentDetection[] = incidents.map((incident) => {
    const hit = alerts.filter((a) => matches(a, incident));
    if (hit.length === 0) return { incident, detected: false, detectionMs: null, resetMs: null, severity: null };
    // The notification is the first alert that starts during the incident; one already firing detects it at once.
    const fresh = hit.filter((a) => a.start >= incident.start);
    const first = fresh.length ? fresh.reduce((x, y) => (y.start < x.start ? y : x)) : null;
    const lastEnd = Math.max(...hit.map((a) => a.end));
    return {
      incident,
      detected: true,
      detectionMs: first ? first.start - incident.start : 0,
      resetMs: lastEnd - incident.end,
      severity: hit.some((a) => a.severity === 'page') ? 'page' : 'ticket',
    };
  });
  const falseAlarms = alerts.filter((a) => !incidents.some((inc) => matches(a, inc)));
  const caught = detections.filter((d) => d.detected);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);
  return {
    detections,
    precision: alerts.length ? (alerts.length - falseAlarms.length) / alerts.length : NaN,
    recall: incidents.length ? caught.length / incidents.length : NaN,
    falseAlarms,
    meanDetectionMs: mean(caught.map((d) => d.detectionMs!)),
    meanResetMs: mean(caught.map((d) => d.resetMs!)),
  };
}

export interface DerivedIncidentOptions {
  /** A sample is in trouble when its own burn rate exceeds this (default 1: it spends faster than the budget allows). */
  burnRate?: number;
  /** Troubled samples closer than this merge into one incident (default 15 min). */
  mergeGapMs?: number;
  /** Keep only incidents that spent at least this share of the window's allowed bad (default 2 %, the page's bar). */
  minBudgetFraction?: number;
  /** Look only at this stretch (an event window's own hours); default the whole history. */
  from?: number;
  to?: number;
}

/**
 * Incidents read from the data when none are given: runs of samples burning faster than `burnRate`, merged
 * across short gaps, kept when significant (the workbook scores alerts against "significant events").
 */
export function deriveIncidents(slo: Slo, ledger: SliLedger, allowedBad: number, options: DerivedIncidentOptions = {}): IncidentWindow[] {
  const threshold = (options.burnRate ?? 1) * (1 - slo.objective);
  const mergeGap = options.mergeGapMs ?? 15 * 60_000;
  const minShare = options.minBudgetFraction ?? 0.02;
  const runs: { start: number; end: number; bad: number }[] = [];
  for (let i = 0; i < ledger.t.length; i++) {
    const total = ledger.total[i]!;
    if (!(total > 0)) continue;
    const bad = total - ledger.good[i]!;
    if (bad / total <= threshold) continue;
    const t = ledger.t[i]!;
    if (t <= (options.from ?? -Infinity) || t > (options.to ?? Infinity)) continue;
    const start = t - ledger.coveredMinutes[i]! * 60_000;
    const cur = runs[runs.length - 1];
    if (cur && start - cur.end <= mergeGap) {
      cur.end = t;
      cur.bad += bad;
    } else runs.push({ start, end: t, bad });
  }
  if (!(allowedBad > 0)) return [];
  return runs
    .filter((r) => r.bad / allowedBad >= minShare)
    .map((r) => ({ start: r.start, end: r.end, label: `${((r.bad / allowedBad) * 100).toFixed(1)} % of the budget` }));
}
