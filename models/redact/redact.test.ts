import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Postmortem } from '../../shared/postmortem';
import type { Redaction } from '../../shared/redaction';
import { isIpv6, redactText, redactTexts } from './redact';
import { redactPostmortem } from './redact-postmortem';

const fixtures = resolve(import.meta.dirname, '../../../shared/fixtures');
const PLACEHOLDER = /\[(?:name|email|ip|phone|secret)-\d+\]/g;

/** Put every value back: when every occurrence was spelled alike, this must give the original text exactly. */
const restore = (text: string, redactions: Redaction[]) => {
  const byPlaceholder = new Map(redactions.map((r) => [r.placeholder, r.value]));
  return text.replace(PLACEHOLDER, (p) => byPlaceholder.get(p) ?? p);
};

describe('redactText, by hand', () => {
  it('replaces each kind with a numbered placeholder, the same value always with the same one', () => {
    const { text, redactions } = redactText(
      'Mail ops@shop.example, then OPS@shop.example; node 10.0.0.7 and 10.0.0.8, again 10.0.0.7.',
    );
    expect(text).toBe('Mail [email-1], then [email-1]; node [ip-1] and [ip-2], again [ip-1].');
    expect(redactions).toEqual([
      { placeholder: '[email-1]', kind: 'email', value: 'ops@shop.example' },
      { placeholder: '[ip-1]', kind: 'ip', value: '10.0.0.7' },
      { placeholder: '[ip-2]', kind: 'ip', value: '10.0.0.8' },
    ]);
  });

  it('hides listed people as whole words in any case and script, all spellings of one person alike, longest first', () => {
    const { text } = redactText(
      'Dana Smith paged dana; José acked; Danaher and Analytics stay; DANA closed it; josé too.',
      {
        names: [['Dana Smith', 'Dana'], 'José', 'Ana'],
      },
    );
    expect(text).toBe(
      '[name-1] paged [name-1]; [name-2] acked; Danaher and Analytics stay; [name-1] closed it; [name-2] too.',
    );
  });

  it('hides @mentions without a list, and maps a mention to the listed person it names', () => {
    const { text } = redactText('reported by @jakamkon on Gitter; cc <@U024BE7LH>; @dsmith took it; ping @jakamkon', {
      names: [['Dana Smith', 'dsmith']],
    });
    expect(text).toBe('reported by [name-2] on Gitter; cc <[name-3]>; [name-1] took it; ping [name-2]');
  });

  it('takes the credentials out of URLs and leaves the rest of the URL readable', () => {
    const { text, redactions } = redactText(
      'DSN was postgres://checkout:s3cr3t%21@db.internal:5432/orders and https://token@ci.example/x',
    );
    expect(text).toBe('DSN was postgres://[secret-1]@db.internal:5432/orders and https://[secret-2]@ci.example/x');
    expect(redactions[0]).toEqual({ placeholder: '[secret-1]', kind: 'secret', value: 'checkout:s3cr3t%21' });
  });

  it('finds IPv6 addresses in their written forms', () => {
    const { text } = redactText(
      'from 2001:db8::ff00:42:8329, fe80::1ff:fe23:4567:890a, ::1, ::ffff:192.0.2.128 and 2001:0db8:0000:0000:0000:ff00:0042:8329.',
    );
    expect(text).toBe('from [ip-1], [ip-2], [ip-3], [ip-4] and [ip-5].');
    expect(isIpv6('1:2:3:4:5:6:7')).toBe(false);
    expect(isIpv6('1::2::3')).toBe(false);
  });

  it('finds international and North American phone numbers', () => {
    const { text } = redactText('on call: +44 20 7946 0958, +1 (415) 555-0100, (415) 555-0100 or 415.555.0100');
    expect(text).toBe('on call: [phone-1], [phone-2], [phone-3] or [phone-3]');
  });

  it('redacts a dotted quad that is a valid address even if it might be a version (the chosen side of the trade-off)', () => {
    expect(redactText('upgraded to 1.2.3.4').text).toBe('upgraded to [ip-1]');
  });

  it('leaves what only looks like them alone: times, dates, versions, counts, hashes, MACs, code', () => {
    const safe = [
      '2017-09-28 16:20:51.787',
      '2025-11-28T09:00:00Z',
      '14:29',
      'helm chart 0.9.0-beta.15, v1.2.3, 1.2.3.4.5 and 999.1.1.1',
      'timestamp 1506507345627, 503 errors, p95 = 310 ms, 99.95 %',
      'commit 8babe89dbb28ea4c09f5490797b8bb2bd4e6298a',
      'mac 00:1a:2b:3c:4d:5e',
      'Spawner::stop and std::vector',
      'ssh gke-df315ed616f010764e03@a.b.c.d (a placeholder host)',
      'order #4155550100 cost 1,234.56',
      'the [ip-1] placeholder and an email-less "@" sign',
    ];
    for (const line of safe) expect(redactText(line, { names: ['ip'] }).text).toBe(line);
  });

  it('leaves the kinds the user keeps', () => {
    expect(redactText('ops@shop.example at 10.0.0.7', { keep: ['ip'] }).text).toBe('[email-1] at 10.0.0.7');
  });

  it('numbers placeholders across the fields of one document', () => {
    const { texts } = redactTexts(['10.0.0.7 failed', 'then 10.0.0.9', 'and 10.0.0.7 recovered']);
    expect(texts).toEqual(['[ip-1] failed', 'then [ip-2]', 'and [ip-1] recovered']);
  });
});

