import type { ImportKind, ImportResult } from '../../../shared/import-report';
import type { FormatParser, ImportOptions } from '../format';
import { ResultBuilder } from '../result-builder';

/**
 * A format whose file is one JSON document (API responses, exports): collect the chunks, parse once at the end.
 * Incident exports are small next to metric files, so holding one document is fine; a syntax error becomes a reject with its line.
 */
export function openJsonDocument(
  format: string,
  kind: ImportKind,
  options: ImportOptions,
  read: (doc: unknown, out: ResultBuilder) => void,
): FormatParser {
  const chunks: string[] = [];
  return {
    push: (chunk) => void chunks.push(chunk),
    end(): ImportResult {
      const out = new ResultBuilder(format, kind, options.fileName);
      const text = chunks.join('').replace(/^\uFEFF/, '');
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        out.reject(jsonErrorLine(text, message), `not valid JSON: ${message}`);
        return out.build();
      }
      read(doc, out);
      return out.build();
    },
  };
}

/** The 1-based line a JSON.parse error points at (V8 reports a character position or a line). */
export function jsonErrorLine(text: string, message: string): number {
  const line = /line (\d+)/.exec(message);
  if (line) return +line[1]!;
  const pos = /position (\d+)/.exec(message);
  if (!pos) return 1;
  let n = 1;
  const end = Math.min(+pos[1]!, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

export type JsonObject = Record<string, unknown>;

export const isObject = (x: unknown): x is JsonObject => typeof x === 'object' && x !== null && !Array.isArray(x);

export const str = (x: unknown): string | undefined =>
  typeof x === 'string' ? x : typeof x === 'number' ? String(x) : undefined;

/** The `summary` or `name` of a nested reference object (`{"service": {"summary": "Checkout"}}`). */
export const refName = (x: unknown): string | undefined =>
  isObject(x) ? (str(x['summary']) ?? str(x['name'])) : undefined;
