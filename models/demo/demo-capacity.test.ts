import { describe, expect, it } from 'vitest';
import { capacityStudySchema } from '../../shared/capacity';
import { planAndRecommend } from '../recommend/recommend';
import { buildDemoCapacity } from './demo-capacity';
import { buildDemoTraffic } from './demo-traffic';

describe('the demo capacity study', () => {
  const study = buildDemoCapacity(buildDemoTraffic());
  const { plan, recommendations } = planAndRecommend({ ...study.scenario, tiers: study.tiers });

  it('is a valid workspace object', () => {
    expect(() => capacityStudySchema.parse(study)).not.toThrow();
  });

  it('takes a baseline near the demo shop’s evening peak, not its past 3.5× sale', () => {
    expect(study.scenario.peak.baselineRps).toBeGreaterThan(450);
    expect(study.scenario.peak.baselineRps).toBeLessThan(600);
  });

  it('plans every tier', () => {
    expect(plan.problems).toEqual([]);
    expect(plan.tiers.map((t) => t.tierId)).toEqual(['web', 'app', 'cache', 'db-primary', 'db-replicas']);
  });

  it('shows at first launch the moves the seed postmortem lists, for the reasons in the figures', () => {
    const ids = recommendations.map((r) => r.id).sort();
    expect(ids).toEqual([
      'autoscaling-maximum:web',
      'autoscaling-minimum:app',
      'caching:db-replicas',
      'load-testing',
      'monitor-scaling',
      'rate-limiting',
      'read-replicas:db-replicas',
    ]);
  });
});

describe('the demo capacity study in a workspace file', () => {
  it('survives a save and an open', async () => {
    const { encodeWorkspace, decodeWorkspace } = await import('../workspace/codec');
    const { buildDemoWorkspace } = await import('./demo-study');
    const ws = buildDemoWorkspace();
    const back = decodeWorkspace(encodeWorkspace(ws));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.workspace.capacity).toEqual(ws.capacity);
  });
});

describe('the demo’s load-test advice', () => {
  it('names the single primary at its real load: 2297 × 0.2 = 459 writes/s, tested to 400', () => {
    const study = buildDemoCapacity(buildDemoTraffic());
    const { recommendations } = planAndRecommend({ ...study.scenario, tiers: study.tiers });
    expect(recommendations.find((r) => r.id === 'load-testing')?.why).toMatch(
      /db primary: 459 req\/s per instance planned, tested to 400 req\/s/,
    );
  });
});