describe('redactText on real incident writing', () => {
  const mybinder = resolve(fixtures, 'postmortems/mybinder');
  const docs = readdirSync(mybinder)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ name: f, text: readFileSync(resolve(mybinder, f), 'utf8') }));
  // Independent, deliberately simple detectors written for this test.
  const ipv4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
  const times = /\b\d{2}:\d{2}(?::\d{2})?\b/g;

  it('takes every IPv4 address out of the mybinder postmortems and changes nothing else', () => {
    let total = 0;
    for (const doc of docs) {
      const { text, redactions } = redactText(doc.text);
      const found = doc.text.match(ipv4) ?? [];
      total += found.length;
      expect(text.match(ipv4), doc.name).toBeNull();
      expect(restore(text, redactions), doc.name).toBe(doc.text);
      expect((text.match(times) ?? []).length, doc.name).toBe((doc.text.match(times) ?? []).length);
    }
    expect(total).toBeGreaterThanOrEqual(12);
  });

  it('gives one address one placeholder through a whole postmortem', () => {
    const doc = docs.find((d) => d.name === '2018-02-20-jupyterlab-announcement.md')!;
    const { text, redactions } = redactText(doc.text);
    const probe = redactions.find((r) => r.value === '10.12.8.137')!;
    expect(text.split(probe.placeholder).length - 1).toBe(doc.text.split('10.12.8.137').length - 1);
    expect(text).toContain(`Get http://${probe.placeholder}:3000/login`);
  });

  it('hides the reporter mention and the team e-mail of the mybinder reports', () => {
    const cull = redactText(docs.find((d) => d.name === '2018-04-18-cull-flood.md')!.text).text;
    expect(cull).toContain('reported on Gitter by [name-1], investigation is started');
    const ssl = redactText(docs.find((d) => d.name === '2018-01-18-ssl-outdated.md')!.text).text;
    expect(ssl).toContain('This has been done: [email-1]');
    expect(ssl).not.toContain('googlegroups');
  });

  it('hides the support address in a GitHub Statuspage incident, keeping its timestamps', () => {
    const dir = resolve(fixtures, 'statuspage/github');
    const file = readdirSync(dir).find((f) => readFileSync(resolve(dir, f), 'utf8').includes('support@github.com'))!;
    const raw = readFileSync(resolve(dir, file), 'utf8');
    const { text } = redactText(raw);
    expect(text).not.toContain('support@github.com');
    expect(text.match(/"\d{4}-\d{2}-\d{2}T[\d:.]+Z"/g)).toEqual(raw.match(/"\d{4}-\d{2}-\d{2}T[\d:.]+Z"/g));
  });

  it('hides the responders a user lists across all the PagerDuty examples, one placeholder each, changing nothing else', () => {
    const dir = resolve(fixtures, 'pagerduty');
    const raws = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => readFileSync(resolve(dir, f), 'utf8'));
    const people = ['Earline Greenholt', 'Jane Doe', 'Lee Turner'];
    const counts = people.map((p) => raws.join('\n').split(p).length - 1);
    expect(counts.every((n) => n > 0)).toBe(true);
    const { texts, redactions } = redactTexts(raws, { names: people });
    const joined = texts.join('\n');
    for (const [i, person] of people.entries()) {
      expect(joined).not.toContain(person);
      const placeholder = redactions.find((r) => r.value === person)!.placeholder;
      expect(joined.split(placeholder).length - 1).toBe(counts[i]);
    }
    expect(texts.map((t, i) => restore(t, redactions) === raws[i])).toEqual(raws.map(() => true));
    expect(joined).toContain('"summary": "Engineering"');
  });

  it('changes nothing in the Google SRE book example, which names no one by address', () => {
    const raw = readFileSync(resolve(fixtures, 'postmortems/google-sre-book/example-postmortem.md'), 'utf8');
    const { text, redactions } = redactText(raw);
    expect(restore(text, redactions)).toBe(raw);
    expect(redactions.filter((r) => r.kind !== 'name')).toEqual([]);
  });
});

