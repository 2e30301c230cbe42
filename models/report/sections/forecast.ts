import type { ForecastModelName } from '../../../shared/forecast';
import { chartBand, chartLine } from '../chart-data';
import { formatDateTime, formatMinutes, formatNumber, formatPercent, formatRate } from '../format';
import type { Block, ReportChart, ReportSection } from '../report-model';
import type { ReportInputs } from '../report-inputs';

/** History shown before the forecast: two weekly cycles, enough to see the pattern the model continues. */
const HISTORY_MS = 10 * 86_400_000;
/** Room after the sale so its decay is visible. */
const AFTER_SALE_MS = 36 * 3_600_000;

/** Plain names for the models; a model added later prints under its own id until it gets one here. */
const MODEL_NAMES: Partial<Record<ForecastModelName, string>> = {
  'seasonal-naive': 'seasonal naive (same time yesterday)',
  'seasonal-naive-weekly': 'seasonal naive (same time last week)',
  naive2: 'Naive2 (seasonally adjusted last value)',
  'seasonal-median': 'seasonal median',
  'holt-winters-additive': 'Holt-Winters, additive seasons',
  'holt-winters-multiplicative': 'Holt-Winters, multiplicative seasons',
  'mstl-ets': 'MSTL decomposition + ETS trend',
  'mstl-ets-log': 'MSTL decomposition + ETS trend (log scale)',
  'mstl-theta': 'MSTL decomposition + Theta trend',
  'mstl-linear': 'MSTL decomposition + linear trend',
  theta: 'Theta',
  combination: 'median of the best models by backtest',
};

export const describeModel = (m: ForecastModelName): string => MODEL_NAMES[m] ?? m;

export function forecastSection(inputs: ReportInputs): ReportSection {
  const { forecast, scenario, scenarioInfo, traffic } = inputs;
  const blocks: Block[] = [];
  if (!forecast || !traffic) {
    const why = inputs.problems.find((p) => p.subject.startsWith('forecast'));
    blocks.push({ kind: 'missing', text: why ? `Not yet modelled: the forecast could not run (${why.reason}).` : 'Not yet modelled: the study has no traffic series to forecast. Import a request-rate series on the Data page.' });
    return { id: 'forecast', title: 'Traffic forecast', hasContent: false, blocks };
  }
  const unit = traffic.unit;
  const b = forecast.backtest;
  const days = Math.round(b.testedMinutes / 1440);
  const last = forecast.t.length - 1;
  let peakIdx = 0;
  for (let i = 1; i < forecast.mean.length; i++) if (forecast.mean[i]! > forecast.mean[peakIdx]!) peakIdx = i;
  blocks.push({
    kind: 'paragraph',
    text: `${traffic.name} (${unit}), forecast hourly for ${formatMinutes(((last + 1) * forecast.intervalMs) / 60_000)} ahead with ${describeModel(forecast.model)}, chosen by a rolling-origin backtest over ${b.folds} folds.`,
  });
  blocks.push({
    kind: 'facts',
    facts: [
      ...(scenario && scenarioInfo
        ? [
            {
              label: 'Expected sale peak',
              value: `${formatRate(scenario.peak.value, unit)} at ${formatDateTime(scenario.peak.t)} (95 % interval ${formatNumber(scenario.peak.lo95)}–${formatNumber(scenario.peak.hi95)})`,
              tone: 'warn' as const,
              source: `scenario "${scenarioInfo.name}": ${formatNumber(scenario.multiplier, 2)}× the baseline (${scenario.multiplierSource}), ramp ${formatMinutes(scenario.rampMinutes)}`,
            },
          ]
        : inputs.plan
          ? [
              {
                label: 'Expected sale peak',
                value: `${formatRate(inputs.plan.peak.rps, 'req/s')} at ${formatDateTime(inputs.plan.peak.t)} (range ${formatNumber(inputs.plan.peak.lo)}–${formatNumber(inputs.plan.peak.hi)})`,
                tone: 'warn' as const,
                source: `the capacity scenario "${inputs.plan.scenarioName}": ${inputs.plan.peak.source}`,
              },
            ]
          : []),
      {
        label: 'Busiest hour ahead (no sale)',
        value: `${formatRate(forecast.mean[peakIdx], unit)} at ${formatDateTime(forecast.t[peakIdx])} (95 % interval ${formatNumber(forecast.lo95[peakIdx])}–${formatNumber(forecast.hi95[peakIdx])})`,
        source: 'the baseline forecast, without any sale uplift',
      },
      {
        label: 'Track record',
        value: `On the last ${days} days of history this model was off by ${formatPercent(b.relativeError)} on average`,
        tone: b.relativeError < 0.1 ? 'good' : b.relativeError < 0.2 ? 'warn' : 'bad',
        source: `sMAPE ${formatNumber(b.smape, 2)} %, MASE ${formatNumber(b.mase, 2)}`,
      },
      {
        label: 'Interval honesty',
        value: `The 95 % interval held ${formatPercent(b.coverage95)} of the backtest hours, the 80 % interval ${formatPercent(b.coverage80)}`,
        tone: Math.abs(b.coverage95 - 0.95) < 0.04 ? 'good' : 'warn',
      },
    ],
  });
  blocks.push({ kind: 'chart', chart: forecastChart(inputs) });
  const saleDay = saleDayChart(inputs);
  if (saleDay) blocks.push({ kind: 'chart', chart: saleDay });
  if (!scenario && !inputs.plan) blocks.push({ kind: 'missing', text: 'No sale scenario yet: the chart shows the baseline forecast without a sale uplift. Add the next sale on the Forecast page.' });
  return { id: 'forecast', title: 'Traffic forecast', hasContent: true, blocks };
}

