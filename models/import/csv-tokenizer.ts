import type { CsvDialect } from './csv-dialect';

/**
 * One row of a CSV file, as offsets into `text` rather than strings: the typed readers parse numbers and
 * timestamps straight from the characters, so the common row allocates nothing.
 * Valid only inside the callback that receives it.
 */
export class CsvRow {
  text = '';
  count = 0;
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  /** 0 plain, 1 quoted, 2 quoted with doubled quotes inside (the slice needs unescaping). */
  quoted = new Uint8Array(16);
  /** 1-based physical line on which the row starts. */
  line = 0;
  /** Set when the file ended inside a quoted field. */
  unterminated = false;
  /** A line longer than MAX_ROW_CHARS, skipped whole: the row has no fields, only its line number. */
  tooLong = false;

  field(i: number): string {
    if (i >= this.count) return '';
    const s = this.text.slice(this.starts[i]!, this.ends[i]!);
    return this.quoted[i] === 2 ? s.replaceAll('""', '"') : s;
  }

  fields(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.field(i));
    return out;
  }

  add(start: number, end: number, quoted: number): void {
    if (this.count === this.starts.length) {
      const n = this.count * 2;
      const s = new Int32Array(n);
      const e = new Int32Array(n);
      const q = new Uint8Array(n);
      s.set(this.starts);
      e.set(this.ends);
      q.set(this.quoted);
      this.starts = s;
      this.ends = e;
      this.quoted = q;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.quoted[this.count] = quoted;
    this.count++;
  }
}

const LF = 10;
const CR = 13;

/**
 * The longest row held in memory. Beyond it the row is reported (`tooLong`) and skipped to the first line end
 * at or past this length, so an endless line (a corrupt or binary tail) costs constant memory, not 5× its size.
 */
export const MAX_ROW_CHARS = 4 * 2 ** 20;

/**
 * A streaming RFC 4180 tokenizer. Text arrives in chunks of any size; a row cut by a chunk boundary (even
 * inside a quoted field) is carried over, so the result never depends on where the chunks were cut.
 * Rows without a quote character take a fast path (indexOf on delimiter and newline); a row with a quote
 * goes through a character state machine. Blank lines are skipped but counted, so line numbers stay true.
 */
export class CsvTokenizer {
  private carry = '';
  private pending: string[] = [];
  private pendingLength = 0;
  private line = 1;
  private readonly row = new CsvRow();
  /** The last row went through the quote path and left flags in `row.quoted`. */
  private quotedDirty = false;
  /** Inside a line past MAX_ROW_CHARS: drop text up to the next line end. */
  private skipping = false;
  private readonly delim: string;
  private readonly delimCode: number;
  private readonly quote: string;
  private readonly quoteCode: number;
  private readonly newline: string;
  private readonly newlineCode: number;

  constructor(
    dialect: Pick<CsvDialect, 'delimiter' | 'quote' | 'newline'>,
    private readonly onRow: (row: CsvRow) => void,
  ) {
    this.delim = dialect.delimiter;
    this.delimCode = dialect.delimiter.charCodeAt(0);
    this.quote = dialect.quote;
    this.quoteCode = dialect.quote === '' ? -1 : dialect.quote.charCodeAt(0);
    this.newline = dialect.newline;
    this.newlineCode = dialect.newline === '\r' ? CR : LF;
  }

  push(chunk: string): void {
    if (chunk === '') return;
    if (this.skipping) {
      const nl = chunk.indexOf('\n');
      if (nl < 0) return;
      this.skipping = false;
      this.line++;
      chunk = chunk.slice(nl + 1);
      if (chunk === '') return;
    }
    if (this.carry.length > 0 && this.carry.length + this.pendingLength + chunk.length > MAX_ROW_CHARS) return this.overlong(chunk);
    // A row longer than what we hold is waiting for its end: gather chunks until the text at least doubles,
    // so a huge quoted field costs linear time rather than a rescan per chunk.
    if (this.carry.length > 0 && this.pendingLength + chunk.length < this.carry.length) {
      this.pending.push(chunk);
      this.pendingLength += chunk.length;
      return;
    }
    const text = this.pending.length > 0 ? this.carry + this.pending.join('') + chunk : this.carry + chunk;
    this.pending = [];
    this.pendingLength = 0;
    const used = this.scan(text, false);
    this.carry = used < text.length ? text.slice(used) : '';
  }

  /** The carried row passed the cap: scan now, so the row is reported and skipped instead of growing. */
  private overlong(chunk: string): void {
    const text = this.carry + this.pending.join('') + chunk;
    this.pending = [];
    this.pendingLength = 0;
    const used = this.scan(text, false);
    this.carry = used < text.length ? text.slice(used) : '';
  }

  end(): void {
    if (this.skipping) {
      this.skipping = false;
      this.carry = '';
      this.pending = [];
      this.pendingLength = 0;
      return;
    }
    const text = this.carry + this.pending.join('');
    this.carry = '';
    this.pending = [];
    this.pendingLength = 0;
    if (text.length > 0) this.scan(text, true);
  }

