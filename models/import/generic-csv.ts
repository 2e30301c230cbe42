import Papa from 'papaparse';
import type { ImportFormat, ImportOptions } from './format';
import { ResultBuilder } from './result-builder';
import { parseTimestamp } from './timestamp';
import { unitFromName } from './units';

const TIME_HEADER = /^(@?timestamp|time|date|datetime|date_?time|ts|time_?stamp|period|hour|minute|zeit|fecha)$/i;
const PROBE_ROWS = 50;

/** Generic metric CSV: `timestamp,value`, wide `timestamp,a,b,c` or long `timestamp,series,value`, the timestamp in any column. */
export const genericCsv: ImportFormat = {
  name: 'csv',
  label: 'Metric CSV (timestamp and values; wide or long)',
  kind: 'metrics',
  sniff(head) {
    const text = head.replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(text, { preview: PROBE_ROWS + 1, skipEmptyLines: true }).data;
    if (rows.length < 2) return { ok: false, reason: 'fewer than two lines of delimited text' };
    if (rows[0]!.length < 2) return { ok: false, reason: 'only one column: no timestamp beside values' };
    const layout = detectLayout(rows);
    if (typeof layout === 'string') return { ok: false, reason: layout };
    return { ok: true, confidence: 0.3 };
  },
  open(options) {
    const chunks: string[] = [];
    return {
      push: (chunk) => void chunks.push(chunk),
      end: () => parseAll(chunks.join(''), options),
    };
  },
};

interface Layout {
  hasHeader: boolean;
  timeCol: number;
  valueCols: number[];
  seriesCol: number | null;
  ignored: number[];
}

function isNumber(s: string): boolean {
  const x = s.trim();
  return x !== '' && Number.isFinite(+x);
}

function isMissing(s: string): boolean {
  const x = s.trim().toLowerCase();
  return x === '' || x === 'nan' || x === 'null' || x === 'none' || x === 'n/a' || x === '-';
}

function detectLayout(rows: string[][]): Layout | string {
  const first = rows[0]!;
  const hasHeader = !first.some((c) => !Number.isNaN(parseTimestamp(c)));
  const data = rows.slice(hasHeader ? 1 : 0, PROBE_ROWS + 1).filter((r) => r.length >= first.length);
  if (data.length === 0) return 'no data rows under the header';
  const width = first.length;
  const share = (col: number, test: (s: string) => boolean) => {
    const cells = data.map((r) => r[col] ?? '').filter((c) => !isMissing(c));
    return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
  };
  let timeCol = -1;
  if (hasHeader) timeCol = first.findIndex((h) => TIME_HEADER.test(h.trim()));
  if (timeCol < 0 || share(timeCol, (c) => !Number.isNaN(parseTimestamp(c))) < 0.8) {
    timeCol = -1;
    for (let c = 0; c < width; c++) {
      if (share(c, (s) => !Number.isNaN(parseTimestamp(s))) >= 0.8) {
        timeCol = c;
        break;
      }
    }
  }
  if (timeCol < 0) return 'no column holds timestamps (ISO 8601, epoch seconds or milliseconds)';
  const valueCols: number[] = [];
  const textCols: number[] = [];
  for (let c = 0; c < width; c++) {
    if (c === timeCol) continue;
    if (share(c, isNumber) >= 0.8) valueCols.push(c);
    else textCols.push(c);
  }
  if (valueCols.length === 0) return 'no column beside the timestamp holds numbers';
  const seriesCol = textCols.length === 1 && hasHeader ? textCols[0]! : null;
  const ignored = textCols.filter((c) => c !== seriesCol);
  return { hasHeader, timeCol, valueCols, seriesCol, ignored };
}

function parseAll(text: string, options: ImportOptions) {
  const out = new ResultBuilder('csv', 'metrics', options.fileName);
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data;
  const nonEmpty = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  const layout = detectLayout(nonEmpty.slice(0, PROBE_ROWS + 1));
  if (typeof layout === 'string') {
    out.reject(1, layout);
    return out.build();
  }
  const header = layout.hasHeader ? nonEmpty[0]! : null;
  const colName = (c: number) => header?.[c]?.trim() || (layout.valueCols.length === 1 ? 'value' : `column ${c + 1}`);
  if (layout.ignored.length > 0) out.notes.push(`ignored text columns: ${layout.ignored.map(colName).join(', ')}`);
  if (options.zone !== 'UTC') out.notes.push(`times without an offset read in ${options.zone}`);
  else out.notes.push('times without an offset read as UTC');
  let started = !layout.hasHeader;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const line = i + 1;
    if (row.length === 1 && row[0] === '') continue;
    if (!started) {
      started = true;
      continue;
    }
    const rawT = row[layout.timeCol];
    const t = rawT === undefined ? NaN : parseTimestamp(rawT, options.zone);
    if (Number.isNaN(t)) {
      out.reject(line, rawT === undefined ? 'the row has no timestamp column' : `timestamp "${rawT.slice(0, 40)}" cannot be read`);
      continue;
    }
    let bad: string | null = null;
    for (const c of layout.valueCols) {
      const cell = row[c] ?? '';
      const value = isMissing(cell) ? NaN : +cell.trim();
      if (Number.isNaN(value) && !isMissing(cell)) {
        bad ??= `${colName(c)}: "${cell.slice(0, 40)}" is not a number`;
        continue;
      }
      const name = layout.seriesCol !== null ? seriesName(row[layout.seriesCol] ?? '', colName(c), layout) : colName(c);
      out.series(name, name, {}, unitFromName(layout.seriesCol !== null ? name : colName(c))).push(t, value);
    }
    if (bad) out.reject(line, bad);
  }
  return out.build();
}

function seriesName(key: string, column: string, layout: Layout): string {
  const k = key.trim() || '(unnamed)';
  return layout.valueCols.length > 1 ? `${k} ${column}` : k;
}
