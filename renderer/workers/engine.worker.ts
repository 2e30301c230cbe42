import * as Comlink from 'comlink';
import { ImportSession, type ImportOutcome } from '../../models/import/import-session';
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
  async importStream(
    stream: ReadableStream<Uint8Array>,
    fileName: string,
    size: number,
    zone: string,
    format: string | undefined,
    onProgress: (fraction: number) => void,
  ): Promise<ImportOutcome> {
    const decoder = new TextDecoder('utf-8');
    const session = new ImportSession({ fileName, zone }, format);
    const reader = stream.getReader();
    let read = 0;
    let lastReport = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      read += value.length;
      if (!session.push(decoder.decode(value, { stream: true }))) {
        await reader.cancel();
        break;
      }
      const now = performance.now();
      if (now - lastReport > 100 && size > 0) {
        lastReport = now;
        onProgress(Math.min(0.99, read / size));
      }
    }
    session.push(decoder.decode());
    const outcome = session.end();
    onProgress(1);
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
