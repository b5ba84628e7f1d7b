// `npm run fuzz`: the property tests of test/fuzz/ with the large case counts (100k inputs in
// all), a fresh random seed each run, and room for them to finish. Not part of `npm test`, which
// runs the same properties with a bounded count.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.test.ts'],
    env: { GONGWEN_FUZZ: 'full' },
    testTimeout: 3_600_000,
    hookTimeout: 60_000,
    // One property at a time: each already keeps a core busy, and timings stay comparable.
    fileParallelism: false,
  },
});
