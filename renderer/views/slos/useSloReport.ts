import { useEffect, useState } from 'react';
import type { Series } from '../../../shared/series';
import type { BurnRateRule, Slo } from '../../../shared/slo';
import type { EvaluateOptions, EvaluateOutcome } from '../../../models/slo/evaluate';
import type { IncidentWindow } from '../../../models/slo/alert-scoring';
import { JobCanceled, runJob } from '../../store/jobs';
import { useUi } from '../../store/ui';
import { engine } from '../../workers/engine';

/** The series an SLI reads, so only they travel to the worker. */
export function sliSeriesIds(slo: Slo): string[] {
  const s = slo.sli;
  switch (s.kind) {
    case 'good-total':
      return [s.good, s.total];
    case 'bad-total':
      return [s.bad, s.total];
    case 'histogram':
      return [s.bucket, s.count];
    case 'probe':
      return [s.up];
    case 'latency':
      return [s.series];
  }
}

/** Evaluate one SLO in the engine worker whenever it, its series, the study's incidents or the tuned rules change. */
export function useSloReport(
  slo: Slo | null,
  series: readonly Series[],
  rules: BurnRateRule[] | null,
  incidents: IncidentWindow[],
  costRange: { start: number; end: number } | null,
): { outcome: EvaluateOutcome | null; busy: boolean } {
  const [outcome, setOutcome] = useState<EvaluateOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!slo) return;
    let live = true;
    const ids = new Set(sliSeriesIds(slo));
    const needed = series.filter((s) => ids.has(s.id));
    const options: EvaluateOptions = {};
    if (rules) options.rules = rules;
    if (incidents.length > 0) options.incidents = incidents;
    if (costRange) options.costRange = costRange;
    setBusy(true);
    runJob(`Evaluating SLO “${slo.name}”`, async () => await engine().evaluateSlo(slo, needed, options))
      .then((r) => live && setOutcome(r))
      .catch((err: unknown) => {
        if (err instanceof JobCanceled || !live) return;
        useUi.getState().notify({ tone: 'error', title: `Could not evaluate “${slo.name}”`, detail: err instanceof Error ? err.message : String(err) });
      })
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [slo, series, rules, incidents, costRange]);
  return { outcome, busy };
}
