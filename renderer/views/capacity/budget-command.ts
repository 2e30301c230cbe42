import type { Slo } from '../../../shared/slo';
import type { EvaluateOutcome } from '../../../models/slo/evaluate';
import { useDocument } from '../../store/document';
import { JobCanceled, runJob } from '../../store/jobs';
import { useUi } from '../../store/ui';
import { engine } from '../../workers/engine';
import { editCapacity } from './edit-capacity';

const notifyError = (title: string, detail: string) => useUi.getState().notify({ tone: 'error', title, detail });

/** Take the error budget left from one of the study's SLOs (evaluated in the worker), for the deploy-freeze advice. */
export async function takeBudgetFromSlo(slo: Slo): Promise<void> {
  const series = useDocument.getState().workspace?.series ?? [];
  try {
    const out = await runJob<EvaluateOutcome>(
      `Evaluating SLO “${slo.name}”`,
      async () => await engine().evaluateSlo(slo, [...series], {}),
    );
    if (!out.ok) return notifyError(`Could not evaluate “${slo.name}”`, out.reason);
    const left = out.report.budget.remainingFraction;
    if (!Number.isFinite(left))
      return notifyError(`“${slo.name}” has no budget figure`, 'the SLO measured no traffic in its window');
    editCapacity(`Take the error budget from “${slo.name}”`, (s) => ({
      ...s,
      scenario: { ...s.scenario, errorBudgetRemaining: Math.min(1, left) },
    }));
  } catch (err) {
    if (!(err instanceof JobCanceled))
      notifyError(`Could not evaluate “${slo.name}”`, err instanceof Error ? err.message : String(err));
  }
}
