import type { ImportFormat } from '../format';
import { ResultBuilder } from '../result-builder';
import { findColumn, readCsvTable, sniffHeader } from './csv-table';
import { readAlert } from './opsgenie';

/** Opsgenie's alert list export as CSV: the Alert fields of opsgenie-oas as columns (TinyId, Alias, Message, CreatedAt, …). */
export const opsgenieCsv: ImportFormat = {
  name: 'opsgenie-csv',
  label: 'Opsgenie alerts CSV export',
  kind: 'events',
  sniff(head) {
    const header = sniffHeader(head);
    if (!header) return { ok: false, reason: 'no delimited header line' };
    if (findColumn(header, /^(tinyid|tiny_id)$/) < 0 && findColumn(header, /^alias$/) < 0)
      return { ok: false, reason: 'no TinyId or Alias column' };
    if (findColumn(header, /^(createdat|created_at)$/) < 0) return { ok: false, reason: 'no CreatedAt column' };
    return { ok: true, confidence: 0.85 };
  },
  open(options) {
    const chunks: string[] = [];
    return {
      push: (chunk) => void chunks.push(chunk),
      end() {
        const out = new ResultBuilder('opsgenie-csv', 'events', options.fileName);
        const { header, rows } = readCsvTable(chunks.join(''));
        const keys = header.map((h) => h.replace(/[\s_]+/g, '').toLowerCase());
        const field = (cells: string[], name: string) => {
          const i = keys.indexOf(name.toLowerCase());
          const v = i >= 0 ? (cells[i] ?? '').trim() : '';
          return v === '' ? undefined : v;
        };
        const num = (v: string | undefined) => (v !== undefined && Number.isFinite(+v) ? +v : undefined);
        for (const { line, cells } of rows) {
          const report: Record<string, unknown> = {
            ackTime: num(field(cells, 'ackTime') ?? field(cells, 'reportackTime')),
            closeTime: num(field(cells, 'closeTime') ?? field(cells, 'reportcloseTime')),
            acknowledgedBy: field(cells, 'acknowledgedBy'),
            closedBy: field(cells, 'closedBy'),
          };
          const alert = {
            id: field(cells, 'id'),
            tinyId: field(cells, 'tinyId'),
            message: field(cells, 'message'),
            // Year-first slashes (2023/05/22 11:00:00) are how Opsgenie's UI writes dates.
            createdAt: field(cells, 'createdAt')?.replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3'),
            priority: field(cells, 'priority'),
            entity: field(cells, 'entity'),
            source: field(cells, 'source'),
            report,
          };
          readAlert(alert, line, options, out);
        }
        return out.build();
      },
    };
  },
};
