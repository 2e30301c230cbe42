import type { ImportKind } from '../../shared/import-report';
import type { FormatParser, ImportOptions } from './format';
import { jsonErrorOffset } from './json-error';
import { ResultBuilder } from './result-builder';

/** JSON is one value, parsed whole; past this size V8 strings and memory give out, so the file is refused clearly. */
export const MAX_JSON_CHARS = 256 * 2 ** 20;

/** The 1-based line of a character offset, for pointing at where a JSON document breaks. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * A parser for a JSON document: API responses are one value, not a stream of rows, so the chunks are
 * kept as a list and parsed once at the end (JSON.parse is native and the files are tens of MB at most).
 * A broken document is one reject pointing at the line where parsing stopped. A format may pass a `fast`
 * parser for its bulk arrays (json-pairs.ts).
 */
export function openJson(format: string, kind: ImportKind, options: ImportOptions, read: (doc: unknown, out: ResultBuilder) => void, fast?: (text: string) => unknown): FormatParser {
  let chunks: string[] = [];
  let length = 0;
  return {
    push(chunk) {
      length += chunk.length;
      if (length > MAX_JSON_CHARS) chunks = [];
      else chunks.push(chunk);
    },
    end() {
      const out = new ResultBuilder(format, kind, options.fileName);
      if (length > MAX_JSON_CHARS) {
        out.reject(1, `a JSON document of more than ${MAX_JSON_CHARS / 2 ** 20} Mi characters is not read whole: export a shorter time range, or split it`);
        return out.build();
      }
      const text = chunks.join('').replace(/^\uFEFF/, '');
      // The fast path returns null when the document is not the shape it knows; JSON.parse then decides.
      const quick = fast?.(text) ?? null;
      if (quick !== null) {
        read(quick, out);
        return out.build();
      }
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const at = jsonErrorOffset(text);
        const where = at < 0 ? 1 : lineAt(text, at);
        const near = at < 0 ? '' : ` near "${text.slice(at, at + 20).replace(/\s+/g, ' ')}"`;
        out.reject(where, text.trim() === '' ? 'the file is empty' : `not valid JSON${near}: ${message.split('\n')[0]!.slice(0, 80)}`);
        return out.build();
      }
      read(doc, out);
      return out.build();
    },
  };
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A JSON head (possibly cut mid-document) that starts like an object or array. */
export function looksLikeJson(head: string): boolean {
  const c = head.replace(/^\uFEFF/, '').trimStart()[0];
  return c === '{' || c === '[';
}
