import type { IncidentEvent } from '../../shared/events';
import type { ImportKind, ImportResult, Reject } from '../../shared/import-report';
import type { Series } from '../../shared/series';
import { ColumnBuilder } from '../series/column-builder';
import { normalizeColumns } from '../series/normalize';

const MAX_REJECT_SAMPLES = 100;

/** Collects points per series key, rejects and notes while a parser runs, then builds a sorted, merged result. */
export class ResultBuilder {
  private readonly columns = new Map<string, { name: string; labels: Record<string, string>; unit: string; b: ColumnBuilder }>();
  private readonly rejects: Reject[] = [];
  private rejectedCount = 0;
  readonly events: IncidentEvent[] = [];
  readonly notes: string[] = [];

  constructor(
    private readonly format: string,
    private readonly kind: ImportKind,
    private readonly idPrefix: string,
  ) {}

  series(key: string, name: string, labels: Record<string, string> = {}, unit = ''): ColumnBuilder {
    let entry = this.columns.get(key);
    if (!entry) {
      entry = { name, labels, unit, b: new ColumnBuilder() };
      this.columns.set(key, entry);
    }
    return entry.b;
  }

  /** Take a column already filled elsewhere (a fast JSON path) as the series `key`. */
  adopt(key: string, name: string, labels: Record<string, string>, unit: string, column: ColumnBuilder): void {
    this.columns.set(key, { name, labels, unit, b: column });
  }

  reject(line: number, reason: string): void {
    this.rejectedCount++;
    if (this.rejects.length < MAX_REJECT_SAMPLES) this.rejects.push({ line, reason });
  }

  build(): ImportResult {
    const series: Series[] = [];
    let sortedAny = 0;
    let merged = 0;
    const mergedWhere: string[] = [];
    let i = 0;
    for (const { name, labels, unit, b } of this.columns.values()) {
      const raw = b.take();
      const n = normalizeColumns(raw.t, raw.v);
      if (n.sorted) sortedAny++;
      merged += n.duplicatesMerged;
      if (n.duplicatesMerged > 0 && mergedWhere.length < 3) mergedWhere.push(`${name} at ${new Date(n.firstDuplicate).toISOString().replace('.000Z', 'Z')}`);
      series.push({ id: `${this.idPrefix}-${i++}`, name, labels, unit, t: n.t, v: n.v });
    }
    const notes = [...this.notes];
    if (sortedAny > 0) notes.push(`sorted ${sortedAny} series whose rows were out of time order`);
    if (merged > 0) notes.push(`merged ${merged} duplicate timestamps (their values averaged; first: ${mergedWhere.join(', ')})`);
    if (this.rejectedCount > 0) notes.push(`rejected ${this.rejectedCount} rows`);
    if (this.kind === 'events') this.events.sort((a, b) => a.t - b.t);
    return {
      format: this.format,
      kind: this.kind,
      series,
      events: this.events,
      rejectedCount: this.rejectedCount,
      rejected: this.rejects,
      notes,
    };
  }
}
