import type { ImportResult } from '../../../shared/import-report';
import type { ImportOutcome } from '../../../models/import/import-session';
import type { ImportSource } from '../../../shared/host-api';
import type { Workspace } from '../../../shared/workspace';
import { useDocument } from '../../store/document';
import { JobCanceled, runJob } from '../../store/jobs';
import { useUi } from '../../store/ui';
import type { Finished } from './ImportReport';
import { Comlink, engine } from '../../workers/engine';
import type { Choices } from './ImportView';

/**
 * Import one file with the user's choices as a background job (progress and cancel in the status bar), then add
 * it to the study as one undoable edit. A failed or cancelled import changes nothing.
 */
export async function runImport(source: ImportSource, choice: Choices): Promise<Finished | null> {
  const roles = Object.keys(choice.roles).length > 0 ? choice.roles : undefined;
  const options = { fileName: source.name, zone: choice.zone, csv: { timeCol: choice.timeCol, roles }, units: choice.units };
  try {
    const outcome = await runJob<ImportOutcome>(`Importing ${source.name}`, async (onProgress) => {
      const stream = source.stream();
      return await engine().importStream(Comlink.transfer(stream, [stream as unknown as Transferable]), source.size, options, choice.format, Comlink.proxy(onProgress));
    });
    if (!outcome.ok) {
      useUi.getState().notify({ tone: 'error', title: `${source.name} was not imported`, detail: outcome.reason });
      return { file: source.name, ok: false, reason: outcome.reason };
    }
    addToStudy(source.name, outcome.result);
    return { file: source.name, ok: true, result: outcome.result };
  } catch (err) {
    if (err instanceof JobCanceled) useUi.getState().notify({ tone: 'info', title: `Importing ${source.name}: canceled` });
    else useUi.getState().notify({ tone: 'error', title: `Importing ${source.name}`, detail: err instanceof Error ? err.message : String(err) });
    return null;
  }
}

/** What the toolbar's Import… does: the preview's defaults (format and layout by content, the study's time zone). */
export const defaultChoices = (zone: string): Choices => ({ format: undefined, zone, roles: {}, timeCol: undefined, units: {} });

function addToStudy(fileName: string, result: ImportResult): void {
  const id = `ds-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
  const series = result.series.map((s, i) => ({ ...s, id: `${id}-s${i}` }));
  useDocument.getState().edit({
    label: `Import ${fileName}`,
    apply: (ws: Workspace) => ({
      ...ws,
      datasets: [
        ...ws.datasets,
        {
          id,
          name: fileName,
          file: fileName,
          format: result.format,
          kind: result.kind,
          importedAt: Date.now(),
          seriesIds: series.map((s) => s.id),
          eventCount: result.events.length,
          rejectedCount: result.rejectedCount,
          rejected: result.rejected,
          notes: result.notes,
        },
      ],
      series: [...ws.series, ...series],
      events: [...ws.events, ...result.events],
    }),
  });
  if (series.length > 0) useUi.getState().selectSeries(series.slice(0, 3).map((s) => s.id));
}
