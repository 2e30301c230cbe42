import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Hostile files through the real `headroom import` process: whatever the file, the command must answer with
 * `FILE: reason` or `FILE:LINE: reason` and exit 2, or import it correctly; never a stack trace, never a hang,
 * never memory in proportion to a file's claimed size.
 */

const root = resolve(import.meta.dirname, '../..');
const nab = resolve(root, '../shared/fixtures/nab/realKnownCause/machine_temperature_system_failure.csv');
const dir = mkdtempSync(join(tmpdir(), 'headroom-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Reports the child's peak resident size on exit, without a helper file or /usr/bin/time.
const peakProbe = `data:text/javascript,import { writeSync } from "node:fs"; process.on("exit", () => writeSync(2, "maxrss-kib=" + process.resourceUsage().maxRSS + "\\n"));`;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  peakMiB: number;
}

function headroom(args: string[], timeoutMs = 90_000): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', peakProbe, 'electron/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 2 ** 20,
  });
  const rss = /maxrss-kib=(\d+)/.exec(result.stderr);
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr.replace(/maxrss-kib=\d+\n/, ''),
    peakMiB: rss ? Number(rss[1]) / 1024 : Number.NaN,
  };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** What a stack trace or an unhandled error looks like on stderr. */
const CRASH = /^\s+at |internal error|TypeError|RangeError|Error:|node:internal/m;

const rows = (n: number, value: (i: number) => string) =>
  Array.from(
    { length: n },
    (_, i) => `${new Date(Date.UTC(2025, 10, 28, 9, i)).toISOString().replace('.000Z', 'Z')},${value(i)}`,
  ).join('\n');

const plain = `timestamp,café_rps\n${rows(3, (i) => String(120 + i * 10))}\n`;

describe('headroom import on files that are not what they claim', () => {
  const refused = {
    empty: file('empty.csv', ''),
    executable: (() => {
      const path = join(dir, 'ls.csv');
      copyFileSync('/bin/ls', path);
      return path;
    })(),
    random: file('random.csv', randomBytes(64 * 1024)),
    nul: file('nul.csv', new Uint8Array(4096)),
    headerOnly: file('header-only.csv', 'timestamp,value\n'),
    formulaHeader: file(
      'formula-header.csv',
      `timestamp,=HYPERLINK("http://x","y")\n${rows(3, () => '=HYPERLINK("http://x","y")')}\n`,
    ),
    folder: dir,
    missing: join(dir, 'does-not-exist.csv'),
  };
  const truncated = file('truncated.csv', readFileSync(nab).subarray(0, 5000));

  let run: Run;
  beforeAll(() => {
    run = headroom(['import', ...Object.values(refused), truncated]);
  }, 120_000);

  it('exits 2 without a stack trace', () => {
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(CRASH);
  });

  it.each(Object.entries(refused))('names the file and says why for %s', (_, path) => {
    const line = run.stderr.split('\n').find((l) => l.startsWith(`${path}: `));
    expect(line, run.stderr).toBeDefined();
    expect(line!.length).toBeGreaterThan(path.length + 10);
  });

  it('gives the plain reasons a person needs for the obvious cases', () => {
    expect(run.stderr).toContain(`${refused.empty}: the file is empty`);
    expect(run.stderr).toContain(`${refused.missing}: no such file`);
    expect(run.stderr).toMatch(new RegExp(`${refused.random}: .*binary`));
    expect(run.stderr).toMatch(new RegExp(`${refused.nul}: .*binary`));
  });

  it('imports a file cut mid-row up to the cut, rejecting the broken last row by its line number', () => {
    // 5000 bytes of the NAB file: the header, whole rows, and one row cut short.
    const lines = readFileSync(nab, 'utf8').slice(0, 5000).split('\n');
    const lastLine = lines.length; // 1-based line of the partial row
    expect(run.stderr).toMatch(new RegExp(`^${truncated}:${lastLine}: `, 'm'));
    expect(run.stdout).toContain(`value: ${lastLine - 2} points`);
  });
});

