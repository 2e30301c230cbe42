/**
 * Labels packed into a series name, as Grafana and Prometheus print them:
 * `net.out_packets_sec.value(device=eth0,hostname=mini-mon,)` or `http_requests_total{code="200",job="api"}`.
 * The metric itself becomes `__name__`, as in Prometheus; a name without labels gives none.
 */
export function labelsFromSeriesName(name: string): Record<string, string> {
  const m = /^([^({]*)[({](.*)[)}]$/.exec(name.trim());
  if (!m) return {};
  const labels: Record<string, string> = {};
  if (m[1]!.trim()) labels['__name__'] = m[1]!.trim();
  const pair = /\s*([^=,\s]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^,]*)\s*(?:,|$)/y;
  const body = m[2]!;
  let at = 0;
  while (at < body.length) {
    pair.lastIndex = at;
    const p = pair.exec(body);
    if (!p) return m[1]!.trim() ? { __name__: m[1]!.trim() } : {};
    const raw = p[2]!;
    labels[p[1]!] = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw.trim();
    at = pair.lastIndex;
    if (p[0] === '') break;
  }
  return labels;
}
