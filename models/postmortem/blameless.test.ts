import { describe, expect, it } from 'vitest';
import { checkText } from './blameless';

describe('blameless language check', () => {
  it('flags hindsight and blame phrases with a neutral rewording of the sentence', () => {
    const cases: [string, string, string][] = [
      [
        'The engineer should have checked the dashboard.',
        'should have',
        'The engineer could have checked the dashboard.',
      ],
      ['Ops failed to scale the database.', 'failed to', 'Ops did not scale the database.'],
      ['A careless config change broke checkout.', 'careless', 'A config change broke checkout.'],
      ['The outage was caused by human error.', 'human error', 'The outage was caused by a gap in tooling or process.'],
      ['The on-call engineer ignored the alert.', 'ignored', 'The on-call engineer did not act on the alert.'],
    ];
    for (const [text, words, suggestion] of cases) {
      const [f, ...more] = checkText(text, 'summary');
      expect(more, text).toEqual([]);
      expect(f).toMatchObject({ words, suggestion });
      expect(text.slice(f!.start, f!.end).trim()).toBe(words);
    }
  });

  it('flags a person named as the subject of what went wrong, and people the timeline knows', () => {
    const [f] = checkText('Alice deployed the bad config at 11:00.', 'rootCause');
    expect(f).toMatchObject({
      rule: 'name-as-subject',
      words: 'Alice',
      suggestion: 'The on-call engineer deployed the bad config at 11:00.',
    });
    const known = checkText('Earline acknowledged the page.', 'detection', 0, ['Earline Greenholt']);
    expect(known.map((k) => k.words)).toEqual(['Earline']);
  });

  it('leaves neutral, system-focused prose alone', () => {
    expect(
      checkText('Monitoring alerted 15 min after customers reported slow pages. The database saturated.', 'summary'),
    ).toEqual([]);
    expect(checkText('Traffic spike identified as overwhelming the web servers.', 'rootCause')).toEqual([]);
    expect(checkText('Requests failed: 1,158,850 requests', 'impact')).toEqual([]);
  });
});
