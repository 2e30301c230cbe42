import type { EventKind } from '../../shared/events';
import { CsvTokenizer, MAX_ROW_CHARS, type CsvRow } from './csv-tokenizer';
import { headReady, SNIFF_BYTES, type FormatParser, type ImportFormat, type ImportOptions, type Sniff } from './format';
import { probeCsv } from './generic-csv';
import { isMissingCell, NumberReader } from './number-cell';
import { ResultBuilder } from './result-builder';
import { TimestampReader } from './timestamp-reader';

const START = /(start|begin|from|opened|triggered|since|开始|開始|起始|发生|發生)/i;
const END = /(end|stop|until|resolved|closed|finish|recovered|结束|結束|終了|恢复|恢復)/i;
const DURATION = /(duration|elapsed|持续|持續|时长|時長)/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}|^\d{1,2}\/\d{1,2}\/\d{4} \d/;

interface IntervalLayout {
  header: string[];
  startCol: number;
  endCol: number;
  durationCol: number;
  /** Text columns that describe the interval (fault type, machine, host…), in header order. */
  labelCols: number[];
  /** Numeric columns that are neither the duration nor an identifier: measurements, which a metric reader keeps. */
  measures: number;
}

function detect(head: string, whole: boolean): IntervalLayout | string {
  const { rows } = probeCsv(head, whole);
  if (rows.length < 2) return 'fewer than two lines of delimited text';
  const header = rows[0]!.cells.map((h) => h.trim());
  if (header.length < 2) return 'only one column';
  const data = rows.slice(1).filter((r) => r.cells.length === header.length);
  if (data.length === 0) return 'no data rows under the header';
  const dateTimeCol = (c: number) => data.filter((r) => DATE_TIME.test(r.cells[c]!.trim())).length >= data.length * 0.8;
  const startCol = header.findIndex((h, c) => START.test(h) && dateTimeCol(c));
  const endCol = header.findIndex((h, c) => c !== startCol && END.test(h) && !START.test(h) && dateTimeCol(c));
  if (startCol < 0 || endCol < 0) return 'no pair of start and end date-time columns in the header';
  const durationCol = header.findIndex((h) => DURATION.test(h));
  const num = new NumberReader('.');
  const labelCols = header
    .map((_, c) => c)
    .filter((c) => c !== startCol && c !== endCol && c !== durationCol && !data.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.cells[c]!.trim())))
    .filter((c) => data.some((r) => !isMissingCell(r.cells[c]!) && (Number.isNaN(num.readString(r.cells[c]!)) || r.cells[c]!.trim().length >= 5)));
  const numeric = (c: number) => data.every((r) => isMissingCell(r.cells[c]!) || !Number.isNaN(num.readString(r.cells[c]!)));
  const identifier = (h: string) => /(^|[^a-z])id$|^id[^a-z]|编号|編號|番号|^#$/i.test(h.trim());
  const measures = header.filter((h, c) => c !== startCol && c !== endCol && c !== durationCol && numeric(c) && !identifier(h)).length;
  return { header, startCol, endCol, durationCol, labelCols, measures };
}

/**
 * A table whose rows are intervals (a start and an end date-time per row), such as the fault list a Grafana
 * table panel exports: each row is an incident, read as a start event and a resolution event. Read as a
 * metric it would be meaningless (an ID averaged, durations on a date axis), so it gets its own format.
 */
export const intervalCsv: ImportFormat = {
  name: 'interval-csv',
  label: 'Table of intervals (a start and an end time per row), e.g. a Grafana table panel',
  kind: 'events',
  sniff(head): Sniff {
    const layout = detect(head, head.length < SNIFF_BYTES);
    if (typeof layout === 'string') return { ok: false, reason: layout };
    // A row that also carries a measurement (`start,end,cost`) is more likely metrics over periods: let the
    // metric CSV reader win, and leave this format for the user to pick in the preview.
    return { ok: true, confidence: layout.measures > 0 ? 0.2 : 0.6 };
  },
  open: (options) => openIntervalCsv(options),
};

function openIntervalCsv(options: ImportOptions): FormatParser {
  const out = new ResultBuilder('interval-csv', 'events', options.fileName);
  const ts = new TimestampReader(options.zone);
  const num = new NumberReader('.');
  let head: string[] = [];
  let headLength = 0;
  let tokenizer: CsvTokenizer | null = null;
  let failed = false;
  let mismatched = 0;
  let intervals = 0;

  const start = (whole: boolean) => {
    const text = head.join('');
    head = [];
    const layout = detect(text, whole);
    if (typeof layout === 'string') {
      failed = true;
      out.reject(1, layout);
      return;
    }
    const { header, startCol, endCol, durationCol, labelCols } = layout;
    out.notes.push(`each row is an interval from ${header[startCol]} to ${header[endCol]}; read as a start and a resolution event`);
    out.notes.push(options.zone === 'UTC' ? 'times without an offset read as UTC (choose a time zone if they are local times)' : `times without an offset read in ${options.zone}`);
    const { dialect } = probeCsv(text, whole);
    let headerSeen = false;
    tokenizer = new CsvTokenizer(dialect, (row: CsvRow) => {
      if (row.tooLong) return out.reject(row.line, `a line of more than ${MAX_ROW_CHARS / 2 ** 20} Mi characters: skipped to its end`);
      if (!headerSeen) {
        headerSeen = true;
        return;
      }
      if (row.count < header.length) return out.reject(row.line, `the row has ${row.count} fields, the header ${header.length}`);
      const t0 = ts.readString(row.field(startCol));
      const t1 = ts.readString(row.field(endCol));
      if (Number.isNaN(t0)) return out.reject(row.line, `${header[startCol]}: "${row.field(startCol).slice(0, 40)}" is no time`);
      if (Number.isNaN(t1)) return out.reject(row.line, `${header[endCol]}: "${row.field(endCol).slice(0, 40)}" is no time`);
      if (t1 < t0) return out.reject(row.line, `${header[endCol]} is before ${header[startCol]}`);
      const what = labelCols.map((c) => `${header[c]} ${row.field(c).trim()}`).join(', ');
      const title = labelCols.map((c) => row.field(c).trim()).join(' ');
      const seconds = durationCol >= 0 ? num.readString(row.field(durationCol)) : NaN;
      // Exports often count both ends of the interval (19 s for 08:15:24 → 08:15:42); allow that second.
      if (!Number.isNaN(seconds) && Math.abs(seconds - (t1 - t0) / 1000) > 1) mismatched++;
      const incidentId = `${options.fileName}#${row.line}`;
      const raw = row.fields().join(dialect.delimiter);
      const event = (t: number, kind: EventKind, verb: string) => ({ id: `${incidentId}-${kind}`, t, source: 'interval-csv', kind, message: `${verb}: ${what}`, incidentId, incidentTitle: title, raw });
      out.events.push(event(t0, 'start', 'started'), event(t1, 'resolution', 'ended'));
      intervals++;
    });
    tokenizer.push(dialect.bom ? text.slice(1) : text);
  };

  return {
    push(chunk) {
      if (failed) return;
      if (tokenizer) return tokenizer.push(chunk);
      head.push(chunk);
      headLength += chunk.length;
      if (headLength >= SNIFF_BYTES && headReady(head.join(''))) start(false);
    },
    end() {
      if (!tokenizer && !failed) start(true);
      (tokenizer as CsvTokenizer | null)?.end();
      if (intervals > 0) out.notes.push(`${intervals} intervals`);
      if (mismatched > 0) out.notes.push(`${mismatched} rows give a duration that differs from end − start by more than a second`);
      return out.build();
    },
  };
}
