import type { ColumnBuilder } from '../series/column-builder';
import { sniffDialect, type CsvDialect } from './csv-dialect';
import { detectLayout, type CsvLayout, type ProbeRow } from './csv-layout';
import { CsvTokenizer, MAX_ROW_CHARS, type CsvRow } from './csv-tokenizer';
import { headReady, SNIFF_BYTES, sniffHead, type FormatParser, type ImportFormat, type ImportOptions, type Sniff } from './format';
import { NumberReader } from './number-cell';
import { ResultBuilder } from './result-builder';
import { labelsFromSeriesName } from './series-name';
import { TimestampReader } from './timestamp-reader';
import { unitFromName } from './units';

const PROBE_ROWS = 60;

/** The dialect and the first rows of a head of text: what sniffing and layout detection look at. */
export function probeCsv(head: string, whole: boolean): { dialect: CsvDialect; rows: ProbeRow[] } {
  const dialect = sniffDialect(head);
  const rows: ProbeRow[] = [];
  const tokenizer = new CsvTokenizer(dialect, (row) => {
    if (rows.length < PROBE_ROWS) rows.push({ line: row.line, cells: row.fields() });
  });
  const text = dialect.bom ? head.slice(1) : head;
  // Probing needs only the first rows: 64 KiB, or the first three lines when they are longer than that.
  tokenizer.push(whole ? text : sniffHead(text));
  if (whole) tokenizer.end();
  return { dialect, rows };
}

export function sniffMetricCsv(head: string): { ok: true; dialect: CsvDialect; layout: CsvLayout } | { ok: false; reason: string } {
  if (head.indexOf('\0') >= 0) return { ok: false, reason: 'holds NUL characters: binary data, not text' };
  const { dialect, rows } = probeCsv(head, head.length < SNIFF_BYTES);
  const layout = detectLayout(rows, dialect.delimiter, 'UTC', dialect.sepLine ? 1 : null);
  return typeof layout === 'string' ? { ok: false, reason: layout } : { ok: true, dialect, layout };
}

/** Generic metric CSV: `timestamp,value`, wide `timestamp,a,b,c` or long `timestamp,series,value`, the timestamp in any column. */
export const genericCsv: ImportFormat = {
  name: 'csv',
  label: 'Metric CSV (timestamp and values; wide or long)',
  kind: 'metrics',
  sniff(head): Sniff {
    const s = sniffMetricCsv(head);
    return s.ok ? { ok: true, confidence: 0.3 } : { ok: false, reason: s.reason };
  },
  open: (options) => openMetricCsv('csv', options),
};

interface Slot {
  key: string;
  builders: ColumnBuilder[];
  /** The series whose row followed this one's last time: long files repeat their order row after row. */
  next: Slot | null;
}

/**
 * The streaming metric-CSV parser: buffers the first 64 KiB to sniff the dialect and layout once, then
 * tokenizes every chunk as it arrives and writes each row straight into the typed columns of its series.
 */
export function openMetricCsv(formatName: string, options: ImportOptions): FormatParser {
  const out = new ResultBuilder(formatName, 'metrics', options.fileName);
  let head: string[] = [];
  let headLength = 0;
  let tokenizer: CsvTokenizer | null = null;
  let finish = () => {};
  let failed = false;

  const start = (whole: boolean) => {
    const text = head.join('');
    head = [];
    const { dialect, rows } = probeCsv(text, whole);
    const layout = detectLayout(rows, dialect.delimiter, options.zone, dialect.sepLine ? 1 : null, options.csv);
    if (typeof layout === 'string') {
      failed = true;
      out.reject(1, layout);
      return;
    }
    describe(out, dialect, layout, options.zone);
    const handler = rowHandler(out, layout, options.zone);
    finish = handler.finish;
    tokenizer = new CsvTokenizer(dialect, handler.handle);
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
      if (!tokenizer && !failed) {
        if (headLength === 0 || head.join('').trim() === '') {
          out.reject(1, 'the file is empty');
          return out.build();
        }
        start(true);
      }
      (tokenizer as CsvTokenizer | null)?.end();
      finish();
      return out.build();
    },
  };
}

function describe(out: ResultBuilder, dialect: CsvDialect, layout: CsvLayout, zone: string): void {
  const delim = dialect.delimiter === '\t' ? 'tab' : `"${dialect.delimiter}"`;
  const parts = [`delimiter ${delim}`];
  if (dialect.sepLine) parts.push('named by a sep= line');
  if (dialect.bom) parts.push('UTF-8 byte-order mark');
  if (dialect.crlf) parts.push('CRLF line ends');
  out.notes.push(parts.join(', '));
  const shape = layout.shape === 'long' ? `long (series named by ${layout.keyCols.map((c) => layout.header?.[c] ?? `column ${c + 1}`).join(', ')})` : layout.valueCols.length === 1 ? 'single series' : `wide (${layout.valueCols.length} value columns)`;
  out.notes.push(`layout: ${shape}; time in ${layout.header?.[layout.timeCol] ?? `column ${layout.timeCol + 1}`}`);
  out.notes.push(...layout.notes);
  if (layout.zoneless) out.notes.push(zone === 'UTC' ? 'times without an offset read as UTC (choose a time zone if they are local times)' : `times without an offset read in ${zone}`);
}

