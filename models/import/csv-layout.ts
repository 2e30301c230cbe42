import { decimalMarkOf, isMissingCell, NumberReader, type DecimalMark } from './number-cell';
import { TimestampReader } from './timestamp-reader';
import type { CsvOverrides } from './format';
import { unitFromName } from './units';

/** A row seen while sniffing: its physical line and its cells. */
export interface ProbeRow {
  line: number;
  cells: string[];
}

export interface ValueColumn {
  index: number;
  name: string;
  unit: string;
  decimal: DecimalMark;
}

/**
 * Where a metric CSV keeps what. `wide`: one series per value column (`time,cpu,mem`; a single value
 * column is the `timestamp,value` case). `long`: key columns name the series row by row
 * (`time,series,value`, Grafana's `Series;Time;Value`).
 */
export interface CsvLayout {
  shape: 'wide' | 'long';
  header: string[] | null;
  /** Lines that are not data: Excel's `sep=` line, the header, a repeated header under it. */
  skipLines: number[];
  timeCol: number;
  valueCols: ValueColumn[];
  keyCols: number[];
  ignored: { index: number; name: string }[];
  /** The time column holds zone-less times, read in the zone the user chose. */
  zoneless: boolean;
  notes: string[];
}

const TIME_HEADER = /^(@?timestamp|time|date|datetime|date[ _]?time|ts|time[ _]?stamp|period|hour|minute|zeit|fecha|时间|時間|日時|日期)$/i;
const KEY_HEADER = /^(series|metric|metric[ _]?name|name|__name__|key|host|hostname|instance|label|tags?|server|node|pod|service|region|job)$/i;
const SHARE = 0.8;