describe('redactText, as a property', () => {
  const sensitive = fc.oneof(
    fc.constantFrom(
      'ops@shop.example',
      'a.b+c@mail.co.uk',
      '10.0.0.7',
      '192.168.1.20',
      '2001:db8::1',
      '+44 20 7946 0958',
      '(415) 555-0100',
      '@jakamkon',
      'Dana Smith',
    ),
  );
  const harmless = fc.constantFrom(
    'checkout',
    'p95',
    '16:20:51',
    '2017-09-28',
    '0.9.0',
    'v1.2.3',
    '503',
    'latency',
    'rose',
    'to',
    '1,234.56',
    'Danaher',
    '—',
    'naïve',
  );

  it('never throws, and redacting the result again finds nothing new', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const once = redactText(s, { names: ['x'] });
        const twice = redactText(once.text, { names: ['x'] });
        expect(twice.text).toBe(once.text);
      }),
      { numRuns: 400 },
    );
  });

  it('takes out exactly the sensitive tokens of a sentence, one placeholder per distinct value, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            sensitive.map((v) => ({ v, s: true })),
            harmless.map((v) => ({ v, s: false })),
          ),
          { maxLength: 30 },
        ),
        (tokens) => {
          // Joined with ", ": a bare number right after an international phone number, separated only by a space,
          // reads as more of its digits (over-redaction, the safe side) and would make this oracle wrong.
          const text = tokens.map((t) => t.v).join(', ');
          const out = redactText(text, { names: ['Dana Smith'] });
          expect(out.redactions.map((r) => r.value).sort()).toEqual(
            [...new Set(tokens.filter((t) => t.s).map((t) => t.v))].sort(),
          );
          expect(restore(out.text, out.redactions)).toBe(text);
          const words = out.text
            .split(', ')
            .filter((w) => w !== '' && !/^\[(?:name|email|ip|phone|secret)-\d+\]$/.test(w));
          expect(words.sort()).toEqual(
            tokens
              .filter((t) => !t.s)
              .map((t) => t.v)
              .sort(),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('redactPostmortem', () => {
  const pm: Postmortem = {
    id: 'pm-1',
    incidentId: 'INC-7',
    title: 'Checkout 503s after 10.0.4.12 ran out of connections',
    status: 'draft',
    authors: ['Dana Smith'],
    start: 0,
    end: 1,
    timeZone: 'UTC',
    summary: 'Dana Smith saw 10.0.4.12 refuse connections; @lee paged ops@shop.example.',
    impact: '12 % of checkouts failed for 40 minutes.',
    rootCause: 'The pool on 10.0.4.12 was sized for a normal Tuesday.',
    trigger: 'Flash sale at 09:00.',
    detection: 'Alert at 09:02.',
    resolution: 'Lee raised the pool size.',
    contributingFactors: ['No load test since v2.3.1'],
    wentWell: ['Dana answered in 2 minutes'],
    wentBadly: [],
    gotLucky: [],
    actionItems: [
      {
        id: 'a1',
        title: 'Load test 10.0.4.12',
        type: 'prevent',
        owner: 'Lee',
        priority: 'P1',
        due: null,
        ticket: 'OPS-1',
        done: false,
        why: 'pool exhausted',
      },
    ],
    timeline: [{ t: 0, kind: 'alert', source: 'pagerduty', text: 'Alert on 10.0.4.12 to Dana Smith', eventId: 'e1' }],
    supporting: ['TTD 2 min'],
    createdAt: 0,
    modifiedAt: 0,
  };

  it('uses one placeholder per person and address across every field, authors and owners included', () => {
    const { postmortem: out } = redactPostmortem(pm, { names: [['Dana Smith', 'Dana']] });
    expect(out.title).toBe('Checkout 503s after [ip-1] ran out of connections');
    expect(out.authors).toEqual(['[name-1]']);
    expect(out.summary).toBe('[name-1] saw [ip-1] refuse connections; [name-2] paged [email-1].');
    expect(out.resolution).toBe('[name-2] raised the pool size.');
    expect(out.wentWell).toEqual(['[name-1] answered in 2 minutes']);
    expect(out.actionItems[0]).toMatchObject({ title: 'Load test [ip-1]', owner: '[name-2]', ticket: 'OPS-1' });
    expect(out.timeline[0]!.text).toBe('Alert on [ip-1] to [name-1]');
    expect(out.contributingFactors).toEqual(['No load test since v2.3.1']);
    expect(out.trigger).toBe('Flash sale at 09:00.');
    // The input is left as it was.
    expect(pm.summary).toContain('Dana Smith');
  });
});
