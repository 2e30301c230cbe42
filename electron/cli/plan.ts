import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { scenarioFileSchema, type Scenario } from '../../shared/capacity';
import { buildDemoWorkspace } from '../../models/demo/demo-study';
import { resolveScenarioFile, scenarioReferences, type ScenarioInputs } from '../../models/capacity/scenario-file';
import { planAndRecommend } from '../../models/recommend/recommend';
import { describeFsError, importFile } from '../node/import-file';
import { iso, printJson, problem, round, UsageError } from './output';

export const planHelp = 'headroom plan (SCENARIO.json | --demo) [--json]';

function zodReason(error: z.ZodError): string {
  let issue: z.core.$ZodIssue = error.issues[0]!;
  let path: PropertyKey[] = issue.path;
  // A union names no culprit; report the branch that came closest (fewest problems).
  while (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const closest = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
    if (!closest[0]) break;
    issue = closest[0];
    path = [...path, ...issue.path];
  }
  const where = path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  return `${where ? `${where}: ` : ''}${issue.message}`;
}

const pct = (x: number | null) => (x === null || !Number.isFinite(x) ? '—' : `${(100 * x).toFixed(0)} %`);
const ms = (x: number | null) => (x === null ? '∞' : x < 0.01 ? '< 0.01' : x < 10 ? x.toFixed(2) : x.toFixed(0));

/** `headroom plan`: the capacity plan and recommendations for a sale scenario (docs/scenario-format.md). */
export async function runPlan(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, demo: { type: 'boolean' } },
  });
  if (values.demo) {
    const study = buildDemoWorkspace().capacity!;
    return report({ ...study.scenario, tiers: study.tiers }, [], values.json ?? false);
  }
  if (positionals.length !== 1) throw new UsageError(`expected one scenario file\nusage: ${planHelp}`);
  const file = positionals[0]!;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    problem(file, err instanceof SyntaxError ? `not valid JSON (${err.message})` : describeFsError(err));
    return 2;
  }
  const parsed = scenarioFileSchema.safeParse(raw);
  if (!parsed.success) {
    problem(file, zodReason(parsed.error));
    return 2;
  }
  const base = dirname(resolve(file));
  const refs = scenarioReferences(parsed.data);
  const inputs: ScenarioInputs = { loadTests: {}, traffic: null };
  for (const ref of refs.loadTests) {
    try {
      inputs.loadTests[ref] = await readFile(resolve(base, ref), 'utf8');
    } catch (err) {
      problem(ref, describeFsError(err));
      return 2;
    }
  }
  if (refs.traffic) {
    const outcome = await importFile(resolve(base, refs.traffic), 'UTC');
    if (!outcome.ok) {
      problem(refs.traffic, outcome.reason);
      return 2;
    }
    inputs.traffic = outcome.result.series;
  }
  const resolved = resolveScenarioFile(parsed.data, inputs);
  if (!resolved.ok) {
    problem(resolved.file ?? file, resolved.reason, resolved.line);
    return 2;
  }
  return report(resolved.scenario, resolved.notes, values.json ?? false, file);
}

