import type { ImportFormat, Sniff } from './format';
import { openMetricCsv, sniffMetricCsv } from './generic-csv';

/**
 * Grafana's panel "Export CSV", recognised by what only Grafana writes: the series-as-rows header
 * `Series;Time;Value`, or the Excel flavour (BOM, `sep=;` line, `Time` header repeated on a second line).
 * It is read by the streaming metric-CSV parser; the series names keep Grafana's `name(label=value,…)` labels.
 */
export const grafanaCsv: ImportFormat = {
  name: 'grafana-csv',
  label: 'Grafana panel CSV export',
  kind: 'metrics',
  sniff(head): Sniff {
    const s = sniffMetricCsv(head);
    if (!s.ok) return { ok: false, reason: s.reason };
    const header = (s.layout.header ?? []).map((h) => h.toLowerCase());
    const seriesAsRows = header.length === 3 && header[0] === 'series' && header[1] === 'time' && header[2] === 'value';
    const excel = s.dialect.sepLine && header[s.layout.timeCol] === 'time';
    if (!seriesAsRows && !excel) return { ok: false, reason: 'neither the "Series;Time;Value" header nor a sep= line above a "Time" header' };
    return { ok: true, confidence: 0.5 };
  },
  open: (options) => openMetricCsv('grafana-csv', options),
};
