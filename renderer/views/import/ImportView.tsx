import { useMemo, useState } from 'react';
import type { ColumnRole, ImportPreview } from '../../../models/import/preview';
import { previewImport } from '../../../models/import/preview';
import { isKnownZone } from '../../../models/import/timestamp';
import type { ImportSource } from '../../../shared/host-api';
import { host } from '../../host';
import { useUi } from '../../store/ui';
import { ImportReport, type Finished } from './ImportReport';
import { PreviewTables } from './PreviewTables';
import { readHead, type Head } from './read-head';
import { runImport } from './run-import';
import './import.css';

/** The user's corrections for one file; everything left unset keeps what detection found. */
export interface Choices {
  format: string | undefined;
  zone: string;
  roles: Record<number, Exclude<ColumnRole, 'time'>>;
  timeCol: number | undefined;
  units: Record<string, string>;
}

const ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];

/** Import preview: what a file is taken for, before anything touches the study, with every choice overridable. */
export function ImportView() {
  const defaultZone = useUi((s) => s.zone);
  const [sources, setSources] = useState<ImportSource[]>([]);
  const [heads, setHeads] = useState<Head[]>([]);
  const [current, setCurrent] = useState(0);
  const [choices, setChoices] = useState<Choices[]>([]);
  const [finished, setFinished] = useState<Finished[]>([]);
  const [busy, setBusy] = useState(false);

  const pick = async () => {
    const picked = await host.pickImportFiles();
    if (!picked.ok) {
      if (!picked.canceled) useUi.getState().notify({ tone: 'error', title: 'Could not read the files', detail: picked.reason });
      return;
    }
    const read = await Promise.all(picked.value.map(readHead));
    setSources(picked.value);
    setHeads(read);
    setChoices(picked.value.map(() => ({ format: undefined, zone: defaultZone, roles: {}, timeCol: undefined, units: {} })));
    setCurrent(0);
  };

  const source = sources[current];
  const head = heads[current];
  const choice = choices[current];
  const zoneOk = choice ? isKnownZone(choice.zone) : true;
  const preview = useMemo((): ImportPreview | null => {
    if (!source || !head?.ok || !choice) return null;
    const roles = Object.keys(choice.roles).length > 0 ? choice.roles : undefined;
    return previewImport(head.text, head.whole, { fileName: source.name, zone: zoneOk ? choice.zone : 'UTC', csv: { timeCol: choice.timeCol, roles }, units: choice.units }, choice.format);
  }, [source, head, choice, zoneOk]);

  const update = (patch: Partial<Choices>) => setChoices((all) => all.map((c, i) => (i === current ? { ...c, ...patch } : c)));

  const importAll = async () => {
    setBusy(true);
    const done: Finished[] = [];
    for (let i = 0; i < sources.length; i++) {
      const h = heads[i];
      if (!h?.ok) continue;
      const outcome = await runImport(sources[i]!, choices[i]!);
      if (outcome) done.push(outcome);
    }
    setFinished((f) => [...done, ...f]);
    setSources([]);
    setHeads([]);
    setChoices([]);
    setBusy(false);
  };

  return (
    <section className="view import-view" aria-labelledby="import-heading">
      <header className="view-header">
        <h1 id="import-heading">Import</h1>
        <button type="button" onClick={() => void pick()} disabled={busy}>
          Choose files…
        </button>
      </header>
      {sources.length === 0 && finished.length === 0 && (
        <p className="empty-hint">
          Choose metric exports (CSV, Grafana, Prometheus, Datadog, CloudWatch) or incident logs. Each file is recognised by its content; you see what
          it will become, and can correct it, before anything is added to the study.
        </p>
      )}
      {sources.length > 1 && (
        <nav aria-label="Files to import" className="import-files">
          {sources.map((s, i) => (
            <button type="button" key={`${s.name}-${i}`} aria-current={i === current ? 'true' : undefined} onClick={() => setCurrent(i)}>
              {s.name}
            </button>
          ))}
        </nav>
      )}
      {source && head && !head.ok && (
        <p role="alert" className="import-error">
          {source.name}: {head.reason}
        </p>
      )}
      {source && head?.ok && choice && preview && (
        <div className="import-preview" aria-label={`Preview of ${source.name}`}>
          <h2>{source.name}</h2>
          {head.encodingNote && <p className="muted">{head.encodingNote}</p>}
          <div className="import-choices">
            <label>
              Format
              <select value={choice.format ?? ''} onChange={(e) => update({ format: e.target.value || undefined, roles: {}, timeCol: undefined })}>
                <option value="">Detected: {preview.candidates.find((c) => c.name === (preview.format ?? ''))?.label ?? 'none fits'}</option>
                {preview.candidates.map((c) => (
                  <option key={c.name} value={c.name}>
                    {c.label}
                    {c.ok ? '' : ' (said no)'}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Time zone for times without an offset
              <input list="import-zones" value={choice.zone} onChange={(e) => update({ zone: e.target.value })} aria-invalid={!zoneOk} />
              <datalist id="import-zones">
                {ZONES.map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
            </label>
            <p className="muted import-zone-note">
              Default: {defaultZone}. Times written with an offset or Z are exact whatever you choose.{!zoneOk && ` "${choice.zone}" is not a time zone; ${defaultZone} is used.`}
            </p>
          </div>
          <PreviewTables preview={preview} choice={choice} onRole={(col, role) => (role === 'time' ? update({ timeCol: col }) : update({ roles: { ...choice.roles, [col]: role } }))} onUnit={(name, unit) => update({ units: { ...choice.units, [name]: unit } })} />
          <button type="button" className="primary" onClick={() => void importAll()} disabled={busy || preview.format === null}>
            {sources.length > 1 ? `Import ${sources.length} files` : `Import ${source.name}`}
          </button>
        </div>
      )}
      {finished.length > 0 && <ImportReport finished={finished} />}
    </section>
  );
}
