import { formatDate, formatDateTime } from '../../models/report/format';
import { cellClassName, startsPage, tableClassName } from '../../models/report/html';
import { REPORT_CSS } from '../../models/report/report-css';
import type { Block, ReportModel, ReportSection } from '../../models/report/report-model';
import { SvgChart } from './SvgChart';

/**
 * The print layout: the in-app preview, the browser's print and the headless PDF all render this. Its markup and
 * stylesheet are those of the HTML export (models/report/html.ts), so every edition looks the same.
 */
export function ReportDocument({ report }: { report: ReportModel }) {
  const c = report.cover;
  return (
    <article className="report-doc" aria-label={c.title}>
      <style>{REPORT_CSS}</style>
      <header className="report-cover">
        <p className="report-kicker">Headroom report</p>
        <h1>{c.title}</h1>
        <dl className="report-meta">
          <dt>Study</dt>
          <dd>{c.study}</dd>
          <dt>Date</dt>
          <dd>{formatDate(c.generatedAt)}</dd>
          {c.author && (
            <>
              <dt>Author</dt>
              <dd>{c.author}</dd>
            </>
          )}
          <dt>Period</dt>
          <dd>{c.period ? `${formatDateTime(c.period.start)} – ${formatDateTime(c.period.end)}` : 'no data'}</dd>
        </dl>
      </header>
      {report.sections.map((s, i) => (
        <Section key={s.id} section={s} index={i} />
      ))}
    </article>
  );
}

function Section({ section, index }: { section: ReportSection; index: number }) {
  return (
    <section className={`report-section${startsPage(section, index) ? ' report-page' : ''}`} aria-labelledby={`report-${section.id}`}>
      <h2 id={`report-${section.id}`}>{section.title}</h2>
      {section.blocks.map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
    </section>
  );
}

function BlockView({ block: b }: { block: Block }) {
  switch (b.kind) {
    case 'paragraph':
      return <p>{b.text}</p>;
    case 'subheading':
      return <h3>{b.text}</h3>;
    case 'missing':
      return <p className="report-missing">{b.text}</p>;
    case 'facts':
      return (
        <dl className="report-facts">
          {b.facts.map((f) => (
            <div key={f.label} className={`report-fact tone-${f.tone ?? 'neutral'}`}>
              <dt>{f.label}</dt>
              <dd>
                {f.value}
                {f.source && <span className="report-source">{f.source}</span>}
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'list': {
      const items = b.items.map((item, i) => <li key={i}>{item}</li>);
      return b.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'item':
      return (
        <div className={`report-item tone-${b.tone ?? 'neutral'}`}>
          <h4>
            {b.title}
            {b.badge && <span className="report-badge">{b.badge}</span>}
          </h4>
          <dl>
            {b.lines.map((l) => (
              <div key={l.label} style={{ display: 'contents' }}>
                <dt>{l.label}</dt>
                <dd>{l.text}</dd>
              </div>
            ))}
          </dl>
        </div>
      );
    case 'table':
      return (
        <table className={tableClassName(b.rows.length)} aria-label={b.caption}>
          <caption>{b.caption}</caption>
          <thead>
            <tr>
              {b.columns.map((c) => (
                <th key={c.label} scope="col" className={cellClassName(c)}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {b.rows.map((r, i) => (
              <tr key={i}>
                {r.map((cell, j) => (
                  <td key={j} className={cellClassName(b.columns[j])}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'chart':
      return (
        <figure className="report-figure" role="figure" aria-label={b.chart.title}>
          <SvgChart chart={b.chart} />
          <figcaption>
            <strong>{b.chart.title}.</strong> {b.chart.description}.
          </figcaption>
        </figure>
      );
  }
}