function report(scenario: Scenario, scenarioNotes: string[], json: boolean, file = 'demo'): number {
  const resolved = { notes: scenarioNotes };
  const { plan, recommendations } = planAndRecommend(scenario);
  for (const p of plan.problems) problem(file, `tier ${p.tierId}: ${p.reason}`);
  if (plan.problems.length > 0) return 2;

  if (json) {
    printJson({
      scenario: plan.scenarioName,
      peak: {
        t: iso(plan.peak.t),
        rps: round(plan.peak.rps),
        lo: round(plan.peak.lo),
        hi: round(plan.peak.hi),
        baseline_rps: round(plan.peak.baselineRps),
        source: plan.peak.source,
      },
      planned_rps: round(plan.plannedRps),
      plan_for: plan.planFor,
      sale_start: iso(plan.saleStart),
      event_end: iso(plan.eventEnd),
      latency_slo_ms: plan.latencySloMs,
      predicted_page_ms: round(plan.predictedPageMs),
      predicted_page_now_ms: round(plan.predictedPageNowMs),
      event_cost: round(plan.eventCost),
      extra_cost: round(plan.extraCost),
      tiers: plan.tiers.map((t) => ({
        name: t.name,
        id: t.tierId,
        role: t.role,
        instances_now: t.instancesNow,
        instances_needed: t.instancesNeeded,
        instances_planned: t.instancesPlanned,
        exceeds_hard_ceiling: t.exceedsHardCeiling,
        utilization_at_peak: round(t.utilizationAtPeak),
        predicted_wait_ms: round(t.predictedWaitMs),
        utilization_now: round(t.utilizationNow),
        predicted_wait_now_ms: round(t.predictedWaitNowMs),
        demand_rps: round(t.demandRps),
        rps_per_instance: round(t.rpsPerInstance),
        capacity_basis: t.capacityBasis,
        capacity: t.capacityExplanation,
        redundancy: t.redundancyNote,
        headroom: round(t.headroomFraction),
        prewarm: t.ramp
          ? {
              outruns_scaling: t.ramp.outrunsScaling,
              instances: t.ramp.prewarmInstances,
              from: iso(t.ramp.prewarmFrom),
              reactive_start: t.ramp.reactiveStart,
            }
          : null,
        event_cost: round(t.eventCost),
        usl: t.usl
          ? {
              sigma: round(t.usl.sigma),
              kappa: round(t.usl.kappa),
              lambda: round(t.usl.lambda),
              peak_n: round(t.usl.peakN),
              peak_x: round(t.usl.peakX),
              r2: round(t.usl.r2),
            }
          : null,
      })),
      recommendations: recommendations.map((r) => ({
        id: r.id,
        title: r.title,
        why: r.why,
        priority: r.priority,
        action: r.action,
        tier: r.tierId ?? null,
      })),
      notes: [...resolved.notes, ...plan.notes],
    });
    return 0;
  }
  const out: string[] = [
    `${plan.scenarioName}: peak ${Math.round(plan.peak.rps)} req/s (band ${Math.round(plan.peak.lo)}–${Math.round(plan.peak.hi)}) at ${iso(plan.peak.t)}, planning for ${Math.round(plan.plannedRps)} req/s`,
    `  peak from: ${plan.peak.source}`,
    '',
    '  tier            now     needed  util now  util planned  wait planned  per instance',
  ];
  for (const t of plan.tiers) {
    const needed = `${t.instancesNeeded ?? '—'}${t.exceedsHardCeiling ? ` (max ${t.hardCeilingInstances})` : ''}`;
    out.push(
      `  ${t.name.padEnd(14)} ${String(t.instancesNow).padStart(4)}  ${needed.padStart(9)}  ${pct(t.utilizationNow).padStart(8)}  ${pct(t.utilizationAtPeak).padStart(12)}  ${(ms(t.predictedWaitMs) + ' ms').padStart(12)}  ${Math.round(t.rpsPerInstance)} req/s`,
    );
  }
  out.push(
    '',
    `  page time at the peak: ${ms(plan.predictedPageMs)} ms planned, ${ms(plan.predictedPageNowMs)} ms with today's fleet (objective ${plan.latencySloMs} ms)`,
    `  event cost: ${plan.eventCost.toFixed(2)} (${plan.extraCost.toFixed(2)} above today's fleet) over ${plan.eventHours.toFixed(1)} h`,
    '',
    recommendations.length ? 'Recommendations:' : 'No changes recommended: the figures call for none.',
  );
  for (const r of recommendations)
    out.push(`  [${r.priority}] ${r.title}`, `      do: ${r.action}`, `      why: ${r.why}`);
  for (const n of resolved.notes) out.push(`note: ${n}`);
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
