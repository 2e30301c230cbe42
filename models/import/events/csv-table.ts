import Papa from 'papaparse';

/** A delimited table with a header, as event exports come: small enough to parse whole, quoting handled by papaparse. */
export interface CsvTable {
  header: string[];
  /** Data rows with the 1-based line each started on. */
  rows: { line: number; cells: string[] }[];
}

export function readCsvTable(text: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const rows: CsvTable['rows'] = [];
  let header: string[] | null = null;
  let line = 1;
  for (const cells of parsed.data) {
    const here = line;
    // A quoted cell may span lines; count them so rejects point at the line a person sees in an editor.
    for (const c of cells) for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) line++;
    line++;
    if (cells.length === 1 && cells[0]!.trim() === '') continue;
    if (!header) header = cells.map((h) => h.trim());
    else rows.push({ line: here, cells });
  }
  return { header: header ?? [], rows };
}

/** The header's column whose normalised name matches; -1 when none does. */
export function findColumn(header: string[], re: RegExp): number {
  return header.findIndex((h) =>
    re.test(
      h
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
    ),
  );
}

/** Header of the first lines of `head`, for sniffing without parsing the whole file. */
export function sniffHeader(head: string): string[] | null {
  const firstLines = head
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 3)
    .join('\n');
  const parsed = Papa.parse<string[]>(firstLines, { preview: 2 });
  const header = parsed.data[0];
  if (!header || header.length < 2) return null;
  return header.map((h) => h.trim());
}
