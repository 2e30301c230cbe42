/** How a delimited text file is written, decided once from its first chunk. */
export interface CsvDialect {
  delimiter: string;
  /** '"', or '' to read quote characters as ordinary text. */
  quote: string;
  /** '\n' also covers CRLF (the CR is trimmed); '\r' for old Mac files. */
  newline: '\n' | '\r';
  /** The file began with a UTF-8 byte-order mark (already removed from the text handed to the tokenizer). */
  bom: boolean;
  /** Excel's `sep=;` first line named the delimiter; that line is not data. */
  sepLine: boolean;
  crlf: boolean;
}

const CANDIDATES = [',', ';', '\t', '|'] as const;
const PROBE_LINES = 30;

/** Split a line on `delim` outside double quotes: enough to count fields while sniffing. */
function countFields(line: string, delim: string): number {
  let n = 1;
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === delim && !inQuotes) n++;
  }
  return n;
}

/** Logical lines of the head, joining lines broken inside quotes; the last (possibly cut) line is dropped. */
function headLines(text: string, newline: string, max: number): string[] {
  const raw = text.split(newline);
  raw.pop();
  const lines: string[] = [];
  let acc: string | null = null;
  for (const r of raw) {
    const piece = newline === '\n' && r.endsWith('\r') ? r.slice(0, -1) : r;
    acc = acc === null ? piece : `${acc}\n${piece}`;
    if ((acc.split('"').length - 1) % 2 === 0) {
      if (acc.trim() !== '') lines.push(acc);
      acc = null;
      if (lines.length >= max) break;
    }
  }
  if (lines.length === 0 && text.trim() !== '' && acc === null) {
    const only = text.split(newline)[0]!;
    lines.push(newline === '\n' ? only.replace(/\r$/, '') : only);
  }
  return lines;
}

/**
 * Sniff the dialect from the head of a file (BOM already present or not). The delimiter is the candidate
 * that splits the probe lines into the same number (≥ 2) of fields most consistently, as Python's
 * csv.Sniffer does; `sep=X` on the first line, Excel's convention, overrides the guess.
 */
export function sniffDialect(head: string): CsvDialect {
  const bom = head.charCodeAt(0) === 0xfeff;
  const text = bom ? head.slice(1) : head;
  const firstLf = text.indexOf('\n');
  const firstCr = text.indexOf('\r');
  const newline: '\n' | '\r' = firstCr >= 0 && (firstLf < 0 || firstCr < firstLf - 1) ? '\r' : '\n';
  const crlf = newline === '\n' && firstLf > 0 && text.charCodeAt(firstLf - 1) === 13;
  const sep = /^"?sep=(.)"?\r?$/i.exec(text.slice(0, text.search(/\r?\n|\r|$/)));
  // Quotes are always honoured: a quoted cell may first appear long after the head.
  const quote = '"';
  if (sep) return { delimiter: sep[1]!, quote: '"', newline, bom, sepLine: true, crlf };
  const lines = headLines(text, newline, PROBE_LINES);
  let best: { delim: string; score: number } = { delim: ',', score: -1 };
  for (const delim of CANDIDATES) {
    const counts = lines.map((l) => countFields(l, delim));
    if (counts.length === 0) continue;
    const modal = mode(counts);
    if (modal < 2) continue;
    const agree = counts.filter((c) => c === modal).length / counts.length;
    // Consistency first, then more columns: a decimal comma inside `;` files splits unevenly.
    const score = agree * 100 + Math.min(modal, 50) / 100;
    if (score > best.score) best = { delim, score };
  }
  return { delimiter: best.delim, quote, newline, bom, sepLine: false, crlf };
}

function mode(xs: number[]): number {
  const counts = new Map<number, number>();
  let best = xs[0]!;
  for (const x of xs) {
    const c = (counts.get(x) ?? 0) + 1;
    counts.set(x, c);
    if (c > counts.get(best)! || (c === counts.get(best)! && x > best)) best = x;
  }
  return best;
}
