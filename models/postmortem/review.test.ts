import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/import-report';
import { assembleIncidents } from '../incident/assemble';
import { importText } from '../import/start-import';
import { draftPostmortem } from './draft';
import { postmortemTriggers, reviewPostmortem } from './review';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/seed-002/timeline.csv');
const [seed] = assembleIncidents(
  (importText(readFileSync(file, 'utf8'), { fileName: file, zone: 'UTC' }) as ImportResult).events,
);

describe('postmortem review', () => {
  it('says the seed incident needs a postmortem, by each of the SRE book triggers it meets', () => {
    expect(postmortemTriggers(seed!)).toEqual([
      'user-visible: customers reported it',
      'on-call intervention',
      'resolution took longer than 60 min',
      'monitoring failure: customers noticed before any alert',
    ]);
  });

  it('passes what the draft can know and fails what only the team can add', () => {
    const checks = Object.fromEntries(reviewPostmortem(draftPostmortem(seed!)).map((c) => [c.id, c.ok]));
    expect(checks).toEqual({
      timeline: true,
      impact: false,
      'root-cause': true,
      actions: true,
      owners: false,
      tickets: false,
      lessons: false,
      authors: false,
      shared: false,
    });
  });

  it('passes once owners, tickets, lessons, authors and a final status are in', () => {
    const pm = draftPostmortem(seed!, undefined, { authors: ['SRE team'] });
    const done = {
      ...pm,
      impact: '60 % of users saw timeouts (support and analytics).',
      status: 'final' as const,
      gotLucky: ['The sale was in the morning, with the whole team at work.'],
      actionItems: pm.actionItems.map((a) => ({ ...a, owner: 'platform team', ticket: 'OPS-1' })),
    };
    expect(reviewPostmortem(done).filter((c) => !c.ok)).toEqual([]);
  });
});
