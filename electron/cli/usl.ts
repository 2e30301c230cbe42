import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseLoadTestCsv } from '../../models/capacity/load-test-csv';
import { fitUsl, uslBand } from '../../models/capacity/usl';
import { describeFsError } from '../node/import-file';
import { printJson, problem, round, UsageError } from './output';

export const uslHelp = 'headroom usl FILE [--json]';

/** `headroom usl`: fit the Universal Scalability Law to load-test results (load or nodes, throughput). */
export async function runUsl(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw new UsageError(`expected one load-test file\nusage: ${uslHelp}`);
  const file = positionals[0]!;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    problem(file, describeFsError(err));
    return 2;
  }
  const parsed = parseLoadTestCsv(text);
  if (!parsed.ok) {
    problem(file, parsed.reason, parsed.line);
    return 2;
  }
  for (const r of parsed.rejected) problem(file, r.reason, r.line);
  if (parsed.rejected.length > 0) return 2;
  const outcome = fitUsl(parsed.points);
  if (!outcome.ok) {
    problem(file, outcome.reason);
    return 2;
  }
  const f = outcome.fit;
  const top = Math.max(f.maxTestedN, f.peakN ?? 0) * 1.5;
  const band = uslBand(
    f,
    Array.from({ length: 25 }, (_, i) => Math.max(1, (top * i) / 24)),
  );
  const json = {
    sigma: round(f.sigma),
    kappa: round(f.kappa),
    lambda: round(f.lambda),
    peak_n: round(f.peakN),
    peak_x: round(f.peakX),
    r2: round(f.r2),
    knee_n: round(f.kneeN),
    axis: parsed.axis,
    load_column: parsed.loadColumn,
    throughput_column: parsed.throughputColumn,
    points: f.points,
    residual_se: round(f.residualSe),
    max_tested_n: f.maxTestedN,
    band: band.map((b) => ({ n: round(b.n), x: round(b.x), lo: round(b.lo), hi: round(b.hi) })),
  };
  if (values.json) {
    printJson(json);
    return 0;
  }
  const unit = parsed.axis === 'nodes' ? 'nodes' : parsed.loadColumn;
  process.stdout.write(
    [
      `${file}: Universal Scalability Law fit of ${f.points} points (${parsed.loadColumn} → ${parsed.throughputColumn})`,
      `  σ (contention) ${json.sigma}   κ (coherency) ${json.kappa}   λ (ideal per unit) ${json.lambda}   r² ${json.r2}`,
      f.peakN !== null
        ? `  peak: ${json.peak_x} at ${unit} ≈ ${round(f.peakN)}; past it, more ${unit} means less throughput`
        : `  no peak: throughput levels off towards ${json.peak_x ?? '∞'}`,
      f.kneeN !== null ? `  knee: ${unit} ≈ ${round(f.kneeN)} (linear scaling gives way there)` : '',
      f.peakN !== null && f.peakN > f.maxTestedN
        ? `  note: the peak lies beyond the largest tested ${unit} (${f.maxTestedN}): an extrapolation`
        : '',
    ]
      .filter(Boolean)
      .join('\n') + '\n',
  );
  return 0;
}
