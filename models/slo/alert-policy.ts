import type { BurnRateRule, SloWindow } from '../../shared/slo';
import { DAY_MS, formatDuration, HOUR_MS, MINUTE_MS, nominalWindowDays } from './window';

/**
 * The workbook's recommended multi-window, multi-burn-rate alerts for a 30-day SLO (The Site Reliability
 * Workbook, ch. 5 "Alerting on SLOs", table 5-8): page at 14.4× over 1 h / 5 min (2 % of the budget) and
 * 6× over 6 h / 30 min (5 %); ticket at 3× over 1 d / 2 h and 1× over 3 d / 6 h (10 % each). Sloth ships the same four.
 */
export const WORKBOOK_RULES_30D: readonly BurnRateRule[] = [
  { severity: 'page', burnRate: 14.4, longWindowMs: HOUR_MS, shortWindowMs: 5 * MINUTE_MS },
  { severity: 'page', burnRate: 6, longWindowMs: 6 * HOUR_MS, shortWindowMs: 30 * MINUTE_MS },
  { severity: 'ticket', burnRate: 3, longWindowMs: DAY_MS, shortWindowMs: 2 * HOUR_MS },
  { severity: 'ticket', burnRate: 1, longWindowMs: 3 * DAY_MS, shortWindowMs: 6 * HOUR_MS },
];

/** Pyrra's four rules for a 28-day SLO: 14× over 1 h / 5 min, 7× over 6 h / 30 min, 2× over 1 d / 2 h, 1× over 4 d / 6 h. */
export const PYRRA_RULES_28D: readonly BurnRateRule[] = [
  { severity: 'page', burnRate: 14, longWindowMs: HOUR_MS, shortWindowMs: 5 * MINUTE_MS },
  { severity: 'page', burnRate: 7, longWindowMs: 6 * HOUR_MS, shortWindowMs: 30 * MINUTE_MS },
  { severity: 'ticket', burnRate: 2, longWindowMs: DAY_MS, shortWindowMs: 2 * HOUR_MS },
  { severity: 'ticket', burnRate: 1, longWindowMs: 4 * DAY_MS, shortWindowMs: 6 * HOUR_MS },
];

/** Named alerting schemes to compare on the same history, each scaled to the SLO's window from its own period. */
export const ALERT_PRESETS: readonly { name: string; periodDays: number; rules: readonly BurnRateRule[] }[] = [
  { name: 'SRE workbook / Sloth', periodDays: 30, rules: WORKBOOK_RULES_30D },
  { name: 'Pyrra', periodDays: 28, rules: PYRRA_RULES_28D },
];

export function presetRules(preset: (typeof ALERT_PRESETS)[number], window: SloWindow): BurnRateRule[] {
  const scale = nominalWindowDays(window) / preset.periodDays;
  const scaled = (ms: number) => Math.max(MINUTE_MS, Math.round((ms * scale) / MINUTE_MS) * MINUTE_MS);
  return preset.rules.map((r) => ({ ...r, longWindowMs: scaled(r.longWindowMs), shortWindowMs: scaled(r.shortWindowMs) }));
}

/**
 * The workbook's rules for another SLO window: windows scale with the window's length so that each rule still
 * spends the same share of the budget at the same burn rate (Pyrra scales its windows the same way).
 * Windows are rounded to whole minutes so they stay valid PromQL durations.
 */
export function defaultRules(window: SloWindow): BurnRateRule[] {
  return presetRules(ALERT_PRESETS[0]!, window);
}

export function rulesFor(rules: readonly BurnRateRule[], window: SloWindow): BurnRateRule[] {
  return rules.length > 0 ? [...rules] : defaultRules(window);
}

/** Share of the budget a rule lets burn before it fires: burn rate × long window ÷ SLO window (workbook ch. 5). */
export function ruleBudgetFraction(rule: BurnRateRule, windowMs: number): number {
  return (rule.burnRate * rule.longWindowMs) / windowMs;
}

export function describeRule(rule: BurnRateRule): string {
  return `${rule.burnRate}× over ${formatDuration(rule.longWindowMs)} and ${formatDuration(rule.shortWindowMs)}`;
}
