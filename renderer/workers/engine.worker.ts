import * as Comlink from 'comlink';
import type { ImportOptions } from '../../models/import/format';
import type { ImportOutcome } from '../../models/import/import-session';
import { importByteStream } from '../../models/import/stream-import';
import { decodeWorkspace, encodeWorkspace, type DecodeOutcome } from '../../models/workspace/codec';
import { buildDemoWorkspace } from '../../models/demo/demo-study';
import type { Workspace } from '../../shared/workspace';
import { reportForWorkspace } from '../../models/report/build-report';
import type { ReportModel, ReportOptions } from '../../models/report/report-model';
import type { Series } from '../../shared/series';
import type { Slo } from '../../shared/slo';
import { evaluateSlo, type EvaluateOptions, type EvaluateOutcome } from '../../models/slo/evaluate';
import { forecastSeries } from '../../models/forecast/forecast-series';
import { forecastSale, type ScenarioOutcome } from '../../models/forecast/sale-scenario';
import type { ForecastOptions, ForecastOutcome, SaleScenario } from '../../shared/forecast';

/** Everything heavy runs here, off the UI thread: parsing, encoding, decoding, model fitting. */
const engine = {
  /** Any file the user imports: encoding and format by content, then streamed chunk by chunk into typed series. */
  async importStream(
    stream: ReadableStream<Uint8Array>,
    size: number,
    options: ImportOptions,
    format: string | undefined,
    onProgress: (fraction: number) => void,
  ): Promise<ImportOutcome> {
    const outcome = await importByteStream(stream.getReader(), size, options, (encoding) => new TextDecoder(encoding), format, onProgress, () => performance.now());
    if (!outcome.ok) return outcome;
    const buffers = outcome.result.series.flatMap((s) => [s.t.buffer, s.v.buffer]) as ArrayBuffer[];
    return Comlink.transfer(outcome, buffers);
  },

  encode(workspace: Workspace): Uint8Array {
    const bytes = encodeWorkspace(workspace);
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },

  decode(bytes: Uint8Array): DecodeOutcome {
    return decodeWorkspace(bytes);
  },

  report(workspace: Workspace, options: ReportOptions): ReportModel {
    return reportForWorkspace(workspace, options, () => performance.now());
  },

  demo(): Workspace {
    return buildDemoWorkspace();
  },

  forecast(series: Series, options: ForecastOptions, onProgress: (fraction: number) => void): ForecastOutcome {
    return forecastSeries(series, options, (done, total) => onProgress(done / total), () => performance.now());
  },

  forecastSale(series: Series, scenario: SaleScenario, onProgress: (fraction: number) => void): ScenarioOutcome {
    return forecastSale(series, scenario, (done, total) => onProgress(done / total));
  },

  evaluateSlo(slo: Slo, series: Series[], options: EvaluateOptions): EvaluateOutcome {
    return evaluateSlo(slo, new Map(series.map((s) => [s.id, s])), options);
  },
};

export type Engine = typeof engine;

Comlink.expose(engine);
