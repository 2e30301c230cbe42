import { forecastHelp, runForecast } from './cli/forecast';
import { runImport, importHelp } from './cli/import';
import { UsageError } from './cli/output';
import { planHelp, runPlan } from './cli/plan';
import { runUsl, uslHelp } from './cli/usl';
import { runTimeline, timelineHelp } from './cli/timeline';
import { postmortemHelp, runPostmortem } from './cli/postmortem';
import { runSlo, sloHelp } from './cli/slo';
import { reportHelp, runReport } from './cli/report';

/** The headless entry (../shared/CLI.md): one table of commands, each a module under cli/. */
const commands: Record<string, { help: string; run: (argv: string[]) => Promise<number> }> = {
  import: { help: importHelp, run: runImport },
  forecast: { help: forecastHelp, run: runForecast },
  usl: { help: uslHelp, run: runUsl },
  plan: { help: planHelp, run: runPlan },
  timeline: { help: timelineHelp, run: runTimeline },
  postmortem: { help: postmortemHelp, run: runPostmortem },
  slo: { help: sloHelp, run: runSlo },
  report: { help: reportHelp, run: runReport },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const usage = Object.values(commands).map((c) => `  ${c.help}`).join('\n');
    if (name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(`usage:\n${usage}\n`);
      return 0;
    }
    process.stderr.write(`${name ? `headroom: unknown command "${name}"\n` : ''}usage:\n${usage}\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`headroom ${name}: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`headroom ${name}: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
