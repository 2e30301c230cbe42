/** What putting a series in order did to it, for the import report. */
export interface NormalizeReport {
  sorted: boolean;
  duplicatesMerged: number;
  /** The first timestamp that occurred more than once (NaN when none did), so a note can point at it. */
  firstDuplicate: number;
}

/**
 * Sort a series by time and merge points that share a timestamp into their mean, so every later model can
 * assume strictly ascending time. Missing values (NaN) are kept as gaps, not dropped.
 */
export function normalizeColumns(t: Float64Array, v: Float64Array): { t: Float64Array; v: Float64Array } & NormalizeReport {
  let sorted = false;
  for (let i = 1; i < t.length; i++) {
    if (t[i]! < t[i - 1]!) {
      sorted = true;
      break;
    }
  }
  if (sorted) {
    const order = new Uint32Array(t.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => t[a]! - t[b]! || a - b);
    const t2 = new Float64Array(t.length);
    const v2 = new Float64Array(v.length);
    for (let i = 0; i < order.length; i++) {
      t2[i] = t[order[i]!]!;
      v2[i] = v[order[i]!]!;
    }
    t = t2;
    v = v2;
  }
  let duplicates = 0;
  let firstDuplicate = NaN;
  for (let i = 1; i < t.length; i++) {
    if (t[i] !== t[i - 1]) continue;
    if (duplicates === 0) firstDuplicate = t[i]!;
    duplicates++;
  }
  if (duplicates === 0) return { t, v, sorted, duplicatesMerged: 0, firstDuplicate };
  const n = t.length - duplicates;
  const t3 = new Float64Array(n);
  const v3 = new Float64Array(n);
  let out = -1;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < t.length; i++) {
    if (i === 0 || t[i] !== t[i - 1]) {
      if (out >= 0) v3[out] = count > 0 ? sum / count : NaN;
      out++;
      t3[out] = t[i]!;
      sum = 0;
      count = 0;
    }
    if (!Number.isNaN(v[i]!)) {
      sum += v[i]!;
      count++;
    }
  }
  v3[out] = count > 0 ? sum / count : NaN;
  return { t: t3, v: v3, sorted, duplicatesMerged: duplicates, firstDuplicate };
}
