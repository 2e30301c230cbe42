import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{models,shared,electron,renderer}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    benchmark: { include: ['{models,shared,electron,renderer}/**/*.bench.ts'] },
  },
});
