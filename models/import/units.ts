/** A unit read from a column header or metric name: `latency_ms`, `cpu (%)`, `http_requests_total`. */
export function unitFromName(name: string): string {
  const n = name.toLowerCase();
  const bracket = /[([]\s*([^)\]]+?)\s*[)\]]\s*$/.exec(n);
  if (bracket) return bracket[1]!;
  if (/(%|percent|_pct|utilization|utilisation)$/.test(n)) return '%';
  if (/(_ms|_millis|milliseconds|latency ?ms)$/.test(n)) return 'ms';
  if (/(_seconds|_secs?|_s)$/.test(n)) return 's';
  if (/_bytes$/.test(n)) return 'bytes';
  if (/(_total|_count)$/.test(n)) return 'count';
  if (/(rps|req\/s|requests_per_second)$/.test(n)) return 'req/s';
  return '';
}
