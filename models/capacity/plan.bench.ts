import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { buildDemoCapacity } from '../demo/demo-capacity';
import { buildDemoTraffic } from '../demo/demo-traffic';
import { planAndRecommend } from '../recommend/recommend';
import { parseLoadTestCsv } from './load-test-csv';
import { fitUsl } from './usl';

const spec = parseLoadTestCsv(
  readFileSync(fileURLToPath(new URL('../../../shared/fixtures/usl/specsdm91.csv', import.meta.url)), 'utf8'),
);
const study = buildDemoCapacity(buildDemoTraffic());

describe('capacity', () => {
  bench('USL fit of SPEC SDM91 (7 points)', () => {
    if (spec.ok) fitUsl(spec.points);
  });
  bench('plan and recommendations for the demo study (5 tiers, 4 h sale, pre-warm search)', () => {
    planAndRecommend({ ...study.scenario, tiers: study.tiers });
  });
});