function forecastChart(inputs: ReportInputs): ReportChart {
  const f = inputs.forecast!;
  const traffic = inputs.traffic!;
  const saleEnd = Math.max(inputs.scenarioInfo?.saleEnd ?? -Infinity, inputs.plan?.eventEnd ?? -Infinity);
  const end = Math.min(f.t[f.t.length - 1]!, Number.isFinite(saleEnd) ? saleEnd + AFTER_SALE_MS : Infinity);
  const start = f.history.t[f.history.t.length - 1]! - HISTORY_MS;
  const chart: ReportChart = {
    id: 'forecast',
    title: `${traffic.name}: history and forecast`,
    description: `Hourly ${traffic.name} (${traffic.unit}) for the last 10 days and the forecast with its 80 % and 95 % intervals${inputs.scenario || inputs.plan ? ', and the next sale with its expected peak' : ''}`,
    unit: traffic.unit,
    yFormat: 'number',
    x: { start, end },
    lines: [
      { name: 'history (hourly)', tone: 'primary', ...chartLine(f.history.t, f.history.v, start) },
      { name: 'forecast', tone: 'forecast', ...chartLine(f.t, f.mean) },
    ],
    bands: [
      { name: '95 % interval', tone: 'forecast', ...chartBand(f.t, f.lo95, f.hi95) },
      { name: '80 % interval', tone: 'forecast', ...chartBand(f.t, f.lo80, f.hi80) },
    ],
    spans: [],
    thresholds: [],
  };
  const sc = inputs.scenario;
  if (sc && inputs.scenarioInfo) {
    chart.lines.push({ name: 'with the sale', tone: 'scenario', ...chartLine(sc.curve.t, sc.curve.mean) });
    chart.spans.push({ start: inputs.scenarioInfo.saleStart, end: inputs.scenarioInfo.saleEnd, label: 'next sale', tone: 'event' });
  }
  const plan = inputs.plan;
  if (plan && !sc) {
    chart.spans.push({ start: plan.saleStart, end: plan.eventEnd, label: 'next sale', tone: 'event' });
    chart.markers = [{ t: plan.peak.t, v: plan.peak.rps, lo: plan.peak.lo, hi: plan.peak.hi, label: `expected peak ${formatNumber(plan.peak.rps)}`, tone: 'scenario' }];
  }
  for (const inc of inputs.incidents) if (inc.end >= start) chart.spans.push({ start: inc.start, end: inc.end, label: inc.title, tone: 'incident' });
  return chart;
}

/** Hours either side of the sale in the close-up: the ramp, the peak and the decay at the series' own step. */
const SALE_MARGIN_MS = 6 * 3_600_000;

/** The sale day up close: the scenario's curve and band over the baseline forecast. */
function saleDayChart(inputs: ReportInputs): ReportChart | null {
  const sc = inputs.scenario;
  const info = inputs.scenarioInfo;
  const f = inputs.forecast;
  if (!sc || !info || !f) return null;
  const start = info.saleStart - SALE_MARGIN_MS;
  const end = info.saleEnd + SALE_MARGIN_MS;
  const baseline = chartLine(f.t, f.mean, start, end);
  const chart: ReportChart = {
    id: 'sale-day',
    title: `${info.name}: the sale day`,
    description: `Expected ${inputs.traffic!.name} through the sale with its 95 % interval, against the baseline forecast without the sale`,
    unit: inputs.traffic!.unit,
    yFormat: 'number',
    x: { start, end },
    lines: [
      { name: 'baseline forecast (hourly)', tone: 'forecast', dashed: true, ...baseline },
      { name: 'expected with the sale', tone: 'scenario', ...chartLine(sc.curve.t, sc.curve.mean) },
    ],
    bands: [{ name: '95 % interval', tone: 'scenario', ...chartBand(sc.curve.t, sc.curve.lo95, sc.curve.hi95) }],
    spans: [{ start: info.saleStart, end: info.saleEnd, label: 'sale', tone: 'event' }],
    thresholds: inputs.plan ? [{ v: inputs.plan.plannedRps, label: `capacity plan sizes for ${formatNumber(inputs.plan.plannedRps)}`, tone: 'muted' }] : [],
    markers: [{ t: sc.peak.t, v: sc.peak.value, lo: sc.peak.lo95, hi: sc.peak.hi95, label: `expected peak ${formatNumber(sc.peak.value)}`, tone: 'scenario' }],
  };
  return chart;
}