  /** Emit every complete row of `buf`; return how far it got (the start of an incomplete row). */
  private scan(buf: string, final: boolean): number {
    const n = buf.length;
    const row = this.row;
    row.text = buf;
    const delim = this.delim;
    const newline = this.newline;
    const hasQuote = this.quoteCode >= 0;
    // indexOf is vectorised in V8: three calls per short row beat a charCodeAt loop by a wide margin.
    let nextQuote = hasQuote ? buf.indexOf(this.quote) : -1;
    if (nextQuote < 0) nextQuote = n;
    let p = 0;
    while (p < n) {
      let nl = buf.indexOf(newline, p);
      const complete = nl >= 0;
      if (!complete) nl = n;
      if (nextQuote < p) {
        nextQuote = buf.indexOf(this.quote, p);
        if (nextQuote < 0) nextQuote = n;
      }
      if (nl - p > MAX_ROW_CHARS) {
        p = this.skipLong(buf, p, final);
        continue;
      }
      if (nextQuote < nl) {
        const next = this.scanQuoted(buf, p, final);
        if ((next < 0 && n - p > MAX_ROW_CHARS) || next - p > MAX_ROW_CHARS + 1) {
          p = this.skipLong(buf, p, final);
          continue;
        }
        if (next < 0) return p;
        p = next;
        continue;
      }
      if (!complete && !final) return p;
      let end = nl;
      if (this.newlineCode === LF && end > p && buf.charCodeAt(end - 1) === CR) end--;
      if (end > p) {
        let count = 0;
        let starts = row.starts;
        let ends = row.ends;
        let s = p;
        for (;;) {
          let k = buf.indexOf(delim, s);
          if (k < 0 || k > end) k = end;
          if (count === starts.length) {
            row.count = count;
            row.add(0, 0, 0);
            starts = row.starts;
            ends = row.ends;
          }
          starts[count] = s;
          ends[count] = k;
          count++;
          if (k === end) break;
          s = k + 1;
        }
        if (this.quotedDirty) {
          row.quoted.fill(0);
          this.quotedDirty = false;
        }
        row.count = count;
        row.line = this.line;
        row.unterminated = false;
        this.onRow(row);
      }
      this.line++;
      p = nl + 1;
    }
    return n;
  }

  /**
   * Report the row at `p` as too long and skip to the first line end at or past p + MAX_ROW_CHARS (wherever the
   * chunks were cut, the same place); without one in `buf`, drop the rest and keep skipping in later chunks.
   */
  private skipLong(buf: string, p: number, final: boolean): number {
    const row = this.row;
    row.count = 0;
    row.line = this.line;
    row.unterminated = false;
    row.tooLong = true;
    this.onRow(row);
    row.tooLong = false;
    const target = buf.indexOf('\n', p + MAX_ROW_CHARS);
    const stop = target < 0 ? buf.length : target;
    for (let i = buf.indexOf('\n', p); i >= 0 && i < stop; i = buf.indexOf('\n', i + 1)) this.line++;
    if (target < 0) {
      if (!final) this.skipping = true;
      return buf.length;
    }
    this.line++;
    return target + 1;
  }

  /** The character state machine for a row that holds a quote; -1 when the row runs past the text. */
  private scanQuoted(buf: string, p: number, final: boolean): number {
    const n = buf.length;
    const row = this.row;
    const d = this.delimCode;
    const q = this.quoteCode;
    const nlc = this.newlineCode;
    row.count = 0;
    row.line = this.line;
    row.unterminated = false;
    this.quotedDirty = true;
    let newlines = 0;
    let i = p;
    for (;;) {
      // at the start of a field
      if (i < n && buf.charCodeAt(i) === q) {
        const start = i + 1;
        let j = start;
        let doubled = false;
        let closed = -1;
        while (j < n) {
          const c = buf.charCodeAt(j);
          if (c === q) {
            if (j + 1 < n && buf.charCodeAt(j + 1) === q) {
              doubled = true;
              j += 2;
              continue;
            }
            if (j + 1 >= n && !final) break;
            closed = j;
            break;
          }
          if (c === nlc) newlines++;
          j++;
        }
        if (closed < 0) {
          if (!final) return -1;
          row.add(start, n, doubled ? 2 : 1);
          row.unterminated = true;
          this.onRow(row);
          this.line += 1 + newlines;
          return n;
        }
        // Text between the closing quote and the delimiter is kept, as papaparse does with malformed input.
        let k = closed + 1;
        let fieldEnd = closed;
        while (k < n) {
          const c = buf.charCodeAt(k);
          if (c === d || c === nlc) break;
          k++;
        }
        if (k > closed + 1) {
          let tail = k;
          if (nlc === LF && buf.charCodeAt(tail - 1) === CR) tail--;
          if (tail > closed + 1) fieldEnd = tail;
        }
        if (k >= n && !final) return -1;
        row.add(start, fieldEnd, fieldEnd !== closed ? 2 : doubled ? 2 : 1);
        if (k < n && buf.charCodeAt(k) === d) {
          i = k + 1;
          continue;
        }
        this.onRow(row);
        this.line += 1 + newlines;
        return k + 1;
      }
      // an unquoted field: up to the delimiter or the end of the line
      let k = i;
      while (k < n) {
        const c = buf.charCodeAt(k);
        if (c === d || c === nlc) break;
        k++;
      }
      if (k >= n && !final) return -1;
      if (k < n && buf.charCodeAt(k) === d) {
        row.add(i, k, 0);
        i = k + 1;
        continue;
      }
      let end = k;
      if (nlc === LF && end > i && buf.charCodeAt(end - 1) === CR) end--;
      row.add(i, end, 0);
      this.onRow(row);
      this.line += 1 + newlines;
      return k + 1;
    }
  }
}
