import type { LoadTestPoint } from '../../shared/capacity';
import type { Reject } from '../../shared/import-report';

export type LoadTestAxis = 'concurrency' | 'nodes';

export type LoadTestParse =
  | {
      ok: true;
      axis: LoadTestAxis;
      loadColumn: string;
      throughputColumn: string;
      latencyColumn: string | null;
      points: LoadTestPoint[];
      rejected: Reject[];
    }
  | { ok: false; reason: string; line?: number };

const NODE_NAMES = /^(nodes?|instances?|servers?|replicas?|machines?|hosts?|pods?|cpus?|processors?)$/;
const LOAD_NAMES = /^(load|n|users?|vus?|virtual[ _]?users|concurrency|clients?|threads?|connections?)$/;
const THROUGHPUT_NAMES = /^(throughput|x|rps|tps|qps|req(uests)?[ _/]?(per[ _]?)?s(ec(ond)?)?|ops|rate)$/;
const LATENCY_NAMES = /^(latency|latency[ _]?ms|response[ _]?time([ _]?ms)?|p50([ _]?ms)?|mean[ _]?ms|r)$/;

function splitLine(line: string, sep: string): string[] {
  return line.split(sep).map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

/**
 * Read load-test results: a header row naming the load column (users, concurrency, threads — or nodes,
 * instances for a scale-out test) and a throughput column, optionally a latency column in ms.
 * Rows that are not numbers are rejected with their line numbers.
 */
export function parseLoadTestCsv(text: string): LoadTestParse {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (headerIndex < 0) return { ok: false, reason: 'the file is empty' };
  const headerLine = lines[headerIndex]!;
  const sep = [',', ';', '\t'].reduce(
    (best, s) => (headerLine.split(s).length > headerLine.split(best).length ? s : best),
    ',',
  );
  const header = splitLine(headerLine, sep).map((h) => h.toLowerCase());
  // A unit may trail the name: "throughput (rps)", "throughput_rps", "latency ms".
  const bare = (h: string) => h.replace(/\s*\(.*\)$/, '');
  const stem = (h: string) => bare(h).replace(/[ _](rps|tps|ms|per[ _]?s(ec)?|count)$/, '');
  const find = (re: RegExp) => header.findIndex((h) => re.test(bare(h)) || re.test(stem(h)));
  let loadIdx = find(NODE_NAMES);
  const axis: LoadTestAxis = loadIdx >= 0 ? 'nodes' : 'concurrency';
  if (loadIdx < 0) loadIdx = find(LOAD_NAMES);
  const tputIdx = find(THROUGHPUT_NAMES);
  const latIdx = find(LATENCY_NAMES);
  if (loadIdx < 0 || tputIdx < 0) {
    return {
      ok: false,
      line: headerIndex + 1,
      reason: `expected a header with a load column (load, users, concurrency, threads, or nodes, instances) and a throughput column (throughput, rps, tps); found: ${header.join(', ')}`,
    };
  }
  const points: LoadTestPoint[] = [];
  const rejected: Reject[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const cells = splitLine(raw, sep);
    const n = Number(cells[loadIdx]);
    const x = Number(cells[tputIdx]);
    if (cells[loadIdx] === '' || !Number.isFinite(n) || n <= 0) {
      rejected.push({ line: i + 1, reason: `load "${cells[loadIdx] ?? ''}" is not a positive number` });
      continue;
    }
    if (cells[tputIdx] === '' || !Number.isFinite(x) || x < 0) {
      rejected.push({ line: i + 1, reason: `throughput "${cells[tputIdx] ?? ''}" is not a non-negative number` });
      continue;
    }
    const point: LoadTestPoint = { n, throughput: x };
    if (latIdx >= 0) {
      const l = Number(cells[latIdx]);
      if (cells[latIdx] !== '' && Number.isFinite(l) && l >= 0) point.latencyMs = l;
    }
    points.push(point);
  }
  return {
    ok: true,
    axis,
    loadColumn: header[loadIdx]!,
    throughputColumn: header[tputIdx]!,
    latencyColumn: latIdx >= 0 ? header[latIdx]! : null,
    points,
    rejected,
  };
}
