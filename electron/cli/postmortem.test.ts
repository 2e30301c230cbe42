import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runPostmortem } from './postmortem';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures');
const seed = resolve(fixtures, 'seed-002/timeline.csv');

async function capture(argv: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { code: await runPostmortem(argv), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('headroom postmortem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'headroom-pm-'));

  it('writes the seed postmortem as Markdown in the zone asked for', async () => {
    const out = join(dir, 'seed.md');
    const { code, stdout } = await capture([seed, '--tz', 'Europe/London', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('8 action items');
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# High CPU and memory usage on the web servers\n/);
    expect(md).toContain('2023-05-22 11:00 to 2023-05-22 15:30 (+01:00): 4 h 30 min.');
    expect(md).toContain('| 11:15 | customer-report | support |');
  });

  it('writes HTML for a .html name and reports in JSON', async () => {
    const out = join(dir, 'seed.html');
    const { code, stdout } = await capture([seed, '--tz', '+01:00', '--out', out, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      file: out,
      format: 'html',
      incident: 'INC-20230522-1000',
      blameless_hints: [],
    });
    expect(readFileSync(out, 'utf8')).toContain('<h2>Detection</h2>');
  });

  it('asks which incident when the logs hold several, naming them', async () => {
    const files = ['tztj066g5m12', 'yyj2cdqdjbhk'].map((f) => resolve(fixtures, `statuspage/github/${f}.json`));
    await expect(capture([...files, '--out', join(dir, 'x.md')])).rejects.toThrow(
      /2 incidents found; choose one with --incident ID \(tztj066g5m12/,
    );
    const { code } = await capture([...files, '--incident', 'yyj2cdqdjbhk', '--out', join(dir, 'x.md')]);
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'x.md'), 'utf8')).toMatch(/^# Incident with API Requests/);
  });

  it('refuses an output name that is neither Markdown nor HTML', async () => {
    await expect(capture([seed, '--out', join(dir, 'x.pdf')])).rejects.toThrow(/must end in \.md or \.html/);
  });
});
