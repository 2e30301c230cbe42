import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Slo } from '../../shared/slo';
import { prometheusRules, type PromQueries } from './prometheus-rules';

/**
 * The rules are checked by Prometheus' own tool: `promtool check rules` for syntax and `promtool test rules` for
 * when the alerts fire. CI installs it with the Debian package `prometheus`.
 */
const skip = process.env['HEADROOM_SKIP_PROMTOOL'] === '1';
const promtoolFound = !spawnSync('promtool', ['--version']).error;
const needPromtool = () =>
  expect(promtoolFound, 'promtool is not installed: `apt-get install -y prometheus` (the Debian package ships promtool), or set HEADROOM_SKIP_PROMTOOL=1').toBe(true);

function promtool(args: string[], files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'headroom-promtool-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = spawnSync('promtool', args, { cwd: dir, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const base: Omit<Slo, 'sli'> = { id: 'a', name: 'Checkout availability', service: 'shop', description: '', objective: 0.999, window: { kind: 'rolling', days: 30 }, budgeting: 'occurrences', alerts: [] };

const cases: [string, Slo, PromQueries][] = [
  ['bad/total selectors', { ...base, sli: { kind: 'bad-total', bad: 'b', total: 't' } }, { bad: 'http_requests_total{job="shop",code=~"5.."}', total: 'http_requests_total{job="shop"}' }],
  ['good/total {{.window}} templates', { ...base, sli: { kind: 'good-total', good: 'g', total: 't' } }, { good: 'sum(rate(http_requests_total{code!~"5.."}[{{.window}}]))', total: 'sum(rate(http_requests_total[{{.window}}]))' }],
  ['an up probe, 99.99 % over 7 days', { ...base, objective: 0.9999, window: { kind: 'rolling', days: 7 }, sli: { kind: 'probe', up: 'up' } }, { series: 'up{job="shop"}' }],
  ['a p95 latency series in seconds, calendar month', { ...base, name: 'Page load', window: { kind: 'calendar', unit: 'month' }, budgeting: 'timeslices', sli: { kind: 'latency', series: 'p', thresholdMs: 2000 } }, { series: 'page_load_p95_seconds{job="shop"}', seriesUnit: 's' }],
  ['histogram buckets', { ...base, sli: { kind: 'histogram', bucket: 'b', count: 'c', thresholdMs: 2000 } }, { good: 'http_request_duration_seconds_bucket{le="2"}', total: 'http_request_duration_seconds_count' }],
];

describe('Prometheus rules in Sloth style', () => {
  it.each(cases)('writes rules for %s that `promtool check rules` accepts', (_name, slo, q) => {
    const out = prometheusRules(slo, q);
    if (!out.ok) throw new Error(out.reason);
    const doc = parse(out.yaml) as { groups: { rules: { record?: string; alert?: string }[] }[] };
    expect(doc.groups.map((g) => g.rules.length).reduce((a, b) => a + b)).toBe(out.rules);
    if (skip) return;
    needPromtool();
    const r = promtool(['check', 'rules', 'rules.yml'], { 'rules.yml': out.yaml });
    expect(r.output).toMatch(/SUCCESS/);
    expect(r.status).toBe(0);
  });

  it('records every alert window of the workbook policy once and alerts per severity', () => {
    const out = prometheusRules(cases[0]![1], cases[0]![2]);
    if (!out.ok) throw new Error(out.reason);
    const doc = parse(out.yaml) as { groups: { rules: { record?: string; alert?: string; expr: string }[] }[] };
    const records = doc.groups[0]!.rules.map((r) => r.record);
    expect(records).toEqual(['5m', '30m', '1h', '2h', '6h', '1d', '3d', '30d'].map((w) => `slo:sli_error:ratio_rate${w}`));
    const page = doc.groups[2]!.rules[0]!;
    expect(page.alert).toBe('CheckoutAvailabilityPageBurnRate');
    expect(page.expr).toContain('> (14.4 * 0.001)');
    expect(page.expr).toContain('> (6 * 0.001)');
  });

  it('refuses a query it cannot re-window', () => {
    const out = prometheusRules(cases[0]![1], { bad: 'sum(rate(errors[5m]))', total: 'requests_total' });
    expect(out.ok).toBe(false);
  });

  it.skipIf(skip)('pages and then tickets when Prometheus itself replays a 30-minute outage (`promtool test rules`)', () => {
    needPromtool();
    const slo: Slo = { ...base, sli: { kind: 'probe', up: 'up' } };
    const out = prometheusRules(slo, { series: 'up{job="shop"}' });
    if (!out.ok) throw new Error(out.reason);
    const labels = { sloth_id: 'shop-checkout-availability', sloth_service: 'shop', sloth_slo: 'checkout-availability' };
    const annotations = (severity: string, rules: string) => ({
      title: `(${severity}) shop Checkout availability SLO error budget burn rate is too fast.`,
      summary: `Checkout availability: error budget burning faster than ${rules}.`,
    });
    // Up for 10 hours, down from minute 600 to 629, up again: the same outage the simulation test computes by hand.
    const test = {
      rule_files: ['rules.yml'],
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: [{ series: 'up{job="shop"}', values: '1x599 0x29 1x600' }],
          alert_rule_test: [
            { eval_time: '590m', alertname: 'CheckoutAvailabilityPageBurnRate', exp_alerts: [] },
            {
              eval_time: '605m',
              alertname: 'CheckoutAvailabilityPageBurnRate',
              exp_alerts: [{ exp_labels: { ...labels, severity: 'page', sloth_severity: 'page' }, exp_annotations: annotations('page', '14.4× over 1h and 5m; 6× over 6h and 30m') }],
            },
            { eval_time: '700m', alertname: 'CheckoutAvailabilityPageBurnRate', exp_alerts: [] },
            {
              eval_time: '700m',
              alertname: 'CheckoutAvailabilityTicketBurnRate',
              exp_alerts: [{ exp_labels: { ...labels, severity: 'ticket', sloth_severity: 'ticket' }, exp_annotations: annotations('ticket', '3× over 1d and 2h; 1× over 3d and 6h') }],
            },
          ],
        },
      ],
    };
    const r = promtool(['test', 'rules', 'test.yml'], { 'rules.yml': out.yaml, 'test.yml': JSON.stringify(test) });
    expect(r.output).toMatch(/SUCCESS/);
    expect(r.status).toBe(0);
  });

  it.skipIf(skip)('pages on a third of requests failing for 30 minutes, read from request counters (`promtool test rules`)', () => {
    needPromtool();
    const slo: Slo = { ...base, sli: { kind: 'bad-total', bad: 'b', total: 't' } };
    const out = prometheusRules(slo, { bad: 'http_requests_total{job="shop",code=~"5.."}', total: 'http_requests_total{job="shop"}' });
    if (!out.ok) throw new Error(out.reason);
    const labels = { sloth_id: 'shop-checkout-availability', sloth_service: 'shop', sloth_slo: 'checkout-availability', severity: 'page', sloth_severity: 'page' };
    const test = {
      rule_files: ['rules.yml'],
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: [
            // 100 good requests a minute throughout; 50 failing a minute from minute 601 to 630 (a third of all).
            { series: 'http_requests_total{job="shop",code="200"}', values: '0+100x1230' },
            { series: 'http_requests_total{job="shop",code="500"}', values: '0x600 50+50x29 1500x600' },
          ],
          alert_rule_test: [
            { eval_time: '590m', alertname: 'CheckoutAvailabilityPageBurnRate', exp_alerts: [] },
            {
              eval_time: '610m',
              alertname: 'CheckoutAvailabilityPageBurnRate',
              exp_alerts: [
                {
                  exp_labels: labels,
                  exp_annotations: {
                    title: '(page) shop Checkout availability SLO error budget burn rate is too fast.',
                    summary: 'Checkout availability: error budget burning faster than 14.4× over 1h and 5m; 6× over 6h and 30m.',
                  },
                },
              ],
            },
            { eval_time: '700m', alertname: 'CheckoutAvailabilityPageBurnRate', exp_alerts: [] },
          ],
        },
      ],
    };
    const r = promtool(['test', 'rules', 'test.yml'], { 'rules.yml': out.yaml, 'test.yml': JSON.stringify(test) });
    expect(r.output).toMatch(/SUCCESS/);
    expect(r.status).toBe(0);
  });
});