function rowHandler(out: ResultBuilder, layout: CsvLayout, zone: string): { handle: (row: CsvRow) => void; finish: () => void } {
  const ts = new TimestampReader(zone);
  const readers = layout.valueCols.map((c) => new NumberReader(c.decimal));
  const cols = layout.valueCols.map((c) => c.index);
  const nv = cols.length;
  const values = new Float64Array(nv);
  const skip = new Set(layout.skipLines);
  const maxSkip = Math.max(0, ...layout.skipLines);
  const timeCol = layout.timeCol;
  const timeName = layout.header?.[timeCol]?.toLowerCase() ?? null;
  const slots = new Map<string, Slot>();
  const wide: Slot | null = layout.shape === 'wide' ? { key: '', builders: layout.valueCols.map((c) => out.series(c.name, c.name, {}, c.unit)), next: null } : null;
  const keyCols = layout.keyCols;
  let lastT = -Infinity;
  let backwards = 0;
  let repeatedHeaders = 0;

  let last: Slot | null = null;
  const single = keyCols.length === 1 ? keyCols[0]! : -1;
  const isKey = (slot: Slot | null, row: CsvRow): boolean => {
    if (slot === null || row.quoted[single] === 2) return false;
    const s = row.starts[single]!;
    return row.ends[single]! - s === slot.key.length && row.text.startsWith(slot.key, s);
  };
  // Guess the series from the order seen so far and check the guess in place, so the common row allocates no key.
  const slotFor = (row: CsvRow): Slot => {
    if (single >= 0) {
      if (last && isKey(last, row)) return last;
      const guess: Slot | null = last?.next ?? null;
      if (guess && isKey(guess, row)) return (last = guess);
    }
    const key = single >= 0 ? row.field(single) : keyCols.map((c) => row.field(c)).join(' ');
    let slot = slots.get(key);
    if (!slot) {
      slot = { key, builders: layout.valueCols.map((c) => seriesFor(out, layout, row, key, c.name, c.unit)), next: null };
      slots.set(key, slot);
    }
    if (last) last.next = slot;
    last = slot;
    return slot;
  };

  const handle = (row: CsvRow) => {
    if (row.line <= maxSkip && skip.has(row.line)) return;
    if (row.tooLong) return out.reject(row.line, `a line of more than ${MAX_ROW_CHARS / 2 ** 20} Mi characters: skipped to its end`);
    if (row.unterminated) return out.reject(row.line, 'a quoted field is never closed');
    if (row.count <= timeCol) {
      if (row.count === 1 && row.field(0).trim() === '') return;
      return out.reject(row.line, `the row has ${row.count} field${row.count === 1 ? '' : 's'}; the timestamp is in column ${timeCol + 1}`);
    }
    const t = row.quoted[timeCol] === 2 ? ts.readString(row.field(timeCol)) : ts.read(row.text, row.starts[timeCol]!, row.ends[timeCol]!);
    if (Number.isNaN(t)) {
      const raw = row.field(timeCol);
      if (timeName !== null && raw.trim().toLowerCase() === timeName) {
        repeatedHeaders++;
        return;
      }
      return out.reject(row.line, `timestamp "${raw.slice(0, 40)}" cannot be read`);
    }
    for (let j = 0; j < nv; j++) {
      const c = cols[j]!;
      if (c >= row.count) {
        values[j] = NaN;
        continue;
      }
      const r = readers[j]!;
      values[j] = row.quoted[c] === 2 ? r.readString(row.field(c)) : r.read(row.text, row.starts[c]!, row.ends[c]!);
      if (r.bad) return out.reject(row.line, `${layout.valueCols[j]!.name}: "${row.field(c).slice(0, 40)}" is not a number`);
    }
    const slot = wide ?? slotFor(row);
    for (let j = 0; j < nv; j++) slot.builders[j]!.push(t, values[j]!);
    if (wide) {
      if (t < lastT) {
        if (backwards === 0) out.notes.push(`time goes backwards on line ${row.line} (${iso(lastT)} → ${iso(t)}); rows were put in time order`);
        backwards++;
      }
      lastT = t;
    }
  };

  const finish = () => {
    if (repeatedHeaders > 0) out.notes.push(`skipped ${repeatedHeaders} repeated header line${repeatedHeaders === 1 ? '' : 's'} inside the data`);
  };
  return { handle, finish };
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function seriesFor(out: ResultBuilder, layout: CsvLayout, row: CsvRow, key: string, valueName: string, valueUnit: string): ColumnBuilder {
  const name = layout.valueCols.length > 1 ? `${key || '(unnamed)'} ${valueName}` : key || '(unnamed)';
  let labels: Record<string, string> = {};
  const only = layout.keyCols.length === 1 ? (layout.header?.[layout.keyCols[0]!] ?? '') : null;
  if (only !== null && (only === '' || /^(series|metric|metric[ _]?name|name|__name__|key|label)$/i.test(only))) labels = labelsFromSeriesName(key);
  else for (const c of layout.keyCols) labels[layout.header?.[c] ?? `column ${c + 1}`] = row.field(c);
  const unit = valueUnit || unitFromName(labels['__name__'] ?? key);
  return out.series(`${key}\u0000${valueName}`, name, labels, unit);
}