describe('headroom import on odd encodings and absurd content it should read', () => {
  const utf16 = (bytes: Buffer, bom: number[]) => Uint8Array.from([...bom, ...bytes]);
  const be = Buffer.from(plain, 'utf16le').swap16();
  const files = {
    utf16le: file('utf16le.csv', utf16(Buffer.from(plain, 'utf16le'), [0xff, 0xfe])),
    utf16be: file('utf16be.csv', utf16(be, [0xfe, 0xff])),
    latin1: file('latin1.csv', Buffer.from(plain, 'latin1')),
    absurd: file('absurd.csv', `timestamp,v\n${rows(5, (i) => ['1e308', '-0', '1e-320', '5e-324', '42'][i]!)}\n`),
    infinite: file('infinite.csv', `timestamp,v\n${rows(4, (i) => ['Infinity', '-Infinity', '1e309', '7'][i]!)}\n`),
    formulas: file(
      'formula-labels.csv',
      [
        'timestamp,service,latency_ms',
        ...['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1)'].flatMap((s, k) =>
          [0, 1].map((m) => `2025-11-28T09:0${m}:00Z,"${s.replaceAll('"', '""')}",${10 + k}`),
        ),
      ].join('\n') + '\n',
    ),
    wide: file(
      'wide-1000.csv',
      [
        ['timestamp', ...Array.from({ length: 999 }, (_, i) => `c${i}`)].join(','),
        ...[0, 1, 2].map((r) =>
          [`2025-11-28T09:0${r}:00Z`, ...Array.from({ length: 999 }, (_, i) => String(i + r))].join(','),
        ),
      ].join('\n') + '\n',
    ),
  };
  type Summary = {
    name: string;
    labels: Record<string, string>;
    points: number;
    min: number | null;
    max: number | null;
    mean: number | null;
  };
  let run: Run;
  let doc: { files: { file: string; series: Summary[]; notes: string[] }[] };
  beforeAll(() => {
    run = headroom(['import', '--json', ...Object.values(files)]);
    doc = JSON.parse(run.stdout || '{"files":[]}') as typeof doc;
  }, 120_000);
  const of = (path: string) => doc.files.find((f) => f.file === path);

  it('imports all of them, exit 0, nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(doc.files.map((f) => f.file)).toEqual(Object.values(files));
  });

  it.each(['utf16le', 'utf16be', 'latin1'] as const)(
    'reads %s text with its accent intact and says which encoding it chose',
    (key) => {
      const f = of(files[key])!;
      expect(f.series.map((s) => [s.name, s.points, s.min, s.max])).toEqual([['café_rps', 3, 120, 140]]);
      expect(f.notes.join('\n')).toMatch(key === 'latin1' ? /Latin-1|Windows-1252/ : /UTF-16/);
    },
  );

  it('keeps the largest, the smallest subnormal and negative zero as the numbers they are', () => {
    const s = of(files.absurd)!.series[0]!;
    expect(s.points).toBe(5);
    expect(s.max).toBe(1e308);
    expect(s.min).toBe(0);
    // (1e308 + 42) / 5 with the subnormals vanishing: the mean is computed without overflow.
    expect(s.mean).toBe(Number((1e308 / 5).toPrecision(6)));
  });

  it('accepts Infinity spellings as values (Prometheus writes +Inf) without breaking the summary', () => {
    const s = of(files.infinite)!.series[0]!;
    expect(s.points).toBe(4);
  });

  it('keeps formula-like cells as literal text in names and labels, never evaluating them', () => {
    const names = of(files.formulas)!.series.map((s) => s.labels['service']);
    expect(names).toEqual(['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1)']);
  });

  it('reads 999 series from a 1,000-column file', () => {
    const f = of(files.wide)!;
    expect(f.series).toHaveLength(999);
    expect(f.series[998]).toMatchObject({ name: 'c998', points: 3, min: 998, max: 1000 });
  });
});

