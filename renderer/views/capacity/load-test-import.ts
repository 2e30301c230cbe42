import { parseLoadTestCsv } from '../../../models/capacity/load-test-csv';
import { fitUsl } from '../../../models/capacity/usl';
import { host } from '../../host';
import { useUi } from '../../store/ui';
import { editTier } from './edit-capacity';

const notifyError = (title: string, detail: string) => useUi.getState().notify({ tone: 'error', title, detail });

/** Pick a load-test CSV and make it the tier's capacity evidence; a file that cannot be fitted says why, by line. */
export async function importLoadTest(tierId: string, tierName: string): Promise<void> {
  const picked = await host.pickImportFiles();
  if (!picked.ok) {
    if (!picked.canceled) notifyError('Could not read the load test', picked.reason);
    return;
  }
  const source = picked.value[0];
  if (!source) return;
  const text = await new Response(source.stream()).text();
  const parsed = parseLoadTestCsv(text);
  if (!parsed.ok)
    return notifyError(
      `${source.name} is not a load test`,
      `${source.name}${parsed.line ? `:${parsed.line}` : ''}: ${parsed.reason}`,
    );
  if (parsed.rejected.length > 0) {
    return notifyError(
      `${source.name}: ${parsed.rejected.length} rows could not be read`,
      parsed.rejected
        .slice(0, 5)
        .map((r) => `${source.name}:${r.line}: ${r.reason}`)
        .join('\n'),
    );
  }
  const fit = fitUsl(parsed.points);
  if (!fit.ok) return notifyError(`${source.name} cannot be fitted`, fit.reason);
  editTier(tierId, `Size ${tierName} from ${source.name}`, (t) => ({
    ...t,
    capacity: { kind: 'load-test', axis: parsed.axis, points: parsed.points, source: source.name },
  }));
}
