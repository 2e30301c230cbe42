import { useMemo, useState } from 'react';
import type { Postmortem, PostmortemStatus } from '../../../shared/postmortem';
import { checkPostmortem } from '../../../models/postmortem/blameless';
import { postmortemToHtml } from '../../../models/postmortem/html';
import { postmortemToMarkdown } from '../../../models/postmortem/markdown';
import { reviewPostmortem } from '../../../models/postmortem/review';
import { localDate, localDateTime } from '../../../models/postmortem/time-text';
import { parseNameList } from '../../../models/redact/name-list';
import { redactPostmortem } from '../../../models/redact/redact-postmortem';
import { host } from '../../host';
import { useDocument } from '../../store/document';
import { useUi } from '../../store/ui';
import { ActionItemsTable } from './ActionItemsTable';
import { BlamelessHints } from './BlamelessHints';
import { editPostmortem } from './edit-postmortem';
import { loadRedaction, saveRedaction, type PostmortemRedaction } from './redaction-choice';
import { ListSection, TextSection } from './TextSection';
import './postmortems.css';

const NONE: Postmortem[] = [];

/** Postmortems drafted from incidents, edited here with blameless hints, exported as Markdown or HTML. */
export function PostmortemsView() {
  const postmortems = useDocument((s) => s.workspace?.postmortems ?? NONE);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = postmortems.find((p) => p.id === selectedId) ?? postmortems[0] ?? null;
  return (
    <section className="view postmortems" aria-labelledby="postmortems-heading">
      <header className="view-header">
        <h1 id="postmortems-heading">Postmortems</h1>
      </header>
      {postmortems.length === 0 ? (
        <div className="empty-hint">
          <p>
            No postmortems yet. Open an incident and choose “Draft postmortem”: Headroom writes the summary, detection,
            resolution, lessons and action items from its timeline and measured impact, for the team to finish.
          </p>
          <button type="button" onClick={() => useUi.getState().setView('incidents')}>
            Go to Incidents
          </button>
        </div>
      ) : (
        <>
          <table className="grid" aria-label="Postmortems">
            <thead>
              <tr>
                <th scope="col">Postmortem</th>
                <th scope="col">Date</th>
                <th scope="col">Status</th>
                <th scope="col">Open actions</th>
              </tr>
            </thead>
            <tbody>
              {postmortems.map((p) => (
                <tr key={p.id} aria-selected={p.id === selected?.id}>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-pressed={p.id === selected?.id}
                      onClick={() => setSelectedId(p.id)}
                    >
                      {p.title}
                    </button>
                  </td>
                  <td>{localDate(p.start, p.timeZone)}</td>
                  <td>{p.status}</td>
                  <td className="num">{p.actionItems.filter((a) => !a.done).length}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {selected && <PostmortemEditor key={selected.id} pm={selected} />}
        </>
      )}
    </section>
  );
}

function PostmortemEditor({ pm }: { pm: Postmortem }) {
  const events = useDocument((s) => s.workspace?.events);
  const names = useMemo(
    () => [...new Set((events ?? []).map((e) => e.actor).filter((a): a is string => !!a))],
    [events],
  );
  const findings = useMemo(() => checkPostmortem(pm, names), [pm, names]);
  const review = useMemo(() => reviewPostmortem(pm), [pm]);
  const [redaction, setRedaction] = useState<PostmortemRedaction>(loadRedaction);
  const changeRedaction = (next: PostmortemRedaction) => {
    setRedaction(next);
    saveRedaction(next);
  };
  const set =
    <K extends keyof Postmortem>(label: string, key: K) =>
    (value: Postmortem[K]) =>
      editPostmortem(label, pm.id, (p) => ({ ...p, [key]: value }));

  const exportAs = async (kind: 'md' | 'html') => {
    // The file, not the editor, is redacted: responders named in the logs are hidden with the names typed here.
    const out = redaction.redact
      ? redactPostmortem(pm, { names: [...parseNameList(redaction.names), ...names] }).postmortem
      : pm;
    const text = kind === 'md' ? postmortemToMarkdown(out) : postmortemToHtml(out);
    const name = `${
      pm.title
        .replace(/[^\w\- ]+/g, '')
        .trim()
        .replace(/\s+/g, '-')
        .toLowerCase()
        .slice(0, 60) || 'postmortem'
    }.${kind}`;
    const result = await host.exportFile({
      suggestedName: name,
      mime: kind === 'md' ? 'text/markdown' : 'text/html',
      bytes: new TextEncoder().encode(text),
    });
    if (result.ok) useUi.getState().notify({ tone: 'info', title: `Exported ${result.value.name}` });
    else if (!result.canceled)
      useUi.getState().notify({ tone: 'error', title: 'The postmortem could not be exported', detail: result.reason });
  };

  return (
    <article className="pm" aria-label={`Postmortem ${pm.title}`}>
      <div className="pm-head">
        <label className="grow">
          Title{' '}
          <input
            defaultValue={pm.title}
            key={pm.title}
            onBlur={(e) =>
              e.target.value.trim() &&
              e.target.value !== pm.title &&
              set('Rename postmortem', 'title')(e.target.value.trim())
            }
          />
        </label>
        <label>
          Status{' '}
          <select
            value={pm.status}
            onChange={(e) => set('Change status', 'status')(e.target.value as PostmortemStatus)}
          >
            <option value="draft">Draft</option>
            <option value="in-review">In review</option>
            <option value="final">Final</option>
          </select>
        </label>
        <label>
          Authors{' '}
          <input
            defaultValue={pm.authors.join(', ')}
            key={pm.authors.join(',')}
            onBlur={(e) =>
              set(
                'Change authors',
                'authors',
              )(
                e.target.value
                  .split(',')
                  .map((a) => a.trim())
                  .filter(Boolean),
              )
            }
          />
        </label>
        <fieldset className="pm-redact">
          <legend>Export</legend>
          <label>
            <input
              type="checkbox"
              checked={redaction.redact}
              onChange={(e) => changeRedaction({ ...redaction, redact: e.target.checked })}
            />{' '}
            Redact names, e-mails and IPs
          </label>
          <label>
            Names to redact{' '}
            <input
              value={redaction.names}
              disabled={!redaction.redact}
              placeholder="Dana Smith|dana, Lee"
              title="Commas part people, | parts spellings of one person; responders, authors, owners, @mentions, e-mails and IPs are hidden anyway"
              onChange={(e) => changeRedaction({ ...redaction, names: e.target.value })}
            />
          </label>
        </fieldset>
        <button type="button" onClick={() => void exportAs('md')}>
          Export Markdown
        </button>
        <button type="button" onClick={() => void exportAs('html')}>
          Export HTML
        </button>
        <button
          type="button"
          className="link"
          onClick={() =>
            useDocument.getState().edit({
              label: 'Delete postmortem',
              apply: (ws) => ({ ...ws, postmortems: (ws.postmortems ?? []).filter((p) => p.id !== pm.id) }),
            })
          }
        >
          Delete
        </button>
      </div>
      <p className="muted">
        Incident {pm.incidentId}: {localDateTime(pm.start, pm.timeZone)} to {localDateTime(pm.end, pm.timeZone)} (
        {pm.timeZone}). Edits save with the study; undo with Ctrl+Z.
      </p>
      <div className="pm-layout">
        <div className="pm-body">
          <TextSection label="Summary" value={pm.summary} onCommit={set('Edit summary', 'summary')} />
          <TextSection label="Impact" value={pm.impact} onCommit={set('Edit impact', 'impact')} rows={6} />
          <TextSection
            label="Root cause"
            value={pm.rootCause}
            onCommit={set('Edit root cause', 'rootCause')}
            hint="ask “why?” until the answer is a condition of the system"
          />
          <TextSection label="Trigger" value={pm.trigger} onCommit={set('Edit trigger', 'trigger')} rows={2} />
          <TextSection
            label="Detection"
            value={pm.detection}
            onCommit={set('Edit detection', 'detection')}
            hint="how would we halve the time to detect?"
          />
          <TextSection
            label="Resolution"
            value={pm.resolution}
            onCommit={set('Edit resolution', 'resolution')}
            hint="how would we halve the time to mitigate?"
          />
          <ListSection
            label="Contributing factors"
            items={pm.contributingFactors}
            onCommit={set('Edit contributing factors', 'contributingFactors')}
          />
          <ListSection label="What went well" items={pm.wentWell} onCommit={set('Edit what went well', 'wentWell')} />
          <ListSection
            label="What went wrong"
            items={pm.wentBadly}
            onCommit={set('Edit what went wrong', 'wentBadly')}
          />
          <ListSection
            label="Where we got lucky"
            items={pm.gotLucky}
            onCommit={set('Edit where we got lucky', 'gotLucky')}
          />
          <h2>Action items</h2>
          <ActionItemsTable pm={pm} />
          <h2>Timeline</h2>
          <table className="grid" aria-label="Postmortem timeline">
            <thead>
              <tr>
                <th scope="col">Time ({pm.timeZone})</th>
                <th scope="col">Kind</th>
                <th scope="col">Source</th>
                <th scope="col">Event</th>
              </tr>
            </thead>
            <tbody>
              {pm.timeline.map((e, i) => (
                <tr key={`${e.eventId ?? ''}-${i}`}>
                  <td>{localDateTime(e.t, pm.timeZone)}</td>
                  <td>{e.kind}</td>
                  <td>{e.source}</td>
                  <td>{e.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Supporting information</h2>
          <ul className="pm-supporting">
            {pm.supporting.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </div>
        <aside className="pm-aside" aria-label="Blameless review">
          <h2>Blameless check</h2>
          <BlamelessHints pm={pm} findings={findings} />
          <h2>Review checklist</h2>
          <ul className="pm-review" aria-label="Review checklist">
            {review.map((c) => (
              <li key={c.id} className={c.ok ? 'ok' : 'todo'}>
                <span aria-hidden="true">{c.ok ? '✓' : '○'}</span> {c.question}
                {!c.ok && <div className="muted">{c.advice}</div>}
              </li>
            ))}
          </ul>
          <p className="muted">The reviewer’s questions of the SRE book, ch. 15.</p>
        </aside>
      </div>
    </article>
  );
}