describe('headroom import printing text taken from a hostile file', () => {
  // Known defect, reported to the owner of electron/cli/import.ts and output.ts: series names and quoted cells are
  // written to the terminal raw, so a CSV header can retitle the terminal, clear the screen or recolour what follows
  // (CWE-150). JSON output is safe (JSON.stringify escapes control characters). Remove `.fails` once names and
  // reasons are printed with control characters escaped.
  it('prints names and cells from the file without terminal control sequences', () => {
    const esc = '\u001b';
    const path = file(
      'ansi.csv',
      `timestamp,${esc}]0;pwned\u0007${esc}[2J${esc}[31mEVIL\n${rows(8, (i) => String(i))}\n${esc}[2Jnot-a-time,4\n`,
    );
    const run = headroom(['import', path]);
    expect(run.stdout + run.stderr).toContain('EVIL');
    // eslint-disable-next-line no-control-regex -- the point is to find control characters
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});

describe('headroom import on a file too big to hold', () => {
  it('refuses a 2 GB sparse file in bounded memory, and leaves it as it was', () => {
    const path = join(dir, 'huge.csv');
    writeFileSync(path, plain);
    truncateSync(path, 2 * 2 ** 30); // sparse: 2 GB on paper, a few bytes on disk
    try {
      const run = headroom(['import', path]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^${path}: .+`, 'm'));
      expect(run.stderr).not.toMatch(CRASH);
      expect(run.peakMiB).toBeLessThan(1536);
      expect(statSync(path).size).toBe(2 * 2 ** 30);
    } finally {
      rmSync(path, { force: true });
    }
  });

  // Known defect, reported to the import owner (models/import, the tokenizer and ByteImport): a line has no length
  // limit, so a file whose first 64 KiB are good CSV and whose rest is one endless line (here NUL bytes) is held
  // whole: ~5 bytes of memory per byte of the line. At 2 GB the same file takes a minute, peaks at 3.3 GB and ends
  // with "Invalid string length" as its reason. This 32 MiB version peaks near 270 MiB today; a line cap would keep
  // it near the ~120 MiB baseline. Remove `.fails` once over-long lines are refused as FILE:LINE: reason.
  it('refuses an endless line after a good CSV head in memory that does not grow with the line', () => {
    const head = [
      'timestamp,v',
      ...Array.from(
        { length: 4320 },
        (_, i) => `${new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString().replace('.000Z', 'Z')},${i % 60}`,
      ),
    ];
    const path = file('endless-line.csv', head.join('\n') + '\n');
    truncateSync(path, 32 * 2 ** 20);
    const run = headroom(['import', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(CRASH);
    expect(run.peakMiB).toBeLessThan(200);
  });

  // Known defect, reported to the import owner (models/import): the format sniffer sees only the first 64 KiB, which
  // holds less than two lines of a 10,000-column file, so every CSV reader answers "fewer than two lines of delimited
  // text" for a file of four lines. Remove `.fails` once the importer reads or names a too-wide header.
  it('reports a 10,000-column file as too wide or reads it, not as "fewer than two lines"', () => {
    const header = ['timestamp', ...Array.from({ length: 9999 }, (_, i) => `c${i}`)].join(',');
    const path = file(
      'wide-10000.csv',
      [
        header,
        ...[0, 1, 2].map((r) =>
          [`2025-11-28T09:0${r}:00Z`, ...Array.from({ length: 9999 }, (_, i) => String(i + r))].join(','),
        ),
      ].join('\n') + '\n',
    );
    const run = headroom(['import', '--json', path]);
    expect(run.stderr).not.toMatch(CRASH);
    expect(run.peakMiB).toBeLessThan(1536);
    if (run.status === 0)
      expect((JSON.parse(run.stdout) as { files: { series: unknown[] }[] }).files[0]!.series).toHaveLength(9999);
    else {
      expect(run.status).toBe(2);
      expect(run.stderr).not.toContain('fewer than two lines');
    }
  });
});
