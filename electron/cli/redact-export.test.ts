import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../models/demo/demo-study';
import { encodeWorkspace } from '../../models/workspace/codec';
import type { Workspace } from '../../shared/workspace';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'headroom-redact-'));
const LEAKS = ['Dana Smith', 'dana.smith@shop.example', '203.0.113.9', '@lee'];

/** Markdown as a reader sees it: `\\[name-1\\]` is how Markdown writes a literal `[name-1]`. */
const unescape = (md: string) => md.replace(/\\([[\]])/g, '$1');

function headroom(args: string[]) {
  return spawnSync('npx', ['tsx', 'electron/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 150_000 });
}

/** The demo study with a responder, her address, a client's IP and a chat mention in its incident log. */
function studyWithPeople(): string {
  const ws = buildDemoWorkspace();
  const t = ws.events[4]!.t + 60_000;
  const pm = ws.postmortems![0]!;
  const study: Workspace = {
    ...ws,
    events: [
      ...ws.events,
      {
        id: 'pii:1',
        t,
        source: 'pagerduty',
        kind: 'acknowledgement',
        message: 'Dana Smith (dana.smith@shop.example) acknowledged; @lee is looking',
        service: 'shop-web',
      },
    ],
    // The postmortem was drafted before; the facilitator wrote the responders into it since.
    postmortems: [
      {
        ...pm,
        summary: `${pm.summary} Dana Smith (dana.smith@shop.example) acknowledged; @lee is looking.`,
        timeline: [
          ...pm.timeline,
          {
            t: t + 60_000,
            kind: 'note',
            source: 'monitoring',
            text: 'Blocked the crawler at 203.0.113.9',
            eventId: null,
          },
        ],
      },
    ],
  };
  const file = join(dir, 'study.headroom');
  writeFileSync(file, encodeWorkspace(study));
  return file;
}

describe('headroom report --redact', () => {
  it('writes a Markdown report with no name, e-mail or IP of the log, and the same figures', () => {
    const study = studyWithPeople();
    const plain = join(dir, 'plain.md');
    const redacted = join(dir, 'redacted.md');
    expect(headroom(['report', study, '--out', plain, '--sections', 'incidents,postmortems']).status).toBe(0);
    const run = headroom([
      'report',
      study,
      '--out',
      redacted,
      '--sections',
      'incidents,postmortems',
      '--redact',
      '--redact-names',
      'Dana Smith|dana',
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('redacted 3 names, 1 email, 1 ip');
    const before = readFileSync(plain, 'utf8');
    const after = unescape(readFileSync(redacted, 'utf8'));
    for (const leak of LEAKS) expect(before).toContain(leak);
    for (const leak of LEAKS) expect(after).not.toContain(leak);
    expect(after).toMatch(/\[name-\d\] \(\[email-1\]\) acknowledged; \[name-\d\] is looking/);
    expect(after).toContain('Blocked the crawler at [ip-1]');
    // Durations come from times, which redaction never touches.
    const mttr = /Mean time to resolve \(MTTR\)[^\n]*/.exec(before)![0];
    expect(after).toContain(mttr);
  }, 300_000);

  it('hides the names given with --redact-names in HTML too, with no --redact needed', () => {
    const out = join(dir, 'redacted.html');
    const run = headroom([
      'report',
      studyWithPeople(),
      '--out',
      out,
      '--sections',
      'postmortems',
      '--redact-names',
      'Dana Smith',
    ]);
    expect(run.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    for (const leak of LEAKS) expect(html).not.toContain(leak);
    expect(html).toMatch(/\[name-\d\] \(\[email-1\]\) acknowledged; \[name-\d\] is looking/);
  }, 300_000);
});

describe('headroom postmortem --redact', () => {
  const log = join(dir, 'log.csv');
  writeFileSync(
    log,
    [
      'timestamp,source,kind,message',
      '2023-05-22T11:00:00+01:00,sales,event,Major sales event starts; traffic spike begins',
      '2023-05-22T11:15:00+01:00,support,customer_report,Customer dana.smith@shop.example reports checkout timeouts',
      '2023-05-22T11:30:00+01:00,monitoring,alert,High CPU on web-3 (203.0.113.9)',
      '2023-05-22T11:40:00+01:00,oncall,escalation,Dana Smith escalated to @lee',
      '2023-05-22T13:00:00+01:00,oncall,mitigation,Workaround: more web servers added',
      '2023-05-22T14:00:00+01:00,oncall,mitigation,Two database read replicas added',
      '2023-05-22T15:00:00+01:00,monitoring,note,Page load improving',
      '2023-05-22T15:30:00+01:00,statuspage,resolved,Resolved',
      '',
    ].join('\n'),
  );

  it('writes the postmortem with placeholders, the same one for a person everywhere', () => {
    const out = join(dir, 'pm.md');
    const run = headroom([
      'postmortem',
      log,
      '--tz',
      'Europe/London',
      '--out',
      out,
      '--redact',
      '--redact-names',
      'Dana Smith',
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('redacted');
    const md = unescape(readFileSync(out, 'utf8'));
    for (const leak of LEAKS) expect(md).not.toContain(leak);
    expect(md).toContain('Customer [email-1] reports checkout timeouts');
    expect(md).toContain('High CPU on web-3 ([ip-1])');
    expect(md).toMatch(/\[name-1\] escalated to \[name-2\]/);
    expect(md).toContain('2023-05-22 11:00 to 2023-05-22 15:30 (+01:00): 4 h 30 min.');
  }, 300_000);

  it('leaves the postmortem as it was without --redact', () => {
    const out = join(dir, 'pm-plain.md');
    expect(headroom(['postmortem', log, '--tz', 'Europe/London', '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('dana.smith@shop.example');
  }, 300_000);
});