function stripQuotes(s: string): string {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

/** Decide the layout from the first rows; a string says why the rows are no metric table. */
export function detectLayout(rows: readonly ProbeRow[], delimiter: string, zone: string, sepLine: number | null, overrides?: CsvOverrides): CsvLayout | string {
  const skipLines: number[] = sepLine === null ? [] : [sepLine];
  const rest = rows.filter((r) => r.line !== sepLine && !(r.cells.length === 1 && r.cells[0]!.trim() === ''));
  if (rest.length < 2) return 'fewer than two lines of delimited text';
  const first = rest[0]!;
  const width = first.cells.length;
  if (width < 2) return 'only one column: no timestamp beside values';
  const ts = new TimestampReader(zone);
  const isTime = (c: string) => !Number.isNaN(ts.readString(c));
  const num = new NumberReader('.');
  const isNum = (c: string) => {
    const v = num.readString(c);
    return !num.bad && !Number.isNaN(v);
  };
  const hasHeader = !first.cells.some((c) => isTime(c)) && !first.cells.every((c) => isNum(c) || isMissingCell(c));
  const header = hasHeader ? first.cells.map((c) => c.trim()) : null;
  const notes: string[] = [];
  let data = rest.slice(hasHeader ? 1 : 0);
  if (header) {
    skipLines.push(first.line);
    const second = data[0];
    // Grafana's Excel export repeats the header under itself, sometimes with another delimiter.
    const squash = (cells: readonly string[]) => cells.map(stripQuotes).join('').replace(/[\s,;\t|"]/g, '').toLowerCase();
    if (second && squash(second.cells) === squash(header)) {
      skipLines.push(second.line);
      notes.push(`skipped the header repeated on line ${second.line}`);
      data = data.slice(1);
    }
  }
  data = data.filter((r) => r.cells.length >= width);
  if (data.length === 0) return 'no data rows under the header';
  const columnCells = (col: number) => data.map((r) => r.cells[col] ?? '').filter((c) => !isMissingCell(c));
  const share = (col: number, test: (s: string) => boolean) => {
    const cells = columnCells(col);
    return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
  };
  const timeCandidates: { col: number; rank: number }[] = [];
  for (let c = 0; c < width; c++) {
    if (share(c, isTime) < SHARE) continue;
    const cells = columnCells(c);
    // A pure number column (counts, IDs) is a time column only when named so or when its values are epoch-sized.
    const numeric = cells.every(isNum);
    if (numeric && !(header && TIME_HEADER.test(header[c]!)) && !cells.every((x) => x.trim().length >= 9)) continue;
    const named = header && TIME_HEADER.test(header[c]!) ? 4 : 0;
    const timeOfDay = cells.some((x) => /[T ]\d{1,2}:\d{2}/.test(x.trim())) || numeric ? 2 : 0;
    timeCandidates.push({ col: c, rank: named + timeOfDay - c / 1000 });
  }
  if (timeCandidates.length === 0 && overrides?.timeCol === undefined) return 'no column holds timestamps (ISO 8601, epoch seconds or milliseconds, MM/DD/YYYY)';
  timeCandidates.sort((a, b) => b.rank - a.rank);
  const chosenTime = overrides?.timeCol;
  const timeCol = chosenTime !== undefined && chosenTime >= 0 && chosenTime < width ? chosenTime : timeCandidates[0]!.col;
  const zoneless = columnCells(timeCol).some((c) => /^\d{4}-\d{2}-\d{2}([T ][\d:.,]+)?$|^\d{1,2}\/\d{1,2}\/\d{4}/.test(c.trim()));
  const name = (c: number) => (header?.[c] ? stripQuotes(header[c]) : `column ${c + 1}`);
  const valueCols: ValueColumn[] = [];
  const textCols: number[] = [];
  for (let c = 0; c < width; c++) {
    if (c === timeCol) continue;
    const cells = columnCells(c);
    const decimal = decimalMarkOf(cells, delimiter);
    const reader = new NumberReader(decimal);
    let ok = 0;
    let unit = '';
    for (const cell of cells) {
      reader.unit = '';
      const v = reader.readString(cell);
      if (!reader.bad && !Number.isNaN(v)) ok++;
      if (reader.unit) unit = reader.unit;
    }
    // A column of nothing but gaps is still a series (Grafana writes `null` until a sensor reports).
    if (cells.length === 0 || ok / cells.length >= SHARE) {
      valueCols.push({ index: c, name: name(c), unit: unit || unitFromName(name(c)), decimal });
      if (decimal === ',') notes.push(`${name(c)}: read "," as the decimal mark`);
      if (unit) notes.push(`${name(c)}: values carry the unit "${unit}"`);
    } else textCols.push(c);
  }
  const distinct = (c: number) => new Set(data.map((r) => r.cells[c])).size;
  let keyCols = textCols.filter((c) => (header && KEY_HEADER.test(name(c))) || distinct(c) <= Math.max(1, data.length / 2));
  let ignoredCols = textCols.filter((c) => !keyCols.includes(c));
  const roles = overrides?.roles;
  if (roles) {
    // The user's word wins over detection, column by column.
    const valueOf = (c: number) => valueCols.find((v) => v.index === c) ?? { index: c, name: name(c), unit: unitFromName(name(c)), decimal: decimalMarkOf(columnCells(c), delimiter) };
    const all = Array.from({ length: width }, (_, c) => c).filter((c) => c !== timeCol);
    const roleOf = (c: number) => roles[c] ?? (valueCols.some((v) => v.index === c) ? 'value' : keyCols.includes(c) ? 'key' : 'ignore');
    const values = all.filter((c) => roleOf(c) === 'value').map(valueOf);
    valueCols.splice(0, valueCols.length, ...values);
    keyCols = all.filter((c) => roleOf(c) === 'key');
    ignoredCols = all.filter((c) => roleOf(c) === 'ignore');
  }
  if (valueCols.length === 0) return 'no column beside the timestamp holds numbers';
  const ignored = ignoredCols.map((c) => ({ index: c, name: name(c) }));
  if (ignored.length > 0) notes.push(`ignored text columns: ${ignored.map((c) => c.name).join(', ')}`);
  return { shape: keyCols.length > 0 ? 'long' : 'wide', header, skipLines, timeCol, valueCols, keyCols, ignored, zoneless, notes };
}
