import type { UnknownFormat } from '../../shared/import-report';
import type { ImportFormat } from './format';
import { cloudwatchJson } from './cloudwatch';
import { datadogJson } from './datadog';
import { genericCsv } from './generic-csv';
import { grafanaCsv } from './grafana-csv';
import { intervalCsv } from './interval-csv';
import { prometheusJson } from './prometheus';
import { eventFormats } from './events/event-formats';

/** Every format Headroom reads, most specific first; detection ranks them by their sniff confidence. */
export const importFormats: readonly ImportFormat[] = [prometheusJson, datadogJson, cloudwatchJson, grafanaCsv, intervalCsv, genericCsv, ...eventFormats];

export function formatByName(name: string): ImportFormat | undefined {
  return importFormats.find((f) => f.name === name);
}

/** Pick the format by content: the most confident sniff wins; none → every format's reason. */
export function detectFormat(head: string): { ok: true; format: ImportFormat } | ({ ok: false } & UnknownFormat) {
  let best: { format: ImportFormat; confidence: number } | null = null;
  const tried: UnknownFormat['tried'] = [];
  for (const format of importFormats) {
    const verdict = format.sniff(head);
    if (!verdict.ok) tried.push({ format: format.name, reason: verdict.reason });
    else if (!best || verdict.confidence > best.confidence) best = { format, confidence: verdict.confidence };
  }
  return best ? { ok: true, format: best.format } : { ok: false, tried };
}
