import { parseArgs } from 'node:util';
import { counterRate, isCounter } from '../../models/series/counter-rate';
import { summarizeSeries } from '../../models/series/summary';
import { isKnownZone } from '../../models/import/timestamp';
import { importFile } from '../node/import-file';
import { iso, printJson, problem, round, say, UsageError } from './output';

export const importHelp = 'headroom import FILE... [--format NAME] [--tz ZONE] [--rate] [--json]';

/** `headroom import`: read each file, detect its format by content, and print what it holds. */
export async function runImport(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' }, tz: { type: 'string' }, rate: { type: 'boolean' }, json: { type: 'boolean' } },
  });
  if (positionals.length === 0) throw new UsageError(`no file given\nusage: ${importHelp}`);
  const zone = values.tz ?? 'UTC';
  if (!isKnownZone(zone)) throw new UsageError(`--tz ${zone}: not a time zone this system knows (use an IANA name such as Europe/Berlin)`);
  const files = [];
  const failed: { file: string; reason: string }[] = [];
  let status = 0;
  for (const file of positionals) {
    const outcome = await importFile(file, zone, values.format);
    if (!outcome.ok) {
      problem(file, outcome.reason);
      failed.push({ file, reason: outcome.reason });
      status = 2;
      continue;
    }
    const r = outcome.result;
    if (values.rate) {
      // Counters become per-second rates on request, as the app offers; other series are left as they are.
      r.series = r.series.map((s) => {
        if (!isCounter(s)) return s;
        const { series, resets } = counterRate(s);
        r.notes.push(`${s.name}: counter turned into a per-second rate${resets > 0 ? ` (${resets} counter reset${resets === 1 ? '' : 's'} bridged)` : ''}`);
        return series;
      });
    }
    for (const reject of r.rejected) problem(file, reject.reason, reject.line);
    if (r.rejectedCount > r.rejected.length) problem(file, `${r.rejectedCount - r.rejected.length} more rows rejected`);
    if (r.series.length === 0 && r.events.length === 0 && r.rejectedCount === 0) problem(file, 'no data rows found');
    if (r.rejectedCount > 0 || (r.series.length === 0 && r.events.length === 0)) status = 2;
    const eventTimes = r.events.map((e) => e.t);
    files.push({
      file,
      format: r.format,
      kind: r.kind,
      series: r.series.map((s) => {
        const sum = summarizeSeries(s);
        return { ...sum, start: iso(sum.start), end: iso(sum.end), min: round(sum.min), max: round(sum.max), mean: round(sum.mean) };
      }),
      events: {
        count: r.events.length,
        start: eventTimes.length ? iso(eventTimes[0]!) : null,
        end: eventTimes.length ? iso(eventTimes[eventTimes.length - 1]!) : null,
      },
      rejected: { count: r.rejectedCount, samples: r.rejected },
      zone,
      notes: r.notes,
    });
  }
  if (values.json) printJson({ files, failed });
  else {
    for (const f of files) {
      say(`${f.file}: ${f.format} (${f.kind})\n`);
      for (const s of f.series) say(`  ${s.name}${s.unit ? ` [${s.unit}]` : ''}: ${s.points} points, ${s.start} → ${s.end}, min ${s.min}, max ${s.max}, mean ${s.mean}\n`);
      if (f.events.count > 0) say(`  ${f.events.count} events, ${f.events.start} → ${f.events.end}\n`);
      if (f.rejected.count > 0) say(`  ${f.rejected.count} rows rejected\n`);
      for (const n of f.notes) say(`  note: ${n}\n`);
    }
  }
  return status;
}
